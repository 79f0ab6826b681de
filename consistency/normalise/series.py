"""The ``series`` table: running totals and period counts across dated reports.

Only figures the text words as cumulative become series points: "since the start
of", "since the outbreak began", "to date", "so far", "as of <date>", "a total of ...
since", "running total", "the total combat losses ... from X to Y were: tanks - 3,812".
A bare "in total" or "bringing the total to" is a breakdown's total, not a running
one, unless such wording goes with it. Figures tied to a period ("overnight", "in the
past week", "on Monday", "in November", "another 390", "(+3)") become period rows
with the dates they cover, so a rule can hold them against the totals at the
period's two ends.

Each point has a measure (the counted noun phrase, lemmatised, folded through the
synonyms in ``consistency/extract/nouns.yaml``) and a scope (the places named with
it). Points are matched across documents by both. The table is one list of
:class:`SeriesRow`; rows are sorted so that the input order of documents never
matters.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from consistency.extract.model import Figure
from consistency.extract.text import lowered
from consistency.ingest.dates import (
    PartialDate,
    date_from_filename,
    document_date,
    find_dates,
)
from consistency.normalise import register_corpus_table
from consistency.normalise.tables import DocumentContext
from consistency.recache import re_compile

# ---------------------------------------------------------------------------------------
# rows


@dataclass(slots=True)
class SeriesRow:
    """One cumulative point or one period count."""

    kind: str  # "cumulative" | "period"
    measure: str
    label: str
    scope: tuple[str, ...]
    as_of: _dt.date
    value: float
    low: float
    high: float
    path: str
    start: int
    end: int
    line: int
    column: int
    text: str
    figure: Figure | None = None
    #: period rows: the period (start exclusive, end inclusive); None when open
    period_start: _dt.date | None = None
    period_end: _dt.date | None = None
    period: str = ""
    #: "text" or "sheet"
    source: str = "text"
    #: sheets: "row 14 (2026-03-08)"
    row: str | None = None
    #: True when the year of ``as_of`` was inferred, not stated
    year_inferred: bool = False
    #: the date as the report wrote it, for messages
    date_label: str = ""
    #: the report's own sentence or row, for the quote
    sentence: int = 0
    #: extra: "previous report" periods
    since_previous: bool = False
    #: the nationality the noun carries ("Ukrainian drones"); folded into ``scope``
    side: str = ""

    def record(self) -> dict:
        return {
            "kind": self.kind, "measure": self.measure, "scope": ",".join(self.scope),
            "as_of": self.as_of.isoformat(), "value": self.value, "low": self.low,
            "high": self.high, "path": self.path, "span": (self.start, self.end),
            "line": self.line, "text": self.text, "period": self.period,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "source": self.source, "row": self.row,
        }  # fmt: skip


# ---------------------------------------------------------------------------------------
# wording

_W = r"[\w'’-]+"
#: Wording that makes a figure a running total by itself.
_STRONG = re_compile(
    r"\b(?:"
    r"since\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|outbreak|onset|launch|begin\w*)\b"
    rf"|since\s+(?:the\s+|its\s+|their\s+)?(?:{_W}\s+){{0,4}}(?:began|begun|started|erupted|broke\s+out|was\s+launched|launched)\b"
    r"|since\s+(?:the\s+)?(?:(?:full-scale|large-scale|russian|russia['’]s|israel['’]s|military|special|its|their)\s+){0,3}(?:war|invasion|conflict|pandemic|epidemic|outbreak|operation|offensive|records\s+began)\b"
    r"|since\s+(?:(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d)\b"
    r"|to\s+date|so\s+far|thus\s+far|as\s+of|as\s+at|up\s+to\s+now|until\s+now|running\s+(?:total|tally|count)"
    r"|cumulative(?:ly)?|total\s+(?:combat\s+)?losses|overall\s+losses|death\s+toll|toll\s+(?:has\s+)?(?:rose|risen|climbed|reached|stands|stood|now)"
    r"|in\s+total\s+since|altogether\s+since|(?:have|has)\s+(?:now\s+)?(?:so\s+far\s+)?(?:reached|totalled|totaled)"
    r"|from\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+(?:to|till|until|through)\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r")",
    re.I,
)
#: Period wording: (pattern, kind). Kinds map to date arithmetic in ``_period``.
_PERIODS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re_compile(p, re.I), k)
    for p, k in (
        (r"\bso\s+far\s+this\s+(?:year|month|week)\b|\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month|week)\b|\bsince\s+(?:january\s+1(?:st)?|1\s+january|new\s+year)\b(?:\s*,?\s*(?:19|20)\d\d)?|\b(?:year\s+to\s+date|year-to-date)\b", "this_x"),
        (r"\b(?:this|the\s+current)\s+(?:year|month|week)\b", "this_x"),
        (r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous|preceding)\s+(?:(?P<n>\d+|two|three|four|five|six|seven|ten|fourteen|thirty)\s+)?(?P<unit>hours?|days?|nights?|weeks?|months?|years?)\b", "past"),
        (r"\b(?:past|last|previous|preceding)\s+24\s+hours\b", "day"),
        (r"\bovernight\b|\b(?:last|during\s+the|in\s+the|over\s+the)\s+night\b|\bnight['’]s\b|\bthe\s+night\s+of\b", "day"),
        (r"\b(?:in\s+the\s+)?(?:past|last)\s+(?:day|week|month)\b|\b(?:a|per|each)\s+day\b|\bdaily\b|\bduring\s+the\s+day\b|\bthe\s+previous\s+day\b|\bin\s+(?:a|one)\s+(?:single\s+)?(?:day|week|night|month)\b|\bin\s+a\s+single\s+(?:day|week|night|month)\b", "vague_recent"),
        (r"\blast\s+(?:week|month)\b", "last_x"),
        (r"\byesterday\b", "yesterday"),
        (r"\btoday\b|\bthis\s+morning\b|\bthis\s+evening\b", "day"),
        (r"\bsince\s+(?:last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "since_weekday"),
        (r"\b(?:on|last)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "weekday"),
        (r"\bover\s+the\s+weekend\b|\bat\s+the\s+weekend\b", "weekend"),
        (r"\b(?:in|during|for|throughout)\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?P<year>(?:19|20)\d\d))?\b", "month"),
        (r"\b(?:weekly|week['’]s)\b", "vague_recent"),
    )
)  # fmt: skip
#: Increments since the previous report.
_INCREMENT = re_compile(
    r"\b(?:another|a\s+further|an\s+additional|additional|new|fresh|more)\s*$", re.I
)
_INCREMENT_AFTER = re_compile(r"^\s*(?:\w+\s+){0,3}?(?:more|new)\b", re.I)
#: "the toll rose by 681 to 15,362": the first figure is the step since the last report.
_RISE_BY = re_compile(
    r"\b(?:rose|risen|rises|increased|increases|climbed|climbs|jumped|grew|went\s+up|up)\s+by\s*"
    r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?$",
    re.I,
)
_TO_TOTAL = re_compile(r"\s*(?:[A-Za-z'’-]+\s+){0,3}?to\s+(?:about\s+|some\s+|at\s+least\s+)?\d")
_PLUS = re_compile(r"^\s*\(\s*\+\s*(\d[\d,. ]*)\s*\)")

#: A list item "tanks ‒ 3,812" / "personnel - about 212,000": the label before a dash.
_LABEL = re_compile(
    r"(?:^|[,;:\n•·*]\s*|\)\s*,?\s*)(?P<label>[A-Za-z][A-Za-z /&'’()-]{0,60}?)\s*[‒–—−-]\s*"
    r"(?:about|approximately|approx\.|around|some|over|more\s+than|nearly|almost|~)?\s*$",
    re.I,
)
_TOTAL_BEFORE = re_compile(
    r"\b(?:total|tally|toll|number|count|figure)\b[^.;:()\d]{0,60}?\b(?:to|at|of|reached|is|was|hit)"
    r"\s+(?:about|some|around|roughly|nearly|almost|more\s+than|over|at\s+least)?\s*$",
    re.I,
)
_TOLL = re_compile(r"\b(?P<noun>death|casualty|civilian|injury|case|infection)\s+toll\b", re.I)
_NUMBER_OF = re_compile(
    r"\b(?:total|number|tally|count)\s+(?:number\s+)?of\s+(?:confirmed\s+|reported\s+)?(?P<noun>[a-z][a-z -]{1,40}?)(?=\s+(?:to|at|has|have|is|was|were|stood|stands|rose|reached|climbed|since|in|so)\b|[,.;])",
    re.I,
)

_STOP_ADJ = frozenset(
    """ukrainian russian enemy israeli palestinian american confirmed reported recorded
    registered verified total cumulative overall destroyed downed intercepted killed
    additional new more other further another the a an of its their his her our such
    combat enemy's""".split()
)
_SPELLING = {"armored": "armoured", "defense": "defence", "armor": "armour", "fighting": "fighting"}
_NOT_MEASURE = frozenset(
    """percent per cent year years month months week weeks day days hour hours time times
    km kilometre kilometres mile miles metre metres""".split()
)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Surface form -> canonical measure, from the shipped nouns.yaml."""
    from importlib import resources

    import yaml

    from consistency.extract.nouns import singular

    text = resources.files("consistency.extract").joinpath("nouns.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    out: dict[str, str] = {}
    for canon, forms in (data.get("synonyms") or {}).items():
        c = _phrase_key(str(canon), singular)
        out[c] = c
        for form in forms or []:
            out[_phrase_key(str(form), singular)] = c
    return out


def _phrase_key(phrase: str, singular) -> str:
    words = re.findall(r"[a-z0-9][a-z0-9'’-]*", phrase.lower().replace("/", " / "))
    return " ".join(_SPELLING.get(singular(w), singular(w)) for w in words)


def measure_key(phrase: str) -> str | None:
    """A comparison key for a counted-noun phrase ("UAVs" and "drones" -> "drone")."""
    from consistency.extract.nouns import singular

    words = [w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*|/", phrase)]
    words = [w for w in words if w.lower() not in _STOP_ADJ]
    while words and words[-1].lower() in ("were", "was", "have", "has", "had", "are", "is"):
        words.pop()
    if not words:
        return None
    key = _phrase_key(" ".join(words), singular)
    if not key or key in _NOT_MEASURE:
        return None
    syn = _synonyms()
    return syn.get(key, key)


# ---------------------------------------------------------------------------------------
# document dates


@dataclass
class _DocDate:
    date: _dt.date | None
    label: str
    inferred: bool = False


def _resolve_document_dates(
    docs: list[DocumentContext], own: dict[str, _DocDate | PartialDate] | None = None
) -> dict[str, _DocDate]:
    """Every document's date; yearless datelines get the year their neighbours imply.
    ``own``: each document's own date, when already read."""
    out: dict[str, _DocDate] = {}
    partial: list[tuple[str, PartialDate]] = []
    for ctx in docs:
        if getattr(ctx, "sheet", None) is not None:
            continue
        found = own[ctx.path] if own and ctx.path in own else _own_date(ctx)
        if isinstance(found, PartialDate):
            partial.append((ctx.path, found))
        else:
            out[ctx.path] = found
    if not partial:
        return out
    known = sorted(d.date for d in out.values() if d.date is not None)
    if known:
        for path, pd in partial:
            best = None
            for y in {k.year for k in known} | {known[0].year - 1, known[-1].year + 1}:
                cand = pd.with_year(y)
                if cand is None:
                    continue
                dist = min(abs((cand - k).days) for k in known)
                if best is None or dist < best[0]:
                    best = (dist, cand)
            label = f"{_month_name(pd.month)} {pd.day}"
            out[path] = _DocDate(best[1] if best else None, label, True)
        return out
    # no year anywhere: place the dates in a nominal year, starting after the longest gap
    ordinals = sorted({(pd.month, pd.day) for _p, pd in partial})
    doy = [_dt.date(2000, m, d).timetuple().tm_yday for m, d in ordinals]
    start_idx = 0
    if len(doy) > 1:
        gaps = [(doy[(i + 1) % len(doy)] - doy[i]) % 366 for i in range(len(doy))]
        start_idx = (max(range(len(gaps)), key=lambda i: (gaps[i], -i)) + 1) % len(doy)
    first = ordinals[start_idx]
    for path, pd in partial:
        year = 2000 if (pd.month, pd.day) >= first else 2001
        if pd.month == 2 and pd.day == 29:
            year = 2000
        out[path] = _DocDate(pd.with_year(year), f"{_month_name(pd.month)} {pd.day}", True)
    return out


