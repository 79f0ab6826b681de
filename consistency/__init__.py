"""consistency: a linter for the figures reported in prose."""

__version__ = "0.1.0"
