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
from consistency.extract.kinds import refine_kinds
from consistency.extract.model import Figure
from consistency.extract.nouns import NounTable, default_nouns, looks_plural
from consistency.extract.numwords import (
    NUMBER_WORDS,
    SCALES,
    TENS,
    UNITS,
    WORD_ALTERNATION,
    parse_number_words,
)
from consistency.extract.text import LineIndex, longest_first, lower, split_sentences, trie_pattern
from consistency.recache import re_compile

# --------------------------------------------------------------------------- regexes


def _cap(words) -> str:
    """An alternation matching each word in lower case or with a capital first letter.

    Used instead of re.I on the scanners that run over the whole text: a
    case-insensitive alternation is several times slower in Python's engine.
    """
    out = []
    for w in sorted(words, key=longest_first):
        out.append(f"[{w[0]}{w[0].upper()}]{w[1:]}" if w[0].isalpha() else re.escape(w))
    return "|".join(out)


_trie = trie_pattern

_SPACE_GROUP = "[ \u00a0\u202f\u2009]"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"  # 1,387 / 1,234,567.89
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d])"  # Indian grouping 12,34,567.89
    r"|\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d])"  # European 1.111,11
    rf"|\d{{1,3}}(?:{_SPACE_GROUP}\d{{3}})+(?:\.\d+)?(?![\d]|,\d)"  # 12 400 / 1 234.5
    r"|\d+,\d{1,2}(?=\s?(?:%|per\s?cent\b|percent\b|pct\b))"  # decimal comma: 33,45%
    r"|\d+(?:\.\d+)?(?:[eE][+\-−]?\d+(?![\w]))?(?!\.\d)"  # 3.4, 1.3e6
    r"|\.\d+(?![\d.]))"
)
# In a document that writes decimal commas ("33,45%", "1.234,5"), a bare "2,5" is 2.5 too.
_DIGITS_DECIMAL_COMMA = r"(?:\d{1,3}(?:\.\d{3})*,\d+(?![\d,])|" + _DIGITS[3:]
_DECIMAL_COMMA_DOC = re_compile(
    r",(?:(?<=\d,)\d{1,2}\s?(?:%|per\s?cent|percent)|(?<=\d\.\d{3},)\d{1,2}(?!\d))"
)
_FRACTION_DENOMS = (
    r"halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|twelfths?|sixteenths?|twentieths?|hundredths?|thousandths?|millionths?"
)
_SPECIAL = (
    r"[hH]alf\s+a\s+dozen|[aA]\s+dozen|[aA]\s+pair\s+of|[aA]\s+couple\s+of|[aA]\s+single"
    rf"|[sS]ingle|[bB]oth|[aA]\s+half|[hH]alf|[aA]n?\s+(?:{_FRACTION_DENOMS})|[qQ]uarter"
    r"|[½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚]"
)
_NEG_WORD = r"(?:(?P<neg>[mM]inus|[nN]egative)\s+)?"


def _master(digits: str) -> re.Pattern[str]:
    words = _cap(NUMBER_WORDS)
    return re_compile(
        # a cheap gate first: only a digit, a fraction glyph or a word start that can
        # begin a number word is worth trying the alternatives at
        r"(?<![A-Za-z])(?=[\d.½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚abefhmnoqstzABEFHMNOQSTZ])"
        rf"(?:(?P<digits>(?<![\w.,]){digits})"
        rf"|(?P<special>\b(?:{_SPECIAL})(?![\w-]))"
        rf"|(?P<words>\b{_NEG_WORD}(?:[aA]\s+(?=(?:hundred|thousand|million|billion)\b))?"
        rf"(?:{words})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{words}))*\b))"
    )


def _candidates() -> re.Pattern[str]:
    """Where a master match can start: a digit, a point or a fraction glyph not
    inside a word or number, or a word start whose first letters begin a number
    word. A character class leads, so the engine skips everything else in C."""
    words = sorted(
        set(NUMBER_WORDS)
        | {"half", "single", "both", "quarter", "minus", "negative"}
        | {d for d in re.findall(r"[a-z]+", _FRACTION_DENOMS)}
    )
    by_first: dict[str, set[str]] = {}
    for w in words:
        by_first.setdefault(w[0], set()).add(w[1:4])
    by_first.setdefault("a", set()).update({"\x00"})
    branches = []
    for first, rests in sorted(by_first.items()):
        alts = [r for r in rests if r != "\x00"]
        body = _trie(alts) if alts else ""
        if "\x00" in rests:  # "a dozen", "an eighth", "a hundred": "a"/"an" + space
            body = (body + "|" if body else "") + r"n?\s"
        branches.append(f"(?<=[{first}{first.upper()}])(?:{body})")
    letters = "".join(sorted(by_first)) + "".join(sorted(by_first)).upper()
    glyphs = "½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚"
    return re_compile(
        rf"[\d.{glyphs}{letters}](?:(?<=[{glyphs}])|(?<=[\d.])(?<![\w.,].)"
        rf"|(?<![A-Za-z].)(?:{'|'.join(branches)}))"
    )


_CANDIDATE = _candidates()
_GLYPHS_CLASS = "½¼¾⅓⅔⅛⅜⅝⅞⅕⅖⅗⅘⅙⅚"
#: Where a digit match can start: a digit or point not inside a word or number,
#: or a fraction glyph.
_DIGIT_CANDIDATE = re_compile(rf"[\d.{_GLYPHS_CLASS}](?:(?<=[{_GLYPHS_CLASS}])|(?<![\w.,].))")
#: Beginnings of the words a number phrase can start with, or (after "a"/"an") go
#: on with ("fif": fifteen, fifty, fifth): their occurrences at a word start, found
#: by substring search in the lower-cased text, are where a word match can start.
_WORD_KEYWORDS = tuple(
    """zero one two three four five six seven eight nin ten eleven twe thir fif forty hundred
    thousand million billion trillion minus negative half halv single both quarter dozen pair
    couple""".split()
)


def _word_candidates(low: str, start: int) -> list[int]:
    """Ascending offsets where a number phrase in words may start (a superset)."""
    out = []
    find = low.find
    for w in _WORD_KEYWORDS:  # each begins every number word it stands for
        i = find(w, start)
        while i >= 0:
            if i and low[i - 1].isalpha():  # inside a word: not a start
                i = find(w, i + 1)
                continue
            out.append(i)
            # "a dozen", "an eighth", "a hundred": the phrase starts at the article
            j = i
            while j > start and low[j - 1].isspace():
                j -= 1
            if j < i:
                if low[j - 1 : j] == "a":
                    out.append(j - 1)
                elif low[j - 2 : j] == "an":
                    out.append(j - 2)
            i = find(w, i + 1)
    return sorted(set(out))


_MASTER = _master(_DIGITS)
_MASTER_DECIMAL_COMMA = _master(_DIGITS_DECIMAL_COMMA)
_WORD_TOKEN = re_compile(r"[A-Za-z]+")

_MONTH = r"(?:" + "|".join(sorted(lx.MONTHS, key=longest_first)) + r")\.?"
_WEEKDAY = r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+(?:the\s+)?"
_DATE = re_compile(
    r"(?<![A-Za-z\d])(?=[\dJFMASONDTWjfmasondtw])"
    rf"(?:{_WEEKDAY})?(?:"
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])(?:,?(?:[ \t]+|[ \t]*\n[ \t]*)(?P<y1>\d{{4}})(?!\d))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?(?:[ \t]+|[ \t]*\n[ \t]*)(?P<y2>\d{{4}})(?!\d))?"
    r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})(?!\d)"
    r"|(?<![\d.])(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4}|\d{2})(?![\d.]\d)"
    r"|(?<![\d/])(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>\d{4}|\d{2})(?![\d/])"
    rf"|(?P<m6>{_MONTH})\s+(?P<y6>\d{{4}})(?!\d)"
    r")\b",
    re.I,
)
# Whole-text scanners start with a character class (never a lookaround), so the
# engine's fast scan for that class applies; lookbehinds come after the first
# consumed character.
# Every date names a month or has two numeric separators ("3/4/2020", "2024-05-01"):
# the date pattern is only tried in a window around such an anchor. Month names
# count here when capitalised (as news prose writes them); a lowercase month next
# to a number is caught number by number (``_LOWER_MONTH_*``).
_DATE_ANCHOR = re_compile(
    r"[-./ADFJMNOS](?:(?<=\d[-./])(?=\d\d?[-./]\d)"
    r"|(?<![A-Za-z\d].)(?i:(?<=j)an|(?<=f)eb|(?<=m)a[ry]|(?<=a)(?:pr|ug)|(?<=j)u[nl]"
    r"|(?<=s)ep|(?<=o)ct|(?<=n)ov|(?<=d)ec))"
)
# Before a month name a date can only have a day number or a weekday.
_DATE_LEAD = re_compile(r"\d|[dD][aA][yY]")


