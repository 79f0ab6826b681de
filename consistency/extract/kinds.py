"""Typing: what arithmetic each figure allows, decided before any figure is related.

Most numbers in news are not parts of anything. A figure's ``kind`` says whether it
can be added up (``count``, ``money``, ``measure``) or not: scores and results,
ages, ranks and chart places, ratios ("one in six"), rates ("$50 a barrel"),
averages, prices and index levels, idioms ("one of the best"). Numbers inside names
("Six Nations", "PlayStation 2", "Big 12") are not figures at all and are dropped.

The tests in ``tests/test_kinds.py`` hold real-looking examples of each kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consistency.extract.model import Figure
from consistency.extract.text import lowered, trie_pattern
from consistency.recache import re_compile

#: Kinds that carry a quantity of something and may be added up.
ADDITIVE_KINDS = frozenset({"count", "money", "measure"})
#: Kinds this pass assigns: none of them is ever a total or a part.
NON_ADDITIVE = ("score", "age", "rank", "ratio", "rate", "average", "level", "idiom")

_SPORT_WORDS = (
    r"won|win|wins|winning|beat|beats|beating|lost|lose|loses|losing|drew|draw|draws|drawn"
    r"|defeat(?:ed|s)?|victory|victories|triumph|thrash(?:ed|ing)?|led|lead|leads|trail(?:ed|ing)?"
    r"|score(?:d|s|line)?|final|semi-final|match|game|set|sets|tie-break|aggregate|against|edged"
    r"|overcame|crushed|routed|hammered|held|level|leveller|equaliser|penalties|shootout|innings"
    r"|runs|wickets|goals?|tries|points"
)
#: "2-1", "6-3 6-4", "24-17": a result. Digits, a dash, digits, with no counted noun.
#: (Digit first, the lookbehind after it, so the engine's fast scan for a digit applies.)
_SCORE = re_compile(
    r"(\d(?<![\w.,$£€-]\d)\d{0,2})\s?[-–]\s?(\d{1,3})(?![\w%.,-]|\s*(?:%|per|percent|p\.?m|a\.?m))"
)
_SCORE_NOUN_AFTER = re_compile(
    r"\s+(?:win|victory|defeat|loss|draw|home|away|aggregate|lead|success|triumph|thrashing|"
    r"reverse|scoreline|margin|result|vote|verdict|majority|decision|split|in\s+the|at\s+the|"
    r"on\s+aggregate|after|before|with|over|against|to\b|and\b|,|\.|;|\))",
    re.I,
)
_SPORT_NEAR = re_compile(rf"\b(?:{_SPORT_WORDS})\b", re.I)
_MONTH_AFTER = re_compile(r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_AGE_BEFORE = re_compile(r"\b(?:aged|ages|age|age\s+of)\s+(?:about\s+|around\s+)?$", re.I)
_AGE_AFTER = re_compile(r"[-\s]years?[-\s]old\b|[-\s]year-olds?\b|\s+years?\s+of\s+age\b", re.I)
_PERSON_BEFORE = re_compile(r"[A-Z][a-z'’-]+,\s$")
_RANK_BEFORE = re_compile(
    r"\b(?:number|no\.?|num|the\s+top|top|world\s+number|seeded|seed|ranked|rank|ranking|"
    r"position|place|spot|grade|level|tier|division|league|category|class|stage|phase|round|"
    r"chapter|page|article|section|clause|paragraph|room|gate|platform|route|highway|flight|"
    r"channel|episode|series|season|track|lane|row|bay|pier|terminal|unit|block|ward|zone|"
    r"district|precinct|number-one|top-)\s*$",
    re.I,
)
_RANK_AFTER = re_compile(r"[-\s](?:seeded|seed|ranked|placed)\b|[-\s]?(?:st|nd|rd|th)\b", re.I)
_ONE_OF = re_compile(
    r"\s+of\s+(?:the|his|her|its|their|our|my|your|those|these|many|several|a\s+few|few|"
    r"only|just|two|three|britain|america|europe|[A-Z]\w*['’]s)\b",
    re.I,
)
_ONE_IDIOM_AFTER = re_compile(
    r"(?:\s+(?:another|day|time|point|stage|moment|thing|way|hand|side|more\s+time|by\s+one|"
    r"or\s+(?:two|other)|who|which|that|has|is|was|can|could|would|will|must|should)\b"
    r"|[-\s]off\b|[-\s]time\b|[-\s]on[-\s]one\b)",
    re.I,
)
_ONE_IDIOM_BEFORE = re_compile(
    r"\b(?:no|the|this|that|every|any|each|which|only|new|last|such\s+a)\s+$", re.I
)
_RATIO = re_compile(
    r"(?P<a>\w+)\s+in\s+(?:every\s+)?(?P<b>two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|hundred|a\s+hundred|thousand|a\s+thousand|\d{1,3}(?:,\d{3})*)\b(?!,?\d)",
    re.I,
)
_RATE_AFTER = re_compile(
    r"\s*(?:a|an|per|/)\s*(?:year|month|week|day|hour|minute|second|night|head|person|share|"
    r"barrel|ounce|tonne|ton|kilo|kg|pound|litre|liter|gallon|unit|square|sq|capita|pupil|"
    r"household|game|match|season|annum|mile|km|kilometre|kilometer|metre|meter|visit|"
    r"mb|megabyte|gb|minute)\b|\s+(?:a\s+)?(?:year|month|week|day)\s+(?:on|each)\b",
    re.I,
)
_AVERAGE_BEFORE = re_compile(
    r"\b(?:average|averaged|averaging|mean|median|typical|avg)\b[^.;:!?\d]{0,40}$", re.I
)
_AVERAGE_AFTER = re_compile(r"^\s*(?:on\s+average|an?\s+average)\b", re.I)
_LEVEL_BEFORE = re_compile(
    r"\b(?:index|indices|dow|nasdaq|ftse(?:\s+\d+)?|nikkei|dax|cac|hang\s+seng|shares?|stocks?|"
    r"price|prices|priced|yield|yields|barrel|ounce|traded|trading|closed|"
    r"opened|ended|finished|stood|hit\s+a\s+(?:high|low)|peaked|exchange\s+rate)"
    r"(?:\s+(?:\w+\s+){0,3}?)?\s*(?:at|to|from|was|is|were|around|near|of)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?$",
    re.I,
)
_POINTS_AFTER = re_compile(r"\s*(?:points?|pts|basis\s+points?)\b", re.I)
_SPORT_EVENT_AFTER = re_compile(
    r"\s+(?:hurdles?|freestyle|backstroke|breaststroke|butterfly|medley|relay|sprint|dash|"
    r"race|final|finals|heats?|title|record|event|indoor|outdoor|runner|champion)\b",
    re.I,
)
_CAP_WORD_BEFORE = re_compile(r"(?<![.!?:;\"“‘(\n])\s([A-Z][A-Za-z]*|[A-Z]{2,})\s$")
#: Capitalised words a number may follow and still count something ("In 2004",
#: "About 50", "Kursk 5": a label-number pair is left to the relations).
_NOT_NAME_WORDS = frozenset(
    """In On At By For From To Of And Or But About Around Some Nearly Almost Over Under Just
    Only Another Some Total Totals All Overall Since Until After Before With Without Between
    Among During Within Into The A An As If Than Up Down Top Number No Region Regions Oblast
    Oblasts Province Provinces District Districts County State Krai Republic Sea Page Year
    Years Day Days Week Weeks Month Months January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov
    Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday GMT BST UTC AM PM US UK EU
    UN""".split()
)
#: Words inside names where a capitalised number word is part of the name.
_NAME_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand".split()
)


def _sentence_start(text: str, pos: int) -> bool:
    """True when only punctuation, quotes or bullets lie between the last sentence end and pos."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(*•-–—":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


