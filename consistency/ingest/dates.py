"""Dates as reports write them: front matter, datelines, file names, in-text dates.

Supported forms (all give the same ``datetime.date``):

- ISO ``2026-03-08``, ``2026/03/08``, ``20260308`` (file names);
- ``November 18, 2026``, ``Nov. 18, 2026``, ``18 November 2026``, ``Nov 18`` (no year);
- day-first numeric ``05.06.2023`` / ``05.06.23`` (dots are day-first, as in
  Ukrainian and Russian reports); slashed ``03/04/2026`` is ambiguous and is
  resolved from the document's other dates (a component above 12 shows the
  order), never guessed;
- datelines: ``MOSCOW, Nov 18 (Reuters) -``, ``KYIV, Ukraine, November 18, 2026 -``,
  ``November 18, 2026 -``.

A date without a year is kept as a :class:`PartialDate` (month, day) so that the
caller can place it with the year its corpus implies.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from consistency.recache import re_compile

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MON = r"(?P<mon>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR2 = _YEAR.replace("?P<year>", "?P<year2>")

#: Every written date form, one alternation with named groups per form.
DATE_RE = re_compile(
    r"(?<![\w.])(?:"
    rf"(?P<iso>(?P<iy>(?:19|20)\d\d)[-/](?P<im>[01]?\d)[-/](?P<id>[0-3]?\d))(?![\d/.-]\d)"
    rf"|(?P<num>(?P<na>[0-3]?\d)(?P<sep>[./])(?P<nb>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)?\d\d))(?![\d])"
    rf"|(?P<mdy>{_MON}\s+{_DAY}(?:(?:\s*,\s*|\s+){_YEAR})?)"
    rf"|(?P<dmy>{_DAY2}\s+(?:of\s+)?{_MON2}(?:\s*,?\s*{_YEAR2})?)"
    r")(?![\w])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A month and day whose year the text does not state ("Nov 18")."""

    month: int
    day: int

    def with_year(self, year: int) -> _dt.date | None:
        try:
            return _dt.date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(slots=True)
class DateMention:
    """One date written in a text: its span, and what it resolves to."""

    start: int
    end: int
    text: str
    date: _dt.date | None = None
    partial: PartialDate | None = None
    #: For slashed numeric dates: the two readings (day-first, month-first).
    readings: tuple[_dt.date | None, _dt.date | None] | None = None


