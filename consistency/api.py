"""The Python API, for notebooks and other tools.

    >>> import consistency
    >>> report = consistency.check("Air defences downed 12 drones: five over Kursk and four over Bryansk.")
    >>> [f.rule for f in report.findings]
    ['breakdown-sum']

``check`` takes article text, a path, or a list of paths (directories are searched,
configuration files apply as on the command line unless ``isolated``). The report's
findings are dataclasses with ``to_dict()`` (the JSON contract); its tables are pandas
DataFrames: ``report.figures`` has the columns of the ``figures --format json``
contract, ``report.tables["breakdowns"]`` one row per breakdown, and so on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Report:
    """What one check found."""

    findings: list = field(default_factory=list)
    #: Inputs that could not be checked (``InputProblem``: path, message, line).
    errors: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    _tables: list = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        """No error findings and every input checked."""
        return not self.errors and not any(f.severity == "error" for f in self.findings)

    @property
    def figures(self):
        """Every figure as a DataFrame with the JSON contract's columns."""
        return figures_frame(self.documents)

    @property
    def tables(self) -> dict[str, Any]:
        """The normalised tables (breakdowns, series, conversions, shares, changes,
        dates) as DataFrames, one row per relation."""
        import pandas as pd

        names = {name for t in self._tables for name in t.rows}
        if "breakdowns" in names:
            names.add("parts")  # the breakdowns' parts, one row each
        names = sorted(names)
        out = {}
        for name in names:
            source = "breakdowns" if name == "parts" else name
            frames = [t.frame(name) for t in self._tables if source in t.rows]
            frames = [f for f in frames if not f.empty]
            out[name] = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        return out

    def to_dict(self) -> dict:
        """The ``check --format json`` contract."""
        from consistency.report.findings import document_summaries

        return {
            "version": 1,
            "findings": [f.to_dict() for f in self.findings],
            "documents": document_summaries(self.documents, self.findings),
            "errors": [e.contract() for e in self.errors],
        }


def _is_paths(source: Any) -> bool:
    if isinstance(source, os.PathLike):
        return True
    if isinstance(source, (list, tuple)):
        return True
    if isinstance(source, str) and "\n" not in source and len(source) < 4096:
        try:
            return Path(source).exists()
        except OSError:
            return False
    return False


def check(
    source: str | os.PathLike | Sequence[str | os.PathLike],
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    rules: Iterable[str] = (),
    nouns: Iterable[str] = (),
    severity: str | None = None,
    config: str | None = None,
    isolated: bool = False,
    name: str = "<text>",
) -> Report:
    """Check article text, a path, or several paths; returns a ``Report``."""
    if _is_paths(source):
        items = source if isinstance(source, (list, tuple)) else [source]
        return check_paths(items, select=select, ignore=ignore, rules=rules, nouns=nouns,
                           severity=severity, config=config, isolated=isolated, jobs=1)  # fmt: skip
    select_t = tuple(select) if select is not None else None
    ignore_t = tuple(ignore) if ignore is not None else None
    return _check_text(str(source), name, select_t, ignore_t, tuple(rules), tuple(nouns), severity)


def check_paths(
    paths: Iterable[str | os.PathLike],
    *,
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    rules: Iterable[str],
    nouns: Iterable[str],
    severity: str | None,
    config: str | None,
    isolated: bool,
    jobs: int = 0,
    dask: Any = None,
) -> Report:
    """The runner over paths, as ``Report``: ``check`` on paths and ``consistency.dask``
    (with ``dask``, a scheduler) both come through here."""
    from consistency.runner import RunOptions, run_check

    opts = RunOptions(
        paths=[os.fspath(p) for p in paths], rule_dirs=tuple(rules), noun_files=tuple(nouns),
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore) if ignore is not None else None, severity=severity,
        config=config, isolated=isolated, jobs=jobs, dask=dask,
    )  # fmt: skip
    result = run_check(opts)
    return Report(result.findings, result.problems, result.contexts, result.tables)


def _check_text(text, name, select, ignore, rule_dirs, nouns, severity) -> Report:
    from consistency.errors import InputError
    from consistency.ingest import parse_document
    from consistency.ingest.problems import problem_from
    from consistency.pipeline import Options, analyse, select_rules
    from consistency.pipeline import check as run
    from consistency.rules.loader import load_rules
    from consistency.rules.model import SEVERITY_RANK

    options = Options(rule_dirs=rule_dirs, noun_files=nouns, select=select or (),
                      ignore=ignore or ())  # fmt: skip
    all_rules = load_rules(rule_dirs)
    rules = select_rules(all_rules, options)
    try:
        doc = parse_document(text, name)
    except InputError as exc:
        return Report(errors=[problem_from(name, exc)])
    contexts = analyse([doc], options)
    findings, tables = run(contexts, rules, {r.id for r in all_rules})
    floor = SEVERITY_RANK[severity or "info"]
    findings = [f for f in findings if SEVERITY_RANK[f.severity] >= floor]
    return Report(findings, [], contexts, [tables])


def figures_frame(documents: list):
    """The figures of checked documents as a DataFrame: the table `figures --format csv`
    prints (the JSON contract's columns, then ``column``)."""
    from consistency.normalise.tables import Tables

    return Tables(documents=documents).frame("figures")


def figures(source: str | os.PathLike, *, name: str = "<text>"):
    """Every figure in article text (or a file) as a DataFrame."""
    from consistency.ingest import parse_document, read_document
    from consistency.pipeline import analyse

    doc = read_document(os.fspath(source)) if _is_paths(source) else parse_document(source, name)
    return figures_frame(analyse([doc]))