def _date_matches(text: str, start: int):
    """``_DATE.finditer(text, start)`` near anchors (capitalised month names)."""
    pos = start
    for a in _DATE_ANCHOR.finditer(text, start):
        h = a.start()
        if h < pos:
            continue
        if text[h].isalpha() and not _DATE_LEAD.search(text, max(pos, h - 16), h):
            m = _DATE.match(text, h)  # nothing of a date can stand before the month
        else:
            m = _DATE.search(text, max(pos, h - 32), h + 48)
            if m is not None and m.start() <= h:
                m = _DATE.match(text, m.start())
            else:
                m = None
        if m is not None:
            yield m
            pos = m.end()


_LOWER_MONTH_BEFORE_REV = re_compile(
    r"\s+\.?(?:" + _trie(m[::-1] for m in lx.MONTHS) + r")(?![A-Za-z])"
)
_MONTH_AFTER_FIRST = frozenset(" \t\n\u00a0\u202f\u2009snrt")
_LOWER_MONTH_AFTER = re_compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _trie(lx.MONTHS) + r")(?![a-z])"
)


def _anchored(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, start: int, back: int, ahead: int
):
    """``pattern.finditer(text, start)`` for a pattern each match of which contains
    an ``anchor`` match starting at most ``back`` characters after the match start
    and ends within ``ahead`` characters of it: the pattern is tried near anchors only.
    Anchors are one character long (the rest is lookahead), so none hides another."""
    return _anchored_at(
        pattern, (a.start() for a in anchor.finditer(text, start)), text, start, back, ahead
    )


def _anchored_at(pattern: re.Pattern[str], anchors, text: str, start: int, back: int, ahead: int):
    """As ``_anchored``, with the anchor positions given (ascending)."""
    pos = start
    for h in anchors:
        if h < pos:
            continue
        m = pattern.search(text, max(pos, h - back), h + ahead)
        if m is None or m.start() > h:
            continue
        full = pattern.match(text, m.start())
        if full is not None:
            yield full
            pos = full.end()


# every time has ":"/"." and two digits after a digit, or "am"/"pm" after a digit
_TIME_ANCHOR = re_compile(
    r"[:.mM](?:(?<=\d[:.])(?=\d\d)|(?<=\d[aApP][mM])|(?<=\d\s[aApP][mM])|(?<=\d[aApP]\.[mM])"
    r"|(?<=\d\s[aApP]\.[mM]))"
)
_TIME = re_compile(
    r"\d(?<![\d.:]\d)\d?(?:[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\s?[ap]\.m\.|\s?[ap]m\b)"
    r"(?:\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|MSK|local time))?",
    re.I,
)
_PHONE = re_compile(
    r"[+(\d](?:(?<=\+)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"
    r"|(?<=\()\d{3}\)\s?\d{3}-\d{4}|(?<!\w\d)(?<=\d)\d{2}-\d{3}-\d{4}\b)"
)
# a phone number has a "+", a "(", or "ddd-dddd" in it
_PHONE_ANCHOR = re_compile(r"[+(-](?:(?<=[+(])(?=\d)|(?<=\d-)(?=\d{3}-\d))")
_CURRENCY_SYMBOL_AFTER = re_compile(r"\s?(?P<cur>[$€£¥₹₽₴元₩₺₪₦₱₡₾₭₿])(?![\w$€£])(?!\s?\d)")
_CURRENCY_CODE_AFTER = re_compile(r"\s?(?P<cur>" + _trie(lx.CURRENCY_CODES) + r")(?![\w$])", re.I)
_POUNDS_MONEY = re_compile(r"\s(?:pounds|pound)\b(?!\s+of\b)", re.I)
_TEMPERATURE_CUES = re_compile(
    r"temperat|degree|°|celsius|fahrenheit|heat|hot|cold|warm|cool|chill|freez|frost|weather"
    r"|thermo|forecast|high of|low of|highs|lows|climb|soar|swelter|scorch",
    re.I,
)
_AFTER_TEMPERATURE = re_compile(
    r"\s*(?:$|[^\w\s]|(?:in|on|at|and|or|by|to|across|as|with|while|for)\b)"
)


def _temperature_context(text: str, start: int, end: int) -> bool:
    """ "40C" is a temperature near weather words or before a preposition, not in "13F filing"."""
    if _TEMPERATURE_CUES.search(text, max(0, start - 80), min(len(text), end + 60)):
        return True
    return _AFTER_TEMPERATURE.match(text, end) is not None


_MINUS_WORD_BEFORE = re_compile(r"(?<![\w-])(?:minus|negative)\s+$", re.I)
_GLUED_OK = frozenset(
    "k m b t bn mn mln bln tn trn tln mil mm st nd rd th lbs kms kgs pct pp pc p".split()
)
_GLUED_TAIL = re_compile(r"[A-Za-zµμ°/]+")
_URL = re_compile(r"[hHwW](?:ttps?://|ww\.)[^\s<>\"')\]]+")
_EMAIL = re_compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# "192.168.1.2", "v2.3.1": dotted identifiers, not figures.
_DOTTED_ID = re_compile(r"\d(?<![\w.]\d)\d*(?:\.\d+){2,}(?![\w.]*\d)")
_DOTTED_ANCHOR = re_compile(r"\.(?<=\d\.)(?=\d+\.\d)")


# "://" or "www." is in every URL (found by substring search); a dash or slash
# after a year is in every year span
def _find_all(text: str, needle: str, start: int) -> list[int]:
    out = []
    i = text.find(needle, start)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


_FISCAL_YEAR_ANCHOR = re_compile(r"[-–/](?<=(?:18|19|20)\d\d[-–/])(?=\d\d)")
_FISCAL_YEAR = re_compile(
    r"(?P<y1>(?:18|19|20)(?<![\w.,-]\d\d)\d\d)[-–/](?P<y2>\d\d|(?:18|19|20)\d\d)(?![\w-])"
)
_FRACTION = re_compile(r"(?=\d)(?<![\w/.])(?:(?P<whole>\d+)\s+)?(?P<num>\d+)/(?P<den>\d+)(?![\w/])")

