"""Whole archives on a Dask cluster: the same pipeline, documents spread over workers.

    consistency check archive/ --dask tcp://scheduler:8786     # a running cluster
    consistency check archive/ --dask local:2                  # a LocalCluster, 2 workers

    >>> import consistency.dask
    >>> report = consistency.dask.check("archive/", scheduler="local:2")

How the work is divided (the local engine's steps, in the same order):

1. The paths are partitioned, one task per partition. Each worker reads, extracts, relates and
   normalises its documents (``pipeline.analyse_one`` with the run's tables) and runs the
   rules whose tables belong to one document (breakdowns, conversions, shares, changes,
   dates). It sends back, per document, only what the report needs: a summary, the
   findings, its inline switches, and its part of the series table (with the text of the
   documents that hold series points, for quotes).
2. The series parts become the series table as a Dask DataFrame, one row per point,
   keyed by the series (measure and scope); the cross-document rules (running totals
   that go down, period counts past their totals) run per series through a group-by on
   that key, on the workers.
3. The findings are gathered, switched off where the documents say so, and ordered as
   the local engine orders them; the report is the same.

Workers must be able to read the paths (a shared or identical filesystem) and have
``consistency`` installed. Install the extra with ``pip install 'consistency[dask]'``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from consistency.errors import InputError

#: Documents per partition: big enough to amortise a task, small enough to balance.
PARTITION_SIZE = 64
#: Tables whose rules need more than one document.
CORPUS_TABLES = frozenset({"series"})


def _require_dask():
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise InputError(
            "--dask needs Dask: pip install 'consistency[dask]' (dask and distributed)"
        ) from None


def connect(scheduler: Any = None):
    """A ``distributed.Client``: an existing client, a scheduler address, ``local``
    (a LocalCluster with one worker per core) or ``local:N`` (N workers)."""
    _require_dask()
    from distributed import Client, LocalCluster

    if scheduler is not None and hasattr(scheduler, "submit"):
        return scheduler, False
    spec = str(scheduler or "local")
    if spec == "local" or spec.startswith("local:"):
        n = spec.partition(":")[2]
        if n and not n.isdigit():
            raise InputError(f"--dask {spec}: write local or local:N (N workers)")
        workers = int(n) if n else (os.cpu_count() or 1)
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=":0", silence_logs=40,
        )  # fmt: skip
        return Client(cluster), True
    address = spec if "://" in spec else f"tcp://{spec}"
    try:
        return Client(address, timeout="10s"), True
    except OSError as exc:
        raise InputError(f"--dask {spec}: cannot reach the scheduler ({exc})") from None


# ---------------------------------------------------------------------------------------
# what a worker sends back


@dataclass
class DocumentSummary:
    """One checked document as the report needs it (no figures, no text)."""

    path: str
    date: Any
    title: str | None
    format: str
    figure_count: int
    paragraphs: bool
    suppressions: list = field(default_factory=list)
    #: its own date as the series table reads it (see ``normalise.series``)
    series_date: Any = None


@dataclass
class PartitionResult:
    summaries: list[DocumentSummary] = field(default_factory=list)
    findings: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    #: contexts of the documents with series points (text and sentences, for quotes;
    #: whole contexts for those whose yearless dateline needs the run's other dates)
    series_contexts: list = field(default_factory=list)


_WORKER_STATE: dict[tuple, Any] = {}


def _worker_tools(rule_dirs: tuple[str, ...], noun_files: tuple[str, ...]):
    """The extractor and the rules, made once per worker process."""
    key = (rule_dirs, noun_files)
    if key not in _WORKER_STATE:
        from consistency.pipeline import Options, make_extractor
        from consistency.rules.loader import load_rules

        options = Options(rule_dirs=rule_dirs, noun_files=noun_files)
        _WORKER_STATE[key] = (make_extractor(options), {r.id: r for r in load_rules(rule_dirs)})
    return _WORKER_STATE[key]


def _slim(ctx):
    """A context fit to travel: what quotes and the series builder read."""
    from consistency.normalise.tables import DocumentContext

    own, rows = ctx.rows.get("series", (None, None))
    whole = rows is None  # a yearless dateline: its rows are built with the run's dates
    return DocumentContext(
        path=ctx.path, text=ctx.text, body_start=ctx.body_start, date=ctx.date,
        title=ctx.title, figures=ctx.figures if whole else [], sentences=ctx.sentences,
        suppressions=ctx.suppressions, format=ctx.format,
        paragraph_starts=ctx.paragraph_starts, rows={"series": (own, rows)},
        figure_count=ctx.counted_figures,
    )  # fmt: skip


def analyse_partition(
    paths: Sequence[str],
    rule_dirs: tuple[str, ...],
    noun_files: tuple[str, ...],
    rule_ids: tuple[str, ...],
    known: frozenset[str],
    max_bytes: int | None,
) -> list[PartitionResult]:
    """Step 1 on a worker: read, extract, relate, normalise, and run the one-document
    rules over a partition of paths."""
    from consistency.ingest.problems import InputProblem
    from consistency.normalise import build_tables
    from consistency.pipeline import _analyse_path, tables_for
    from consistency.rules.engine import run_rules

    extractor, by_id = _worker_tools(rule_dirs, noun_files)
    rules = [by_id[i] for i in rule_ids]
    wanted = tables_for(rules)
    local_rules = [
        r for r in rules if r.table not in CORPUS_TABLES and r.check != "unused-suppression"
    ]
    out = PartitionResult()
    contexts = []
    for path in paths:
        got = _analyse_path(path, extractor, max_bytes, wanted)
        if isinstance(got, InputProblem):
            out.problems.append(got)
            continue
        contexts.append(got)
    if not contexts:
        return [out]
    tables = build_tables(contexts, {r.table for r in local_rules})
    out.findings = run_rules(local_rules, tables)
    for ctx in contexts:
        part = ctx.rows.get("series")
        out.summaries.append(
            DocumentSummary(
                ctx.path,
                ctx.date,
                ctx.title,
                ctx.format,
                ctx.counted_figures,
                bool(ctx.paragraph_starts),
                ctx.suppressions,
                part[0] if part is not None else None,
            )  # fmt: skip
        )
        if part is not None and (part[1] is None or part[1]):
            out.series_contexts.append(_slim(ctx))
    return [out]


# ---------------------------------------------------------------------------------------
# step 2: the series table as a Dask DataFrame, rules per series


def _series_key(row) -> str:
    return repr((row.measure, row.scope))


def series_findings_for_group(group, rule_ids: tuple[str, ...], rule_dirs: tuple[str, ...]):
    """The cross-document rules over one series (all its points, from any document):
    a group of the series DataFrame, its rows in table order."""
    from consistency.normalise.tables import Tables
    from consistency.rules.engine import run_rules

    _extractor, by_id = _worker_tools(rule_dirs, ())
    rules = [by_id[i] for i in rule_ids]
    group = group.sort_values("order")
    docs = {d.path: d for d in group["doc"] if d is not None}
    tables = Tables(documents=list(docs.values()), rows={"series": list(group["row"])})
    return run_rules(rules, tables)  # one object per group: a Series of lists


def _series_stage(client, series_rows, series_rules, rule_dirs, docs_by_path) -> list:
    """The series table as a Dask DataFrame (one row per point, with the document its
    quote comes from), grouped by series; the rules run on the workers, per series."""
    import dask
    import dask.dataframe as dd
    import pandas as pd

    if not series_rows or not series_rules:
        return []
    frame = pd.DataFrame(
        {
            "key": [_series_key(r) for r in series_rows],
            "order": range(len(series_rows)),
            "row": series_rows,
            "doc": [docs_by_path.get(r.path) for r in series_rows],
        }
    )
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    ids = tuple(r.id for r in series_rules)
    # the row and document columns hold Python objects: Dask must not make them strings,
    # and they are shuffled as tasks (pickled), not through Arrow
    n_parts = max(1, min(len(frame), 4 * n_workers))
    step = -(-len(frame) // n_parts)
    # the points go to the workers once, as data (scattered), not inside the task graph
    parts = client.scatter([frame.iloc[i : i + step] for i in range(0, len(frame), step)])
    with dask.config.set({"dataframe.convert-string": False, "dataframe.shuffle.method": "tasks"}):
        ddf = dd.from_delayed(parts, meta=frame.iloc[:0], verify_meta=False)
        per_series = ddf.groupby("key").apply(
            series_findings_for_group, ids, tuple(rule_dirs), meta=(None, "object")
        )
        found = client.compute(per_series).result()
    return [f for batch in found for f in batch]


# ---------------------------------------------------------------------------------------
# the run


def _analyse_on_cluster(client, paths: list[str], args: tuple, size: int) -> list:
    """Step 1 over the cluster, one task per partition of paths. Results are gathered as
    they finish and released on the workers at once, so a worker's memory holds the
    partitions it is working on, not every partition it has done (an archive of
    millions of documents would not fit)."""
    from distributed import as_completed

    size = max(1, size)
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    futures = client.map(
        lambda chunk, i: (i, analyse_partition(chunk, *args)[0]),
        chunks,
        range(len(chunks)),
        pure=False,
    )
    done: list = [None] * len(chunks)
    for future in as_completed(futures):
        i, part = future.result()
        done[i] = part
        future.release()
    return done


def run_group(
    client,
    text_paths: list[str],
    sheet_contexts: list,
    rule_dirs: tuple[str, ...],
    noun_files: tuple[str, ...],
    rules: list,
    known: set[str],
    max_bytes: int | None,
    problems: list,
    partition_size: int = PARTITION_SIZE,
):
    """One configuration group on the cluster: (contexts, findings) as the local
    engine returns them (contexts are summaries: no figures travel back)."""
    from consistency.normalise.series import build_series
    from consistency.normalise.tables import DocumentContext
    from consistency.pipeline import apply_suppressions
    from consistency.rules.engine import unique_in_order

    if noun_files:
        missing = [f for f in noun_files if not os.path.isfile(f)]
        if missing:
            raise InputError(f"{missing[0]}: no such file or directory")
    unused = next((r for r in rules if r.check == "unused-suppression"), None)
    checked = [r for r in rules if r.check != "unused-suppression"]
    series_rules = [r for r in checked if r.table in CORPUS_TABLES]
    ids = tuple(r.id for r in rules)
    results: list[PartitionResult] = []
    if text_paths:
        results = _analyse_on_cluster(
            client, text_paths, (tuple(rule_dirs), tuple(noun_files), ids, frozenset(known),
                                 max_bytes), partition_size,
        )  # fmt: skip
    summaries: list[DocumentSummary] = []
    findings: list = []
    series_contexts: list = []
    for part in results:
        summaries.extend(part.summaries)
        findings.extend(part.findings)
        problems.extend(part.problems)
        series_contexts.extend(part.series_contexts)
    contexts = [
        DocumentContext(
            path=s.path,
            text="",
            body_start=0,
            date=s.date,
            title=s.title,
            figures=[],
            sentences=[],
            suppressions=s.suppressions,
            format=s.format,
            paragraph_starts=[0] if s.paragraphs else None,
            figure_count=s.figure_count,
            rows={"series": (s.series_date, [])} if s.series_date is not None else {},
        )  # fmt: skip
        for s in summaries
    ]
    contexts.extend(sheet_contexts)
    contexts.sort(key=lambda c: (c.date is None, c.date or 0))
    if series_rules:
        # every document's part of the series table (the ones with points carry their
        # text; a yearless dateline's rows are built here, with the run's other dates)
        by_path = {c.path: c for c in series_contexts}
        rows = build_series([by_path.get(c.path, c) for c in contexts])
        docs = {**by_path, **{c.path: c for c in sheet_contexts}}
        findings.extend(_series_stage(client, rows, series_rules, rule_dirs, docs))
    # the local engine's order: documents in date order, then line and column
    order = {c.path: i for i, c in enumerate(contexts)}
    unique = unique_in_order(findings, order, {r.id: i for i, r in enumerate(rules)})
    findings = apply_suppressions(contexts, unique, {r.id for r in checked}, unused, known)
    return contexts, findings


def check(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    scheduler: Any = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    rules: Iterable[str] = (),
    nouns: Iterable[str] = (),
    severity: str | None = None,
    config: str | None = None,
    isolated: bool = False,
):
    """Check paths on a Dask cluster; returns the same ``Report`` as ``consistency.check``.
    ``scheduler``: a ``distributed.Client``, an address, ``local`` or ``local:N``."""
    from consistency.api import check_paths

    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    return check_paths(items, select=select, ignore=ignore, rules=rules, nouns=nouns,
                       severity=severity, config=config, isolated=isolated, dask=scheduler)  # fmt: skip
