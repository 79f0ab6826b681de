"""ingest -> extract -> normalise -> rules: the one direction data flows."""

from __future__ import annotations

from dataclasses import dataclass

from consistency.errors import InputError
from consistency.ingest import Document
from consistency.normalise.tables import DocumentContext


@dataclass
class Options:
    rule_dirs: tuple[str, ...] = ()
    noun_files: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


def noun_files_for(options: Options) -> tuple[str, ...]:
    from pathlib import Path

    files = list(options.noun_files)
    for d in options.rule_dirs:
        p = Path(d)
        for name in ("nouns.yaml", "nouns.yml"):
            if p.is_dir() and (p / name).is_file():
                files.append(str(p / name))
    return tuple(files)


def make_extractor(options: Options | None = None):
    """The extractor for a run: the shipped noun synonyms plus the user's."""
    from consistency.extract import Extractor, default_extractor, load_nouns

    extra = noun_files_for(options or Options())
    return Extractor(load_nouns(extra)) if extra else default_extractor()


def analyse_one(doc: Document, extractor, tables: set[str] | None = None) -> DocumentContext:
    """Extract one document's figures and sentences; with ``tables``, also relate and
    normalise it into its rows of those tables (``ctx.rows``), so that everything that
    needs one document only is done where the document was read."""
    figures, sentences = extractor.analyse(doc.text, doc.body_start, doc.path)
    if doc.paragraph_starts:
        locate_by_paragraph(figures, doc.paragraph_starts)
    ctx = DocumentContext(
        path=doc.path,
        text=doc.text,
        body_start=doc.body_start,
        date=doc.date,
        title=doc.title,
        figures=figures,
        sentences=sentences,
        suppressions=doc.suppressions,
        format=doc.format,
        paragraph_starts=doc.paragraph_starts,
    )
    if tables:
        from consistency.normalise import document_tables

        document_tables(ctx, tables)
    return ctx


def tables_for(rules) -> set[str]:
    """The tables a set of rules reads (the unused-suppression rule reads none)."""
    return {r.table for r in rules if r.check != "unused-suppression"}


def locate_by_paragraph(figures, starts: list[int]) -> None:
    """Give extracted documents' figures a paragraph number for a line and a column
    within that paragraph: a .docx or web page has no lines an editor could find."""
    from consistency.normalise.tables import locate_offset

    for f in figures:
        f.line, f.column = locate_offset("", f.start, starts)


def analyse(docs: list[Document], options: Options | None = None) -> list[DocumentContext]:
    """Extract figures from each document."""
    extractor = make_extractor(options)
    return [analyse_one(doc, extractor) for doc in docs]


#: Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN = 48

_WORKER_EXTRACTOR = None
_WORKER_MAX_BYTES: int | None = None
_WORKER_TABLES: set[str] | None = None


def _worker_init(options: Options) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = make_extractor(options)


def _worker_analyse(path: str):
    return _analyse_path(path, _WORKER_EXTRACTOR, _WORKER_MAX_BYTES, _WORKER_TABLES)


def _analyse_path(
    path: str, extractor, max_bytes: int | None = None, tables: set[str] | None = None
):
    """One path's context, or the ``InputProblem`` that kept it from being checked."""
    from consistency.ingest import read_document
    from consistency.ingest.problems import problem_from

    try:
        return analyse_one(read_document(path, max_bytes), extractor, tables)
    except (InputError, RecursionError, MemoryError, OverflowError, ValueError) as exc:
        return problem_from(path, exc)