def _month_name(m: int) -> str:
    return ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec")[m - 1]  # fmt: skip


# ---------------------------------------------------------------------------------------
# periods

_NUMWORD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
            "fourteen": 14, "thirty": 30}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip


def _period(kind: str, m: re.Match[str], d: _dt.date) -> tuple[_dt.date | None, _dt.date | None]:
    """(start exclusive, end inclusive) of a period said in a report dated ``d``.

    Where the wording allows several readings the widest is taken, so that a
    finding holds for every reading.
    """
    day = _dt.timedelta(days=1)
    if kind == "day":
        return d - day, d
    if kind == "yesterday":
        return d - 2 * day, d
    if kind == "past":
        n_text = (m.group("n") or "1").lower()
        n = int(n_text) if n_text.isdigit() else _NUMWORD.get(n_text, 1)
        unit = m.group("unit").lower().rstrip("s")
        days = {"hour": max(1, math.ceil(n / 24)), "day": n, "night": n, "week": 7 * n,
                "month": 31 * n, "year": 366 * n}[unit]  # fmt: skip
        return d - days * day, d
    if kind == "this_x":
        found = re.findall(r"year|month|week", m.group(0).lower())
        word = found[-1] if found else "year"  # "since January 1", "since New Year"
        if word == "year":
            return _dt.date(d.year, 1, 1) - day, d
        if word == "month":
            return d.replace(day=1) - day, d
        return d - 7 * day, d
    if kind == "last_x":
        word = m.group(0).lower().split()[-1]
        return d - (62 if word == "month" else 14) * day, d
    if kind == "since_weekday":
        wd = _WEEKDAYS.index(m.group("wd").lower())
        back = (d.weekday() - wd) % 7 or 7
        return d - (back + 1) * day, d
    if kind == "weekday":
        wd = _WEEKDAYS.index(m.group("wd").lower())
        back = (d.weekday() - wd) % 7
        on = d - back * day
        return on - 2 * day, min(d, on + day)
    if kind == "weekend":
        return d - 9 * day, d
    if kind == "month":
        month = _MONTHS.index(m.group("month").lower()) + 1
        year = (
            int(m.group("year"))
            if m.group("year")
            else (d.year if month <= d.month else d.year - 1)
        )
        first = _dt.date(year, month, 1)
        nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
        return first - day, min(nxt - day, max(d, first))
    return None, d  # a period of unknown start that ends by the report's date


