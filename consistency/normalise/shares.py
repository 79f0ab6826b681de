"""The shares table: percentages in one sentence that divide one whole.

"55% approved, 38% disapproved and 12% had no opinion"; "Russians 77.7%,
Tatars 3.7%, ..."; "Labour won 40.1%, the Conservatives 35.2% and ...".
The builder is deliberately conservative, because shares of different wholes
must never be added:

* a percentage that is a change ("up 5%", "a 20% rise", "from 40% to 45%"),
  a difference in points, or a comparison is not a share;
* a list is a run of percentages in one sentence separated only by short
  stretches of words (no other number, no year, no time words such as "last
  year", no "among", "whereas", "respectively");
* shares tied to different sub-groups ("80% of men and 75% of women", "45% in
  the north and 70% in the south") are different wholes;
* the same verb after two shares ("70% use Facebook, 60% use Instagram")
  marks answers that may overlap, so they are not added either;
* two shares alone form a list only in a sentence about a vote, poll or
  population; three or more form one anyway.

A list claims completeness only when it names the rest ("the remaining 12%",
"the rest"). Decimal commas ("33,45%", one or two digits after the comma)
are read as decimals.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from consistency.extract.model import Figure
from consistency.interval import Interval
from consistency.lazyre import lazy as _lazy
from consistency.normalise import register_document_table
from consistency.normalise.conversions import synthetic_figure
from consistency.normalise.tables import DocumentContext
from consistency.recache import re_compile

_PCT = _lazy(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d+)?)\s*(?P<sign>%|per\s?cent\b|percent\b|pct\b)"
    r"(?!\s*(?:points?|pts?)\b)",
    re.IGNORECASE,
)
_CHANGE_VERBS = (
    r"(?<!make )(?<!makes )(?<!made )(?<!making )(?<!take )(?<!takes )(?<!took )up|down|rose|"
    r"rise|risen|rising|fell|fall|fallen|falling|increased?|increasing|decreased?|decreasing|"
    r"drop(?:ped)?|dropping|jump(?:ed)?|climb(?:ed)?|grew|grown|growth|gain(?:ed)?|declined?|"
    r"plunged?|surged?|soared|slumped|slipped|lost|cut|raised|lowered|widened|narrowed"
)
_CHANGE_BEFORE = _lazy(
    rf"(?:\b(?:{_CHANGE_VERBS})(?:\s+(?:by|to|from|of))?|\bby|\bfrom|%\s*(?:to|-|–)|"
    r"\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?of|"
    r"\b(?:increase|decrease|rise|fall|drop|growth|decline|change|jump|gain|cut|reduction)"
    r"\s+of|\b(?:higher|lower|greater|bigger|smaller)\s+than)"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|some\s+|roughly\s+|just\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = _lazy(
    r"^[\s-]*(?:rise|increase|drop|fall|decline|jump|gain|growth|more|less|higher|lower|"
    r"cut|reduction|year-on-year|annual|annually|a year|per year|stake|discount|tariff|"
    r"interest|chance|probability|tax|pay|raise|premium|margin|return|yield|off|"
    r"up|down|increase|decrease|points?)\b",
    re.IGNORECASE,
)
_BREAKERS = _lazy(
    r"\b(?:among|whereas|compared|meanwhile|respectively|previously|last|earlier|ago|before|"
    r"after|now|then|since|until|while\s+in|versus\s+\d|vs)\b|\b(?:1[89]|20)\d\d\b|"
    r"\b(?:[Ii]n|[Aa]mong|[Aa]t|[Aa]cross)\s+(?:the\s+)?[A-Z][a-z]+",
)
#: Words that make the next percentage a rate of its own, not a share of the list's whole.
_RATE_WORDS = _lazy(
    r"\b(?:turnout|abstention|participation|rates?|inflation|unemployment|growth|effective|"
    r"efficacy|accuracy|"
    r"interest|yield|margin|probability|chance|likelihood|occupancy|capacity|tax|vat|"
    r"discount|stake|return|approval rating|confidence|completed?|complete)\b",
    re.IGNORECASE,
)
_SUBGROUP = _lazy(
    r"^\s*(?:(?i:of|in|among|at|from)\s+(?:the\s+|all\s+)?([A-Za-z]+)|for\s+(?:the\s+)?(?!the\b)([a-z]+)\b)"
)
_FIRST_WORD = _lazy(r"^\s*([a-z]+)", re.IGNORECASE)
#: Nouns naming the whole itself, or the occasion, rather than a sub-group of it:
#: "58.5% of the vote ... 41.5% in the second round" are one whole.
_WHOLE_WORDS = frozenset(
    "vote votes ballots ballot population electorate respondents total poll survey election "
    "first second third final round runoff referendum country nation".split()
)
#: A rate named right after the percentage: "with a 27% turnout", "a 10% unemployment".
_RATE_AFTER = _lazy(
    r"\s*(?:turnout|rates?|inflation|unemployment|interest|yield|margin|stake|tax|vat|"
    r"discount|share\s+of|of\s+(?:the\s+)?(?:time|cases|the\s+time))\b",
    re.IGNORECASE,
)
#: Two shares alone divide one whole only where the sentence says what the whole is
#: (a vote, a poll's answers, a population, "the rest"): "The TV took second place
#: (67%), while the mobile was ranked third with 54%" ranks answers that overlap.
_SHARE_CUES = _lazy(
    r"\b(?:votes?|voted|voting|ballots?|approved?|disapproved?|"
    r"opposed?|population|residents|inhabitants|"
    r"split|referendum|undecided|no opinion|the rest|remaining|remainder|"
    r"of\s+the\s+(?:vote|poll|ballot|electorate|seats))\b",
    re.IGNORECASE,
)
_PAREN_RESTATED = _lazy(r"^[^,;()%\d]{0,40}\(\s*$")
_COMPLETE = _lazy(r"\b(?:the\s+remaining|the\s+rest|the\s+remainder|remaining)\b", re.I)
_STOP = frozenset(
    "the a an of in and to for with on at by from as or were was are is had have has "
    "said say says who which that".split()
)
_STOP_REPEAT = frozenset("the a an of in and to for with on at by from as or".split())
#: Verbs of a single choice: repeated, they still split one whole ("voted yes, ... voted no").
_CHOICE_VERBS = frozenset(
    "voted backed chose picked preferred opted went favoured favored supported said answered "
    "replied identified".split()
)
#: Stretch allowed between two shares of one list.
MAX_GAP = 90


@dataclass
class Share:
    figure: Figure
    interval: Interval


@dataclass
class ShareList:
    shares: list[Share]
    #: The list names the rest ("the remaining 12%"): it claims to be complete.
    complete: bool
    sentence: str

    @property
    def total(self) -> Interval:
        out = Interval(0.0, 0.0)
        for s in self.shares:
            out = out + s.interval
        return out

    def record(self) -> dict:
        return {
            "path": self.shares[0].figure.path,
            "shares": [s.figure.text for s in self.shares],
            "low": self.total.low,
            "high": self.total.high,
            "complete": self.complete,
        }


class _Index:
    """A document's figures looked up by position, built once per document (looking
    through every figure for every sentence made long documents quadratic)."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.percent = {f.start: f for f in ctx.figures if f.kind == "percent"}
        self.other_starts = sorted(
            f.start for f in ctx.figures if f.kind not in ("percent", "vague")
        )

    def other_between(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.other_starts, a)
        return i < len(self.other_starts) and self.other_starts[i] < b


