"""Normalise: figures -> tables (breakdowns, series, conversions, shares, changes, dates).

Table builders are registered by name; a rule names the table it reads. A
document builder sees one document, a corpus builder sees all of them (the
cumulative series spans reports).
"""

from __future__ import annotations

from consistency.extract.model import Figure
from consistency.normalise.breakdowns import Breakdown, Part, find_breakdowns
from consistency.normalise.tables import (
    FIGURE_COLUMNS,
    CorpusBuilder,
    DocumentBuilder,
    DocumentContext,
    Tables,
)


def _breakdowns(ctx: DocumentContext) -> list[Breakdown]:
    return find_breakdowns(ctx.text, ctx.figures, ctx.sentences, ctx.path)


DOCUMENT_BUILDERS: dict[str, DocumentBuilder] = {"breakdowns": _breakdowns}
CORPUS_BUILDERS: dict[str, CorpusBuilder] = {}
#: The per-document part of a corpus table (built with the document, gathered later).
DOCUMENT_PARTS: dict[str, DocumentBuilder] = {}


def register_document_table(name: str, builder: DocumentBuilder) -> None:
    DOCUMENT_BUILDERS[name] = builder


def register_corpus_table(
    name: str, builder: CorpusBuilder, document_part: DocumentBuilder | None = None
) -> None:
    """A table across documents; ``document_part`` is the work that needs one document
    only, done where the document is read (``document_tables``) and read back from
    ``ctx.rows[name]`` by ``builder``."""
    CORPUS_BUILDERS[name] = builder
    if document_part is not None:
        DOCUMENT_PARTS[name] = document_part


def document_tables(ctx: DocumentContext, wanted: set[str] | None = None) -> None:
    """Build one document's rows of every wanted table into ``ctx.rows``: the per-document
    step of the pipeline, run in the worker that read the document."""
    _load_optional_builders(wanted)
    for name, builder in DOCUMENT_BUILDERS.items():
        if (wanted is None or name in wanted) and name not in ctx.rows:
            ctx.rows[name] = builder(ctx)
    for name, part in DOCUMENT_PARTS.items():
        if (wanted is None or name in wanted) and name not in ctx.rows:
            ctx.rows[name] = part(ctx)


#: Tables whose builders live in a module of the same name and register on import.
OPTIONAL_TABLES = ("conversions", "shares", "changes", "dates", "series")


def _load_optional_builders(wanted: set[str] | None = None) -> None:
    """Import the table modules that register themselves (only those wanted)."""
    import importlib

    for mod in OPTIONAL_TABLES:
        if wanted is not None and mod not in wanted:
            continue
        if mod in DOCUMENT_BUILDERS or mod in CORPUS_BUILDERS:
            continue
        try:
            importlib.import_module(f"consistency.normalise.{mod}")
        except ModuleNotFoundError as exc:
            if exc.name != f"consistency.normalise.{mod}":
                raise


def build_tables(documents: list[DocumentContext], wanted: set[str] | None = None) -> Tables:
    """Build the tables the rules need (all registered tables when ``wanted`` is None)."""
    _load_optional_builders(wanted)
    tables = Tables(documents=documents)
    for name, builder in DOCUMENT_BUILDERS.items():
        if wanted is not None and name not in wanted:
            continue
        rows: list = []
        for ctx in documents:
            built = ctx.rows.get(name)
            rows.extend(built if built is not None else builder(ctx))
        tables.rows[name] = rows
    for name, builder in CORPUS_BUILDERS.items():
        if wanted is not None and name not in wanted:
            continue
        tables.rows[name] = builder(documents)
    return tables


__all__ = [
    "FIGURE_COLUMNS",
    "Breakdown",
    "DocumentContext",
    "Figure",
    "Part",
    "Tables",
    "build_tables",
    "document_tables",
    "find_breakdowns",
    "register_corpus_table",
    "register_document_table",
]