# ---------------------------------------------------------------------------------------
# per document


@dataclass
class _Cue:
    start: int
    end: int
    kind: str  # "cumulative" or a period kind
    match: re.Match[str] | None = None


@dataclass
class _DocPoints:
    rows: list[SeriesRow] = field(default_factory=list)


_QUANTITY = frozenset({"count", "money", "measure"})
_PART_CUES = frozenset({"including", "of_them", "remaining", "same_number"})


def _sentence_of(ctx: DocumentContext) -> list[tuple[int, int]]:
    return ctx.sentences or [(ctx.body_start, len(ctx.text))]


def _noun_phrase(ctx: DocumentContext, f: Figure) -> str | None:
    text = ctx.text
    if f.noun_end and f.noun_end > f.end and f.noun_end - f.end < 80:
        phrase = text[f.end : f.noun_end]
        tail = re.match(
            r"\s+(?:and|or|&)\s+(?:other\s+)?((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+s)\b(?!\s+(?:of|in|on|at|over)\b)",
            text[f.noun_end : f.noun_end + 60],
        )
        if tail and not re.match(
            r"\s+(?:and|or)\s+(?:were|have|has|had|are|is|was)\b", text[f.noun_end :]
        ):
            phrase += " and " + tail.group(1)
        return phrase
    return None


def _label_before(ctx: DocumentContext, f: Figure, s_start: int) -> str | None:
    left = ctx.text[max(s_start, f.start - 80) : f.start]
    m = _LABEL.search(left)
    if m is None:
        return None
    label = m.group("label").strip(" (")
    label = re.sub(r"^(?:and|or|of\s+which|including)\s+", "", label, flags=re.I)
    return label or None


def _measure_for(
    ctx: DocumentContext, f: Figure, s_start: int, prev: list[tuple[Figure, str, str]]
):
    """(key, label) for a figure: its list label, its noun, a toll, or the figure it totals."""
    label = _label_before(ctx, f, s_start)
    if label is not None:
        key = measure_key(label)
        if key:
            return key, label
    phrase = _noun_phrase(ctx, f)
    if phrase is not None:
        key = measure_key(phrase)
        if key:
            return key, phrase.strip()
    if f.noun:
        key = measure_key(f.noun)
        if key:
            return key, f.noun
    left = ctx.text[max(s_start, f.start - 120) : f.start]
    toll = next(reversed(list(_TOLL.finditer(left))), None)
    if toll is not None:
        noun = toll.group("noun").lower()
        key = measure_key({"casualty": "casualties", "injury": "injuries"}.get(noun, noun + "s"))
        if noun == "civilian":
            key = measure_key("deaths")
        if key:
            return key, toll.group(0)
    num = next(reversed(list(_NUMBER_OF.finditer(left))), None)
    if num is not None:
        key = measure_key(num.group("noun"))
        if key:
            return key, num.group("noun")
    if prev and _TOTAL_BEFORE.search(left):
        # "Another 390 cases ..., taking the total ... to 14,602": the total of the cases
        return prev[-1][1], prev[-1][2]
    return None


_REPORTING = re_compile(
    r"\b(?:said|says|say|told\s+\w+|announced|reported|added|stated|wrote|posted|according\s+to"
    r"\s+\w+(?:\s+\w+)?|confirmed|updated)\s+(?:late\s+|early\s+)?$",
    re.I,
)


#: Any period wording at all: a cheap first test before the separate patterns run.
_ANY_PERIOD = re_compile(
    "|".join(f"(?:{re.sub(r'[(][?]P<[a-z0-9_]+>', '(?:', p.pattern)})" for p, _k in _PERIODS), re.I
)


_SINCE_TAIL = re_compile(r"\s*(?:[\w'’-]+\s+){0,2}?")


#: Every match of ``_STRONG`` contains one of these (lower case), and every match of
#: ``_ANY_PERIOD`` one of the period words: a sentence holding none cannot match, so the
#: big alternations are only tried where a hint is (``_Hints``).
_STRONG_HINT = re_compile(
    r"since|date|far|now|running|cumulativ|losses|toll|total|altogether|reached|totall?ed"
    r"|as\s+(?:of|at)|from\s+\d"
)
_PERIOD_HINT = re_compile(
    r"year|month|week|hour|day|night|daily|morning|evening|january|february|march|april|may"
    r"|june|july|august|september|october|november|december"
)


