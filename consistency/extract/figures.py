"""Find every figure in a text: digits, number words, ranges, units, qualifiers.

One left-to-right scan with compiled regexes; each candidate looks at a small,
bounded window on either side, so extraction is linear in the text length.
The output is a list of ``Figure`` records in text order.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from bisect import bisect_right
from dataclasses import dataclass

from consistency.extract import lexicon as lx
from consistency.extract.context import attach_context
from consistency.extract.model import Figure
from consistency.extract.nouns import NounTable, default_nouns, looks_plural
from consistency.extract.numwords import (
    SCALES,
    TENS,
    UNITS,
    WORD_ALTERNATION,
    parse_number_words,
)
from consistency.extract.text import LineIndex, split_sentences

# --------------------------------------------------------------------------- regexes

_SPACE_GROUP = "[ \u00a0\u202f\u2009]"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])"
    rf"|\d{{1,3}}(?:{_SPACE_GROUP}\d{{3}})+(?![\d]|[.,]\d)"
    r"|\d+)(?:\.\d+)?(?!\.\d)"
    r"|\.\d+(?![\d.])"
)
_SPECIAL = (
    r"half\s+a\s+dozen|a\s+dozen|dozen|a\s+pair\s+of|a\s+couple\s+of|a\s+single|single"
    r"|both|a\s+half|half|a\s+third|a\s+quarter|two[- ]thirds|three[- ](?:quarters|fourths)"
    r"|one[- ]third|one[- ]quarter|one[- ]half|[½¼¾⅓⅔]"
)
_MASTER = re.compile(
    rf"(?P<digits>(?<![\w.,]){_DIGITS})"
    rf"|(?P<special>\b(?:{_SPECIAL})(?![\w-]))"
    rf"|(?P<words>\b(?:a\s+(?=(?:hundred|thousand|million|billion)\b))?"
    rf"(?:{WORD_ALTERNATION})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{WORD_ALTERNATION}))*\b)",
    re.I,
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")

_MONTH = r"(?:" + "|".join(sorted(lx.MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:the\s+)?"
_DATE = re.compile(
    rf"(?:{_WEEKDAY})?(?:"
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y1>\d{{4}})(?!\d))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}})(?!\d))?"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})(?!\d)"
    r"|(?<![\d.])(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}|\d{2})(?![\d.]\d)"
    r"|(?<![\d/])(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>\d{4}|\d{2})(?![\d/])"
    rf"|(?P<m6>{_MONTH})\s+(?P<y6>\d{{4}})(?!\d)"
    r")\b",
    re.I,
)
_TIME = re.compile(
    r"(?<![\d.:])(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.m\.|\d{1,2}\s?[ap]m\b)"
    r"(?:\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|MSK|local time))?",
    re.I,
)
_PHONE = re.compile(
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b"
)
_FRACTION = re.compile(r"(?<![\w/.])(?:(?P<whole>\d+)\s+)?(?P<num>\d+)/(?P<den>\d+)(?![\w/])")

_UNIT_RE = re.compile(
    r"\s?(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(lx.UNITS, key=len, reverse=True))
    + r")(?![\w°/²³])",
    re.I,
)
_GLUED_SCALE = re.compile(r"(?P<scale>bn|mn|mln|bln|tn|trn|k|m|b)(?![\w])", re.I)
_SPACED_SCALE = re.compile(
    r"[\s-](?P<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|lakh|crore)(?![\w])",
    re.I,
)
_PERCENT = re.compile(
    r"\s?(?P<pp>percentage[- ]points?|pp\b|ppts?\b)|\s?(?P<pct>%|per\s?cent\b|pct\b|percent\b)",
    re.I,
)
_POINTS = re.compile(r"\s(?P<points>points?)\b", re.I)
_CURRENCY_WORD = re.compile(
    r"\s(?P<cur>"
    + "|".join(re.escape(c) for c in sorted(lx.CURRENCY_WORDS, key=len, reverse=True))
    + r")\b",
    re.I,
)
_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>US\$|[ACNZH]{1,2}\$|[$£€¥₹₽₴]|USD|EUR|GBP|CHF|Rs\.?)\s?$", re.I
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_HYPHEN_ADJ = re.compile(r"-(?P<adj>[a-z]+(?:-[a-z]+)*)\b")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|or|and)\s*", re.I)
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<q>"
    + "|".join(re.escape(q) for q in sorted(lx.QUALIFIER_BEFORE, key=len, reverse=True))
    + r")\s*(?:the\s+)?$",
    re.I,
)
_QUALIFIER_AFTER = re.compile(
    r"(?P<q>\s+or\s+(?:more|so|fewer|less)\b|\+|-plus\b|\s+plus\b|-odd\b)"
)
# "drones over three regions", "seven each over two": locative "over", not "more than".
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b[a-z]{3,}s|\beach|\d|\b(?:down|up|out|shot|downed|intercepted|destroyed|flying"
    r"|fell|crashed|hit|seen|spotted|flew))\s*$"
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)
_RANGING_BEFORE = re.compile(r"\b(?:rang\w*|anywhere|var\w*|estimates?)\b[^.;]{0,20}$", re.I)
_NOUN_WORD = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+)?(?P<phrase>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
_NOUN_BEFORE = re.compile(
    r"(?P<phrase>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s*(?:\(|\s[-–—]\s?)$"
)

# Words that end a counted-noun phrase.
_STOP = frozenset(
    """of in on at over across from to for by with into onto toward towards near around above
    below under between during after before since until per via within without against among
    including except than the a an and or but nor while as that which who whom whose where when
    if it its they them their he she his her we our you i is are was were be been being have
    has had will would could should can may might must do does did each every apiece
    respectively more less fewer other others another some any all both only also just still
    so too not no ago later earlier then there here this these those what said says say says
    reported according up down out off away back again already even about almost nearly
    roughly approximately per cent percent followed versus vs""".split()
)
_MONTH_WORDS = frozenset(lx.MONTHS)
# Plural-looking words that are not counted nouns.
_NOT_NOUNS = frozenset(
    {
        "its",
        "his",
        "hers",
        "theirs",
        "ours",
        "yours",
        "was",
        "has",
        "is",
        "does",
        "this",
        "thus",
        "always",
        "perhaps",
        "as",
        "us",
        "yes",
        "less",
        "unless",
        "across",
        "whereas",
        "besides",
        "afterwards",
        "towards",
        "sometimes",
        "news",
        "says",
        "seems",
    }
)

# Where a lone "one" is a pronoun, not a count.
_ONE_PRONOUN_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+(?:most|best|worst|largest|biggest|first|last|few|main|key|many)"
    r"|its|his|her|their|our|my|your)|another|that|who|which|day|way|thing|side)\b",
    re.I,
)
_ONE_PRONOUN_BEFORE = re.compile(
    r"\b(?:no|any|every|each|some|the|this|that|which|no-|someone|anyone)\s*$", re.I
)


# Vague amounts: not figures in the table, but a breakdown needs to know that
# "smaller numbers ... over Belgorod and Moscow" means at least one each.
_VAGUE = re.compile(
    r"\b(?P<v>(?:smaller|small|lesser|fewer|unspecified|unknown|undisclosed)\s+numbers?"
    r"|a\s+(?:few|handful)|several|dozens|hundreds|thousands|tens\s+of\s+thousands"
    r"|the\s+same\s+(?:number|amount))"
    r"(?=\s+(?:of\s+)?[a-z])",
    re.I,
)
_VAGUE_BOUNDS = {
    "a few": (2.0, 9.0), "a handful": (2.0, 9.0), "several": (2.0, 9.0),
    "dozens": (24.0, 199.0), "hundreds": (200.0, 1999.0), "thousands": (2000.0, 19999.0),
    "tens of thousands": (20000.0, 99999.0),
}  # fmt: skip


def _vague_figures(text: str, start: int, extractor: Extractor) -> list[Figure]:
    out = []
    for m in _VAGUE.finditer(text, start):
        key = re.sub(r"\s+", " ", m.group("v").lower())
        low, high = _VAGUE_BOUNDS.get(key, (1.0, math.inf))
        fig = Figure(
            m.start(), m.end(), m.group(0), low, low, high, qualifier="at_least", kind="vague"
        )
        of = re.match(r"\s+of\s+", text[m.end() : m.end() + 6])
        noun, _ = extractor._noun_after(text, m.end() + (of.end() - 1 if of else 0), 2.0, "count")
        fig.noun = noun
        out.append(fig)
    return out


@dataclass(slots=True)
class _Num:
    """A bare number as scanned, before context is attached."""

    start: int
    end: int
    value: float
    digits: str
    decimals: int  # digits after the decimal point (-1: not a decimal numeral)
    is_word: bool
    special: str = ""


# --------------------------------------------------------------------------- helpers


def _blocked_spans(text: str, start: int) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Dates, times, phone numbers and fractions: found first, so digits inside
    them are not read as counts. Returns the date/time figures and the blocked spans."""
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    for m in _PHONE.finditer(text, start):
        if sum(c.isdigit() for c in m.group(0)) >= 9:
            spans.append((m.start(), m.end()))
    for m in _DATE.finditer(text, start):
        fig = _date_figure(m)
        if fig is not None:
            figures.append(fig)
            spans.append((m.start(), m.end()))
    for m in _TIME.finditer(text, start):
        s = m.group(0)
        if re.fullmatch(r"\d{1,2}\.\d{2}", s):  # "3.45" is a decimal, not a time
            continue
        if re.fullmatch(r"\d{1,2}:\d{2}", s):
            hour, minute = map(int, s.split(":"))
            if hour > 24 or minute > 59:
                continue
        hour = int(re.match(r"\d+", s).group(0))
        figures.append(
            Figure(m.start(), m.end(), s, float(hour), float(hour), float(hour), kind="time")
        )
        spans.append((m.start(), m.end()))
    spans.sort()
    return figures, spans