def _mk(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _mention(m: re.Match[str]) -> DateMention | None:
    g = m.groupdict()
    out = DateMention(m.start(), m.end(), m.group(0))
    if g["iso"]:
        out.date = _mk(int(g["iy"]), int(g["im"]), int(g["id"]))
        return out if out.date else None
    if g["num"]:
        a, b, y = int(g["na"]), int(g["nb"]), _year(g["ny"])
        dayfirst, monthfirst = _mk(y, b, a), _mk(y, a, b)
        if dayfirst is None and monthfirst is None:
            return None
        if g["sep"] == "." or monthfirst is None:
            out.date = dayfirst or monthfirst
        elif dayfirst is None or dayfirst == monthfirst:
            out.date = monthfirst
        else:
            out.readings = (dayfirst, monthfirst)
        return out
    if g["mdy"]:
        mon, day, year = g["mon"], g["day"], g["year"]
    else:
        mon, day, year = g["mon2"], g["day2"], g["year2"]
    month = MONTHS.get(mon.lower().rstrip("."))
    if month is None:
        return None
    d = int(day)
    if not 1 <= d <= 31:
        return None
    if year:
        out.date = _mk(int(year), month, d)
        return out if out.date else None
    if g["mdy"] and m.group(0).startswith("may "):
        return None  # "may 5 ..." is more often the verb
    out.partial = PartialDate(month, d)
    return out


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date written in ``text[start:end]``; ambiguous slashed dates resolved."""
    found = []
    for m in DATE_RE.finditer(text, start, len(text) if end is None else end):
        mention = _mention(m)
        if mention is not None:
            found.append(mention)
    resolve_ambiguous(found)
    return found


def numeric_order(mentions: list[DateMention]) -> str | None:
    """ "dayfirst" or "monthfirst" when the unambiguous slashed dates show it."""
    votes = set()
    for d in mentions:
        if d.readings is None and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", d.text):
            a, b = (int(x) for x in d.text.split("/")[:2])
            if a > 12 >= b:
                votes.add("dayfirst")
            elif b > 12 >= a:
                votes.add("monthfirst")
    return votes.pop() if len(votes) == 1 else None


def resolve_ambiguous(mentions: list[DateMention], hint: _dt.date | None = None) -> None:
    """Settle "03/04/2026" from the other dates around it; leave it open otherwise."""
    order = numeric_order(mentions)
    for d in mentions:
        if d.readings is None:
            continue
        dayfirst, monthfirst = d.readings
        if order == "dayfirst":
            d.date = dayfirst
        elif order == "monthfirst":
            d.date = monthfirst
        elif hint is not None and (dayfirst == hint) != (monthfirst == hint):
            d.date = dayfirst if dayfirst == hint else monthfirst
        if d.date is not None:
            d.readings = None


def parse_date(text: str, dayfirst: bool | None = None) -> _dt.date | PartialDate | None:
    """One date string (a sheet cell, a front-matter value). None if unreadable.

    Slashed numeric dates need ``dayfirst`` when both readings are valid;
    without it they return None (the caller decides from the other cells).
    """
    s = text.strip()
    if not s:
        return None
    if len(s) >= 10 and s[4] == "-" and s[:4].isdigit():  # fast path: ISO, maybe with a time
        try:
            return _dt.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
        except ValueError:
            pass
    if s.isdigit() and len(s) == 8:
        return _mk(int(s[:4]), int(s[4:6]), int(s[6:8]))
    m = DATE_RE.fullmatch(s) or DATE_RE.match(s)
    if m is None or (m.end() < len(s) and not re.match(r"[\sT,]", s[m.end()])):
        return None
    mention = _mention(m)
    if mention is None:
        return None
    if mention.readings is not None:
        if dayfirst is None:
            return None
        return mention.readings[0] if dayfirst else mention.readings[1]
    return mention.date or mention.partial


def slashed_readings(text: str) -> tuple[_dt.date | None, _dt.date | None] | None:
    """Both readings of an ambiguous slashed date, or None if it is not one."""
    m = DATE_RE.fullmatch(text.strip())
    if m is None:
        return None
    mention = _mention(m)
    return mention.readings if mention is not None else None


# -- datelines and file names ------------------------------------------------------------

_DATELINE = re_compile(
    r"\A\s*(?:[#>*_ ]*)"  # Markdown decoration
    r"(?:(?:[A-Z][A-Za-z'’.-]+(?:[ -][A-Z][A-Za-z'’.-]+)*)\s*,\s*){0,3}"  # MOSCOW, KYIV, Ukraine,
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    r"(?P<date>[^()\n]{4,30}?)\s*"
    r"(?:\((?:Reuters|AP|AFP|TASS|Interfax|RIA|Xinhua|Bloomberg|UPI|dpa|Ukrinform|IANS|PTI|[A-Z][\w .-]{1,20})\)\s*)?"
    r"(?:[-‐‒–—―]+|:)\s"
)


def dateline(text: str, start: int = 0) -> DateMention | None:
    """The date of a dateline at the start of the body, if there is one."""
    head = text[start : start + 200]
    m = _DATELINE.match(head)
    if m is None:
        return None
    found = find_dates(head, m.start("date"), m.end("date"))
    if len(found) != 1:
        return None
    d = found[0]
    if head[m.start("date") : m.end("date")].strip(" ,") != d.text.strip(" ,"):
        return None
    d.start += start
    d.end += start
    return d


_FILE_DATE = re_compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)"
    r"|(?P<d2>[0-3]\d)[-_.](?P<m2>[01]\d)[-_.](?P<y2>(?:19|20)\d\d))(?!\d)"
)


def date_from_filename(path: str) -> _dt.date | None:
    """``tally-2026-03-08.md``, ``report_20260308.txt``, ``08.03.2026.md``."""
    name = re.split(r"[\\/]", path)[-1]
    found = set()
    for m in _FILE_DATE.finditer(name):
        if m.group("y"):
            d = _mk(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        else:
            d = _mk(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        if d is not None:
            found.add(d)
    return found.pop() if len(found) == 1 else None


def document_date(
    text: str, body_start: int, path: str
) -> tuple[_dt.date | PartialDate | None, str | None]:
    """A document's date when its front matter gives none: (date, source).

    The dateline wins over the file name; a dateline without a year takes the
    file name's year, or the year of the document's other full dates when
    they all agree, and otherwise stays a :class:`PartialDate`.
    """
    line = dateline(text, body_start)
    from_name = date_from_filename(path) if path not in ("-", "<stdin>") else None
    if line is not None:
        if line.date is not None:
            return line.date, "dateline"
        if line.readings is not None:
            others = find_dates(text, body_start, body_start + 5000)
            resolve_ambiguous([line, *others], from_name)
            if line.date is not None:
                return line.date, "dateline"
            return None, None
        if line.partial is not None:
            years = set()
            if from_name is not None:
                years.add(from_name.year)
            else:
                for d in find_dates(text, body_start, body_start + 5000):
                    if (
                        d.date is not None
                        and abs((d.date - (line.partial.with_year(d.date.year) or d.date)).days)
                        <= 31
                    ):
                        years.add(d.date.year)
            if len(years) == 1:
                full = line.partial.with_year(years.pop())
                if full is not None:
                    return full, "dateline"
            return line.partial, "dateline"
    if from_name is not None:
        return from_name, "filename"
    return None, None
