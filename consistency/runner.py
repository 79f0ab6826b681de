"""One checking run, as the command line and the Python API both make it.

Paths are expanded, each file finds its configuration (walking up, as ruff does),
files sharing a configuration are checked together (so running totals are compared
across them), and a file that cannot be read is recorded as a problem while every
other file is checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from consistency.config import DEFAULT_MAX_SIZE, Config, ConfigFinder
from consistency.errors import InputError


@dataclass
class RunOptions:
    """What the caller asked for; None means "as the configuration file says"."""

    paths: list[str]
    rule_dirs: tuple[str, ...] = ()
    noun_files: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: str | None = None
    fail_on: str | None = None
    max_size: int | None = None
    date_column: str | None = None
    config: str | None = None
    isolated: bool = False
    jobs: int = 0
    #: Run on a Dask cluster: a ``distributed.Client``, a scheduler address, ``local``
    #: or ``local:N`` (see ``consistency.dask``); None runs here.
    dask: object = None


@dataclass
class RunResult:
    contexts: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    #: The rules that ran (the union over configurations).
    rules: list = field(default_factory=list)
    #: One ``Tables`` per group of files checked together.
    tables: list = field(default_factory=list)
    fail_on: str = "error"

    def exit_code(self, exit_zero: bool = False) -> int:
        """2 when an input could not be checked; else 1 when a finding reaches
        ``fail_on`` (never with ``exit_zero``); else 0."""
        from consistency.rules.model import SEVERITY_RANK

        if self.problems:
            return 2
        if exit_zero or self.fail_on == "never":
            return 0
        floor = SEVERITY_RANK[self.fail_on]
        return 1 if any(SEVERITY_RANK[f.severity] >= floor for f in self.findings) else 0


def _checked_ids(cfg: Config, key: str, ids: tuple[str, ...], known: set[str]) -> None:
    bad = [i for i in ids if i not in known]
    if bad and cfg.path is not None:
        from consistency.config import _line_of

        text = cfg.path.read_text(encoding="utf-8")
        section = "tool.consistency" if "[tool.consistency" in text else None
        line = _line_of(text, key, section)
        raise InputError(
            f"{cfg.path}:{line}: key '{key}': unknown rule id {bad[0]!r} (see `consistency rules`)"
        )


def run_check(opts: RunOptions, on_document: Callable[[], None] | None = None) -> RunResult:
    from consistency.ingest import collect_paths
    from consistency.ingest.documents import TABLE_SUFFIXES, TEXT_SUFFIXES

    finder = ConfigFinder(opts.config, opts.isolated)
    result = RunResult()
    paths = collect_paths(opts.paths, TEXT_SUFFIXES + TABLE_SUFFIXES, result.problems)
    groups: dict[int, tuple[Config, list[str]]] = {}
    for p in paths:
        cfg = finder.for_path(p)
        if p != "-" and cfg.excludes(p):
            continue
        groups.setdefault(id(cfg), (cfg, []))[1].append(p)
    cwd_cfg = finder.for_path("-")
    result.fail_on = (
        opts.fail_on
        or cwd_cfg.fail_on
        or (next((c.fail_on for c, _ in groups.values() if c.fail_on), None) or "error")
    )
    seen_rules: dict[str, object] = {}
    client, owned = (None, False)
    if opts.dask is not None and groups:
        from consistency.dask import connect

        client, owned = connect(opts.dask)
    try:
        for cfg, group in groups.values():
            _check_group(opts, cfg, group, result, seen_rules, on_document, client)
    finally:
        if owned:
            _close(client)
    result.rules = list(seen_rules.values())
    return result


def _close(client) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def _check_group(opts, cfg, group, result, seen_rules, on_document, client) -> None:
    """Check the files that share one configuration (locally, or on ``client``)."""
    from consistency.ingest.documents import TABLE_SUFFIXES
    from consistency.pipeline import (
        Options,
        analyse_paths,
        check,
        default_jobs,
        select_rules,
        tables_for,
    )
    from consistency.rules.loader import load_rules
    from consistency.rules.model import SEVERITY_RANK

    rule_dirs = tuple(dict.fromkeys(cfg.rules + opts.rule_dirs))
    nouns = tuple(dict.fromkeys(cfg.nouns + opts.noun_files))
    all_rules = load_rules(rule_dirs)
    known = {r.id for r in all_rules}
    select = opts.select if opts.select is not None else cfg.select
    ignore = opts.ignore if opts.ignore is not None else cfg.ignore
    if opts.select is None:
        _checked_ids(cfg, "select", cfg.select, known)
    if opts.ignore is None:
        _checked_ids(cfg, "ignore", cfg.ignore, known)
    for ids in cfg.per_file_ignores.values():
        _checked_ids(cfg, "per-file-ignores", ids, known)
    options = Options(rule_dirs=rule_dirs, noun_files=nouns, select=select, ignore=ignore)
    rules = select_rules(all_rules, options)
    for r in rules:
        seen_rules.setdefault(r.id, r)
    text_paths = [p for p in group if not p.lower().endswith(TABLE_SUFFIXES)]
    sheet_paths = [p for p in group if p.lower().endswith(TABLE_SUFFIXES)]
    jobs = opts.jobs if opts.jobs > 0 else default_jobs(len(text_paths))
    max_bytes = opts.max_size or cfg.max_size or DEFAULT_MAX_SIZE
    sheet_contexts, sheet_problems = [], []  # sheet problems are listed after the texts'
    if sheet_paths:
        from consistency.ingest.sheets import read_sheets
        from consistency.normalise.series import sheet_context

        date_column = opts.date_column or cfg.date_column
        sheets = read_sheets(sheet_paths, date_column, sheet_problems)
        sheet_contexts = [sheet_context(s) for s in sheets]
    if client is not None:
        from consistency.dask import run_group

        contexts, findings = run_group(
            client, text_paths, sheet_contexts, rule_dirs, nouns, rules, known, max_bytes,
            result.problems,
        )  # fmt: skip
        tables = None
    else:  # here, in worker processes when there are many documents
        contexts = analyse_paths(
            text_paths, options, jobs, on_document, result.problems, max_bytes,
            tables_for(rules),
        )  # fmt: skip
        contexts.extend(sheet_contexts)
        # documents are checked in date order (undated ones keep their place at the end)
        contexts.sort(key=lambda c: (c.date is None, c.date or 0))
        findings, tables = check(contexts, rules, known)
    result.problems.extend(sheet_problems)
    floor = SEVERITY_RANK[opts.severity or cfg.severity or "info"]
    kept = []
    for f in findings:
        if SEVERITY_RANK[f.severity] < floor or f.rule in cfg.ignored_rules(f.path):
            continue
        kept.append(f)
    result.contexts.extend(contexts)
    result.findings.extend(kept)
    if tables is not None:
        result.tables.append(tables)
