"""The change primitive: a stated change must follow from its before and after.

Before, after and the stated change are intervals (their digits' rounding;
a plain count is exact). A relative change from [a1, a2] to [b1, b2] is
anywhere in [b1/a2 - 1, b2/a1 - 1]; the stated percentage is widened by half
a unit more of its last digit (``params.percent_slack``, in those units) because
writers truncate ("12.9%" as "12%") and compute from figures they then round.
Between two percentages, a stated "%" may mean points or percent ("from 5% to
7%, up 2%" or "up 40%"): either reading clears it; "points" must be points.
A factor word ("doubled", "halved", "fell by a third") allows the ratio within
``params.factor_slack`` (10 %) of the factor, more with "nearly"/"about" and
open-ended with "more than". A finding means no reading fits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from consistency.interval import Interval
from consistency.normalise.changes import Change
from consistency.normalise.tables import Tables
from consistency.rules import fmt
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check
from consistency.rules.primitives.common import make_finding


def relative(before: Interval, after: Interval) -> Interval | None:
    """Percent change from ``before`` to ``after`` (None when before may be <= 0)."""
    if before.low <= 0 or after.low < 0:
        return None
    return Interval((after.low / before.high - 1) * 100, (after.high / before.low - 1) * 100)


def ratio(before: Interval, after: Interval) -> Interval | None:
    if before.low <= 0 or after.low < 0:
        return None
    return Interval(after.low / before.high, after.high / before.low)


def _signed(stated: Interval, direction: int) -> list[Interval]:
    if direction > 0:
        return [stated]
    if direction < 0:
        return [stated.scale(-1)]
    return [stated, stated.scale(-1)]


def factor_window(factor: float, qualifier: str, slack: float) -> Interval:
    up = factor > 1
    if qualifier in ("more than", "over", "at least", "just over"):
        return (
            Interval(factor * (1 - slack), math.inf) if up else Interval(0.0, factor * (1 + slack))
        )
    if qualifier in ("nearly", "almost", "close to", "not quite", "just under"):
        return Interval(factor * 0.7, factor * (1 + slack)) if up else Interval(
            factor * (1 - slack), factor / 0.7)  # fmt: skip
    if qualifier in ("about", "roughly", "around"):
        slack *= 2
    if qualifier == "less than":
        return (
            Interval(0.0, factor * (1 + slack)) if up else Interval(factor * (1 - slack), math.inf)
        )
    return Interval(factor * (1 - slack), factor * (1 + slack))


def change_fits(
    row: Change, percent_slack: float = 0.5, factor_slack: float = 0.1
) -> tuple[bool, str]:
    """Whether some reading of the figures gives the stated change, and the computation."""
    a, b = row.before_interval, row.after_interval
    st = row.stated
    if row.kind in ("percent", "points"):
        unit = (st.high - st.low) or 1.0
        widened = Interval(st.low - percent_slack * unit, st.high + percent_slack * unit)
        readings: list[tuple[str, Interval | None]] = []
        if row.kind == "percent":
            readings.append(("%", relative(a, b)))
            if row.inverse:
                readings.append(("% of the inverse rate", relative(b, a)))
        if row.of_percent:
            readings.append((" points", b - a))
        shown = []
        for label, got in readings:
            if got is None:
                return True, ""
            if any(got.overlaps(s) for s in _signed(widened, row.direction)):
                return True, ""
            mid = (got.low + got.high) / 2
            shown.append(f"{fmt.signed(round(mid, 1))}{label}")
        return False, " or ".join(shown)
    if row.kind == "absolute":
        got = b - a
        if any(got.overlaps(s) for s in _signed(st, row.direction)):
            return True, ""
        return False, fmt.signed(round((got.low + got.high) / 2, 2))
    if row.kind == "factor":
        r = ratio(a, b)
        if r is None:
            return True, ""
        window = factor_window(st.low, row.qualifier, factor_slack)
        if r.overlaps(window):
            return True, ""
        return False, f"× {round((r.low + r.high) / 2, 2)}"
    return True, ""


def _working(row: Change) -> str:
    """The computation behind the message: "(7,440 − 6,200) / 6,200 = +20.0%; a rise of
    12% allows 11.5% to 12.5%"."""
    a, b = row.before_interval, row.after_interval
    before = row.before_label or fmt.num(row.before.value)
    after = fmt.num(row.after.value)
    mid_a = (a.low + a.high) / 2
    mid_b = (b.low + b.high) / 2
    st = row.stated
    allowed = fmt.interval(st) if st.low != st.high else fmt.num(st.low)
    if row.kind == "factor":
        r = mid_b / mid_a if mid_a else float("inf")
        return f"{after} / {before} = {round(r, 2)}; '{row.stated_text}' means × {fmt.num(st.low)}"
    if row.kind == "absolute":
        return f"{after} − {before} = {fmt.signed(round(mid_b - mid_a, 2))}; stated {allowed}"
    if row.of_percent and row.kind == "points":
        return (
            f"{after} − {before} = {fmt.signed(round(mid_b - mid_a, 2))} points; stated {allowed}"
        )
    if mid_a == 0:
        return f"from {before} to {after}; stated {allowed}"
    pct = (mid_b - mid_a) / mid_a * 100
    return (
        f"({after} − {before}) / {before} = {fmt.signed(round(pct, 1))}%; "
        f"'{row.stated_text}' allows {allowed}%"
    )


@check("change")
def check_change(rule: Rule, rows: list[Change], tables: Tables) -> Iterable[Finding]:
    pslack = float(rule.params.get("percent_slack", 0.5))
    fslack = float(rule.params.get("factor_slack", 0.1))
    for row in rows:
        ok, computed = change_fits(row, pslack, fslack)
        if ok:
            continue
        if row.kind == "factor":
            expected = {2.0: "× 2", 3.0: "× 3", 4.0: "× 4", 0.5: "× 0.5"}.get(
                row.stated.low, f"× {round(row.stated.low, 2)}")  # fmt: skip
            stated = f"'{row.stated_text}' ({expected})"
        else:
            stated = f"'{row.stated_text}'"
        arithmetic = _working(row)
        fields = {
            "before": row.before_label or row.before.text.strip(),
            "after": row.after.text.strip(),
            "computed": computed,
            "stated": stated,
        }
        figures = [row.before, row.after]
        if row.stated_figure is not None:
            figures.append(row.stated_figure)
        anchor = row.stated_figure or row.after
        # figures in document order, each once
        seen, uniq = set(), []
        for f in sorted(figures, key=lambda f: f.start):
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                uniq.append(f)
        yield make_finding(rule, tables, anchor, uniq, fields, arithmetic)
