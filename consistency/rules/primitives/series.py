"""Primitives over the series table: ``monotonic`` and ``period``.

``monotonic``: a running total may never go down. A step is flagged only when no
choice of values inside the stated intervals makes the series non-decreasing; the
chain restarts at the flagged point, so one bad report gives one finding.

``period``: a count for a period can be no larger than its running total at the
period's end, nor than the increase between the totals at the period's two ends.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from consistency.interval import Interval
from consistency.normalise.series import SeriesRow, figure_for
from consistency.normalise.tables import Tables
from consistency.rules import fmt
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check
from consistency.rules.primitives.common import make_finding, worth_vectorising

MAX_TABLE_ROWS = 9


@dataclass(slots=True)
class _Node:
    """All points of one series on one date."""

    as_of: _dt.date
    rows: list[SeriesRow]
    low: float
    high: float
    conflict: bool

    @property
    def lead(self) -> SeriesRow:
        return self.rows[0]


def _nodes(points: list[SeriesRow]) -> list[_Node]:
    """Points grouped by date, in date order (the table is sorted already; sort is stable)."""
    points = sorted(points, key=lambda r: r.as_of)
    out: list[_Node] = []
    i, n = 0, len(points)
    while i < n:
        j = i + 1
        d = points[i].as_of
        while j < n and points[j].as_of == d:
            j += 1
        if j == i + 1:
            r = points[i]
            out.append(_Node(d, [r], r.low, r.high, False))
        else:
            rs = sorted(points[i:j], key=lambda r: (r.path, r.start))
            lo = max(r.low for r in rs)
            hi = min(r.high for r in rs)
            conflict = lo > hi + 1e-9 * max(1.0, abs(hi))
            if conflict:
                lo, hi = min(r.low for r in rs), max(r.high for r in rs)
            out.append(_Node(d, rs, lo, hi, conflict))
        i = j
    return out


def _groups(rows: list[SeriesRow], kind: str) -> dict[tuple, list[SeriesRow]]:
    out: dict[tuple, list[SeriesRow]] = {}
    for r in rows:
        if r.kind == kind:
            out.setdefault((r.measure, r.scope), []).append(r)
    return out


def _date(r: SeriesRow) -> str:
    return r.date_label or r.as_of.isoformat()


def _where(r: SeriesRow) -> str:
    if r.row:
        return r.row
    return r.path


def _value(r: SeriesRow) -> str:
    """The figure as written when its words matter ("about 212,000", "(+3)"), else the
    number with thousands separators (a sheet's "14330" reads "14,330")."""
    text = r.text.strip()
    if text and re.search(r"[A-Za-z(+~≈<>]", text):
        return text
    return fmt.num(r.value)


def _series_table(nodes: list[_Node], hi_index: int) -> tuple[list[list[str]], int]:
    lo = max(0, hi_index - MAX_TABLE_ROWS + 2)
    hi = min(len(nodes), lo + MAX_TABLE_ROWS)
    lo = max(0, hi - MAX_TABLE_ROWS)
    table = []
    prev = None
    for i in range(lo, hi):
        n = nodes[i]
        r = n.lead
        step = "" if prev is None else fmt.signed(r.value - prev)
        prev = r.value
        values = " / ".join(dict.fromkeys(_value(x) for x in n.rows))
        table.append([r.as_of.isoformat(), values, step, _where(r)])  # one date style
    return table, hi_index - lo


def _fields(measure: str, earlier: SeriesRow, later: SeriesRow, step: float, gap: float) -> dict:
    return {
        "measure": measure,
        "label": later.label,
        "earlier_value": _value(earlier),
        "earlier_date": _date(earlier),
        "earlier_path": _where(earlier),
        "later_value": _value(later),
        "later_date": _date(later),
        "later_path": _where(later),
        "step": fmt.num(step),
        "difference": fmt.signed(-step),
        "gap": fmt.num(gap),
    }


#: From this many series points on, steps are checked column-wise first (pandas).
VECTOR_MIN = 256


def cleared_series(rows: list[SeriesRow]) -> set[tuple]:
    """The series (measure, scope) whose running totals certainly never go down: one
    point per date, and every point's high at least the highest low before it (the
    row check's own comparison, on the same floats, as a group-wise running maximum).
    Such a series gives ``monotonic`` nothing to say; the others go to the row check."""
    import numpy as np
    import pandas as pd

    codes: dict[tuple, int] = {}
    cum = [r for r in rows if r.kind == "cumulative"]
    frame = pd.DataFrame(
        {
            "g": [codes.setdefault((r.measure, r.scope), len(codes)) for r in cum],
            "day": [r.as_of.toordinal() for r in cum],
            "low": [r.low for r in cum],
            "high": [r.high for r in cum],
        }
    ).sort_values(["g", "day"], kind="stable")
    floor = frame.groupby("g")["low"].cummax().groupby(frame["g"]).shift(1)
    with np.errstate(invalid="ignore"):
        rises = floor.isna() | (frame["high"] >= floor - 1e-9 * np.maximum(1.0, floor.abs()))
    fine = rises & ~frame.duplicated(["g", "day"], keep=False)
    ok = fine.groupby(frame["g"]).all()
    keys = list(codes)
    return {keys[g] for g, good in ok.items() if good}


@check("monotonic")
def check_monotonic(rule: Rule, rows: list[SeriesRow], tables: Tables) -> Iterable[Finding]:
    """A running total that goes down between two dated reports."""
    tol_rel = 1e-9
    cleared = cleared_series(rows) if worth_vectorising(len(rows), VECTOR_MIN) else set()
    for (measure, _scope), points in sorted(_groups(rows, "cumulative").items()):
        if (measure, _scope) in cleared:
            continue
        nodes = _nodes(points)
        if len(nodes) < 2 and not any(n.conflict for n in nodes):
            continue
        floor = -math.inf
        floor_idx: int | None = None
        for i, n in enumerate(nodes):
            if n.conflict and rule.params.get("same_date", "sheets") != "never":
                sheetish = any(r.source == "sheet" for r in n.rows)
                paths = {r.path for r in n.rows}
                if sheetish or (len(paths) == 1 and rule.params.get("same_date") == "always"):
                    yield _same_date_finding(rule, tables, measure, n)
            if floor_idx is not None and n.high < floor - tol_rel * max(1.0, abs(floor)):
                earlier = _lead_at(nodes[floor_idx], floor)
                later = min(n.rows, key=lambda r: r.high)
                step = earlier.value - later.value
                gap = floor - n.high
                table, hl = _series_table(nodes, i)
                arithmetic = (
                    f"{_value(later)} ({_date(later)}) < {_value(earlier)} ({_date(earlier)}): "
                    f"down {fmt.num(step)}"
                    + (f" (at least {fmt.num(gap)} after rounding)" if gap + 1e-9 < step else "")
                )
                figures = [figure_for(x) for x in (earlier, later)]
                finding = make_finding(
                    rule, tables, figure_for(later), figures,
                    _fields(measure, earlier, later, step, gap), arithmetic,
                    hint=f"a running total never falls; check the {measure} figure of "
                    f"{_date(later)} or of {_date(earlier)}",
                )  # fmt: skip
                finding.table = table
                finding.table_header = ["as of", measure, "step", "report"]
                finding.highlight_row = hl
                yield finding
                floor, floor_idx = n.low, i  # restart: one bad report, one finding
                continue
            if floor_idx is None or n.low >= floor:
                floor, floor_idx = n.low, i


def _lead_at(node: _Node, floor: float) -> SeriesRow:
    return max(node.rows, key=lambda r: r.low)


def _same_date_finding(rule: Rule, tables: Tables, measure: str, n: _Node) -> Finding:
    a = min(n.rows, key=lambda r: r.value)
    b = max(n.rows, key=lambda r: r.value)
    fields = _fields(measure, b, a, b.value - a.value, b.low - a.high)
    arithmetic = f"{_value(a)} ({_where(a)}) and {_value(b)} ({_where(b)}) both as of {_date(a)}"
    f = make_finding(
        rule, tables, figure_for(a), [figure_for(x) for x in (b, a)], fields, arithmetic
    )
    f.severity = "warning"
    f.message = (
        f"two different totals of {a.label} for the same date {_date(a)}: "
        f"{_value(b)} ({_where(b)}) and {_value(a)} ({_where(a)})"
    )
    f.offset = a.start
    return f


@check("period")
def check_period(rule: Rule, rows: list[SeriesRow], tables: Tables) -> Iterable[Finding]:
    """A period count larger than its running total or than the increase it sits in."""
    totals = {k: _nodes(v) for k, v in _groups(rows, "cumulative").items()}
    periods = sorted(
        (r for r in rows if r.kind == "period"), key=lambda r: (r.measure, r.as_of, r.path, r.start)
    )
    keys = {k: [n.as_of for n in v] for k, v in totals.items()}
    for p in periods:
        nodes = totals.get((p.measure, p.scope))
        if not nodes:
            continue
        dates = keys[(p.measure, p.scope)]
        end = p.period_end or p.as_of
        i_end = bisect.bisect_left(dates, end)  # first total dated on or after the period's end
        piv = Interval(p.low, p.high)
        if i_end >= len(nodes):
            continue
        end_node = nodes[i_end]
        if p.since_previous:
            before = nodes[max(0, i_end - 1) : i_end]
        elif p.period_start is not None:
            i_start = bisect.bisect_right(dates, p.period_start)  # totals on or before the start
            before = nodes[max(0, i_start - 1) : i_start]
        else:
            before = []
        if p.low <= end_node.high and (not before or p.low <= end_node.high - before[-1].low):
            continue  # fast path: fits every way (the exact test below is the same with tolerance)
        end_iv = Interval(end_node.low, end_node.high)
        end_row = min(end_node.rows, key=lambda r: r.high)
        if piv.must_exceed(end_iv):
            fields = _period_fields(p, end_row, None, end_iv)
            arithmetic = (
                f"{_value(p)} ({p.period}) > running total {_value(end_row)} ({_date(end_row)})"
            )
            yield _period_finding(rule, tables, p, [end_row], fields, arithmetic)
            continue
        if not before:
            continue
        start_node = before[-1]
        start_iv = Interval(start_node.low, start_node.high)
        if start_iv.must_exceed(end_iv) or end_node is start_node:
            continue  # the totals go backwards: cumulative-decrease reports that
        increase = end_iv - start_iv
        if piv.must_exceed(increase):
            start_row = max(start_node.rows, key=lambda r: r.low)
            fields = _period_fields(p, end_row, start_row, increase)
            arithmetic = (
                f"{_value(end_row)} ({_date(end_row)}) − {_value(start_row)} ({_date(start_row)}) "
                f"= {fmt.interval(increase)}, but {_value(p)} stated for {p.period}"
            )
            yield _period_finding(rule, tables, p, [start_row, end_row], fields, arithmetic)


def _period_fields(p: SeriesRow, end_row: SeriesRow, start_row: SeriesRow | None,
                   room: Interval) -> dict:  # fmt: skip
    over = p.low - room.high
    what = (
        f"the increase from {_value(start_row)} ({_date(start_row)}, {_where(start_row)}) to "
        f"{_value(end_row)} ({_date(end_row)}, {_where(end_row)})"
        if start_row is not None
        else f"the running total {_value(end_row)} ({_date(end_row)}, {_where(end_row)})"
    )
    return {
        "measure": p.measure,
        "label": p.label,
        "period_value": _value(p),
        "period": p.period,
        "period_path": _where(p),
        "room": fmt.interval(room),
        "bound": what,
        "excess": fmt.num(over),
        "step": fmt.num(over),
    }


def _period_finding(rule: Rule, tables: Tables, p: SeriesRow, others: list[SeriesRow],
                    fields: dict, arithmetic: str) -> Finding:  # fmt: skip
    figures = [figure_for(x) for x in (*others, p)]
    f = make_finding(rule, tables, figure_for(p), figures, fields, arithmetic)
    f.offset = p.start
    f.line, f.column = p.line, p.column
    return f
