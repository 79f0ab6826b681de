"""``unused-suppression``: a switch that silences nothing, or names no rule.

The switches are judged after every other rule has run (a switch is unused only if
no finding fell under it), so the pipeline does the work (``pipeline.check``); this
check is what lets the rule be selected, ignored and explained like any other.
"""

from __future__ import annotations

from collections.abc import Iterable

from consistency.normalise.tables import Tables
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check


@check("unused-suppression")
def check_unused(rule: Rule, rows: list, tables: Tables) -> Iterable[Finding]:
    return ()