class _Hints:
    """Where the hint words of a document are, to skip sentences that cannot match.

    A hint match covering any position of a true match's keyword overlaps the
    sentence, so skipping sentences with no overlapping hint is exact. Case-folding
    that ``str.lower`` does not do (dotless i, long s) or that changes lengths turns
    the shortcut off for that document."""

    def __init__(self, text: str) -> None:
        low = lowered(text)
        self.exact = low is not None
        if low is not None:
            self.strong = [m.span() for m in _STRONG_HINT.finditer(low)]
            self.period = [m.span() for m in _PERIOD_HINT.finditer(low)]

    @staticmethod
    def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        i = bisect.bisect_left(spans, (start, -1))
        if i > 0 and spans[i - 1][1] > start:
            return True
        return i < len(spans) and spans[i][0] < end

    def may_be_strong(self, start: int, end: int) -> bool:
        """False only when no ``_STRONG`` match can lie in the span."""
        return not self.exact or self._overlaps(self.strong, start, end)

    def may_be_period(self, start: int, end: int) -> bool:
        """False only when no ``_ANY_PERIOD`` (or ``_PERIODS``) match can lie in the span."""
        return not self.exact or self._overlaps(self.period, start, end)

    def strong_in(self, text: str, start: int, end: int) -> bool:
        if not self.may_be_strong(start, end):
            return False
        return _STRONG.search(text, start, end) is not None

    def period_in(self, text: str, start: int, end: int) -> bool:
        if not self.may_be_period(start, end):
            return False
        return _ANY_PERIOD.search(text, start, end) is not None


def _cues(text: str, start: int, end: int, hints: _Hints | None = None) -> list[_Cue]:
    strong = hints is None or hints.may_be_strong(start, end)
    period = hints is None or hints.may_be_period(start, end)
    year_to_date = [m.span() for m in _PERIODS[0][0].finditer(text, start, end)] if period else []
    cues = [
        _Cue(m.start(), m.end(), "cumulative", m)
        for m in (_STRONG.finditer(text, start, end) if strong else ())
        if not any(a <= m.start() < b for a, b in year_to_date)  # "so far this year"
    ]
    if not period or _ANY_PERIOD.search(text, start, end) is None:
        cues.sort(key=lambda c: c.start)
        return cues
    since_ends = [
        c.end for c in cues if c.match is not None and c.match.group(0)[:5].lower() == "since"
    ]
    for pat, kind in _PERIODS:
        for m in pat.finditer(text, start, end):
            if any(c.start <= m.start() < c.end for c in cues):
                continue
            if kind in ("month", "weekday", "day") and any(
                e <= m.start() and _SINCE_TAIL.fullmatch(text, e, m.start()) for e in since_ends
            ):
                continue  # "since the outbreak began in January": when it began, not a period
            if kind in ("weekday", "day", "yesterday") and _REPORTING.search(
                text, max(start, m.start() - 40), m.start()
            ):
                continue  # "the ministry said on Monday": when it was said, not counted
            cues.append(_Cue(m.start(), m.end(), kind, m))
    cues.sort(key=lambda c: c.start)
    return cues


def _distance(f: Figure, c: _Cue) -> int:
    if c.end <= f.start:
        return f.start - c.end
    if c.start >= f.end:
        return c.start - f.end
    return 0


def _classify(text: str, f: Figure, cues: list[_Cue], carried: bool) -> _Cue | None:
    """The cue that governs a figure: the nearest one, a period beating a running total
    on a tie. ``carried`` is a running-total context from an earlier sentence."""
    best: tuple[int, int, _Cue] | None = None
    for c in cues:
        dist = _distance(f, c)
        # a period word must be in the figure's own clause to govern it
        between = text[min(c.end, f.end) : max(c.start, f.start)]
        if c.kind != "cumulative" and (
            ";" in between
            or re.search(r",\s*(?:while|whereas|but|and\s+(?:since|so\s+far))\b", between)
        ):
            continue
        if c.kind == "cumulative" and re.search(r";|\.\s", between):
            continue
        rank = (dist, 0 if c.kind != "cumulative" else 1)
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], c)
    if best is not None:
        return best[2]
    if carried:
        return _Cue(-1, -1, "cumulative")
    return None


def _as_of_in(
    text: str, start: int, end: int, doc_date: _dt.date | None
) -> tuple[_dt.date | None, str]:
    """A date the sentence gives its totals ("as of Nov 18", "from 24.02.2022 to 05.06.2023")."""
    for m in re.finditer(
        r"\b(?:as\s+(?:of|at)|to|till|until|through|up\s+to)\s+(?:(?:the\s+)?(?:end\s+of\s+)?)",
        text[start:end],
        re.I,
    ):
        at = start + m.end()
        found = find_dates(text, at, min(end, at + 30))
        if not found or found[0].start != at:
            continue
        d = found[0]
        if d.date is not None:
            return d.date, d.text
        if d.partial is not None and doc_date is not None:
            best = None
            for y in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
                cand = d.partial.with_year(y)
                if cand is not None and (
                    best is None or abs((cand - doc_date).days) < abs((best - doc_date).days)
                ):
                    best = cand
            if best is not None:
                return best, d.text
    return None, ""


def _interval(f: Figure) -> tuple[float, float]:
    """The figure's interval for a series: "about 212,000" allows its last significant
    digit to be one off, not the ±10 % a lone "about" gets (a running total is re-stated
    to the same precision every day)."""
    if f.qualifier not in ("approx", "over", "at_least", "under", "at_most"):
        return f.low, f.high
    digits = re.sub(r"[^\d.]", "", f.digits or f.text)
    if not digits:
        return f.low, f.high
    scale = f.value / float(digits) if float(digits or 0) else 1.0
    if "." in digits:
        decimals = len(digits.split(".", 1)[1])
        unit = 10.0**-decimals
    else:
        stripped = digits.rstrip("0")
        unit = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    unit *= scale
    if f.qualifier in ("over", "at_least"):
        # "at least 12,605 civilians", "more than 4 million": a running total restated
        # as a floor moves with the count; the floor may be rounded down by its last digit
        return f.value, f.value + unit
    if f.qualifier in ("under", "at_most"):
        return f.value - unit, f.value
    low = f.value - unit
    high = f.value + unit
    if re.match(r"(?i)\s*(?:nearly|almost|just\s+under|close\s+to)\b", f.text):
        high = f.value
    return max(f.low, low), min(f.high, high) if math.isfinite(f.high) else high