_UNIT_RE = re_compile(r"\s?(?P<unit>" + _trie(lx.UNITS) + r")(?![\w°/²³])", re.I)
_GLUED_SCALE = re_compile(r"(?P<scale>bn|mn|mln|bln|tn|trn|tln|mil|mm|k|m|b|t)(?![\w])", re.I)
_SPACED_SCALE = re_compile(
    r"[\s-](?P<scale>hundred|thousand|million|billion|trillion|mln|bln|mn|bn|tn|tln|lakh|crore"
    r"|dozens?|k(?=\s*[^\w\s]|\s*$))(?![\w])",
    re.I,
)
_PERCENT = re_compile(
    r"\s?(?P<pp>percentage[- ]points?|pp\b|ppts?\b)|\s?(?P<pct>%|per\s?cent\b|pct\b|percent\b)"
    r"|(?P<pc>(?-i:pc)\b)",  # "2.9pc", glued and lower case only (UK press)
    re.I,
)
_FRACTION_OF_SCALE_SPECIALS = frozenset({"half", "a half", "quarter", "fraction"})
_FRACTION_OF_SCALE = re_compile(
    r"\s+(?:of\s+)?(?:a|one)\s+(?P<scale>thousand|million|billion|trillion)\b", re.I
)
_POINTS = re_compile(r"\s(?P<points>points?)\b", re.I)
_CURRENCY_WORD = re_compile(r"\s(?P<cur>" + _trie(lx.CURRENCY_WORDS) + r")\b", re.I)
_CURRENCY_BEFORE = re_compile(
    r"(?P<cur>(?<![A-Za-z'’])(?i:u\.?s\.?|hk|nz|aud?|cad?|usd|nzd|mxn|mex|s|r|c)\s?\$"
    r"|(?<![A-Za-z])A\$"
    r"|[$£€¥₹₽₴₩₺₪₦₱₡₾₭₿]|(?<![A-Za-z])(?:"
    + "|".join(sorted((c.upper() for c in lx.CURRENCY_CODES), key=longest_first))
    + "|"
    + "|".join(sorted(lx.LOWERCASE_CODES, key=longest_first))
    + r")|\bRs\.?)\s?$"
)
_SYMBOL_KEYS = {re.sub(r"[\s.]", "", k): v for k, v in lx.CURRENCY_SYMBOLS.items()}
_ORDINAL_SUFFIX = re_compile(r"(?:st|nd|rd|th)\b", re.I)
_HYPHEN_ADJ = re_compile(r"-(?P<adj>[a-z]+(?:-[a-z]+)*)\b")
_CURRENCY_REPEAT = re_compile(
    r"(?:(?:US|A|C|HK|NZ|S|R)\s?\$|[$£€¥₹₽₴₩₺₪₦₱]|(?:USD|EUR|GBP|JPY|CNY|INR|RUB|CHF)\s)\s?"
)
_RANGE_FIRST = frozenset(" \t\n\r\u00a0\u202f\u2009-–—~tTaAoO")
_RANGE_SEP = re_compile(r"\s*(?:-\s*to\b|-|–|—|~|to\b|through\b|thru\b|or\b|and\b)\s*", re.I)
# "rose from 8,000 to 9,000" is a change between two figures, not a range.
_CHANGE_BEFORE = re_compile(
    r"\b(?:ris|rose|fell|fall|increas|decreas|grew|grow|climb|drop|jump|went|go(?:es|ne)?\b"
    r"|cut|rais|reduc|lower|lift|boost|slash|narrow|widen|chang|revis|shr[ai]nk|soar|surg"
    r"|plung|tumbl|declin|slid|sank|sink|dip|expand|doubl|tripl|halv|mov|shift|swung|swing"
    r"|edg|improv|worsen|upgrad|downgrad|advanc|gain|los[te]|extend|add|push|pull|br[oi]ng"
    r"|hik|trim|spik|rebound|recover|slump|tumbl|balloon|swell|swoll|accelerat|slow|up\b"
    r"|down\b)\w*[^.;:]{0,40}$",
    re.I,
)
# "rose 3p to 151.2p", "fell 5 to 95 pence": a change by the first figure to the
# second, when the second is far larger than a range's other end would be. ("rose by
# 766 to 14,681" stays one figure for now: the series tables read that form as a range.)
_CHANGE_JUST_BEFORE = re_compile(
    _CHANGE_BEFORE.pattern.replace(r"\w*[^.;:]{0,40}$", r"\w*\s+(?:an?\s+)?$"), re.I
)
# Qualifiers stand just before the number: matched on the reversed window
# (``window[::-1]``) with reversed words, so one anchored ``match`` replaces a
# ``$``-anchored search that would try every position of the window.
_QUALIFIER_BEFORE_REV = re_compile(
    r"(?:\s+(?:rehtona|rehtruf\s+a|lanoitidda\s+na|artxe\s+na))?\s*(?P<q>"
    + _trie(q[::-1] for q in lx.QUALIFIER_BEFORE)
    + r")(?:$|(?<=[<>≤≥=~])|(?=[\s(\"“]))",
    re.I,
)
# Identifier words ("Gate 12") and "No. 5", also read backwards.
_MODEL_SUFFIX = re_compile(r"\s(?:MAX|NEO|neo|Max)\b")
_TIMEZONE_AFTER = re_compile(r"\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK|ET|EET)\b")
_ID_WORD_REV = re_compile(r"\s([A-Za-z]*[A-Z])(?![\w])")
_NUMBER_ABBR_REV = re_compile(r"\s?\.(?:oN|soN|rN|on)\b")
_CURRENCY_GATE = frozenset("$£€¥₹₽₴₩₺₪₦₱₡₾₭₿.")
_QUALIFIER_AFTER_FIRST = frozenset(" \t\n\r\u00a0\u202f\u2009+-")
_QUALIFIER_AFTER = re_compile(
    r"(?P<q>\s+(?:or|and)\s+(?:more|so|fewer|less|greater|higher|above|over|lower|below"
    r"|under|up|upwards|upward)\b|\+(?!\d)|-plus\b|\s+plus\b(?=\s*(?:[.,;:)]|$))|-odd\b)",
    re.I,
)
# "drones over three regions", "seven each over two": locative "over", not "more than".
_LOCATIVE_BEFORE = re_compile(
    r"(?:\b[a-z]{3,}s|\beach|\d|\b(?:down|up|out|shot|downed|intercepted|destroyed|flying"
    r"|fell|crashed|hit|seen|spotted|flew|overnight|night|today|yesterday|morning|evening"
    r"|afternoon|weekend|attack|strike))\s*$"
)
# A capitalised number word after a capitalised word is part of a name ("Formula One");
# unless the next word is capitalised too (a headline in title case: "Storm Kills Ten People")
_NAME_BEFORE = re_compile(r"\b[A-Z][A-Za-z]*(?:\s+of)?\s+$")
_CAPITAL_AFTER = re_compile(r"\s+[A-Z]")
# "Vision 2030", "Euro 2024": a year named after a capitalised word
_NAME_YEAR_BEFORE = re_compile(r"\b[A-Z][a-z]+\s$")
# "the first half", "third-quarter", "each quarter": a part of a period, not a fraction
_PERIOD_PART_BEFORE = re_compile(
    r"\b(?:the|first|second|third|fourth|final|last|this|that|next|previous|same|each|every"
    r"|per|latest|opening|other|closing|earlier|later|prior|calendar|fiscal|financial"
    r"|january|february|march|april|may|june|july|august|september|october|november"
    r"|december)[\s-]+$",
    re.I,
)
# "spend £650 million over five years", "rose 5% over two years", "talks over three
# days": "over" a period after an amount or a plural noun means during, not "more than"
# ("for over 10 years", "lasted over three hours" stay bounds).
_PERIOD_OVER_BEFORE = re_compile(
    r"(?:\d|%|\b(?:million|billion|trillion|bn|mn|m|k|cent|percent|points?|spread|stretched"
    r"|staggered|phased|paid|repaid|payable|spent|invested|raised|rose|fell|grew|jumped"
    r"|increased|decreased|declined|climbed|dropped)"
    r"|\b(?!(?:take|last|need|require|remain|run|wa|ha|i|doe|goe|mean)s\b)[a-z]{3,}s)\s*$",
    re.I,
)
_FIGURE_BEFORE = re_compile(r"(?:\d|\beach|\b(?:" + WORD_ALTERNATION + r"))\s*$", re.I)
_BETWEEN_BEFORE = re_compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE = re_compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)
_RANGING_BEFORE = re_compile(r"\b(?:rang\w*|anywhere|var\w*|estimates?)\b[^.;]{0,20}$", re.I)
_COUNT_AFTER = re_compile(r"\s+(?:over|across|each|apiece|of\s+(?:them|these|those|which))\b")
_YEAR_BEFORE = re_compile(
    r"\b(?:in|since|by|of|from|until|till|before|after|during|year|season|fiscal|early|late|mid"
    r"|summer|winter|spring|autumn|fall|circa|c\.)[\s-]*$|['’]s\s*$",
    re.I,
)
_OR_EQUAL_AFTER = re_compile(r"\s+or\s+equal(?:s|\s+to)?\b(?!\s*(?:than\b|to\b|[-−$£€]?\d))", re.I)
# "more than 40 and less than 60", "5000 or more than 4500", "and below 1500":
# the words after the number qualify the next one, not this one
_NEXT_QUALIFIED = re_compile(
    r"\s*(?:(?:than|to|or\s+equal(?:\s+(?:than|to))?)\b\s*)?(?:[-−$£€¥]?\d|(?:"
    + WORD_ALTERNATION
    + r"|an?\s+(?:half|quarter|third|dozen))\b)",
    re.I,
)
_W = r"([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)"
_NOUN_WORDS5 = re_compile(rf"\s+{_W}(?:\s+{_W}(?:\s+{_W}(?:\s+{_W}(?:\s+{_W})?)?)?)?")
_NEXT_WORD = re_compile(r"\s([a-z][a-z'’-]*)")
_OF_NOUN = re_compile(r"\s+of\s+(?:the\s+)?(?P<phrase>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
# the same, read backwards from the number (one anchored match on the reversed window)
_NOUN_BEFORE_REV = re_compile(
    r"(?:\(|\s?[-–—]\s)\s*(?P<phrase>(?:[a-z-]*[a-z]\s+){0,3}[a-z-]*[A-Za-z])"
)

# Words that end a counted-noun phrase.
#: Nouns ending in -ing that can be counted ("three buildings" is plural anyway).
_ING_NOUNS = frozenset({"building", "sibling", "offspring", "king", "wing", "ring", "string"})
_STOP = frozenset(
    """of in on at over across from to for by with into onto toward towards near around above
    through throughout along amid amidst beyond past upon behind beside inside outside
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
# "both" counts two things when they follow: "both of", "both sides", "both (the)
# Kursk and Bryansk regions", "both Nizhny Novgorod and Kursk"
_BOTH_COUNTS = re_compile(
    r"\s+(?:of\b|(?:the\s+|these\s+|those\s+)?[a-z]+s\b"
    r"|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}and\b)"
)
# "over both Kursk and Bryansk": after a preposition, "both" only introduces the places
_PLACE_PREPOSITION_REV = re_compile(r"\s+(?:revo|ni|ssorca|ta|morf|no|rof|ot|neewteb|fo|yb)\b")
_BOTH_PLACES = re_compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}and\b")
_ONE_PRONOUN_AFTER = re_compile(
    r"\s+(?:of\s+(?:the\s+(?:most|best|worst|largest|biggest|first|last|few|main|key|many)"
    r"|its|his|her|their|our|my|your)|another|that|who|which|day|way|thing|side)\b",
    re.I,
)
_ONE_PRONOUN_BEFORE = re_compile(
    r"\b(?:no|any|every|each|some|the|this|that|which|no-|someone|anyone)\s*$", re.I
)


# Vague amounts: not figures in the table, but a breakdown needs to know that
# "smaller numbers ... over Belgorod and Moscow" means at least one each.
# (first letter as a class, then the rest by that letter: the engine's fast scan
# for the class applies)
_VAGUE = re_compile(
    r"(?P<v>[sSlLfFuUaAdDhHtT](?<!\w.)(?i:"
    r"(?<=[sS])(?:maller\s+numbers?|mall\s+numbers?|everal)"
    r"|(?<=[lL])esser\s+numbers?|(?<=[fF])ewer\s+numbers?"
    r"|(?<=[uU])n(?:specified|known|disclosed)\s+numbers?"
    r"|(?<=[aA])\s+(?:few|handful)|(?<=[dD])ozens|(?<=[hH])undreds"
    r"|(?<=[tT])(?:housands|ens\s+of\s+thousands|he\s+same\s+(?:number|amount))"
    r"))(?i:(?=\s+(?:of\s+)?[a-z]))"
)
_VAGUE_BOUNDS = {
    "a few": (2.0, 9.0), "a handful": (2.0, 9.0), "several": (2.0, 9.0),
    "dozens": (24.0, 199.0), "hundreds": (200.0, 1999.0), "thousands": (2000.0, 19999.0),
    "tens of thousands": (20000.0, 99999.0),
}  # fmt: skip


#: One of these is in every vague amount: the pattern is tried near them only.
_VAGUE_KEYWORDS = (
    "number",
    "amount",
    "few",
    "handful",
    "several",
    "dozens",
    "hundreds",
    "thousands",
)


def _keyword_positions(low: str, start: int, keywords) -> list[int]:
    """Ascending start offsets of ``keywords`` in ``low`` (lower-cased text)."""
    out = []
    for w in keywords:
        i = low.find(w, start)
        while i >= 0:
            out.append(i)
            i = low.find(w, i + 1)
    out.sort()
    return out


def _vague_figures(
    text: str, start: int, extractor: Extractor, low: str | None = None
) -> list[Figure]:
    out = []
    if low is not None and len(low) == len(text):
        matches = _anchored_at(
            _VAGUE, _keyword_positions(low, start, _VAGUE_KEYWORDS), text, start, 24, 48
        )
    else:
        matches = _VAGUE.finditer(text, start)
    for m in matches:
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


#: "another had returned to Russia", "while another was intercepted": the pronoun
#: counts one more of what the sentence counts (a list of outcomes needs it).
_ANOTHER = re_compile(
    r"\b[Aa]nother(?=\s+(?:had|has|was|were|is|returned|crashed|fell|landed|went|flew"
    r"|hit|exploded|died|remains?|remained)\b)"
)


def _another_figures(text: str, start: int, low: str | None = None) -> list[Figure]:
    if low is not None and "another" not in low:
        return []
    out = []
    for m in _ANOTHER.finditer(text, start):
        fig = Figure(m.start(), m.end(), m.group(0), 1.0, 1.0, 1.0)
        fig.digits = "1"
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
    url_at = sorted(
        [i for i in _find_all(text, "://", start)] + [i - 1 for i in _find_all(text, "ww.", start)]
    )
    for m in _anchored_at(_URL, url_at, text, start, 8, 16):
        spans.append((m.start(), m.end()))
    at = text.find("@", start)
    while at >= 0:  # e-mail addresses: only looked for around an "@"
        m = _EMAIL.search(text, max(start, at - 64), at + 256)
        if m and m.start() <= at < m.end():
            spans.append((m.start(), m.end()))
        at = text.find("@", at + 1)
    for m in _anchored(_DOTTED_ID, _DOTTED_ANCHOR, text, start, 24, 40):
        spans.append((m.start(), m.end()))
    for m in _anchored(_FISCAL_YEAR, _FISCAL_YEAR_ANCHOR, text, start, 4, 16):
        y1 = int(m.group("y1"))
        y2 = int(m.group("y2"))
        if len(m.group("y2")) == 2:
            y2 += y1 // 100 * 100
        if 1800 <= y1 < y2 <= y1 + 5:
            fig = Figure(m.start(), m.end(), m.group(0), float(y1), float(y1), float(y2))
            fig.kind, fig.qualifier, fig.value_high = "year", "range", float(y2)
            figures.append(fig)
            spans.append((m.start(), m.end()))
    for m in _anchored(_PHONE, _PHONE_ANCHOR, text, start, 8, 40):
        if sum(c.isdigit() for c in m.group(0)) >= 9:
            spans.append((m.start(), m.end()))
    for m in _date_matches(text, start):
        fig = _date_figure(m)
        if fig is not None:
            figures.append(fig)
            spans.append((m.start(), m.end()))
    for m in _anchored(_TIME, _TIME_ANCHOR, text, start, 8, 40):
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


def _uses_decimal_commas(text: str, start: int) -> bool:
    """A document that writes "33,45%" or "1.234,5" uses decimal commas throughout."""
    return _DECIMAL_COMMA_DOC.search(text, start) is not None


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


def _prefix_gate(surfaces) -> tuple[frozenset[str], frozenset[str]]:
    """First characters (one-character surfaces) and first two characters (longer
    ones), lower case: a suffix pattern can only match where these follow."""
    surfaces = [x.lower() for x in surfaces]
    return (
        frozenset(x for x in surfaces if len(x) == 1),
        frozenset(x[:2] for x in surfaces if len(x) >= 2),
    )


def _gated(peek: str, gate: tuple[frozenset[str], frozenset[str]]) -> bool:
    """``peek`` (the next characters, lower case) can begin one of the surfaces."""
    return peek[:1] in gate[0] or peek[:2] in gate[1]


def _peek(text: str, e: int) -> tuple[str, str]:
    """(two characters after one whitespace or hyphen at ``e``, or "" if there is none;
    two characters after ``e`` skipping one optional whitespace), lower case."""
    c = text[e : e + 1]
    if c.isspace():
        nxt = text[e + 1 : e + 3].lower()
        return nxt, nxt
    if c == "-":
        return text[e + 1 : e + 3].lower(), "-"
    return "", text[e : e + 2].lower()


_G_UNIT = _prefix_gate(lx.UNITS)
_G_PERCENT = _prefix_gate(["%", "pp", "ppt", "pct", "per cent", "percent", "percentage"])
_G_CODE = _prefix_gate(lx.CURRENCY_CODES)
_G_CURRENCY_WORD = _prefix_gate(lx.CURRENCY_WORDS)
_G_SCALE = _prefix_gate(
    "hundred thousand million billion trillion mln bln mn bn tn tln lakh crore dozen k".split()
)
_CURRENCY_SYMBOL_CHARS = frozenset("$€£¥₹₽₴元₩₺₪₦₱₡₾₭₿")
#: Characters that can start a suffix glued to the number (lower case).
_SUFFIX_FIRST = (
    frozenset(u[0] for u in lx.UNITS)
    | _CURRENCY_SYMBOL_CHARS
    | frozenset(c[0] for c in lx.CURRENCY_CODES)
    | frozenset("%pbmkts-nr")
)


def _is_four_digits(s: str) -> bool:
    return len(s) == 4 and s.isascii() and s.isdigit()


_SPACES = re_compile(r"[\s\u00a0\u202f\u2009]")
_EXP = re_compile(r"[eE]([+\-−]?\d+)$")


def _parse_digits(s: str) -> tuple[float, int]:
    """Value and number of stated decimals (-1: an integer) of a digit string."""
    if s.isdigit() and s.isascii():
        return float(s), -1
    exp = 0
    em = _EXP.search(s)
    if em:
        exp = int(em.group(1).replace("−", "-"))
        s = s[: em.start()]
    if not s.isascii() or " " in s:
        s = _SPACES.sub("", s)
    if "," in s and ("." not in s or s.rfind(",") > s.rfind(".")):
        tail = s.rsplit(",", 1)[1]
        if len(tail) != 3 or "." in s:  # a decimal comma: "33,45", "1.111,11"
            s = s.replace(".", "").replace(",", ".")
    clean = s.replace(",", "")
    decimals = len(clean.split(".", 1)[1]) if "." in clean else -1
    value = float(clean)
    if exp:
        # "1e400" is past any float: read it as infinite (it takes part in no check)
        value = value * 10.0**exp if -300 < exp < 300 else (math.inf if exp > 0 else 0.0)
        decimals = -1
    return value, decimals


_DENOM_VALUES = {
    "half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "sixteenth": 16,
    "twentieth": 20, "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
}  # fmt: skip
_GLYPHS = {
    "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375,
    "⅝": 0.625, "⅞": 0.875, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6,
}  # fmt: skip
_SPECIAL_VALUES = {
    "half a dozen": 6, "a dozen": 12, "a pair of": 2, "a couple of": 2, "a single": 1,
    "single": 1, "both": 2, "a half": 0.5, "half": 0.5, "quarter": 0.25,
}  # fmt: skip
#: Specials that are fractions of a whole ("a third of voters"), not counts.
FRACTION_SPECIALS = frozenset({"a half", "half", "quarter"})
_DENOM_AFTER = re_compile(rf"(?:\s+|\s*-\s*)(?P<d>{_FRACTION_DENOMS})(?![\w-])", re.I)
_AND_FRACTION_AFTER = re_compile(
    rf"\s+and\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    rf"(?P<d>{_FRACTION_DENOMS})(?![\w-])",
    re.I,
)
_POINT_AFTER = re_compile(
    r"\s+point(?P<ds>(?:[\s-]+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine))+)"
    r"(?![\w-])",
    re.I,
)
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


def _denom(word: str) -> int:
    w = word.lower()
    if w.endswith("s") and w[:-1] in _DENOM_VALUES:
        w = w[:-1]
    if w == "halves":
        w = "half"
    return _DENOM_VALUES.get(w, 0)


def fraction_follows_ok(text: str, end: int) -> bool:
    """After "a third" / "one fifth": a fraction unless a noun follows ("a third term")."""
    m = re.match(r"\s*(?P<w>[A-Za-z]+)?", text[end : end + 30])
    nxt = text[end : end + 2]
    if nxt[:1] in ("-",) and nxt[1:2].isalpha():
        return False
    w = m.group("w") if m else None
    if not w or not text[end : end + 1].isspace():
        return True
    lw = w.lower()
    return (
        lw in _STOP
        or lw in SCALES
        or lw in lx.UNITS
        or lw in ("percent", "cent", "last", "next", "yesterday", "overall", "compared")
    )


def _scan_number(text: str, m: re.Match) -> _Num | None:
    """Turn a master-regex match into a number; None if it is not one."""
    if m.group("digits") is not None:
        s = m.group("digits")
        value, decimals = _parse_digits(s)
        return _Num(m.start(), m.end(), value, s, decimals, False)
    if m.group("special") is not None:
        s = m.group("special")
        key = re.sub(r"\s+", " ", s.lower())
        if key in _GLYPHS:
            return _Num(m.start(), m.end(), _GLYPHS[key], s, -1, True, special="glyph")
        if key in _SPECIAL_VALUES:
            return _Num(m.start(), m.end(), float(_SPECIAL_VALUES[key]), s, -1, True, special=key)
        # "a third", "an eighth"
        d = _denom(key.split()[-1])
        if not d or key.split()[-1].endswith("s") or not fraction_follows_ok(text, m.end()):
            return None
        return _Num(m.start(), m.end(), 1.0 / d, s, -1, True, special="fraction")
    s = m.group("words")
    neg = m.group("neg")
    w_start = m.start("words")
    if neg:
        w_start += len(s) - len(s[len(neg) :].lstrip())
    tokens = [
        (t.group(0).lower(), t.start(), t.end())
        for t in _WORD_TOKEN.finditer(text, w_start, m.end("words"))
    ]
    parsed = parse_number_words([t[0] for t in tokens])
    if parsed is None:
        return None
    value, used = parsed
    end = tokens[used - 1][2]
    special = ""
    # "five and a half", "one hundred and three quarters"
    am = _AND_FRACTION_AFTER.match(text, end)
    if am:
        n_word = am.group("n").lower()
        n = 1 if n_word in ("a", "an") else UNITS[n_word]
        d = _denom(am.group("d"))
        if d and (n == 1) == (
            not am.group("d").lower().endswith("s") or am.group("d").lower() == "halves"
        ):
            value += n / d
            end = am.end()
    else:
        # "two thirds", "one-eighth", "twenty-three fifths"
        dm = _DENOM_AFTER.match(text, end)
        if dm:
            d = _denom(dm.group("d"))
            plural = dm.group("d").lower().endswith("s")
            if d and (plural or (value == 1 and fraction_follows_ok(text, dm.end()))):
                if plural or value == 1:
                    words_used = [t[0] for t in tokens[:used]]
                    if "and" in words_used[1:]:
                        # "one hundred and three quarters": only the part after
                        # "and" is over the denominator
                        k = len(words_used) - 1 - words_used[::-1].index("and")
                        head = parse_number_words(words_used[:k])
                        tail = parse_number_words(words_used[k + 1 :])
                        if head and tail and head[1] == k and tail[1] == len(words_used) - k - 1:
                            value = head[0] + tail[0] / d
                        else:
                            value = value / d
                    else:
                        value = value / d
                    end = dm.end()
                    special = "fraction" if value < 1 else ""
        else:
            pm = _POINT_AFTER.match(text, end)
            if pm:
                ds = "".join(
                    _DIGIT_WORDS[w.lower()] for w in re.findall(r"[A-Za-z]+", pm.group("ds"))
                )
                value = float(f"{int(value)}.{ds}")
                end = pm.end()
    start = m.start("words") if neg else m.start()
    if neg:
        value = -value
    num = _Num(start, end, value, text[start:end], -1, True, special=special)
    return num


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
        #: Last words of the synonym table's multi-word phrases.
        self._phrase_ends = frozenset(k.rsplit(" ", 1)[-1] for k in self.nouns._map if " " in k)

    def extract(self, text: str, start: int = 0, path: str = "") -> list[Figure]:
        return self.analyse(text, start, path)[0]

    def analyse(
        self, text: str, start: int = 0, path: str = ""
    ) -> tuple[list[Figure], list[tuple[int, int]]]:
        """Figures plus the sentence spans they were assigned to."""
        sentences = split_sentences(text, start)
        lines = LineIndex(text)
        date_figs, blocked = _blocked_spans(text, start)
        fraction_matches = list(_anchored(_FRACTION, _SLASH, text, start, 24, 24))
        for fm in fraction_matches:
            blocked.append(fm.span())
        blocked.sort()
        blocked_starts = [s for s, _ in blocked]
        figures: list[Figure] = list(date_figs)
        figures.extend(_fraction_figures(text, fraction_matches))
        low = lower(text)
        figures.extend(_vague_figures(text, start, self, low))
        figures.extend(_another_figures(text, start, low))

        master = _MASTER_DECIMAL_COMMA if _uses_decimal_commas(text, start) else _MASTER
        pos = start
        n = len(text)
        if len(low) == n:
            words_at = _word_candidates(low, start)
            words_at.append(n)
        else:
            words_at = None
        wi = 0
        d_at = -1
        while pos < n:
            # the next position where a number can start: a digit candidate or a
            # word candidate, whichever comes first
            if words_at is None:
                c = _CANDIDATE.search(text, pos)
                if c is None:
                    break
                at = c.start()
            else:
                if d_at < pos:
                    dc = _DIGIT_CANDIDATE.search(text, pos)
                    d_at = dc.start() if dc is not None else n
                while words_at[wi] < pos:
                    wi += 1
                at = min(d_at, words_at[wi])
                if at >= n:
                    break
            m = master.match(text, at)
            if m is None:
                pos = at + 1
                continue
            bend = _in_blocked(blocked, blocked_starts, m.start())
            if bend >= 0:
                pos = max(bend, m.start() + 1)
                continue
            num = _scan_number(text, m)
            if num is None:
                pos = m.end()
                continue
            fig, consumed_to = self._build(text, num, master)
            # a range may reach into a blocked span only if it was not blocked
            pos = max(consumed_to, num.end)
            if fig is not None:
                figures.append(fig)

        figures.sort(key=lambda f: f.start)
        figures = _dedupe(figures)
        _share_bracket_qualifiers(text, figures)
        figures = refine_kinds(text, figures)
        sent_starts = [s for s, _ in sentences]
        for f in figures:
            f.path = path
            f.line, f.column = lines.locate(f.start)
            f.sentence = max(0, bisect_right(sent_starts, f.start) - 1)
        attach_context(text, figures, sentences, low)
        return figures, sentences

    # ------------------------------------------------------------------ one figure

    def _build(
        self, text: str, num: _Num, master: re.Pattern[str] = _MASTER
    ) -> tuple[Figure | None, int]:
        s, e = num.start, num.end
        left = text[max(0, s - 40) : s]
        rleft = left[::-1]

        if not num.is_word:
            # a date with a lowercase month ("december 1", "5 march 2020")
            mb = _LOWER_MONTH_BEFORE_REV.match(rleft) if rleft[:1].isspace() else None
            dm = None
            if mb and (mb.end() < len(rleft) or s <= 40):
                dm = _DATE.match(text, s - mb.end())
            elif (
                mb is None
                and (text[e : e + 1] in _MONTH_AFTER_FIRST or text[e : e + 1].isspace())
                and _LOWER_MONTH_AFTER.match(text, e)
            ):
                dm = _DATE.match(text, s)
            if dm is not None and dm.end() >= e:
                dfig = _date_figure(dm)
                if dfig is not None:
                    return dfig, dm.end()
            # Identifiers: "Su-34", "Ka-52", "COVID-19", "M142", "No. 5", "#3".
            if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha():
                word = re.search(r"([A-Za-z]+)-$", left)
                if word and word.group(1).lower() in ("mid", "pre", "post", "early", "late"):
                    pass
                else:
                    return None, e
            if s >= 1 and text[s - 1] in "#№":
                return None, e
            if "." in rleft[:2] and _NUMBER_ABBR_REV.match(rleft):
                return None, e
            idw = _ID_WORD_REV.match(rleft) if rleft[1:2].isalpha() else None
            if idw and idw.group(1)[::-1].lower() in lx.IDENTIFIER_WORDS:
                return None, e
            if rleft.startswith(" P&S") or _MODEL_SUFFIX.match(text, e):
                return None, e  # "the S&P 500", "its 737 MAX aircraft"
            if len(num.digits) == 4 and _TIMEZONE_AFTER.match(text, e):
                hour = float(num.digits[:2])
                return Figure(s, e, num.digits, hour, hour, hour, kind="time"), e  # "1130 GMT"
            # "06F6", "J1149.5+6663", "007": codes, not quantities
            if len(num.digits) > 1 and num.digits[0] == "0" and num.digits[1].isdigit():
                return None, e
            if s >= 2 and text[s - 1] == "+" and text[s - 2].isalnum():
                return None, e
            # a decade: "the 1990s" is a year span, not a count
            if (
                text[e : e + 1] == "s"
                and not text[e + 1 : e + 2].isalnum()
                and _is_four_digits(num.digits)
                and 1800 <= num.value <= 2090
                and num.value % 10 == 0
            ):
                fig = Figure(s, e + 1, text[s : e + 1], num.value, num.value, num.value + 9)
                fig.kind, fig.digits = "year", num.digits
                return fig, e + 1
            # glued letters that are not a unit, scale or ordinal: "5G", "3D", "4x4"
            if e < len(text) and text[e].isalpha():
                tm = _GLUED_TAIL.match(text, e)
                tl = tm.group(0).lower() if tm else text[e]
                after_tail = tm.end() if tm else e + 1
                if after_tail < len(text) and text[after_tail].isdigit() and tl not in lx.UNITS:
                    return None, e
                if not (
                    (tl in lx.UNITS and (tm is None or tm.group(0) != "G"))  # "5G"
                    or tl in _GLUED_OK
                    or tl in lx.CURRENCY_CODES
                    or not text[e].isascii()
                ):
                    return None, e
            if e < len(text) and text[e] == "/" and e + 1 < len(text) and text[e + 1].isdigit():
                return None, e
        else:
            if num.special == "both":
                nxt = text[e : e + 60]
                if not _BOTH_COUNTS.match(nxt):
                    return None, e
                if _PLACE_PREPOSITION_REV.match(rleft) and _BOTH_PLACES.match(nxt):
                    return None, e  # "three each over both Kursk and Bryansk": a determiner
            if num.special == "single":
                nxt = text[e : e + 30]
                if not re.match(r"\s+[a-z]+s\b", nxt):  # "single drones": one each
                    return None, e
            if num.digits.lower() == "one" and (
                _ONE_PRONOUN_AFTER.match(text, e) or _ONE_PRONOUN_BEFORE.search(left)
            ):
                # "that one mile", "the one dollar": a unit after it makes it a measure
                um = _UNIT_RE.match(text, e)
                if not (
                    (um and um.group("unit").lower() not in lx.AMBIGUOUS_SHORT_UNITS)
                    or _CURRENCY_WORD.match(text, e)
                ):
                    return None, e
            if (
                num.digits[:1].isupper()
                and not num.special
                and _NAME_BEFORE.search(left)
                and not _CAPITAL_AFTER.match(text, e)
            ):
                return None, e  # "Formula One", "BBC One", "the Big Four", "Group of Seven"
            if num.special in ("half", "quarter") and _PERIOD_PART_BEFORE.search(left):
                return None, e  # "the first half", "in the fourth quarter": a period

        # ---- currency before
        currency = None
        cur_m = None
        if not num.is_word and s:
            j = s - 2 if text[s - 1].isspace() and s >= 2 else s - 1
            c = text[j]
            # a symbol, a dotted "Rs." / "u.s.", or a 2-3 letter code just before
            if c in _CURRENCY_GATE or (
                c.isalpha()
                and text[j - 1 : j].isalpha()
                and not (text[j - 2 : j - 1].isalpha() and text[j - 3 : j - 2].isalpha())
            ):
                cur_m = _CURRENCY_BEFORE.search(text, max(0, s - 12), s)
        span_start = s
        if cur_m:
            key = re.sub(r"[\s.]", "", cur_m.group("cur").lower())
            currency = _SYMBOL_KEYS.get(key) or lx.CURRENCY_CODES.get(key)
            if currency is None and key.endswith("$"):
                currency = "USD"
            span_start = cur_m.start()
        # ---- sign
        negative = False
        if (
            not num.is_word
            and s >= 1
            and text[s - 1] in "-−"
            and (span_start < s or s < 2 or not text[s - 2].isalnum())
        ):
            negative = True
            span_start = min(span_start, s - 1)
        elif (
            not num.is_word
            and span_start == s
            and ("minus" in (low_left := left.lower()) or "negative" in low_left)
        ):
            nm = _MINUS_WORD_BEFORE.search(left)
            if nm:
                negative = True
                span_start = s - (len(left) - nm.start())

        value = -num.value if negative else num.value
        end, suffix = self._suffix(text, num, currency)
        if suffix.get("currency"):
            currency = suffix["currency"]
        scale = suffix.get("scale", 1.0)

        # ---- ranges: "10-12", "10 to 12", "between 5 and 10", "two or three"
        low_num = None
        high_num = None
        range_signs = (False, False)
        range_end = end
        c_end = text[end : end + 1]
        sep = _RANGE_SEP.match(text, end) if c_end in _RANGE_FIRST or c_end.isspace() else None
        if sep is not None and num.special == "":
            sep_word = sep.group(0).strip().lower()
            m2 = master.match(text, sep.end())
            neg2 = False
            if m2 is None and currency is not None:
                # "between $5 million and $10 million", "€3bn-€4bn": the second end
                # repeats the currency
                cm2 = _CURRENCY_REPEAT.match(text, sep.end())
                if cm2 is not None:
                    m2 = master.match(text, cm2.end())
            if (
                m2 is None
                and sep_word[:1].isalpha()
                and text[sep.end() : sep.end() + 1] in ("-", "−")
                and text[sep.end() + 1 : sep.end() + 2].isdigit()
            ):
                # "from -18 °C to -34 °C": a signed second end
                m2 = master.match(text, sep.end() + 1)
                neg2 = m2 is not None
            ok = m2 is not None and m2.group("special") is None
            if ok:
                lead = left if span_start == s else text[max(0, span_start - 40) : span_start]
                if sep_word == "and" and not _BETWEEN_BEFORE.search(lead):
                    ok = False
                if sep_word.startswith("-") and sep_word.endswith("to"):
                    sep_word = "to"  # "8- to 16-meter"
                if (
                    sep_word == "to"
                    and _FROM_BEFORE.search(lead)
                    and not _RANGING_BEFORE.search(text, max(0, s - 60), s)
                    and _CHANGE_BEFORE.search(text, max(0, s - 70), s)
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
                    and _is_four_digits(num2.digits)
                    and 1800 <= num2.value <= 2100
                    and not _is_four_digits(num.digits or "")
                ):
                    end2, suffix2 = self._suffix(text, num2, currency)
                    compatible = (
                        not suffix
                        # "12 per cent to 345p": a stated unit the second number
                        # lacks reads as a change, not a range
                        or (not suffix2 and not suffix.get("percent") and not suffix.get("unit"))
                        or (
                            suffix.get("unit") == suffix2.get("unit")
                            and suffix.get("percent") == suffix2.get("percent")
                        )
                    )
                    s1 = scale if suffix.get("scale") else suffix2.get("scale", 1.0)
                    v1 = value * s1
                    v2 = num2.value * suffix2.get("scale", s1 if not suffix.get("scale") else 1.0)
                    if neg2:
                        v2 = -v2
                    # ascending, or two negative ends stated outwards ("-18 to -34")
                    if sep_word == "to" and 0 < 4 * v1 < v2 and _CHANGE_JUST_BEFORE.search(lead):
                        compatible = False
                    if compatible and (v1 < v2 or (neg2 and v1 < 0 and v2 < v1)):
                        low_num, high_num = (num, s1), (num2, suffix2.get("scale", s1))
                        range_signs = (negative, neg2)
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
        if (num.special in FRACTION_SPECIALS or num.special in ("fraction", "glyph")) and (
            scale == 1.0 and kind == "count"
        ):
            kind = "fraction"

        # ---- years: bare 4-digit numbers in the calendar range
        is_year = (
            not num.is_word
            and kind == "count"
            and _is_four_digits(num.digits)
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
        if is_year and _COUNT_AFTER.match(text, final_end) and not _YEAR_BEFORE.search(left):
            is_year = False  # "... and 2096 over Pskov": a count in a list
        if is_year:
            if (
                noun is None
                or _NAME_YEAR_BEFORE.search(left)
                or not looks_plural((text[final_end : final_end + 30].split() or [""])[0])
            ):
                kind = "year"
                noun = None
        if kind == "count" and noun is not None and noun in lx.TIME_NOUNS:
            kind = "duration"
            unit = noun

        # ---- qualifier and interval
        qualifier = "exact"
        q_lo = max(0, span_start - 40)
        qm = _QUALIFIER_BEFORE_REV.match(rleft if span_start == s else text[q_lo:span_start][::-1])
        q_before = None
        q_key = qm.group("q")[::-1].lower() if qm else None
        if q_key in ("over", "above", "under", "below", "near"):
            before_q = text[q_lo : span_start - qm.end("q")]
            if kind == "count" and (
                # "drones over three regions", "near two villages": a place, not a
                # bound; "people over 65", "shot down over 20 drones": a bound
                noun in lx.PLACE_NOUNS
                and (q_key == "near" or _LOCATIVE_BEFORE.search(before_q))
                or (q_key == "over" and _FIGURE_BEFORE.search(before_q))  # "seven each over two"
            ):
                qm = None
            elif kind == "duration" and q_key == "over" and _PERIOD_OVER_BEFORE.search(before_q):
                qm = None  # "£650 million over five years": a period, not "more than"
        if qm:
            q_before = q_key
            # "over" after a count ("two drones over Kursk") is a place, not a qualifier;
            # only count it when it directly precedes the number.
            qualifier = lx.QUALIFIER_BEFORE[q_before]
        if low_num:
            qualifier = "range"
        qa = (
            _QUALIFIER_AFTER.match(text, final_end)
            if text[final_end : final_end + 1] in _QUALIFIER_AFTER_FIRST
            or text[final_end : final_end + 1].isspace()
            else None
        )
        if qa and qa.group("q").strip()[:1].isalpha() and _NEXT_QUALIFIED.match(text, qa.end()):
            qa = None
        if qa and not low_num:
            key = re.sub(r"\s+", " ", qa.group("q").strip().lower())
            qualifier = lx.QUALIFIER_AFTER.get(key, qualifier)
            final_end = qa.end() if qa.group("q").strip() in ("+", "-plus") else final_end
        elif qualifier in ("over", "under") and _OR_EQUAL_AFTER.match(text, final_end):
            qualifier = "at_least" if qualifier == "over" else "at_most"

        if kind in ("year", "date", "time", "ordinal"):
            qualifier = "exact" if qualifier != "range" else "range"

        stated = value * scale
        half = _rounding_half_width(num, scale, kind)
        if suffix.get("fraction_of_scale"):
            half = 0.2 * abs(value * scale)  # "a quarter of a million": a round share
        if low_num:
            (n1, sc1), (n2, sc2) = low_num, high_num
            v_low = (-n1.value if range_signs[0] else n1.value) * sc1
            v_high = (-n2.value if range_signs[1] else n2.value) * sc2
            if v_high < v_low:
                (n1, sc1, v_low), (n2, sc2, v_high) = (n2, sc2, v_high), (n1, sc1, v_low)
            lo = v_low - _rounding_half_width(n1, sc1, kind)
            hi = v_high + _rounding_half_width(n2, sc2, kind)
            stated = v_low
            value_out = v_low
        else:
            value_out = stated
            lo, hi = stated - half, stated + half
            lo, hi = _widen(qualifier, stated, lo, hi, q_before, kind)
            if (
                q_before == "as many as"
                and kind == "count"
                and _REPORTED_AFTER.match(text, final_end)
            ):
                # "As many as 36 people were reported dead": a count reported as reaching
                # 36, not an estimate of up to 36 ("as many as 300 could lose their jobs")
                lo = max(lo, stated - 0.1 * abs(stated))
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
            fig.value_high = v_high
        return fig, final_end

    def _suffix(self, text: str, num: _Num, currency: str | None) -> tuple[int, dict]:
        """Scale words, percent, units, currency words, ordinal suffixes, hyphen nouns.

        Each pattern is only tried when the next one or two characters can begin
        it (``_GATES``): most numbers are followed by an ordinary word.
        """
        e = num.end
        out: dict = {}
        if num.special in _FRACTION_OF_SCALE_SPECIALS:
            # "half a million", "a quarter of a million", "two-thirds of a billion"
            fm = _FRACTION_OF_SCALE.match(text, e)
            if fm:
                out["scale"] = float(SCALES[fm.group("scale").lower()])
                out["fraction_of_scale"] = True
                e = fm.end()
        head = text[e : e + 2].lower()
        if not head or (head[0] not in _SUFFIX_FIRST and not head[0].isspace()):
            return e, out
        # glued scale ("40k", "$3.5bn", "$2m")
        if not num.is_word and head[0] in "bmkt":
            gm = _GLUED_SCALE.match(text, e)
            if gm:
                raw = gm.group("scale")
                sc = raw.lower()
                if sc in ("m", "b") and not currency and not raw.isupper():
                    # "5m" is five metres; "10M", "$5m", "1.2m residents" are millions
                    nw = _NEXT_WORD.match(text, gm.end()) if sc == "m" else None
                    if nw and not looks_plural(nw.group(1)) and nw.group(1) not in _STOP:
                        # "1.2m active customers": one adjective before the noun
                        nw2 = _NEXT_WORD.match(text, nw.end())
                        if nw2 and looks_plural(nw2.group(1)):
                            nw = nw2
                    if not (
                        nw
                        and looks_plural(nw.group(1))
                        and nw.group(1).lower() not in lx.UNITS
                        and nw.group(1).lower() not in _STOP
                    ):
                        gm = None
                elif sc in ("t", "mm") and not currency:
                    gm = None
                if gm:
                    out["scale"] = lx.SCALE_WORDS[sc]
                    e = gm.end()
        if not num.is_word and "scale" not in out and head in ("st", "nd", "rd", "th"):
            om = _ORDINAL_SUFFIX.match(text, e)
            if om:
                out["ordinal"] = True
                return om.end(), out
        spaced, glued_or_spaced = _peek(text, e)
        sm = _SPACED_SCALE.match(text, e) if _gated(spaced, _G_SCALE) else None
        if sm and "scale" not in out:
            word = sm.group("scale").lower()
            if (
                word in SCALES
                or currency
                or word in ("lakh", "crore", "dozen", "dozens")
                or not num.is_word
            ):
                out["scale"] = lx.SCALE_WORDS[word]
                e = sm.end()
                spaced, glued_or_spaced = _peek(text, e)
        pm = _PERCENT.match(text, e) if _gated(glued_or_spaced, _G_PERCENT) else None
        if pm:
            out["percent"] = "percentage_point" if pm.group("pp") else "percent"
            return pm.end(), out
        if (
            not currency
            and not num.is_word
            and text[e : e + 1] == "p"
            and not text[e + 1 : e + 2].isalnum()
            and "scale" not in out
        ):
            out["currency"] = "pence"  # "345p": pence, as UK prices are written
            return e + 1, out
        if not currency and glued_or_spaced:
            sym = (
                _CURRENCY_SYMBOL_AFTER.match(text, e)
                if glued_or_spaced[:1] in _CURRENCY_SYMBOL_CHARS
                else None
            )
            if sym:
                out["currency"] = lx.CURRENCY_SYMBOLS[sym.group("cur").lower()]
                return sym.end(), out
            code = _CURRENCY_CODE_AFTER.match(text, e) if _gated(glued_or_spaced, _G_CODE) else None
            if code and (code.group("cur").isupper() or code.group("cur") in lx.LOWERCASE_CODES):
                out["currency"] = lx.CURRENCY_CODES[code.group("cur").lower()]
                return code.end(), out
        cm = _CURRENCY_WORD.match(text, e) if _gated(spaced, _G_CURRENCY_WORD) else None
        if cm and not currency:
            out["currency"] = lx.CURRENCY_WORDS[cm.group("cur").lower()]
            return cm.end(), out
        if not currency and (out.get("scale", 1) >= 1e3 or out.get("scale", 1) * num.value >= 1e6):
            # "361 million pounds" is money; "2 million pounds of beef" is a weight
            pd = _POUNDS_MONEY.match(text, e) if spaced[:2] == "po" else None
            if pd:
                out["currency"] = "GBP"
                return pd.end(), out
        um = _UNIT_RE.match(text, e) if _gated(glued_or_spaced, _G_UNIT) else None
        if um and not currency:
            surface = um.group("unit")
            key = surface.lower()
            glued = not um.group(0).startswith(" ")
            ok = True
            if key in lx.AMBIGUOUS_SHORT_UNITS and len(surface) == 1 and surface in "GMT":
                ok = False  # "5G", "10M", "3T": not grams, metres, tonnes
            elif key in lx.AMBIGUOUS_SHORT_UNITS:
                nxt = text[um.end() : um.end() + 2]
                if key in ("c", "f"):
                    ok = (
                        glued
                        and surface.isupper()
                        and _temperature_context(text, num.start, um.end())
                    )
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
        hm = _HYPHEN_ADJ.match(text, e) if text[e : e + 1] == "-" else None
        if hm:
            adj = hm.group("adj").lower()
            first = adj.split("-")[0]
            if first in lx.CURRENCY_WORDS and not currency:
                out["currency"] = lx.CURRENCY_WORDS[first]
                return e + 1 + len(first), out
            if first in lx.UNITS and first not in ("m", "t", "g", "l", "c", "f", "in"):
                out["unit"] = lx.UNITS[first]
                return e + 1 + len(first), out
            if first in ("plus", "odd"):
                return e, out
            if first not in UNITS and first not in TENS and first not in SCALES and first.isalpha():
                out["hyphen_noun"] = first
                return e, out
        if not num.is_word and spaced[:2] == "po":
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
        m = _NOUN_WORDS5.match(text, end)  # up to five words in one match
        if m is not None:
            for g in range(1, 6):
                w = m.group(g)
                if w is None:
                    break
                lw = w.lower()
                if lw in _STOP or lw in _MONTH_WORDS or lw in UNITS or lw in TENS:
                    break
                words.append((w, m.end(g)))
        if not words:
            return None, end
        if (
            len(words) > 1
            and words[0][0].lower().endswith("ing")
            and not looks_plural(words[1][0])
            and words[0][0].lower() not in _ING_NOUNS
        ):
            return None, end  # "50 carrying medical supplies": a participle, no counted noun
        # a phrase the synonym table knows ("unmanned aerial vehicles"), also after
        # adjectives ("41 Ukrainian unmanned aerial vehicles")
        ends = self._phrase_ends
        for k in range(len(words), 1, -1):
            if words[k - 1][0].lower() not in ends:
                continue  # no known phrase ends with this word
            for i in range(0, k - 1):
                phrase = " ".join(w for w, _ in words[i:k]).lower()
                if phrase in self.nouns._map and (
                    self.nouns.normalise(phrase) != phrase.rsplit(" ", 1)[-1]
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
        tail = text[max(0, start - 3) : start]
        if tail.endswith("\n"):
            tail = tail[:-1]
        # only "noun (664)" or "noun - 3,812" can match: look before searching
        if not tail or not (
            tail[-1] in "(-–—" or (tail[-1].isspace() and len(tail) > 1 and tail[-2] in "-–—")
        ):
            return None
        window = text[max(0, start - 50) : start]
        if window.endswith("\n"):
            window = window[:-1]
        m = _NOUN_BEFORE_REV.match(window[::-1])
        if not m:
            return None
        phrase = m.group("phrase")[::-1]
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


#: After "as many as N": a count reported as a fact (were killed, have died), not an
#: estimate or a possibility (could, may, are feared, are expected).
_REPORTED_AFTER = re_compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:were|was|have\s+been|had\s+been|has\s+been|died|have"
    r"\s+died|had\s+died|were\s+reported|are\s+reported)\b(?!\s+(?:feared|expected|thought"
    r"|believed|likely|estimated))",
    re.I,
)


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


_SLASH = re_compile(r"/(?<=\d/)(?=\d)")


def _fraction_figures(text: str, matches: list[re.Match]) -> list[Figure]:
    """ "2 1/2", "3/4": real fractions; "9/11" or "24/7" are names, not figures."""
    out = []
    for m in matches:
        num, den = int(m.group("num")), int(m.group("den"))
        if den == 0 or num >= den or den > 16:
            continue
        if (num, den) == (9, 11) and not m.group("whole"):
            continue  # "the 9/11 attacks"
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


_BRACKET_GAP = re_compile(r"\s*\(\s*")


def _share_bracket_qualifiers(text: str, figures: list[Figure]) -> None:
    """ "more than 150,000 acres (60,700 hectares)": the conversion in brackets says
    the same thing, bound included."""
    for a, b in zip(figures, figures[1:], strict=False):
        if (
            a.kind == b.kind == "measure"
            and a.qualifier in ("over", "at_least", "under", "at_most", "approx")
            and b.qualifier == "exact"
            and _BRACKET_GAP.fullmatch(text, a.end, b.start)
        ):
            b.qualifier = a.qualifier
            b.low, b.high = _widen(a.qualifier, b.value, b.low, b.high, None, b.kind)


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