def _percent_figures(ctx: DocumentContext, s: int, e: int, index: _Index) -> list[Share]:
    by_start = index.percent  # the matches below all start inside the sentence
    out: list[Share] = []
    text = ctx.text
    for m in _PCT.finditer(text, s, e):
        raw = m.group("num")
        if "," in raw:
            tail = raw.split(",", 1)[1]
            if len(tail) > 2:
                continue  # a thousands separator: not a share
            raw = raw.replace(",", ".")
        value = float(raw)
        if value > 100:
            continue
        before = text[max(s, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 30]
        if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after):
            out.append(Share(None, Interval(value, value)))  # a change: ends the list
            continue
        half = 0.5 * 10 ** -(len(raw.split(".", 1)[1]) if "." in raw else 0)
        f = by_start.get(m.start())
        if f is not None and abs(f.value - value) < 1e-9 and math.isfinite(f.low):
            iv = Interval(min(f.low, value - half), max(f.high, value + half))
        else:
            f = synthetic_figure(
                ctx, m.start(), m.end(), value, value - half, value + half,
                unit="percent", kind="percent", digits=m.group("num"),
            )  # fmt: skip
            iv = Interval(f.low, f.high)
        out.append(Share(f, iv))
    return out


def _has_other_number(ctx: DocumentContext, a: int, b: int, index: _Index) -> bool:
    return index.other_between(a, b) or bool(_DIGIT.search(ctx.text, a, b))