_UNDATED = _dt.date(1900, 1, 1)
_LOCATIVE = re_compile(
    r"(?:\b(?:in|over|across|within|throughout|for|from|of|inside|near|at)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*|and|of)\s+){0,4})$"
)


_NATIONALITY = re_compile(
    r"\b(ukrainian|russian|israeli|palestinian|american|iranian|syrian|belarusian|chinese"
    r"|north\s+korean|british|french|german|polish|turkish)\b",
    re.I,
)


_REGION_AFTER = re_compile(
    r"\s+(?:region|regions|oblast|province|state|county|district|governorate|prefecture)\b", re.I
)
#: A part of the country named without a name: its counts are not the country's.
#: ("the region", "the province" usually name the report's whole subject: not scopes.)
_GENERIC_PLACE = re_compile(r"\b[Tt]he\s+(capital|city)(?:['’]s)?\b(?!\s+(?:of|council|hall)\b)")


def _near(text: str, a: int, b: int) -> bool:
    """Nothing counted stands between two spans ("The Kharkiv region has recorded 1,240")."""
    lo, hi = min(a, b), max(a, b)
    return hi - lo < 80 and not re.search(r"\d|;|\.\s", text[lo:hi])


def _occurrences(text: str, literal: str, start: int, end: int):
    """Where ``literal`` occurs in ``text[start:end]``, without overlaps (as a regex of
    the escaped literal would find it, but with no pattern to compile per name)."""
    if not literal:
        return
    at = text.find(literal, start, end)
    while at >= 0:
        yield at
        at = text.find(literal, at + len(literal), end)


def _scope(
    ctx: DocumentContext, f: Figure, s_start: int, s_end: int, label: str
) -> tuple[str, ...]:
    """The places a figure is stated for: names after "in", "over", "across", ..., or
    named as a region next to the figure ("The Kharkiv region has recorded 1,240
    deaths"; a dateline's city or a country as a sentence's subject is not where the
    count was made), and a generic place next to it ("in the capital")."""
    keys = []
    text = ctx.text
    # a place is stated near its figure: a bounded window keeps run-on sentences linear
    s_start, s_end = max(s_start, f.start - 240), min(s_end, f.end + 240)
    for key, name in zip(f.places, f.place_names, strict=False):
        for at in _occurrences(text, name, s_start, s_end):
            if _LOCATIVE.search(text[max(s_start, at - 60) : at]) or (
                (_REGION_AFTER.match(text, at + len(name)) or _REGION_AFTER.search(" " + name))
                and _REGION_AFTER.sub("", " " + name).strip(" .").lower() not in ("", "the")
                and _near(text, at + len(name), f.start)
            ):
                keys.append(key)
                break
    if "the " in text[s_start:s_end]:
        for m in _GENERIC_PLACE.finditer(text, s_start, s_end):
            end_or_start = m.end() if m.end() <= f.start else m.start()
            other = f.end if m.start() >= f.end else f.start
            if _near(text, end_or_start, other):
                keys.append("the " + m.group(1).lower())
    return tuple(sorted(set(keys)))


_ANCHOR = re_compile(
    r"\b(?:since|(?:toll|total|tally|losses|casualties)\s+(?:\w+\s+){0,2}?from)\s+(?:the\s+)?"
    r"(?:very\s+)?(?:(?:start|beginning|outbreak|onset|launch)\s+of\s+)?"
    r"(?:(?:the|its|their|russia['’]s|israel['’]s|[A-Za-z-]+)\s+){0,4}?"
    r"(?P<event>operation|war|invasion|conflict|pandemic|epidemic|outbreak|offensive|attack|"
    r"earthquake|quake|storm|flood(?:ing|s)?|fighting|hostilities|campaign|crisis|strikes?)\b"
    r"|\bfrom\s+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4})\s+(?:to|till|until|through)\b"
    r"|\bsince\s+(?P<since>(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s*\d{0,2})",
    re.I,
)


def _topic(ctx: DocumentContext) -> str:
    """The place a report names most often (verified as a place), or ""."""
    cached = _TOPICS.get(id(ctx))
    if cached is not None and cached[0] is ctx:
        return cached[1]
    from consistency.relate.locatives import GROUP
    from consistency.relate.places import name_key, place_evidence, split_group

    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    body = ctx.body_start
    dateline = _DATELINE_END.search(ctx.text, body, body + 120)
    for m in re.finditer(GROUP, ctx.text):
        for name in split_group(m.group(0)):
            if place_evidence(ctx.text, name, m.start(), m.group(0), False):
                key = name_key(name)
                # the dateline's city counts only where the story names no other place
                weight = 0.5 if dateline and m.start() < dateline.start() else 1.0
                counts[key] = counts.get(key, 0) + weight
                first.setdefault(key, m.start())
    best = max(counts, key=lambda k: (counts[k], -first[k]), default="")
    if len(_TOPICS) > 256:
        _TOPICS.clear()  # one run's reports at a time: keep the cache small
    _TOPICS[id(ctx)] = (ctx, best)
    return best


_TOPICS: dict[int, tuple[DocumentContext, str]] = {}
_DATELINE_END = re_compile(r"\s[-–—]\s|\(Reuters\)|/TASS/\.|\(AP\)|\(AFP\)")


def _anchor(text: str, s_start: int, s_end: int) -> str:
    """The event a running total counts from, normalised: "since the start of the
    special military operation" -> "operation"; "from 24.02.2022 to ..." -> the date."""
    m = _ANCHOR.search(text, s_start, s_end)
    if m is None:
        return ""
    if m.group("event"):
        event = m.group("event").lower()
        return {"quake": "earthquake", "floods": "flood", "flooding": "flood",
                "strikes": "strike"}.get(event, event)  # fmt: skip
    if m.group("date"):
        return re.sub(r"\D", ".", m.group("date"))
    return " ".join(m.group("since").lower().split()).rstrip(".")


def _side(ctx: DocumentContext, f: Figure, label: str) -> str:
    """The nationality the counted noun carries ("Ukrainian drones"), or ""."""
    phrase = ctx.text[f.end : f.noun_end] if f.noun_end > f.end else ""
    sides = {m.group(1).lower() for m in _NATIONALITY.finditer(phrase + " " + label)}
    return sides.pop() if len(sides) == 1 else ("?" if sides else "")


def _list_end(text: str, s_end: int) -> int:
    """Where the list after a heading ending in ':' stops: the next blank line after it."""
    lead = re.match(r"\s*", text[s_end:]).end()
    para = re.search(r"\n[ \t]*\n", text[s_end + lead :])
    return s_end + lead + para.start() if para else len(text)


