"""The weekday primitive: a named weekday must fit the date it is named with."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from consistency.normalise.dates import WEEKDAYS, DateMention
from consistency.normalise.tables import Tables
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check
from consistency.rules.primitives.common import make_finding


def _long(d) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


@check("weekday")
def check_weekday(rule: Rule, rows: list[DateMention], tables: Tables) -> Iterable[Finding]:
    """Flag a date whose every possible calendar reading falls on another weekday."""
    for row in rows:
        if not row.candidates:
            continue  # no year can be known
        if any(WEEKDAYS[d.weekday()] == row.weekday for d in row.candidates):
            continue
        date = row.candidates[0]
        # the working: the week around the date, and which year was assumed
        start = date - _dt.timedelta(days=date.weekday())
        week = ", ".join(
            f"{WEEKDAYS[d.weekday()][:3].capitalize()} {d.day}"
            for d in (start + _dt.timedelta(days=i) for i in range(7))
        )
        arithmetic = f"the week of {_long(date)}: {week}"
        if row.year_source == "document":
            arithmetic += " (the year taken from the document's date)"
        if len(row.candidates) > 1:
            others = "; ".join(
                f"{_long(d)} is a {WEEKDAYS[d.weekday()].capitalize()}" for d in row.candidates[1:]
            )
            arithmetic += f"; {others}"
        want = WEEKDAYS.index(row.weekday)
        nearest = min(
            (date + _dt.timedelta(days=k) for k in range(-3, 4)
             if WEEKDAYS[(date + _dt.timedelta(days=k)).weekday()] == row.weekday),
            key=lambda d: abs((d - date).days),
        ) if want >= 0 else None  # fmt: skip
        hint = (
            f"the nearest {row.weekday.capitalize()} is {_long(nearest)}"
            if nearest is not None else None
        )  # fmt: skip
        fields = {
            "stated": row.weekday.capitalize(),
            "date": _long(date),
            "actual": WEEKDAYS[date.weekday()].capitalize(),
            "text": row.figure.text.strip(),
            "year_source": row.year_source,
        }
        yield make_finding(rule, tables, row.figure, [row.figure], fields, arithmetic, hint)