_DIGIT = re_compile(r"\d")


def _runs(ctx: DocumentContext, shares: list[Share], index: _Index) -> list[list[Share]]:
    runs: list[list[Share]] = []
    cur: list[Share] = []
    prev_end = None
    for sh in shares:
        if sh.figure is not None:
            lead = ctx.text[prev_end if prev_end is not None else max(0, sh.figure.start - 60) :
                            sh.figure.start]  # fmt: skip
            prev_end = sh.figure.end
            if _RATE_WORDS.search(lead) or _RATE_AFTER.match(
                ctx.text, sh.figure.end, sh.figure.end + 40
            ):
                sh = Share(None, sh.interval)  # a rate of its own: ends the list
        if sh.figure is None:
            if cur:
                runs.append(cur)
            cur = []
            continue
        if cur:
            prev = cur[-1].figure
            gap = ctx.text[prev.end : sh.figure.start]
            if (
                len(gap) > MAX_GAP
                or _has_other_number(ctx, prev.end, sh.figure.start, index)
                or _BREAKERS.search(gap)
            ):
                runs.append(cur)
                cur = []
        cur.append(sh)
    if cur:
        runs.append(cur)
    return runs


def _one_whole(ctx: DocumentContext, run: list[Share]) -> bool:
    text = ctx.text
    groups: dict[str, set[str]] = {}
    firsts: list[str] = []
    for sh in run:
        after = text[sh.figure.end : sh.figure.end + 60]
        after = after[: len(after) - len(after.lstrip())] + re.split(r"[,;:.()]", after.lstrip())[0]
        m = _SUBGROUP.match(after)
        if m:
            word = (m.group(1) or m.group(2)).lower()
            if word not in _WHOLE_WORDS:
                prep = after.split()[0].lower()
                groups.setdefault(prep, set()).add(word)
            # the verb after a sub-group phrase: "40% of households own a car"
            after = after[m.end() :]
        w = _FIRST_WORD.match(after)
        if w:
            firsts.append(w.group(1).lower())
    if any(len(g) > 1 for g in groups.values()):
        return False  # "80% of men and 75% of women"; "45% in the north, 70% in the south"
    # "70% use Facebook, 60% use Instagram": answers that may overlap
    words = [w for w in firsts if w not in _STOP_REPEAT and w not in _CHOICE_VERBS]
    return len(words) == len(set(words))


def _names_rest(ctx: DocumentContext, run: list[Share]) -> bool:
    """The list states its remainder ("the remaining 12%", "12% for the rest"): it
    claims to be complete. An unquantified rest ("40% to Renault, 40% to Nissan and
    the rest to ...") completes it with an unknown amount: no claim to check."""
    text = ctx.text
    for sh in run:
        before = text[max(0, sh.figure.start - 25) : sh.figure.start]
        after = text[sh.figure.end : sh.figure.end + 25]
        if _COMPLETE.search(before) or re.match(r"\s*(?:for|to|went\s+to|)\s*the\s+rest\b", after):
            return True
    return False


def _drop_restated(ctx: DocumentContext, shares: list[Share]) -> list[Share]:
    """ "Suez owns 40% of Aguas Argentinas (39.9%)": a share restated in brackets."""
    out: list[Share] = []
    for sh in shares:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.figure is not None
            and sh.figure is not None
            and _PAREN_RESTATED.match(ctx.text[prev.figure.end : sh.figure.start])
        ):
            continue
        out.append(sh)
    return out


def find_shares(ctx: DocumentContext) -> list[ShareList]:
    if "%" not in ctx.text and "cent" not in ctx.text:
        return []
    rows: list[ShareList] = []
    index = _Index(ctx)
    for s, e in ctx.sentences:
        sentence = ctx.text[s:e]
        if "%" not in sentence and "cent" not in sentence.lower():
            continue
        shares = _drop_restated(ctx, _percent_figures(ctx, s, e, index))
        for run in _runs(ctx, shares, index):
            if len(run) < 2 or not _one_whole(ctx, run):
                continue
            if len(run) == 2 and not _SHARE_CUES.search(sentence):
                continue
            complete = _names_rest(ctx, run)
            rows.append(ShareList(run, complete, sentence))
    return rows


register_document_table("shares", find_shares)