def _is_score(text: str, f: Figure, doc_sporty: bool) -> tuple[int, int] | None:
    """The span of a result ("2-1", "24-17") the figure sits in, or None."""
    lo = max(0, f.start - 4)
    for m in _SCORE.finditer(text, lo, min(len(text), f.end + 8)):
        if not (m.start() <= f.start < m.end()):
            continue
        if _MONTH_AFTER.match(text, m.end()):
            return None  # "5-6 March": a range of days
        a, b = int(m.group(1)), int(m.group(2))
        before = text[max(0, m.start() - 60) : m.start()]
        after = text[m.end() : m.end() + 40]
        sporty = doc_sporty or bool(_SPORT_NEAR.search(before + " " + after))
        if not sporty:
            return None
        if max(a, b) > 200:
            return None
        if f.noun is not None and not _SCORE_NOUN_AFTER.match(text, m.end()):
            return None  # "10-12 drones": a range of counts
        return m.span()
    return None


def _is_name_number(text: str, f: Figure) -> bool:
    """ "PlayStation 2", "Big 12", "Radio 1", "Six Nations", "Formula One"."""
    if f.kind not in ("count", "measure") or f.unit is not None and f.kind == "count":
        return False
    word = f.text.strip()
    if _title_case_line(text, f.start):
        return False
    if word[:1].isupper() and word.isalpha() and word.lower() in _NAME_NUMBER_WORDS:
        # a capitalised number word mid-sentence ("the Six Nations", "BBC Two")
        if not _sentence_start(text, f.start):
            return text[f.start - 2 : f.start].strip() not in ('"', "“", "‘", "'")
        # at a sentence start, still a name when the next word is capitalised
        return bool(re.match(r"\s+(?:Nations|Counties|Towns|Kingdoms|Seas)\b", text[f.end :]))
    if not word.isdigit() or f.noun is not None:
        return False
    m = _CAP_WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None:
        return False
    cap = m.group(1)
    if cap in _NOT_NAME_WORDS or _sentence_start(text, m.start(1)):
        return False
    return not _label_number(text, f, m.start(1))