def default_jobs(n_paths: int) -> int:
    import os

    if n_paths < PARALLEL_MIN:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def analyse_paths(
    paths: list[str],
    options: Options | None = None,
    jobs: int = 1,
    on_document=None,
    problems: list | None = None,
    max_bytes: int | None = None,
    tables: set[str] | None = None,
) -> list[DocumentContext]:
    """Read, extract and (with ``tables``) relate and normalise every path, in order;
    ``jobs`` > 1 uses worker processes.

    All of that is pure per document, so documents are spread over processes and the
    contexts come back in input order with their table rows; the parent only gathers
    them and builds what spans documents. A path that cannot be read or checked is
    recorded in ``problems`` (raised when ``problems`` is None) and the others go on.
    """
    from consistency.ingest.problems import InputProblem

    options = options or Options()
    out: list[DocumentContext] = []

    def keep(result) -> None:
        if isinstance(result, InputProblem):
            if problems is None:
                raise InputError(str(result))
            problems.append(result)
        else:
            out.append(result)
        if on_document:
            on_document()

    if jobs <= 1 or len(paths) < 2:
        extractor = make_extractor(options)
        for p in paths:
            keep(_analyse_path(p, extractor, max_bytes, tables))
        return out
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_MAX_BYTES, _WORKER_TABLES
    _WORKER_MAX_BYTES, _WORKER_TABLES = max_bytes, tables  # forked workers inherit them
    if tables:  # import the table builders once, before forking
        from consistency.normalise import _load_optional_builders

        _load_optional_builders(tables)
    context = multiprocessing.get_context("fork")
    chunk = max(1, min(32, len(paths) // (jobs * 4)))
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_worker_init, initargs=(options,)
    ) as pool:
        for result in pool.map(_worker_analyse, paths, chunksize=chunk):
            keep(result)
    return out


def select_rules(rules, options: Options):
    from consistency.errors import InputError

    known = {r.id for r in rules}
    for rid in options.select + options.ignore:
        if rid not in known:
            raise InputError(f"unknown rule id {rid!r} (see `consistency rules`)")
    if options.select:
        rules = [r for r in rules if r.id in options.select]
    if options.ignore:
        rules = [r for r in rules if r.id not in options.ignore]
    return rules


def check(contexts: list[DocumentContext], rules, known_ids: set[str] | None = None):
    """Build the tables the rules read and run the rules. ``known_ids`` are every rule
    id loaded (selected or not), against which inline switches are checked."""
    from consistency.normalise import build_tables
    from consistency.rules.engine import run_rules

    unused = next((r for r in rules if r.check == "unused-suppression"), None)
    rules = [r for r in rules if r.check != "unused-suppression"]
    tables = build_tables(contexts, tables_for(rules))
    known = set(known_ids) if known_ids is not None else {r.id for r in rules}
    if unused is not None:
        known.add(unused.id)
    findings = apply_suppressions(
        contexts, run_rules(rules, tables), {r.id for r in rules}, unused, known
    )
    return findings, tables


def apply_suppressions(
    contexts: list[DocumentContext],
    findings: list,
    rule_ids: set[str],
    unused_rule=None,
    known_ids: set[str] | None = None,
) -> list:
    """Drop silenced findings; with the ``unused-suppression`` rule selected, report
    switches that silenced nothing and switches naming an unknown rule id.

    A switch naming only known rules that did not run (``--select``) is not reported.
    """
    from consistency.rules.model import Finding

    by_path = {c.path: c.suppressions for c in contexts if c.suppressions}
    if not by_path:
        return findings
    known = known_ids if known_ids is not None else rule_ids
    used: set[int] = set()
    kept = []
    for f in findings:
        hit = next((s for s in by_path.get(f.path, []) if s.covers(f.offset, f.rule)), None)
        if hit is None:
            kept.append(f)
        else:
            used.add(id(hit))
    if unused_rule is not None:
        from consistency.rules.fmt import SafeFields

        def report(path: str, s, problem: str, severity: str) -> None:
            fields = {"switch": s.text.strip(), "problem": problem}
            kept.append(
                Finding(
                    rule=unused_rule.id,
                    severity=severity,
                    path=path,
                    line=s.line,
                    column=1,
                    message=unused_rule.message.format_map(SafeFields(fields)),
                    figures=[],
                    offset=s.start,
                )  # fmt: skip
            )

        for path, switches in by_path.items():
            for s in switches:
                unknown = sorted(s.rules - known) if s.rules else []
                if unknown:
                    names = ", ".join(repr(u) for u in unknown)
                    problem = f"names no known rule ({names}; see `consistency rules`)"
                    report(path, s, problem, "warning")
                elif id(s) not in used and (s.rules is None or s.rules & rule_ids):
                    report(path, s, "silences no finding; remove it", unused_rule.severity)
    order = {c.path: i for i, c in enumerate(contexts)}
    kept.sort(key=lambda f: (order.get(f.path, 0), f.line, f.column))
    return kept
