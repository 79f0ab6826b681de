"""Extract: text -> ``Figure`` records (every number with span, interval, context).

Names are resolved lazily (PEP 562) so that importing ``consistency.extract.model``
for the record type does not compile the extractor's regexes: commands such as
``consistency rules`` never need them.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "Extractor": "consistency.extract.figures",
    "default_extractor": "consistency.extract.figures",
    "extract_figures": "consistency.extract.figures",
    "QUALIFIERS": "consistency.extract.model",
    "Figure": "consistency.extract.model",
    "NounTable": "consistency.extract.nouns",
    "load_nouns": "consistency.extract.nouns",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'consistency.extract' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_EXPORTS[name]), name)