#: What ends the number of a label-number pair: a list separator or the sentence end.
_LABEL_NUMBER_END = re_compile(r"\s*(?:[,;.)]|\(|and\b|each\b|apiece\b|$)")
#: What starts the label of a label-number pair: a list separator, maybe "the".
_LABEL_START = re_compile(
    r"(?:[,;:(]|\band|\bwhile|\bwith|\bwhereas)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)


def _label_number(text: str, f: Figure, cap_start: int) -> bool:
    """ "Kursk 5, Bryansk 3", "the Conservatives 31 and independents 27": a label with its count.

    The number ends a list item and the capitalised label starts one; a name number
    ("the Boeing 777 crashed", "in the Big 12 Conference") is followed by more words.
    """
    if not _LABEL_NUMBER_END.match(text, f.end):
        return False
    if re.match(
        r"\s*\(|,\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+\d", text[f.end : f.end + 40]
    ):
        return True  # "Kursk 5, Bryansk 3": more label-number pairs follow
    # walk back over the label's capitalised words ("European Solidarity")
    start = cap_start
    while True:
        m = re.search(
            r"(?<![\w-])([A-Z][\w'’.-]*|of|the|and|for)\s+$", text[max(0, start - 25) : start]
        )
        if m is None or start - (len(m.group(0))) < 0:
            break
        word = m.group(1)
        if word in ("and",) or not word[:1].isupper() and word not in ("of", "for"):
            break
        start -= len(m.group(0))
    return bool(_LABEL_START.search(text[max(0, start - 40) : start]))


_WORD = re_compile(r"[A-Za-z][\w'’-]*")


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in title case ("Storm Kills Ten People In Texas"): capitals carry no signal."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return _title_case_span(text, a, b if b != -1 else len(text))


@lru_cache(maxsize=1024)  # asked for every figure on the line; a str caches its hash
def _title_case_span(text: str, a: int, b: int) -> bool:
    words = _WORD.findall(text, a, b)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.75 * len(words)


#: A line that opens with a list position: "5 Carlos Moya (Spain)", "3. Kursk".
_ENUMERATED_LINE = re_compile(r"^[ \t]*(?:[-*•][ \t]+)?(\d{1,3})(?:[.)]|[ \t]+(?=[A-Z]))", re.M)
#: Lines in a run of consecutive positions (1, 2, 3 ...) before they read as a list.
ENUMERATION_MIN = 3


def enumeration_positions(text: str) -> set[int]:
    """Start offsets of numbers that number the lines of a list ("1 Roger Federer",
    "2 Andy Roddick", ...): positions in a ranking or a numbered list, not counts.

    Evidence is the run: at least ``ENUMERATION_MIN`` lines whose opening numbers go
    up by one. A single line opening with "5 drones ..." stays a count.
    """
    out: set[int] = set()
    run: list[tuple[int, int]] = []
    for m in _ENUMERATED_LINE.finditer(text):
        n = int(m.group(1))
        if run and n == run[-1][0] + 1:
            run.append((n, m.start(1)))
            continue
        if len(run) >= ENUMERATION_MIN:
            out.update(start for _, start in run)
        run = [(n, m.start(1))]
    if len(run) >= ENUMERATION_MIN:
        out.update(start for _, start in run)
    return out


def refine_kinds(text: str, figures: list[Figure]) -> list[Figure]:
    """Assign non-additive kinds and drop numbers inside names (in place; returns the kept)."""
    sporty = _sport_document(text)
    kept: list[Figure] = []
    score_spans: list[tuple[int, int]] = []
    positions = enumeration_positions(text)
    for f in figures:
        if f.start in positions and f.kind in ("count", "measure"):
            f.kind = "rank"
            kept.append(f)
            continue
        if f.kind in ("date", "year", "time", "ordinal", "duration", "fraction", "vague"):
            if f.kind == "duration" and f.unit == "year" and _AGE_AFTER.match(text, f.end):
                f.kind = "age"  # "the 25-year-old"
            kept.append(f)
            continue
        kind = _non_additive_kind(text, f, sporty, score_spans)
        if kind is None and f.kind in ("count", "measure") and _is_name_number(text, f):
            continue
        if kind:
            f.kind = kind
        elif f.kind == "count" and _SPORT_EVENT_AFTER.match(text, f.end) and f.text.endswith("m"):
            # "the 60m hurdles": metres, not millions
            scale = 1e6
            f.kind, f.unit = "measure", "meter"
            f.value, f.low = f.value / scale, f.low / scale
            f.high = f.high / scale if f.high != float("inf") else f.high
            f.noun = None
        kept.append(f)
    return kept


def _non_additive_kind(
    text: str, f: Figure, sporty: bool, score_spans: list[tuple[int, int]]
) -> str | None:
    before = text[max(0, f.start - 60) : f.start]
    if any(s <= f.start < e for s, e in score_spans):
        return "score"
    span = _is_score(text, f, sporty) if f.kind == "count" else None
    if span is not None:
        score_spans.append(span)
        return "score"
    if f.kind == "count":
        if _AGE_BEFORE.search(before) or _AGE_AFTER.match(text, f.end):
            return "age"
        if (
            f.noun is None
            and f.text.isdigit()
            and len(f.text) <= 3
            and _PERSON_BEFORE.search(before)
            and text[f.end : f.end + 1] in (",", ")")
        ):
            return "age"  # "Smith, 27, scored"
        if (
            _RANK_BEFORE.search(before[-25:])
            and not _label_number(text, f, f.start)
            and (f.noun is None or "top" in before[-8:].lower())
        ):
            return "rank"
        low = f.text.lower()
        if low == "one":
            if _ONE_OF.match(text, f.end) or _ONE_IDIOM_AFTER.match(text, f.end):
                return "idiom"
            if _ONE_IDIOM_BEFORE.search(before[-12:]) and f.noun is None:
                return "idiom"
        if low == "both" and not re.match(r"\s+(?:the\s+)?[A-Z]", text[f.end : f.end + 6]):
            return "idiom"
        m = _RATIO.match(text, f.start)
        if m is not None and m.start("a") == f.start or _ratio_denominator(text, f):
            return "ratio"
        if _POINTS_AFTER.match(text, f.end) and (sporty or _LEVEL_BEFORE.search(before)):
            return "level" if not sporty else "score"
    if f.kind in ("count", "money", "measure"):
        if _RATE_AFTER.match(text, max(f.end, f.noun_end)) or _RATE_AFTER.match(text, f.end):
            return "rate"
        if _AVERAGE_BEFORE.search(before) or _AVERAGE_AFTER.match(text[f.end : f.end + 20]):
            return "average"
        if f.kind != "measure" and _LEVEL_BEFORE.search(before):
            return "level"
    return None


def _ratio_denominator(text: str, f: Figure) -> bool:
    """The "six" of "one in six"."""
    head = text[max(0, f.start - 20) : f.start]
    return bool(re.search(r"\b(?:one|\d+|two|three|four|five)\s+in\s+(?:every\s+)?$", head, re.I))


#: Sports words (whole words, case-insensitive), compiled as a trie.
SPORT_DOC_WORDS = (
    "kick-off half-time full-time striker midfielder goalkeeper defender coach manager "
    "penalty semi-final quarter-final championship premiership league cup seed grand_slam "
    "wimbledon open_champion tries wickets innings rugby football tennis cricket athletics "
    "sprinter hurdler marathon olympic squad caps fixture derby"
).split()
_SPORT_DOC = re_compile(
    r"\b"
    + trie_pattern(w.replace("_", " ") for w in SPORT_DOC_WORDS).replace("\\ ", r"\s+")
    + r"\b",
    re.I,
)
_SPORT_DOC_LOW = re_compile(_SPORT_DOC.pattern)


def _sport_document(text: str) -> bool:
    """A sports report: many sports words, or results written as scores."""
    if len(text) > 200_000:
        text = text[:200_000]
    low = lowered(text)
    words = len(_SPORT_DOC.findall(text) if low is None else _SPORT_DOC_LOW.findall(low))
    scores = sum(1 for _ in _SCORE.finditer(text))
    return words >= 4 or (words >= 2 and scores >= 1) or scores >= 3
