"""Relate: the evidence that figures belong together (genre, places, constructions).

Sits between extract and normalise: it reads figures and the text, never tables.
"""
