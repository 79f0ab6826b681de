"""The share primitive: shares of one whole cannot sum past 100 %.

Each share is the interval its digits allow ("41%" is 40.5 to 41.5), so the
sum's interval carries the rounding of all shares together. Over 100: no
reading of the figures is consistent. Under 100: only wrong when the list
claims to be complete ("the remaining 12%"), and ``where: complete`` rules
read those.
"""

from __future__ import annotations

from collections.abc import Iterable

from consistency.interval import Interval
from consistency.normalise.shares import ShareList
from consistency.normalise.tables import Tables
from consistency.rules import fmt
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check
from consistency.rules.primitives.common import make_finding


@check("share")
def check_share(rule: Rule, rows: list[ShareList], tables: Tables) -> Iterable[Finding]:
    """``where``: "over" (sums past 100 only), "short" (complete lists under 100
    only) or "any"; ``params.short_severity`` grades the short case (default warning)."""
    whole = Interval(100.0, 100.0)
    short_severity = str(rule.params.get("short_severity", "warning"))
    for row in rows:
        total = row.total
        over = total.low > 100 and not total.overlaps(whole)
        short = row.complete and total.high < 100 and not total.overlaps(whole)
        if rule.where == "over" and not over:
            continue
        if rule.where == "short" and not short:
            continue
        if not (over or short):
            continue
        values = [s.figure.value for s in row.shares]
        stated = sum(values)
        terms = " + ".join(fmt.num(v) for v in values)
        if over:
            direction = f"over 100 by {fmt.num(total.low - 100)} even at the lowest rounding"
        else:
            direction = f"short of 100 by {fmt.num(100 - total.high)} even at the highest rounding"
        arithmetic = (
            f"{terms} = {fmt.num(stated)}%; with each share's rounding "
            f"{fmt.num(total.low)}% to {fmt.num(total.high)}%; {direction}"
        )
        fields = {
            "terms": terms,
            "sum": fmt.num(stated),
            "low": fmt.num(total.low),
            "high": fmt.num(total.high),
            "count": len(values),
            "direction": direction,
        }
        figures = [s.figure for s in row.shares]
        finding = make_finding(rule, tables, figures[0], figures, fields, arithmetic)
        if short and short_severity in ("info", "warning", "error"):
            finding.severity = short_severity
        yield finding
