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
    # one finding per (rule, anchor): rules may see the same breakdown twice
    seen: set[tuple] = set()
    unique = []
    for f in findings:
        key = (f.rule, f.path, f.offset, f.message)
        if key in seen:
            continue
        seen.add(key)
        unique.append(f)
    order = {d.path: i for i, d in enumerate(tables.documents)}
    unique.sort(key=lambda f: (order.get(f.path, 0), f.line, f.column, -SEVERITY_RANK[f.severity]))
    return unique