_HEADING_END = re_compile(r":\s*$")
_CONTINUES = re_compile(
    r"^\s*(?:(?:the\s+\w+\s+)?(?:also|in\s+addition|additionally|as\s+well|besides)\b"
    r"|.{0,80}\balso\s+(?:claim|say|said|report|list|destroy|count|include))",
    re.I,
)


def _doc_rows(ctx: DocumentContext, dd: _DocDate) -> list[SeriesRow]:
    undated = dd.date is None
    if undated:  # its points can still be held against each other, not against other reports
        dd = _DocDate(_UNDATED, "undated")
    text = ctx.text
    hints = _Hints(text)
    rows: list[SeriesRow] = []
    by_sentence: dict[int, list[Figure]] = {}
    for f in ctx.figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    heading_carry = 0  # sentences after a figure-less "since the start of ..." sentence
    anchor = ""  # the event the running totals in view count from
    follow_carry = 0  # a sentence after one with running totals ("The ministry also ...")
    list_until = -1  # a "... were approximately:" heading's list runs to here
    list_as_of: tuple[_dt.date | None, str] = (None, "")
    for si, (s_start, s_end) in enumerate(_sentence_of(ctx)):
        sentence = text[s_start:s_end]
        figs = [f for f in by_sentence.get(si, []) if f.kind in _QUANTITY]
        if figs:
            cues = _cues(text, s_start, s_end, hints)
            strong = any(c.kind == "cumulative" for c in cues)
            periods = any(c.kind != "cumulative" for c in cues)
        else:  # only whether it opens a running-total context or names a period
            cues = []
            strong = hints.strong_in(text, s_start, s_end)
            periods = hints.period_in(text, s_start, s_end)
            if not strong and not periods and heading_carry == 0 and list_until < s_start:
                follow_carry = 0
                continue
        as_of, as_of_text = _as_of_in(text, s_start, s_end, None if undated else dd.date)
        if strong:
            anchor = _anchor(text, s_start, s_end) or anchor
        in_list = s_start < list_until
        if in_list and as_of is None:
            as_of, as_of_text = list_as_of
        if strong and _HEADING_END.search(sentence):
            list_until, list_as_of = _list_end(text, s_end), (as_of, as_of_text)
        carried = (
            in_list
            or (heading_carry > 0 and not periods)
            or (follow_carry > 0 and not periods and bool(_CONTINUES.match(sentence)))
        )
        heading_carry = max(0, heading_carry - 1)
        follow_carry = 0
        if not figs:
            if strong:
                heading_carry = 2
            elif periods:
                heading_carry = 0
            continue
        before = len(rows)
        _sentence_rows(
            ctx, dd, figs, cues, carried, as_of, as_of_text, s_start, s_end, rows, anchor
        )
        if any(r.kind == "cumulative" for r in rows[before:]) and not periods:
            follow_carry = 1
        if periods and not in_list:
            heading_carry = 0
    return _dedupe(rows)


#: People counted by what happened to them: each outcome is a tally of its own.
_HUMAN = frozenset(
    "person soldier child civilian woman man migrant refugee journalist worker patient "
    "resident prisoner hostage".split()
)
_OUTCOMES = {
    "killed": "killed", "dead": "killed", "died": "killed", "slain": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "injuries": "wounded",
    "missing": "missing",
    "detained": "detained", "arrested": "detained", "displaced": "displaced",
    "evacuated": "evacuated", "rescued": "rescued", "deported": "deported",
    "captured": "captured", "abducted": "abducted", "kidnapped": "abducted",
}  # fmt: skip
_OUTCOME_ALT = "|".join(_OUTCOMES)
_OUTCOME_AFTER = re_compile(
    r"\s*(?:[A-Za-z'’-]+\s+){0,2}?(?:(?:have|has|had)\s+)?(?:now\s+|so\s+far\s+)?"
    rf"(?:been\s+|were\s+|was\s+|are\s+|is\s+)?(?:reported\s+|confirmed\s+)?"
    rf"(?:(?:sustained|suffered)\s+)?({_OUTCOME_ALT})\b",
    re.I,
)
_BARE_OUTCOME = re_compile(rf"\s+({_OUTCOME_ALT})\b", re.I)


def _outcome(text: str, f: Figure) -> str:
    """What happened to the people a figure counts ("civilians have been killed",
    "people have sustained injuries", "the death toll is at least 2,950 people")."""
    at = f.noun_end if f.noun_end and f.noun_end > f.end else f.end
    m = _OUTCOME_AFTER.match(text, at, at + 50)
    if m:
        return _OUTCOMES[m.group(1).lower()]
    if _DEATH_TOLL_BEFORE.search(text, max(0, f.start - 60), f.start):
        return "killed"
    return ""


