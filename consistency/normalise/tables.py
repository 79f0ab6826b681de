"""The normalised tables one document (or a set of documents) yields.

Each table is a list of row objects; ``frame(name)`` turns one into a pandas
DataFrame on demand. Rules read rows directly so that a plain
``consistency check`` never pays for importing pandas.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from consistency.extract.model import Figure

#: The figures table's columns, in the Python API and `figures --format csv` alike: the
#: JSON contract's fields in the contract's order, then the column of ``line``
#: (added at the end, so a reader by position is not disturbed).
FIGURE_COLUMNS = [
    "path", "start", "end", "line", "text", "value", "low", "high",
    "qualifier", "unit", "kind", "noun", "column",
]  # fmt: skip


@dataclass
class DocumentContext:
    """What normalisation knows of one document: read-only input to builders."""

    path: str
    text: str
    body_start: int
    date: _dt.date | None
    title: str | None
    figures: list[Figure]
    sentences: list[tuple[int, int]]
    #: Inline switches silencing findings (ingest.suppressions.Suppression).
    suppressions: list = field(default_factory=list)
    #: What was read: "text", "docx", "html", "pdf" (or "csv"/"json" for sheets).
    format: str = "text"
    #: For extracted formats, each paragraph's start offset; figure lines are then
    #: paragraph numbers.
    paragraph_starts: list[int] | None = None
    #: The document's own table rows, built where the document was read (a worker
    #: process) so the parent only gathers them: table name -> rows (or, for a corpus
    #: table, the document's part of it).
    rows: dict[str, Any] = field(default_factory=dict)
    #: Figures counted where the document was read, for a context that travels
    #: without them (a distributed run's summary of a document).
    figure_count: int | None = None

    @property
    def counted_figures(self) -> int:
        """The figures a report counts (vague amounts are not figures)."""
        if self.figure_count is not None:
            return self.figure_count
        return sum(1 for f in self.figures if f.kind != "vague")

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column) of an offset, both 1-based; for extracted formats the
        paragraph number and the column within that paragraph."""
        return locate_offset(self.text, offset, self.paragraph_starts)


def locate_offset(text: str, offset: int, paragraph_starts: list[int] | None) -> tuple[int, int]:
    """(line, column) of ``offset``: paragraphs when ``paragraph_starts`` is given."""
    if paragraph_starts:
        from bisect import bisect_right

        i = max(0, bisect_right(paragraph_starts, offset) - 1)
        return i + 1, offset - paragraph_starts[i] + 1
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@dataclass
class Tables:
    """All tables for a run. Per-document tables are concatenated across documents."""

    documents: list[DocumentContext] = field(default_factory=list)
    rows: dict[str, list[Any]] = field(default_factory=dict)

    def table(self, name: str) -> list[Any]:
        return self.rows.get(name, [])

    def frame(self, name: str):
        """The named table as a pandas DataFrame (imports pandas lazily)."""
        import pandas as pd

        if name == "figures":
            records = [
                {k: v for k, v in f.contract().items() if k in FIGURE_COLUMNS}
                for d in self.documents
                for f in d.figures
                if f.kind != "vague"
            ]
            return pd.DataFrame.from_records(records, columns=FIGURE_COLUMNS)
        if name == "parts":  # the breakdowns' parts, one row each, keyed by breakdown
            return parts_frame(self.table("breakdowns"))
        rows = self.table(name)
        records = [r.record() if hasattr(r, "record") else vars(r) for r in rows]
        return pd.DataFrame.from_records(records)


PART_COLUMNS = [
    "breakdown", "part", "path", "line", "text", "value", "low", "high", "kind", "top",
    "places", "each", "literal_low", "literal_high",
]  # fmt: skip


def parts_frame(breakdowns: list) -> Any:
    """The parts table of some breakdowns as a DataFrame (``breakdown`` is the row of
    the breakdown in ``breakdowns``)."""
    import pandas as pd

    records = [r for i, bd in enumerate(breakdowns) for r in bd.part_records(i)]
    return pd.DataFrame.from_records(records, columns=PART_COLUMNS)


DocumentBuilder = Callable[[DocumentContext], list[Any]]
CorpusBuilder = Callable[[list[DocumentContext]], list[Any]]
