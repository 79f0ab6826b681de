"""Template, script and stylesheet of the review page (shipped in the wheel)."""
