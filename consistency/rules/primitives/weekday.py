"""The weekday primitive: a named weekday must fit the date it is named with."""

from __future__ import annotations

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
        actual = [f"{_long(d)} is a {WEEKDAYS[d.weekday()].capitalize()}" for d in row.candidates]
        date = row.candidates[0]
        arithmetic = "; ".join(actual) + f", stated {row.weekday.capitalize()}"
        if row.year_source == "document":
            arithmetic += " (year taken from the document date)"
        fields = {
            "stated": row.weekday.capitalize(),
            "date": _long(date),
            "actual": WEEKDAYS[date.weekday()].capitalize(),
            "text": row.figure.text.strip(),
            "year_source": row.year_source,
        }
        yield make_finding(rule, tables, row.figure, [row.figure], fields, arithmetic)
