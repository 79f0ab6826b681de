"""Run rules over tables and collect findings in a stable order."""

from __future__ import annotations

from consistency.normalise.tables import Tables
from consistency.rules.model import SEVERITY_RANK, Finding, Rule
from consistency.rules.primitives import get_check


def run_rules(rules: list[Rule], tables: Tables) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        fn = get_check(rule.check)
        findings.extend(fn(rule, tables.table(rule.table), tables))
    order = {d.path: i for i, d in enumerate(tables.documents)}
    return unique_in_order(findings, order, {r.id: i for i, r in enumerate(rules)})


def unique_in_order(
    findings: list[Finding], doc_order: dict[str, int], rule_rank: dict[str, int]
) -> list[Finding]:
    """One finding per (rule, anchor) -- rules may see the same breakdown twice -- in
    document order, then line, column, severity (errors first), then the rules' order.
    The local engine and the Dask engine (whose findings arrive partition by partition)
    order findings with this one function, so both report alike."""
    seen: set[tuple] = set()
    unique = []
    for f in findings:
        key = (f.rule, f.path, f.offset, f.message)
        if key in seen:
            continue
        seen.add(key)
        unique.append(f)
    unique.sort(key=lambda f: (doc_order.get(f.path, 0), f.line, f.column,
                               -SEVERITY_RANK[f.severity], rule_rank.get(f.rule, 0)))  # fmt: skip
    return unique
