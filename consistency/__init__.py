"""consistency: a linter for the figures reported in prose.

    import consistency
    report = consistency.check("article.txt")          # or article text, or paths
    report.findings[0].to_dict(); report.tables["breakdowns"]; report.figures

The API is imported on first use, so the command line starts without pandas.
"""

__version__ = "0.1.0"

__all__ = ["Report", "check", "figures", "__version__"]


def __getattr__(name: str):
    if name in ("check", "figures", "Report"):
        from consistency import api

        return getattr(api, name)
    raise AttributeError(f"module 'consistency' has no attribute {name!r}")
