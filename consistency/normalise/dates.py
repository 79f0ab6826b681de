"""The dates table: each date the text states with the weekday it names.

A row holds the weekday as written and every calendar date the wording can
mean. A date with its year is one date; a date without a year ("Friday,
June 4") takes its year from the document's date (front matter or dateline):
the occurrence nearest that date, and when the nearest is over five months
away, the other neighbour too (an article dated January may mean last
December). Without a document date no year can be known and the row has no
candidates, so nothing is checked.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from consistency.extract.model import Figure
from consistency.normalise import register_document_table
from consistency.normalise.tables import DocumentContext
from consistency.recache import re_compile

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ABBR = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_DAY_INDEX = {w: i for i, w in enumerate(WEEKDAYS)} | _ABBR

_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thur?s?|fri|sat|sun)"
#: A weekday just before the date: "Tuesday (March 3", "Wed., March 4", "Mon, Jun 1".
_BEFORE = re_compile(_WD + r"\.?\s*(?:,\s*|\(\s*|\s+the\s+|\s+)$", re.IGNORECASE)
#: A weekday just after the date: "March 3 (Tuesday)", "June 4, a Thursday".
_AFTER = re_compile(r"^\s*(?:\(\s*|,\s*an?\s+)" + _WD + r"\b", re.IGNORECASE)

#: Beyond this distance from the document date, the other year is possible too.
AMBIGUOUS_DAYS = 150


@dataclass
class DateMention:
    figure: Figure
    weekday: str
    month: int
    day: int
    year: int | None
    #: "stated" (the text gives the year), "document" (taken from the document date)
    year_source: str
    #: Every date the wording can mean; empty when no year can be known.
    candidates: list[_dt.date] = field(default_factory=list)

    def record(self) -> dict:
        return {
            "path": self.figure.path,
            "text": self.figure.text,
            "start": self.figure.start,
            "weekday": self.weekday,
            "month": self.month,
            "day": self.day,
            "year": self.year,
            "year_source": self.year_source,
            "candidates": [d.isoformat() for d in self.candidates],
        }


def weekday_index(name: str) -> int | None:
    return _DAY_INDEX.get(name.lower().rstrip("."))


def _weekday_near(text: str, f: Figure) -> str | None:
    if f.weekday:
        return f.weekday.lower()
    m = _BEFORE.search(text[max(0, f.start - 16) : f.start])
    if m:
        return WEEKDAYS[_DAY_INDEX[m.group(1).lower()]]
    m = _AFTER.match(text[f.end : f.end + 20])
    if m:
        return WEEKDAYS[_DAY_INDEX[m.group(1).lower()]]
    return None


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def year_candidates(month: int, day: int, doc_date: _dt.date | None) -> list[_dt.date]:
    """The dates "month day" can mean in a document dated ``doc_date``."""
    if doc_date is None:
        return []
    options = [
        d
        for y in (doc_date.year - 1, doc_date.year, doc_date.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    if not options:
        return []
    options.sort(key=lambda d: abs((d - doc_date).days))
    nearest = options[0]
    out = [nearest]
    if abs((nearest - doc_date).days) > AMBIGUOUS_DAYS and len(options) > 1:
        out.append(options[1])
    return out


def find_dates(ctx: DocumentContext) -> list[DateMention]:
    rows: list[DateMention] = []
    for f in ctx.figures:
        if f.kind != "date" or f.month_day is None:
            continue
        weekday = _weekday_near(ctx.text, f)
        if weekday is None:
            continue
        month, day = f.month_day
        if f.date:
            try:
                d = _dt.date.fromisoformat(f.date)
            except ValueError:
                continue
            rows.append(DateMention(f, weekday, d.month, d.day, d.year, "stated", [d]))
            continue
        doc_date = ctx.date if isinstance(ctx.date, _dt.date) else None
        cands = year_candidates(month, day, doc_date)
        rows.append(
            DateMention(
                f, weekday, month, day, doc_date.year if doc_date else None, "document", cands
            )  # fmt: skip
        )
    return rows


register_document_table("dates", find_dates)
