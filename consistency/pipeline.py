"""ingest -> extract -> normalise -> rules: the one direction data flows."""

from __future__ import annotations

from dataclasses import dataclass

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


def analyse_one(doc: Document, extractor) -> DocumentContext:
    """Extract one document's figures and sentences."""
    figures, sentences = extractor.analyse(doc.text, doc.body_start, doc.path)
    return DocumentContext(
        path=doc.path,
        text=doc.text,
        body_start=doc.body_start,
        date=doc.date,
        title=doc.title,
        figures=figures,
        sentences=sentences,
        suppressions=doc.suppressions,
    )


def analyse(docs: list[Document], options: Options | None = None) -> list[DocumentContext]:
    """Extract figures from each document."""
    extractor = make_extractor(options)
    return [analyse_one(doc, extractor) for doc in docs]


#: Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN = 48

_WORKER_EXTRACTOR = None


def _worker_init(options: Options) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = make_extractor(options)


def _worker_analyse(path: str) -> DocumentContext:
    from consistency.ingest import read_document

    return analyse_one(read_document(path), _WORKER_EXTRACTOR)


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
) -> list[DocumentContext]:
    """Read and extract every path, in order; ``jobs`` > 1 uses worker processes.

    Extraction is pure per document, so documents are spread over processes and
    the contexts come back in input order (input errors still name the first bad
    file in that order).
    """
    from consistency.ingest import read_document

    options = options or Options()
    out: list[DocumentContext] = []
    if jobs <= 1 or len(paths) < 2:
        extractor = make_extractor(options)
        for p in paths:
            out.append(analyse_one(read_document(p), extractor))
            if on_document:
                on_document()
        return out
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    chunk = max(1, min(32, len(paths) // (jobs * 4)))
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_worker_init, initargs=(options,)
    ) as pool:
        for ctx in pool.map(_worker_analyse, paths, chunksize=chunk):
            out.append(ctx)
            if on_document:
                on_document()
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


def check(contexts: list[DocumentContext], rules):
    """Build the tables the rules read and run the rules."""
    from consistency.normalise import build_tables
    from consistency.rules.engine import run_rules

    tables = build_tables(contexts, {r.table for r in rules})
    findings = apply_suppressions(contexts, run_rules(rules, tables), {r.id for r in rules})
    return findings, tables


def apply_suppressions(contexts: list[DocumentContext], findings: list, rule_ids: set[str]) -> list:
    """Drop silenced findings; report switches that silenced nothing (info).

    A switch naming only rules that did not run (``--select``) is not reported.
    """
    from consistency.rules.model import Finding

    by_path = {c.path: c.suppressions for c in contexts if c.suppressions}
    if not by_path:
        return findings
    used: set[int] = set()
    kept = []
    for f in findings:
        hit = next((s for s in by_path.get(f.path, []) if s.covers(f.offset, f.rule)), None)
        if hit is None:
            kept.append(f)
        else:
            used.add(id(hit))
    for path, switches in by_path.items():
        for s in switches:
            if id(s) not in used and (s.rules is None or s.rules & rule_ids):
                kept.append(
                    Finding(
                        rule="unused-suppression",
                        severity="info",
                        path=path,
                        line=s.line,
                        column=1,
                        message=f"{s.text.strip()} silences no finding; remove it",
                        figures=[],
                        offset=s.start,
                    )
                )
    order = {c.path: i for i, c in enumerate(contexts)}
    kept.sort(key=lambda f: (order.get(f.path, 0), f.line, f.column))
    return kept
