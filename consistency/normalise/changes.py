"""The changes table: a stated change next to its own before and after figures.

"climbed from 8,000 to 9,000, a jump of 15%"; "rose 25% to 3 million from
2.4 million"; "reached 7,440, up 20% from 6,200"; "an increase of 52,300 (8%)"
with "to 706,000"; "The backlog halved, falling from 4,800 to 2,900".

A row holds the before and after intervals and one stated change: a percent,
percentage points, an absolute amount, or a factor word ("doubled", "halved",
"fell by a third"). The change must be attached to its figures (in the same
clause, joined by a comma, a parenthesis or a few words), and before and
after must be the same measure: both percentages or neither, and the same
currency. The numbers are read from the text here (a small scanner), so a
year between them ("from 6,200 pupils in 2023 to 7,440") does not break the
pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.extract.model import Figure
from consistency.extract.text import longest_first, lowered
from consistency.interval import Interval
from consistency.lazyre import lazy as _lazy
from consistency.normalise import register_document_table
from consistency.normalise.conversions import half_unit, synthetic_figure
from consistency.normalise.tables import DocumentContext
from consistency.recache import re_compile

_Q = r"(?:(?:about|around|roughly|nearly|almost|some|approximately|just over|just under|more than|over|less than|under)\s+)?"
_NUM = (
    r"(?P<cur>[$£€¥])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>million|billion|trillion|thousand|bn|m|k)\b)?"
    r"(?:\s*(?P<pct>%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b|points?\b|pp\b))?"
)
_WORD_NUMS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "half a": 0.5,
}  # fmt: skip
_WORD_RE = _lazy(
    r"(?P<word>" + "|".join(sorted(_WORD_NUMS, key=longest_first)) + r")\s+"
    r"(?P<pct>percentage\s+points?\b|points?\b|per\s?cent\b|percent\b)",
    re.IGNORECASE,
)
_WORD_RE_LOW = _lazy(
    r"(?P<word>" + "|".join(sorted(_WORD_NUMS, key=longest_first)) + r")\s+"
    r"(?P<pct>percentage\s+points?\b|points?\b|per\s?cent\b|percent\b)"
)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
           "thousand": 1e3, "k": 1e3}  # fmt: skip

_FROM_TO = _lazy(
    rf"\bfrom\s+{_Q}(?P<a>{_NUM.replace('?P<', '?P<a_')})"
    r"(?P<mid>(?:[^\d;:]|\b(?:1[89]|20)\d\d\b){0,60}?)"
    rf"\bto\s+{_Q}(?P<b>{_NUM.replace('?P<', '?P<b_')})",
    re.IGNORECASE,
)
_TO_FROM = _lazy(
    rf"\bto\s+{_Q}(?P<b>{_NUM.replace('?P<', '?P<b_')})"
    r"(?P<mid>(?:[^\d;:]|\b(?:1[89]|20)\d\d\b){0,40}?)"
    rf"\bfrom\s+{_Q}(?P<a>{_NUM.replace('?P<', '?P<a_')})",
    re.IGNORECASE,
)
# "reached 7,440, up 20% from 6,200" / "7,440, a rise of 20% on last year's 6,200"
_UP_FROM = _lazy(
    rf"(?P<b>{_NUM.replace('?P<', '?P<b_')})(?P<mid>[^\d;:]{{0,30}}?)"
    r"(?P<chg>\b(?:up|down)\s+(?:by\s+)?" + _Q + _NUM.replace("?P<", "?P<c_") + r")"
    r"\s+(?:from|on|compared\s+with|compared\s+to|over)\s+(?:[a-z']+\s+){0,3}?"
    + _Q
    + rf"(?P<a>{_NUM.replace('?P<', '?P<a_')})",
    re.IGNORECASE,
)

_RISE = (r"rise|rose|risen|increase|increased|jump|jumped|gain|gained|growth|grew|climb|"
         r"climbed|surge|surged|soar|soared|up|higher|more|hike|boost|leap|leapt")  # fmt: skip
_FALL = (r"drop|dropped|fall|fell|fallen|decline|declined|decrease|decreased|cut|reduction|"
         r"slump|slumped|plunge|plunged|down|lower|less|loss|lost|shrank|shrunk|dip|dipped")  # fmt: skip
_DIR_WORD = _lazy(rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\b", re.IGNORECASE)

# the stated change right after the pair: ", a rise of 20%", ", up 20%", " (20%)",
# ", or 20%", ", a 20% increase", " this year, an increase of 1,240 (20%)"
_AFTER = _lazy(
    r"^(?P<lead>(?:\s+(?!and\b|but\b|while\b|whereas\b|although\b)[\w'’-]+){0,4}?)\s*"
    r"(?:(?P<paren>\()|[,—–]|\s-\s)\s*(?:(?:an?|the)\s+)?"
    rf"(?:(?P<noun>{_RISE}|{_FALL})\s+(?:of\s+|by\s+)?|(?P<or>or\s+))?"
    + _Q
    + r"(?P<c>"
    + _NUM.replace("?P<", "?P<c_")
    + r")"
    rf"(?:\s+(?P<noun2>{_RISE}|{_FALL}))?",
    re.IGNORECASE,
)
# the change before "from": "rose 20% from", "climbed by 20 per cent, from"
_BEFORE = _lazy(
    rf"\b(?P<verb>{_RISE}|{_FALL})\s+(?:by\s+)?"
    + _Q
    + r"(?P<c>"
    + _NUM.replace("?P<", "?P<c_")
    + r")\s*,?\s*$",
    re.IGNORECASE,
)
# absolute change with its percent: "an increase of 52,300 (8%)", "rose by 52,300, or 8%,"
_ABS_PCT = _lazy(
    rf"\b(?P<verb>{_RISE}|{_FALL})\s+(?:of\s+|by\s+)?"
    + _Q
    + r"(?P<d>"
    + _NUM.replace("?P<", "?P<d_")
    + r")\s*(?:\(\s*|,\s*or\s+)"
    + _Q
    + r"(?P<c>"
    + _NUM.replace("?P<", "?P<c_")
    + r")",
    re.IGNORECASE,
)
# absolute change, the level reached, then the percent: "rose by 2.3 million tonnes to
# 18.5 million tonnes, an increase of 14%"
_ABS_TO_PCT = _lazy(
    rf"\b(?P<verb>{_RISE}|{_FALL})\s+(?:by\s+)?"
    + _Q
    + r"(?P<d>"
    + _NUM.replace("?P<", "?P<d_")
    + r")(?:\s+[a-z]+){0,2}?\s+to\s+"
    + _Q
    + r"(?P<b>"
    + _NUM.replace("?P<", "?P<b_")
    + r")(?:\s+[a-z]+){0,3}?\s*(?:,|\()\s*(?:(?:an?|the)\s+)?"
    + rf"(?:(?:{_RISE}|{_FALL})\s+(?:of\s+|by\s+)?)?"
    + _Q
    + r"(?P<c>"
    + _NUM.replace("?P<", "?P<c_")
    + r")",
    re.IGNORECASE,
)
_TO_AFTER = _lazy(r"[^\d;]{0,30}?\bto\s+" + _Q + r"(?P<b>" + _NUM.replace("?P<", "?P<b_") + r")",
                       re.IGNORECASE)  # fmt: skip
_TO_BEFORE = _lazy(r"\bto\s+" + _Q + r"(?P<b>" + _NUM.replace("?P<", "?P<b_") + r")[^\d;]{0,40}$",
                        re.IGNORECASE)  # fmt: skip

_FACTORS = [
    (_lazy(r"\b(?:doubled|doubling|doubles)\b", re.I), 2.0, "doubled"),
    (_lazy(r"\b(?:tripled|trebled|tripling|triples)\b", re.I), 3.0, "tripled"),
    (_lazy(r"\b(?:quadrupled|quadrupling)\b", re.I), 4.0, "quadrupled"),
    (
        _lazy(
            r"\b(?:halved|halving|cut in half|fell by half|dropped by half|"
            r"fallen by half|declined by half)\b",
            re.I,
        ),
        0.5,
        "halved",
    ),  # fmt: skip
    (_lazy(rf"\b(?:{_FALL})\s+by\s+(?:a|one)[ -]third\b", re.I), 2 / 3, "fell by a third"),
    (_lazy(rf"\b(?:{_FALL})\s+by\s+two[ -]thirds\b", re.I), 1 / 3, "fell by two-thirds"),
    (_lazy(rf"\b(?:{_FALL})\s+by\s+(?:a|one)[ -]quarter\b", re.I), 0.75, "fell by a quarter"),
    (_lazy(rf"\b(?:{_RISE})\s+by\s+(?:a|one)[ -]third\b", re.I), 4 / 3, "rose by a third"),
    (_lazy(rf"\b(?:{_RISE})\s+by\s+(?:a|one)[ -]quarter\b", re.I), 1.25, "rose by a quarter"),
    (_lazy(rf"\b(?:{_RISE})\s+by\s+half\b", re.I), 1.5, "rose by half"),
]
_FACTOR_QUAL = _lazy(
    r"(?P<q>more than|over|nearly|almost|about|roughly|around|close to|at least|less than|"
    r"not quite|just over|just under)\s+$",
    re.IGNORECASE,
)
_INVERSE_QUOTE = _lazy(
    r"\bper\s+(?:US\s+)?(?:dollars?|euros?|pounds?|yen|yuan|francs?|greenback)\b|"
    r"\b(?:to|against)\s+the\s+(?:US\s+)?(?:dollar|euro|pound|yen|yuan|franc|greenback)\b|"
    r"\bexchange\s+rate\b",
    re.IGNORECASE,
)
#: A sentence without one of these words states no change between two figures.
_CHANGE_WORD = _lazy(r"\bfrom\b|\bto\b|\bup\b|\bdown\b", re.I)
_CLAUSE_BREAK = _lazy(r"\b(?:while|whereas|but|although|though|meanwhile)\b|;", re.I)
_CLOCK_AFTER = _lazy(r"\s*(?:GMT|BST|UTC|EST|EDT|CET|hrs|hours|local\s+time|[ap]\.?m\.?)\b", re.I)
_LEVEL_AT = _lazy(r"\bat\b", re.I)


@dataclass
class Change:
    before: Figure
    after: Figure
    before_interval: Interval
    after_interval: Interval
    #: "percent", "points", "absolute" or "factor"
    kind: str
    #: +1 rise, -1 fall, 0 unknown
    direction: int
    #: The stated change as an interval (percent, points, amount or factor).
    stated: Interval
    stated_figure: Figure | None
    #: The words that state it ("a rise of 20%", "halved").
    stated_text: str
    #: before and after are percentages (so points and percent both make sense)
    of_percent: bool
    #: for "factor": the qualifier ("more than", "nearly") or ""
    qualifier: str = ""
    #: How the before figure reads in a message when it is implied ("706,000 - 52,300").
    before_label: str = ""
    #: The figures are an exchange rate quoted per unit of another currency ("weakened
    #: to 100 per dollar from 90, a 10% fall"): the change may be of the inverse.
    inverse: bool = False

    def record(self) -> dict:
        return {
            "path": self.before.path,
            "before": self.before.text,
            "after": self.after.text,
            "kind": self.kind,
            "direction": self.direction,
            "stated": self.stated_text,
            "stated_low": self.stated.low,
            "stated_high": self.stated.high,
            "before_low": self.before_interval.low,
            "before_high": self.before_interval.high,
            "after_low": self.after_interval.low,
            "after_high": self.after_interval.high,
        }


@dataclass
class _Num:
    start: int
    end: int
    value: float
    half: float
    unit: str | None  # "percent", "points", currency code, or None
    text: str


_CUR = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}


def _num(m: re.Match, prefix: str, offset: int = 0) -> _Num | None:
    g = lambda k: m.group(f"{prefix}{k}")  # noqa: E731
    raw = g("num")
    if raw is None:
        return None
    try:
        number = float(raw.replace(",", ""))
    except ValueError:
        return None
    scale = _SCALES.get((g("scale") or "").lower(), 1.0)
    pct = (g("pct") or "").lower()
    unit = None
    if pct:
        unit = "points" if "point" in pct or pct == "pp" else "percent"
    elif g("cur"):
        unit = _CUR[g("cur")]
    half = (half_unit(raw, round_zeros=False) or 0.5) * scale
    if unit is None and scale == 1.0 and "." not in raw:
        half = 0.0  # a plain count is exact
    start = m.start(f"{prefix}cur") if g("cur") else m.start(f"{prefix}num")
    end = max(m.end(f"{prefix}num"), m.end(f"{prefix}scale") if g("scale") else 0,
              m.end(f"{prefix}pct") if g("pct") else 0)  # fmt: skip
    return _Num(start + offset, end + offset, number * scale, half, unit,
                m.string[start:end])  # fmt: skip


def _shared_scale(m: re.Match, a: _Num, b: _Num) -> _Num:
    """ "from 200 to 260 million": the scale written once belongs to both ends."""
    if m.group("a_scale") or not m.group("b_scale") or a.unit not in (None, b.unit):
        return a
    scale = _SCALES.get(m.group("b_scale").lower(), 1.0)
    if (
        "," in a.text
        or scale == 1.0
        or not (0.1 * b.value / scale <= a.value <= 10 * b.value / scale)
    ):
        return a
    half = (half_unit(a.text, round_zeros=False) or 0.5) * scale
    return _Num(a.start, a.end, a.value * scale, half, b.unit, a.text)


def _is_year(n: _Num) -> bool:
    return n.unit is None and n.half == 0 and 1800 <= n.value <= 2100 and "," not in n.text


def _fig(ctx: DocumentContext, n: _Num) -> Figure:
    unit = {"points": "percentage_point"}.get(n.unit or "", n.unit)
    kind = "percent" if n.unit in ("percent", "points") else ("money" if n.unit else "count")
    for f in ctx.figures:
        if f.start == n.start and abs(f.value - n.value) <= 1e-9 * max(1, abs(n.value)):
            return f
    return synthetic_figure(ctx, n.start, n.end, n.value, n.value - n.half, n.value + n.half,
                            unit=unit, kind=kind, digits=n.text)  # fmt: skip


def _iv(n: _Num) -> Interval:
    return Interval(n.value - n.half, n.value + n.half)


def _same_measure(a: _Num, b: _Num) -> bool:
    pa = a.unit in ("percent", "points")
    pb = b.unit in ("percent", "points")
    if pa != pb:
        return False
    if not pa and (a.unit or b.unit) and a.unit != b.unit and a.unit and b.unit:
        return False
    return not (_is_year(a) or _is_year(b))


def _direction(text: str) -> int:
    matches = list(_DIR_WORD.finditer(text))
    m = matches[-1] if matches else None
    if m is None:
        return 0
    return 1 if m.group("rise") else -1


def _digitise(text: str) -> str:
    """ "up three points" -> "up 3     points": word numbers read as digits, offsets kept."""

    def sub(m: re.Match) -> str:
        v = _WORD_NUMS[m.group("word").lower()]
        digits = f"{v:g}"
        return (
            digits + " " * (len(m.group("word")) - len(digits)) + m.group(0)[len(m.group("word")) :]
        )

    low = lowered(text)
    if low is None:
        return _WORD_RE.sub(sub, text)
    if "point" not in low and "cent" not in low:  # every match ends in one of them
        return text
    out, at = [], 0
    for m in _WORD_RE_LOW.finditer(low):  # the matches, found in the lower-cased text
        out.append(text[at : m.start()])
        out.append(sub(_WORD_RE.match(text, m.start(), m.end())))
        at = m.end()
    out.append(text[at:])
    return "".join(out)


def find_changes(ctx: DocumentContext) -> list[Change]:
    rows: list[Change] = []
    text = _digitise(ctx.text)
    low_text = lowered(text)
    for s, e in ctx.sentences:
        sent = text[s:e]
        # the words each pattern needs, as substrings of the lower-cased sentence first
        low = low_text[s:e] if low_text is not None else None
        from_to = low is None or ("from" in low and "to" in low)
        up_down = low is None or "up" in low or "down" in low
        if low is not None and not (up_down or "to" in low or "from" in low):
            continue
        if not _CHANGE_WORD.search(sent):
            continue
        pairs: list[tuple[_Num, _Num, int, int]] = []  # before, after, match start, match end
        for pat in (_FROM_TO, _TO_FROM) if from_to else ():
            for m in pat.finditer(sent):
                if _CLAUSE_BREAK.search(m.group("mid")):
                    continue
                a, b = _num(m, "a_", s), _num(m, "b_", s)
                if a and b:
                    a = _shared_scale(m, a, b)
                if a and b and _same_measure(a, b):
                    pairs.append((a, b, m.start() + s, m.end() + s))
        for m in _UP_FROM.finditer(sent) if up_down else ():
            a, b, c = _num(m, "a_", s), _num(m, "b_", s), _num(m, "c_", s)
            if not (a and b and c and _same_measure(a, b)) or _CLAUSE_BREAK.search(m.group("mid")):
                continue
            if _CLOCK_AFTER.match(sent, m.end("b")) or _LEVEL_AT.search(
                sent, m.end("chg"), m.start("a")
            ):
                continue  # "At 1300 GMT, the euro was up 0.9% on the day at 1.3187": no base
            direction = 1 if m.group("chg").lower().startswith("up") else -1
            rows.append(_make(ctx, a, b, c, direction, m.group("chg")))
        for a, b, ms, me in pairs:
            row = _attached(ctx, text, s, e, a, b, ms, me)
            if row is not None:
                rows.append(row)
        rows.extend(_absolute_with_percent(ctx, text, s, e, pairs))
        if rows and _INVERSE_QUOTE.search(sent):
            for r in rows:
                if s <= r.after.start < e:
                    r.inverse = True
    return rows


def _make(ctx, a: _Num, b: _Num, c: _Num, direction: int, words: str) -> Change:
    kind = {"percent": "percent", "points": "points"}.get(c.unit or "", "absolute")
    half = max(c.half, 0.5 if c.unit in ("percent", "points") and c.half == 0 else c.half)
    return Change(
        before=_fig(ctx, a), after=_fig(ctx, b), before_interval=_iv(a), after_interval=_iv(b),
        kind=kind, direction=direction, stated=Interval(c.value - half, c.value + half),
        stated_figure=_fig(ctx, c), stated_text=" ".join(words.split()),
        of_percent=a.unit in ("percent", "points"),
    )  # fmt: skip


def _attached(ctx: DocumentContext, text: str, s: int, e: int, a: _Num, b: _Num, ms: int, me: int):
    # 1. after the pair
    m = _AFTER.match(text[me:e])
    if m and not _CLAUSE_BREAK.search(m.group("lead") or ""):
        c = _num(m, "c_", me)
        cue = m.group("noun") or m.group("noun2") or m.group("or") or m.group("paren")
        if c and cue and not (c.unit is None and m.group("or") is None and not m.group("noun")
                              and not m.group("noun2")):  # fmt: skip
            if c.unit in ("percent", "points") or (c.unit == a.unit or c.unit is None):
                words = m.group(0)[len(m.group("lead") or "") :].strip(" ,(—–-")
                d = _direction(words) or _direction(text[s:ms]) or 0
                if not (c.unit is None and a.unit in ("percent", "points")):
                    return _make(ctx, a, b, c, d, words)
    # 2. before the pair: "rose 20% from ...", "rose 20% to 7,440 from 6,200"
    lead = text[s:ms]
    m = _BEFORE.search(lead)
    if m:
        c = _num(m, "c_", s)
        if c and (c.unit in ("percent", "points") or c.unit == a.unit):
            d = (
                1
                if re.match(_RISE, m.group("verb"), re.I)
                and re.fullmatch(_RISE, m.group("verb"), re.I)
                else -1
            )
            return _make(ctx, a, b, c, d, m.group(0).strip(" ,"))
    # 3. a factor word in the same clause: "The backlog halved, falling from ..."
    window_start = max(s, ms - 80)
    before = text[window_start:ms]
    after = text[me : min(e, me + 40)]
    for pat, factor, _label in _FACTORS:
        for where, chunk in (("before", before), ("after", after)):
            found = list(pat.finditer(chunk))
            fm = found[-1] if found else None
            if fm is None:
                continue
            between = chunk[fm.end() :] if where == "before" else chunk[: fm.start()]
            between = re.sub(r"\b(?:1[89]|20)\d\d\b", "", between)
            if re.search(r"\d", between) or _CLAUSE_BREAK.search(between):
                continue
            q = _FACTOR_QUAL.search(chunk[: fm.start()])
            qual = q.group("q").lower() if q else ""
            return Change(
                before=_fig(ctx, a), after=_fig(ctx, b), before_interval=_iv(a),
                after_interval=_iv(b), kind="factor", direction=1 if factor > 1 else -1,
                stated=Interval(factor, factor), stated_figure=None,
                stated_text=(qual + " " if qual else "") + fm.group(0),
                of_percent=a.unit in ("percent", "points"), qualifier=qual,
            )  # fmt: skip
    return None


_PERCENT_HINT = re_compile(r"%|per\s?cent|pct", re.I)


def _absolute_with_percent(ctx, text: str, s: int, e: int, pairs) -> list[Change]:
    """ "an increase of 52,300 (8%)" checked against the level it reached or left."""
    sent = text[s:e]
    out: list[Change] = []
    if not _PERCENT_HINT.search(sent):  # the stated change must be a percentage
        return out
    matches = list(_ABS_PCT.finditer(sent))
    if len(sent) > 20 and re.search(r"\bto\b", sent, re.I):
        matches += list(_ABS_TO_PCT.finditer(sent))
    for m in matches:
        d = _num(m, "d_", s)
        c = _num(m, "c_", s)
        if not d or not c or c.unit != "percent" or d.unit in ("percent", "points"):
            continue
        if any(ps - 5 <= d.start <= pe + 60 for _, _, ps, pe in pairs):
            continue  # the pair's own change: checked there
        direction = 1 if re.fullmatch(_RISE, m.group("verb"), re.I) else -1
        b = None
        t = _TO_AFTER.match(sent, m.end())
        if "b_num" in m.re.groupindex:
            b = _num(m, "b_", s)
            if b is not None and any(ps <= b.start < pe for _, _, ps, pe in pairs):
                continue  # "from X to B, up C%": the pair's own change
        elif t:
            b = _num(t, "b_", s)
        else:
            t = _TO_BEFORE.search(sent[: m.start()])
            if t:
                b = _num(t, "b_", s)
        if b is None or b.unit != d.unit or _is_year(b):
            continue
        base = _iv(b) - _iv(d).scale(direction)
        if base.low <= 0:
            continue
        a = _Num(b.start, b.end, (base.low + base.high) / 2, base.width / 2, b.unit, b.text)
        ch = _make(ctx, a, b, c, direction, m.group(0))
        ch.before = _fig(ctx, b)  # the level the change is measured from is implied
        ch.before_interval = base
        ch.kind = "percent"
        sign = "-" if direction > 0 else "+"
        ch.before_label = f"{b.text} {sign} {d.text}"
        ch.stated_text = " ".join(m.group(0).split()) + (")" if "(" in m.group(0) else "")
        out.append(ch)
    return out


register_document_table("changes", find_changes)
