"""``consistency serve``: the review page as a small local web application."""