def _two_digit_year(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else (2000 + n if n < 70 else 1900 + n)


def _date_figure(m: re.Match) -> Figure | None:
    g = m.groupdict()
    year: int | None = None
    weekday = g.get("weekday")
    try:
        if g["m1"]:
            month, day = lx.MONTHS[g["m1"].rstrip(".").lower()], int(g["d1"])
            year = int(g["y1"]) if g["y1"] else None
        elif g["m2"]:
            month, day = lx.MONTHS[g["m2"].rstrip(".").lower()], int(g["d2"])
            year = int(g["y2"]) if g["y2"] else None
        elif g["y3"]:
            year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
        elif g["d4"]:
            day, month, year = int(g["d4"]), int(g["m4"]), _two_digit_year(g["y4"])
        elif g["a5"]:
            a, b = int(g["a5"]), int(g["b5"])
            year = _two_digit_year(g["y5"])
            # Slashed dates are ambiguous; month-first unless that is impossible.
            month, day = (a, b) if a <= 12 else (b, a)
        elif g["m6"]:
            month, year = lx.MONTHS[g["m6"].rstrip(".").lower()], int(g["y6"])
            day = 1
            if g["m6"].rstrip(".").lower() == "may" and not m.group(0)[0].isupper():
                return None
        else:
            return None
    except (KeyError, ValueError):
        return None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    # "may 5" as a verb ("numbers may 5") is not a date: require a capital.
    if (g["m1"] or g["m2"]) and (g["m1"] or g["m2"]).lower().startswith("may"):
        if not (g["m1"] or g["m2"])[0].isupper():
            return None
    iso = None
    if year is not None:
        try:
            iso = _dt.date(year, month, day).isoformat()
        except ValueError:
            iso = None
        if iso is None:
            return None
    value = float(day if not g["m6"] else year)
    text = m.group(0)
    fig = Figure(m.start(), m.end(), text, value, value, value, kind="date")
    fig.date = iso
    fig.month_day = (month, day) if not g["m6"] else None
    fig.weekday = weekday.lower() if weekday else None
    return fig


def _in_blocked(spans: list[tuple[int, int]], starts: list[int], pos: int) -> int:
    """End of the blocked span covering ``pos``, or -1."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][1]
    return -1


def _parse_digits(s: str) -> tuple[float, int]:
    clean = re.sub(r"[,\s\u00a0\u202f\u2009]", "", s)
    decimals = len(clean.split(".", 1)[1]) if "." in clean else -1
    return float(clean), decimals


def _scan_number(text: str, m: re.Match) -> _Num | None:
    """Turn a master-regex match into a number; None if it is not one."""
    if m.group("digits") is not None:
        s = m.group("digits")
        value, decimals = _parse_digits(s)
        return _Num(m.start(), m.end(), value, s, decimals, False)
    if m.group("special") is not None:
        s = m.group("special")
        key = re.sub(r"\s+", " ", s.lower()).replace("-", " ")
        table = {
            "half a dozen": 6, "a dozen": 12, "dozen": 12, "a pair of": 2, "a couple of": 2,
            "a single": 1, "single": 1, "both": 2, "a half": 0.5, "half": 0.5,
            "a third": 1 / 3, "a quarter": 0.25, "two thirds": 2 / 3,
            "three quarters": 0.75, "three fourths": 0.75, "one third": 1 / 3,
            "one quarter": 0.25, "one half": 0.5, "½": 0.5, "¼": 0.25, "¾": 0.75,
            "⅓": 1 / 3, "⅔": 2 / 3,
        }  # fmt: skip
        return _Num(m.start(), m.end(), float(table[key]), s, -1, True, special=key)
    s = m.group("words")
    tokens = [(t.group(0).lower(), t.start(), t.end()) for t in _WORD_TOKEN.finditer(s)]
    parsed = parse_number_words([t[0] for t in tokens])
    if parsed is None:
        return None
    value, used = parsed
    end = m.start() + tokens[used - 1][2]
    return _Num(m.start(), end, value, text[m.start() : end], -1, True)


def _rounding_half_width(num: _Num, scale: float, kind_hint: str) -> float:
    """Half a unit of the last stated digit, or 0 for exact integers."""
    if num.is_word:
        if scale > 1 and num.value * scale >= 1e5:
            return 0.5 * scale
        return 0.0
    if num.decimals > 0:
        return 0.5 * 10 ** (-num.decimals) * scale
    if scale > 1:
        return 0.5 * scale
    if kind_hint in ("percent", "measure"):
        return 0.5
    return 0.0


# --------------------------------------------------------------------------- main


class Extractor:
    """Reusable extractor (holds the noun table)."""

    def __init__(self, nouns: NounTable | None = None) -> None:
        self.nouns = nouns or default_nouns()

    def extract(self, text: str, start: int = 0, path: str = "") -> list[Figure]:
        return self.analyse(text, start, path)[0]

    def analyse(
        self, text: str, start: int = 0, path: str = ""
    ) -> tuple[list[Figure], list[tuple[int, int]]]:
        """Figures plus the sentence spans they were assigned to."""
        sentences = split_sentences(text, start)
        lines = LineIndex(text)
        date_figs, blocked = _blocked_spans(text, start)
        for fs, fe in _fraction_spans(text, start):
            blocked.append((fs, fe))
        blocked.sort()
        blocked_starts = [s for s, _ in blocked]
        figures: list[Figure] = list(date_figs)
        figures.extend(_fraction_figures(text, start))
        figures.extend(_vague_figures(text, start, self))

        pos = start
        n = len(text)
        while pos < n:
            m = _MASTER.search(text, pos)
            if m is None:
                break
            bend = _in_blocked(blocked, blocked_starts, m.start())
            if bend >= 0:
                pos = max(bend, m.start() + 1)
                continue
            num = _scan_number(text, m)
            if num is None:
                pos = m.end()
                continue
            fig, consumed_to = self._build(text, num)
            # a range may reach into a blocked span only if it was not blocked
            pos = max(consumed_to, num.end)
            if fig is not None:
                figures.append(fig)

        figures.sort(key=lambda f: f.start)
        figures = _dedupe(figures)
        sent_starts = [s for s, _ in sentences]
        for f in figures:
            f.path = path
            f.line, f.column = lines.locate(f.start)
            f.sentence = max(0, bisect_right(sent_starts, f.start) - 1)
        attach_context(text, figures, sentences)
        return figures, sentences

    # ------------------------------------------------------------------ one figure

    def _build(self, text: str, num: _Num) -> tuple[Figure | None, int]:
        s, e = num.start, num.end
        left = text[max(0, s - 40) : s]

        if not num.is_word:
            # Identifiers: "Su-34", "Ka-52", "COVID-19", "M142", "No. 5", "#3".
            if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha():
                word = re.search(r"([A-Za-z]+)-$", left)
                if word and word.group(1).lower() in ("mid", "pre", "post", "early", "late"):
                    pass
                else:
                    return None, e
            if s >= 1 and text[s - 1] in "#№":
                return None, e
            if re.search(r"\b(?:No|Nos|Nr|no)\.\s?$", left):
                return None, e
            idw = re.search(r"\b([A-Z][A-Za-z]*)\s$", left)
            if idw and idw.group(1).lower() in lx.IDENTIFIER_WORDS:
                return None, e
            # glued letters that are not a unit, scale or ordinal: "5G", "3D", "4x4"
            if e < len(text) and text[e].isalpha():
                tail = re.match(r"[A-Za-z°]+", text[e:]).group(0)
                tl = tail.lower()
                if not (
                    tl in lx.UNITS
                    or tl in ("k", "m", "bn", "mn", "mln", "bln", "tn", "b", "st", "nd", "rd", "th")
                    or tl in ("lbs", "kms", "kgs", "pct", "pp")
                ):
                    return None, e
            if e < len(text) and text[e] == "/" and e + 1 < len(text) and text[e + 1].isdigit():
                return None, e
        else:
            if num.special == "both":
                nxt = text[e : e + 30]
                if not re.match(r"\s+(?:of\b|[a-z]+s\b|[A-Z][a-z]+\s+and\b)", nxt):
                    return None, e
            if num.special == "single":
                nxt = text[e : e + 30]
                if not re.match(r"\s+[a-z]+s\b", nxt):  # "single drones": one each
                    return None, e
            if num.digits.lower() == "one":
                if _ONE_PRONOUN_AFTER.match(text, e) or _ONE_PRONOUN_BEFORE.search(left):
                    return None, e
            if num.digits.lower() in ("a hundred",) and False:
                pass
            if num.special in ("half", "a half", "a third", "a quarter"):
                # "half a million", "a third of"
                pass

        # ---- currency before
        currency = None
        cur_m = _CURRENCY_BEFORE.search(left)
        span_start = s
        if cur_m and not num.is_word:
            currency = lx.CURRENCY_SYMBOLS.get(cur_m.group("cur").lower().rstrip("."), None)
            if currency is None and cur_m.group("cur").endswith("$"):
                currency = "USD"
            span_start = s - (len(left) - cur_m.start())
        # ---- sign
        negative = False
        if (
            not num.is_word
            and span_start == s
            and s >= 1
            and text[s - 1] in "-−"
            and (s < 2 or not text[s - 2].isalnum())
        ):
            negative = True
            span_start = s - 1

        value = -num.value if negative else num.value
        end, suffix = self._suffix(text, num, currency)
        if suffix.get("currency"):
            currency = suffix["currency"]
        scale = suffix.get("scale", 1.0)

        # "half a million", "one and a half million"
        if num.special in ("half", "a half") and re.match(
            r"\s+a\s+(million|billion|thousand)\b", text[e : e + 20], re.I
        ):
            mm = re.match(r"\s+a\s+(million|billion|thousand)\b", text[e : e + 20], re.I)
            scale = SCALES[mm.group(1).lower()]
            end = e + mm.end()
            suffix["scale"] = scale

        # ---- ranges: "10-12", "10 to 12", "between 5 and 10", "two or three"
        low_num = None
        high_num = None
        range_end = end
        sep = _RANGE_SEP.match(text, end)
        if sep is not None and num.special == "":
            sep_word = sep.group(0).strip().lower()
            m2 = _MASTER.match(text, sep.end())
            ok = m2 is not None and m2.group("special") is None
            if ok:
                if sep_word == "and" and not _BETWEEN_BEFORE.search(left):
                    ok = False
                if (
                    sep_word == "to"
                    and _FROM_BEFORE.search(left)
                    and not _RANGING_BEFORE.search(text[max(0, s - 60) : s])
                ):
                    ok = False
                if sep_word == "or" and (num.value > 1000 or not num.value.is_integer()):
                    ok = False
                if sep_word in ("-", "–", "—") and num.is_word != (m2.group("words") is not None):
                    ok = False
                if sep_word in ("-",) and sep.group(0) != "-" and not num.is_word:
                    # "10 - 12" with spaces is rare for ranges and common for scores/lists
                    ok = ok and sep.group(0).strip() == sep.group(0).replace(" ", "")
            if ok:
                num2 = _scan_number(text, m2)
                if num2 is not None and not (
                    num2.digits
                    and re.fullmatch(r"\d{4}", num2.digits)
                    and 1800 <= num2.value <= 2100
                    and not (re.fullmatch(r"\d{4}", num.digits or ""))
                ):
                    end2, suffix2 = self._suffix(text, num2, currency)
                    compatible = (
                        not suffix
                        or not suffix2
                        or (
                            suffix.get("unit") == suffix2.get("unit")
                            and suffix.get("percent") == suffix2.get("percent")
                        )
                    )
                    s1 = scale if suffix.get("scale") else suffix2.get("scale", 1.0)
                    v1 = value * s1
                    v2 = num2.value * suffix2.get("scale", s1 if not suffix.get("scale") else 1.0)
                    if compatible and v1 < v2:
                        low_num, high_num = (num, s1), (num2, suffix2.get("scale", s1))
                        merged = dict(suffix2)
                        merged.update({k: v for k, v in suffix.items() if k != "scale"})
                        suffix = merged
                        if suffix2.get("currency"):
                            currency = suffix2["currency"]
                        range_end = end2
                        scale = s1

        kind = "count"
        unit = None
        if currency:
            kind, unit = "money", currency
        if suffix.get("percent"):
            kind, unit = "percent", suffix["percent"]
        elif suffix.get("unit"):
            kind, unit = "measure", suffix["unit"]
        elif suffix.get("ordinal"):
            kind = "ordinal"
        if num.special in ("a half", "half", "a third", "a quarter", "two thirds",
                           "three quarters", "three fourths", "one third", "one quarter",
                           "one half", "½", "¼", "¾", "⅓", "⅔") and scale == 1.0:  # fmt: skip
            kind = "fraction"

        # ---- years: bare 4-digit numbers in the calendar range
        is_year = (
            not num.is_word
            and kind == "count"
            and re.fullmatch(r"\d{4}", num.digits) is not None
            and 1800 <= num.value <= 2100
            and not negative
        )

        final_end = range_end if low_num else end
        noun = None
        attributive = False
        after = final_end
        if suffix.get("hyphen_noun"):
            noun = self.nouns.normalise(suffix["hyphen_noun"])
            attributive = True
        elif kind in ("count", "measure", "money") or kind == "fraction":
            noun, after = self._noun_after(text, final_end, value if not low_num else 2, kind)
            if noun is None and kind == "count":
                noun = self._noun_before(text, span_start)
        noun_end = after if noun is not None and after > final_end else 0
        if is_year:
            if noun is None or not looks_plural(
                text[final_end : final_end + 30].split()[0] if text[final_end:].split() else ""
            ):
                kind = "year"
                noun = None
        if kind == "count" and noun is not None and noun in lx.TIME_NOUNS:
            kind = "duration"
            unit = noun

        # ---- qualifier and interval
        qualifier = "exact"
        q_window = text[max(0, span_start - 40) : span_start]
        qm = _QUALIFIER_BEFORE.search(q_window)
        q_before = None
        if qm and qm.group("q").lower() in ("over", "above", "under", "below"):
            before_q = q_window[: qm.start()]
            if _LOCATIVE_BEFORE.search(before_q):
                qm = None  # "drones over three regions": a place, not "more than"
        if qm:
            q_before = qm.group("q").lower()
            # "over" after a count ("two drones over Kursk") is a place, not a qualifier;
            # only count it when it directly precedes the number.
            qualifier = lx.QUALIFIER_BEFORE[q_before]
        if low_num:
            qualifier = "range"
        qa = _QUALIFIER_AFTER.match(text, final_end)
        if qa and not low_num:
            qualifier = lx.QUALIFIER_AFTER.get(qa.group("q").strip().lower(), qualifier)
            final_end = qa.end() if qa.group("q").strip() in ("+", "-plus") else final_end

        if kind in ("year", "date", "time", "ordinal"):
            qualifier = "exact" if qualifier != "range" else "range"

        stated = value * scale
        half = _rounding_half_width(num, scale, kind)
        if low_num:
            (n1, sc1), (n2, sc2) = low_num, high_num
            v_low = (-n1.value if negative else n1.value) * sc1
            v_high = n2.value * sc2
            lo = v_low - _rounding_half_width(n1, sc1, kind)
            hi = v_high + _rounding_half_width(n2, sc2, kind)
            stated = v_low
            value_out = v_low
        else:
            value_out = stated
            lo, hi = stated - half, stated + half
            lo, hi = _widen(qualifier, stated, lo, hi, q_before, kind)
        if kind in ("count",) and lo < 0 <= stated:
            lo = 0.0

        fig_text = text[span_start:final_end]
        fig = Figure(
            start=span_start,
            end=final_end,
            text=fig_text,
            value=value_out,
            low=min(lo, value_out),
            high=max(hi, value_out),
            qualifier=qualifier,
            unit=unit,
            kind=kind if not is_year or kind == "year" else kind,
            noun=noun,
            digits=num.digits,
            attributive=attributive,
            noun_end=noun_end,
        )
        if low_num:
            fig.value = value_out
        return fig, max(final_end, after if False else final_end)

    def _suffix(self, text: str, num: _Num, currency: str | None) -> tuple[int, dict]:
        """Scale words, percent, units, currency words, ordinal suffixes, hyphen nouns."""
        e = num.end
        out: dict = {}
        # glued scale ("40k", "$3.5bn", "$2m")
        if not num.is_word:
            gm = _GLUED_SCALE.match(text, e)
            if gm:
                sc = gm.group("scale").lower()
                if sc in ("m", "b") and not currency:
                    gm = None
                if gm:
                    out["scale"] = lx.SCALE_WORDS[sc]
                    e = gm.end()
            if "scale" not in out:
                om = _ORDINAL_SUFFIX.match(text, e)
                if om:
                    out["ordinal"] = True
                    return om.end(), out
        sm = _SPACED_SCALE.match(text, e)
        if sm and "scale" not in out:
            word = sm.group("scale").lower()
            if word in SCALES or currency or word in ("lakh", "crore") or not num.is_word:
                out["scale"] = lx.SCALE_WORDS[word]
                e = sm.end()
        pm = _PERCENT.match(text, e)
        if pm:
            out["percent"] = "percentage_point" if pm.group("pp") else "percent"
            return pm.end(), out
        cm = _CURRENCY_WORD.match(text, e)
        if cm and not currency:
            out["currency"] = lx.CURRENCY_WORDS[cm.group("cur").lower()]
            return cm.end(), out
        um = _UNIT_RE.match(text, e)
        if um and not currency:
            surface = um.group("unit")
            key = surface.lower()
            glued = not um.group(0).startswith(" ")
            ok = True
            if key in lx.AMBIGUOUS_SHORT_UNITS:
                nxt = text[um.end() : um.end() + 2]
                if key in ("c", "f"):
                    ok = glued and surface.isupper()
                elif key == "in":
                    ok = False
                else:
                    ok = glued or not (nxt[:1] == " " and nxt[1:2].isalpha() and nxt[1:2].islower())
                    if key == "m" and "scale" in out:
                        ok = False
            if key == "pounds" and currency:
                ok = False
            if ok:
                out["unit"] = lx.UNITS[key]
                return um.end(), out
        hm = _HYPHEN_ADJ.match(text, e)
        if hm:
            adj = hm.group("adj").lower()
            first = adj.split("-")[0]
            if first in lx.UNITS and first not in ("m", "t", "g", "l", "c", "f", "in"):
                out["unit"] = lx.UNITS[first]
                return e + 1 + len(first), out
            if first in ("plus", "odd"):
                return e, out
            if first not in UNITS and first not in TENS and first not in SCALES and first.isalpha():
                out["hyphen_noun"] = first
                return e, out
        if not num.is_word:
            ptm = _POINTS.match(text, e)
            if ptm:
                window = text[max(0, num.start - 200) : num.start]
                if re.search(r"%|per\s?cent|percentage", window, re.I):
                    out["percent"] = "percentage_point"
                    return ptm.end(), out
        return e, out

    def _noun_after(self, text: str, end: int, value: float, kind: str) -> tuple[str | None, int]:
        """The counted noun after a number: first plural noun before a stop word."""
        if kind in ("measure", "money", "fraction"):
            om = _OF_NOUN.match(text, end)
            if om:
                phrase = om.group("phrase").split()
                words = [w for w in phrase if w not in _STOP]
                if words and not words[0].endswith("ing"):
                    head = []
                    for w in phrase:
                        if w in _STOP:
                            break
                        head.append(w)
                    if head:
                        return self.nouns.normalise(" ".join(head)), om.end()
            return None, end
        words: list[tuple[str, int]] = []
        pos = end
        for _ in range(5):
            m = _NOUN_WORD.match(text, pos)
            if m is None:
                break
            w = m.group("w")
            lw = w.lower()
            if lw in _STOP or lw in _MONTH_WORDS or lw in UNITS or lw in TENS:
                break
            words.append((w, m.end()))
            pos = m.end()
        if not words:
            return None, end
        # a phrase the synonym table knows ("unmanned aerial vehicles")
        for k in range(len(words), 1, -1):
            phrase = " ".join(w for w, _ in words[:k]).lower()
            if self.nouns.normalise(phrase) != phrase.rsplit(" ", 1)[-1] and (
                phrase in self.nouns._map
            ):
                return self.nouns._map[phrase], words[k - 1][1]
        plural_wanted = value != 1
        for w, wend in words:
            if plural_wanted and looks_plural(w) and w.lower() not in _NOT_NOUNS:
                return self.nouns.normalise(w), wend
        # singular (or no plural found): last word that is not a verb form
        chosen = None
        for w, wend in words:
            lw = w.lower()
            if lw.endswith(("ed", "ing", "ly")) or w[0].isupper() and not w.isupper():
                if chosen is not None:
                    break
                continue
            chosen = (w, wend)
            if not plural_wanted:
                break
        if chosen is None:
            return None, end
        if plural_wanted and not looks_plural(chosen[0]):
            return None, end
        return self.nouns.normalise(chosen[0]), chosen[1]

    def _noun_before(self, text: str, start: int) -> str | None:
        """ "aircraft (664)", "tanks - 3,812": the noun stands before the number."""
        window = text[max(0, start - 50) : start]
        m = _NOUN_BEFORE.search(window)
        if not m:
            return None
        phrase = m.group("phrase")
        words = phrase.split()
        if not words or words[0][0].isupper() and len(words) == 1:
            return None
        # keep the trailing run of non-stop words
        tail: list[str] = []
        for w in reversed(words):
            if w.lower() in _STOP or w[0].isupper():
                break
            tail.append(w)
        if not tail:
            return None
        tail.reverse()
        joined = " ".join(tail).lower()
        if joined in self.nouns._map:
            return self.nouns._map[joined]
        head = tail[-1]
        if not looks_plural(head) and head.lower() not in ("aircraft", "personnel"):
            return None
        return self.nouns.normalise(head)


def _widen(
    qualifier: str, stated: float, lo: float, hi: float, q_word: str | None, kind: str
) -> tuple[float, float]:
    """Open or widen the rounding interval according to the qualifier."""
    mag = abs(stated)
    if qualifier == "approx":
        if q_word in ("nearly", "almost", "just under", "close to"):
            return min(lo, stated - 0.1 * mag), hi
        if q_word == "just over":
            return lo, max(hi, stated + 0.1 * mag)
        return min(lo, stated - 0.1 * mag), max(hi, stated + 0.1 * mag)
    if qualifier in ("over", "at_least"):
        return lo if qualifier == "at_least" else stated, math.inf
    if qualifier in ("under", "at_most"):
        return (0.0 if stated >= 0 else -math.inf), hi if qualifier == "at_most" else stated
    return lo, hi


def _fraction_spans(text: str, start: int) -> list[tuple[int, int]]:
    out = []
    for m in _FRACTION.finditer(text, start):
        out.append((m.start(), m.end()))
    return out


def _fraction_figures(text: str, start: int) -> list[Figure]:
    """ "2 1/2", "3/4": real fractions; "9/11" or "24/7" are names, not figures."""
    out = []
    for m in _FRACTION.finditer(text, start):
        num, den = int(m.group("num")), int(m.group("den"))
        if den == 0 or num >= den or den > 16:
            continue
        whole = int(m.group("whole")) if m.group("whole") else 0
        value = whole + num / den
        fig = Figure(m.start(), m.end(), m.group(0), value, value, value, kind="count")
        um = _UNIT_RE.match(text, m.end())
        if um and um.group("unit").lower() not in ("c", "f", "m", "t", "g", "l"):
            fig.unit = lx.UNITS[um.group("unit").lower()]
            fig.kind = "measure"
            fig.end = um.end()
            fig.text = text[fig.start : fig.end]
        elif re.match(r"\s+in\b", text[m.end() : m.end() + 4]):
            fig.unit, fig.kind = "inch", "measure"
            fig.end = m.end() + 3
            fig.text = text[fig.start : fig.end]
        elif whole == 0:
            fig.kind = "fraction"
        out.append(fig)
    return out


def _dedupe(figures: list[Figure]) -> list[Figure]:
    """Drop figures nested inside an earlier, longer figure."""
    out: list[Figure] = []
    last_end = -1
    for f in figures:
        if f.start < last_end:
            if out and f.end > out[-1].end and f.start == out[-1].start:
                out[-1] = f
                last_end = f.end
            continue
        out.append(f)
        last_end = f.end
    return out


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract_figures(
    text: str, start: int = 0, path: str = "", nouns: NounTable | None = None
) -> list[Figure]:
    """Extract the figures of ``text[start:]`` (offsets are into ``text``)."""
    if nouns is not None:
        return Extractor(nouns).extract(text, start, path)
    return default_extractor().extract(text, start, path)