_DEATH_TOLL_BEFORE = re_compile(
    r"\bdeath\s+toll\b[^.;\d]{0,40}?\b(?:is|was|stands|stood|at|to|of|reached|rose|risen|"
    r"climbed|hit)\s+(?:at\s+|to\s+)?(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)


def _sentence_rows(
    ctx: DocumentContext, dd: _DocDate, figs: list[Figure], cues: list[_Cue], carried: bool,
    as_of: _dt.date | None, as_of_text: str, s_start: int, s_end: int, rows: list[SeriesRow],
    anchor: str = "",
) -> None:  # fmt: skip
    text = ctx.text
    prev: list[tuple[Figure, str, str]] = []
    date_of_row = as_of or dd.date
    for f in figs:
        if f.attributive or (f.cues & _PART_CUES) or f.kind == "percent":
            continue
        if re.search(r"\(\s*[+-]\s*$", text[max(s_start, f.start - 5) : f.start]):
            continue  # the "(+3)" after a total: read with that total
        m = _measure_for(ctx, f, s_start, prev)
        outcome = _outcome(text, f)
        if m is None:
            # "1,240 civilians have been killed and 3,310 wounded": the outcome names it
            bare = _BARE_OUTCOME.match(text, f.end)
            if bare is None or not prev or prev[-1][1].split(":")[0] not in _HUMAN:
                continue
            outcome = _OUTCOMES[bare.group(1).lower()]
            m = (prev[-1][1].split(":")[0], f"{prev[-1][2]} {bare.group(1)}")
        key, label = m
        if outcome and key in _HUMAN:
            key = f"{key}:{outcome}"  # the killed and the wounded are different tallies
        if f.unit and f.kind == "money":
            key = f"{key} ({f.unit})"
        prev.append((f, key, label))
        left = text[max(s_start, f.start - 40) : f.start]
        right = text[f.end : f.end + 40]
        rose_by = _RISE_BY.search(left) is not None
        increment = (
            bool(_INCREMENT.search(left))
            or "another" in f.cues
            or bool(_INCREMENT_AFTER.match(right))
            or (rose_by and _TO_TOTAL.match(right) is not None)
        )
        cue = _classify(text, f, cues, carried)
        low, high = _interval(f)
        step_total = None
        if rose_by and f.qualifier == "range" and math.isfinite(f.low) and math.isfinite(f.high):
            # "the toll rose by 766 to 14,681" read as one range: the step, then the total
            step_total = f.high
            increment = True
            low = high = f.low
        scope = _scope(ctx, f, s_start, s_end, label)
        if date_of_row == _UNDATED:
            scope = (f"@{ctx.path}", *scope)
        elif not scope:
            # documents given together are no series by themselves: a point that names
            # no place is compared across reports only with points of reports about the
            # same place (the one each names most: "MOSCOW, Nov 18 ... the ministry"),
            # or, where no place is named at all, counted since the same event
            topic = _topic(ctx)
            if topic:
                scope = (topic,)
            elif anchor:  # "Since the outbreak began, 14,212 cases ... in the province"
                scope = (f"since:{anchor}",)
            else:
                scope = (f"@{ctx.path}",)
        base = dict(
            measure=key, label=" ".join(label.split()), scope=scope, side=_side(ctx, f, label),
            value=f.value, low=low, high=high, path=ctx.path, start=f.start, end=f.end,
            line=f.line, column=f.column, text=f.text, figure=f,
            year_inferred=dd.inferred, sentence=f.sentence,
        )  # fmt: skip
        if step_total is not None and cue is not None and cue.kind == "cumulative":
            tb = dict(base)
            tb.update(value=step_total, low=step_total, high=step_total)
            to = re.search(r"\bto\s+", f.text)
            if to is not None:
                from consistency.normalise.conversions import synthetic_figure

                ts = f.start + to.end()
                tf = synthetic_figure(ctx, ts, f.end, step_total, step_total, step_total,
                                      kind=f.kind, digits=text[ts : f.end])  # fmt: skip
                tb.update(figure=tf, start=ts, text=tf.text, column=tf.column)
            rows.append(SeriesRow(kind="cumulative", as_of=date_of_row,
                                  date_label=as_of_text or dd.label, **tb))  # fmt: skip
            base.update(value=f.low)
            rows.append(SeriesRow(kind="period", as_of=date_of_row, period_start=None,
                                  period_end=date_of_row, period="since the previous report",
                                  since_previous=True, date_label=dd.label, **base))  # fmt: skip
            continue
        if increment and (
            cue is None or cue.kind != "cumulative" or _distance(f, cue) > 0 or rose_by
        ):
            if cue is not None and cue.kind != "cumulative" and cue.match is not None:
                ps, pe = _period(cue.kind, cue.match, date_of_row)
                rows.append(SeriesRow(kind="period", as_of=date_of_row, period_start=ps,
                                      period_end=pe, period=" ".join(cue.match.group(0).split()),
                                      date_label=dd.label, **base))  # fmt: skip
            else:
                rows.append(SeriesRow(kind="period", as_of=date_of_row, period_start=None,
                                      period_end=date_of_row, period="since the previous report",
                                      since_previous=True, date_label=dd.label, **base))  # fmt: skip
            continue
        if cue is None:
            continue
        if cue.kind == "cumulative":
            label_date = as_of_text or dd.label
            rows.append(
                SeriesRow(kind="cumulative", as_of=date_of_row, date_label=label_date, **base)
            )
            plus = _PLUS.match(text[f.end : f.end + 20])
            if plus:
                inc = float(re.sub(r"[,\s]", "", plus.group(1)) or 0)
                inc_fig = next((g for g in ctx.figures if f.end < g.start <= f.end + 20), None)
                pb = dict(base)
                pb.update(value=inc, low=inc, high=inc, figure=inc_fig or f,
                          text=f"(+{plus.group(1).strip()})")  # fmt: skip
                if inc_fig is not None:
                    pb.update(start=inc_fig.start, end=inc_fig.end, line=inc_fig.line,
                              column=inc_fig.column)  # fmt: skip
                rows.append(SeriesRow(kind="period", as_of=date_of_row,
                                      period_start=date_of_row - _dt.timedelta(days=1),
                                      period_end=date_of_row, period="the previous day",
                                      date_label=label_date, **pb))  # fmt: skip
        elif cue.match is not None:
            ps, pe = _period(cue.kind, cue.match, date_of_row)
            rows.append(SeriesRow(kind="period", as_of=pe or date_of_row, period_start=ps,
                                  period_end=pe, period=" ".join(cue.match.group(0).split()),
                                  date_label=dd.label, **base))  # fmt: skip


def _dedupe(rows: list[SeriesRow]) -> list[SeriesRow]:
    """One point per (measure, scope, date) per report; conflicting ones are dropped
    (the report names two different things alike, so neither can be placed)."""
    groups: dict[tuple, list[SeriesRow]] = {}
    out: list[SeriesRow] = []
    for r in rows:
        if r.kind != "cumulative":
            out.append(r)
            continue
        groups.setdefault((r.measure, r.scope, r.as_of), []).append(r)
    for rs in groups.values():
        lo = max(r.low for r in rs)
        hi = min(r.high for r in rs)
        if lo <= hi + 1e-9 * max(1.0, abs(hi)):
            out.append(rs[0])
    out.sort(key=lambda r: r.start)
    return out


# ---------------------------------------------------------------------------------------
# sheets


class SheetContext(DocumentContext):
    """A tracker sheet, as a document the rules can name in findings."""

    def __init__(self, sheet) -> None:
        latest = max((r.date for r in sheet.rows), default=None)
        super().__init__(path=sheet.path, text="", body_start=0, date=latest,
                         title=None, figures=[], sentences=[],
                         format="json" if sheet.path.lower().endswith(".json") else "csv")  # fmt: skip
        self.sheet = sheet


def sheet_context(sheet) -> SheetContext:
    return SheetContext(sheet)


_PERIOD_COL = re_compile(
    r"(?:^|[\s_-])(?:new|daily|per[\s_-]?day|change|delta|diff|increase|added|weekly|7[\s_-]?d(?:ay)?|this[\s_-]?week|today)(?:$|[\s_-])"
    r"|^\+|\(\+\)|\bnet\b",
    re.I,
)
_NOT_CUMULATIVE_COL = re_compile(
    r"active|current|hospital|icu|rate|percent|pct|%|avg|average|mean|median|ratio|share|price"
    r"|temperature|index|per[\s_-]?(?:capita|100|million|1000)|population|id$|^id|year|month|week$"
    r"|positivity|occupancy|level|stock|balance|score",
    re.I,
)
_COL_STRIP = re_compile(
    r"(?i)(?:^|[\s_-])(?:total|cumulative|cum|to[\s_-]?date|so[\s_-]?far|running|new|daily|"
    r"per[\s_-]?day|change|delta|diff|increase|added|weekly|7[\s_-]?days?|this[\s_-]?week|today|count|number|num|no)(?=$|[\s_-])"
)


def _column_measure(name: str) -> str | None:
    clean = _COL_STRIP.sub(" ", name.replace("_", " ").replace("-", " "))
    clean = re.sub(r"[()+#:]", " ", clean)
    key = measure_key(clean) if clean.strip() else None
    return key or " ".join(name.lower().replace("_", " ").split()) or None


#: Sheet cells sit in no sentence; quotes for them are the rows themselves.
_NO_SENTENCE = 1 << 30


def _sheet_rows(ctx: SheetContext) -> list[SeriesRow]:
    from consistency.ingest.sheets import parse_number

    sheet = ctx.sheet
    rows: list[SeriesRow] = []
    specs = []
    for col in sheet.columns:
        if _NOT_CUMULATIVE_COL.search(col):
            continue
        key = _column_measure(col)
        if key is None:
            continue
        kind = "period" if _PERIOD_COL.search(col) else "cumulative"
        weekly = bool(re.search(r"(?i)weekly|7[\s_-]?d|week", col))
        specs.append((col, key, kind, weekly))
    numeric = {}
    for col, *_ in specs:
        seen = [r.cells.get(col, "") for r in sheet.rows[:200] if r.cells.get(col, "").strip()]
        ok = sum(1 for v in seen if parse_number(v) is not None)
        numeric[col] = bool(seen) and ok >= 0.8 * len(seen)
    ordered = sorted(sheet.rows, key=lambda r: (r.date, r.line))
    dates_sorted = sorted({r.date for r in sheet.rows})
    prev_of = {d: (dates_sorted[i - 1] if i else None) for i, d in enumerate(dates_sorted)}
    json = sheet.path.lower().endswith(".json")
    path = sheet.path
    week = _dt.timedelta(days=7)
    active = [spec for spec in specs if numeric[spec[0]]]
    for r in ordered:
        label = f"record {r.index}" if json else f"row {r.line}"
        cells = r.cells
        for col, key, kind, weekly in active:
            cell = cells.get(col)
            if not cell:
                continue
            value = parse_number(cell)
            if value is None:
                continue
            # figure=None: the primitive builds one for the few rows a finding names
            row = SeriesRow(kind, key, col, (), r.date, value, value, value, path, r.offset,
                            r.offset, r.line, 1, cell.strip(), None, source="sheet", row=label,
                            date_label=r.date_text, sentence=_NO_SENTENCE)  # fmt: skip
            if kind == "period":
                start = r.date - week if weekly else prev_of[r.date]
                if start is None:
                    continue
                row.period_start, row.period_end = start, r.date
                row.period = f"{start.isoformat()} to {r.date_text}"
            rows.append(row)
    return rows


def figure_for(row: SeriesRow) -> Figure:
    """The figure a finding names for this row (sheet cells get one on demand)."""
    if row.figure is None:
        row.figure = Figure(start=row.start, end=row.end, text=row.text, value=row.value,
                            low=row.low, high=row.high, line=row.line, column=row.column,
                            path=row.path, sentence=_NO_SENTENCE)  # fmt: skip
    return row.figure


# ---------------------------------------------------------------------------------------
# corpus


def document_series(ctx: DocumentContext) -> tuple[_DocDate | PartialDate, list | None]:
    """One document's part of the series table: its own date and its rows. A yearless
    dateline ("Nov 18") takes its year from the other reports of the run, so its rows
    wait for ``build_series`` (None)."""
    own = _own_date(ctx)
    if isinstance(own, PartialDate):
        return own, None
    return own, _doc_rows(ctx, own)


def _own_date(ctx: DocumentContext) -> _DocDate | PartialDate:
    if ctx.date is not None:
        return _DocDate(ctx.date, ctx.date.isoformat())
    found, _src = document_date(ctx.text, ctx.body_start, ctx.path)
    if isinstance(found, _dt.date):
        return _DocDate(found, found.isoformat())
    if isinstance(found, PartialDate):
        return found
    named = date_from_filename(ctx.path)
    return _DocDate(named, named.isoformat() if named else "undated")


def build_series(documents: list[DocumentContext]) -> list[SeriesRow]:
    """The series table across every document (and sheet) of a run, from each
    document's part (built where it was read, or here)."""
    parts: dict[str, tuple] = {}
    for ctx in documents:
        if isinstance(ctx, SheetContext):
            continue
        part = ctx.rows.get("series")
        parts[ctx.path] = part if part is not None else document_series(ctx)
    dates = _resolve_document_dates(documents, {p: own for p, (own, _r) in parts.items()})
    rows: list[SeriesRow] = []
    for ctx in documents:
        if isinstance(ctx, SheetContext):
            rows.extend(_sheet_rows(ctx))
            continue
        own, doc_rows = parts[ctx.path]
        if doc_rows is None:
            doc_rows = _doc_rows(ctx, dates.get(ctx.path, _DocDate(None, "undated")))
        rows.extend(doc_rows)
    _fold_sides(rows)
    rows.sort(key=lambda r: (r.measure, r.scope, r.as_of, r.kind, r.path, r.start))
    return rows


def _fold_sides(rows: list[SeriesRow]) -> None:
    """ "Ukrainian drones" and "drones" are one tally unless another report counts
    "Russian drones" too: an unstated side takes the one side its series states."""
    sides: dict[tuple, set[str]] = {}
    for r in rows:
        if r.side:
            sides.setdefault((r.measure, r.scope), set()).add(r.side)
    for r in rows:
        known = sides.get((r.measure, r.scope))
        side = r.side or (next(iter(known)) if known and len(known) == 1 else "")
        if side:
            r.scope = (*r.scope, f"side:{side}")


register_corpus_table("series", build_series, document_series)
