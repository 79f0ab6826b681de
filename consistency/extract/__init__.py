"""Extract: text -> ``Figure`` records (every number with span, interval, context)."""

from consistency.extract.figures import Extractor, default_extractor, extract_figures
from consistency.extract.model import QUALIFIERS, Figure
from consistency.extract.nouns import NounTable, load_nouns

__all__ = [
    "QUALIFIERS",
    "Extractor",
    "default_extractor",
    "Figure",
    "NounTable",
    "extract_figures",
    "load_nouns",
]
