"""Breakdowns: a stated total and the parts the text divides it into.

Finds totals and their parts in the same sentence (colon lists, "including",
"of which", parentheses) and in the sentences that follow ("Nine of them ...",
"Twenty-one were ...", "the remaining three ..."), and records whether the
list claims to be complete (colon, "the remaining", a plain list) or is
partial ("including", "among them"): partial lists may fall short of the
total, never exceed it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from consistency.extract.model import Figure
from consistency.extract.nouns import singular
from consistency.interval import Interval
from consistency.relate.genre import is_sports_report
from consistency.relate.places import verified_places

#: Nouns that name the places a total is spread over ("across eight regions").
PLACE_NOUNS = frozenset(
    """region oblast province district state country city town village area location place
    site county municipality territory governorate prefecture republic front direction
    sector settlement community""".split()
)
#: Kinds of people: a count of people may be broken down into any of these.
PERSON_NOUNS = frozenset(
    """person man woman child adult civilian soldier passenger crew member prisoner resident
    student worker employee patient officer serviceman national citizen teenager boy girl baby
    infant pensioner journalist doctor volunteer migrant refugee tourist pilgrim fan spectator
    voter pupil teacher victim suspect hostage detainee minor elderly""".split()
)
#: Nouns that count the same things: "150 members ... 20 seats", "nine deaths ... four
#: people were killed".
_SCALED = re.compile(r"\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b", re.I)
_SAME_COUNT = frozenset(
    frozenset(pair)
    for pair in (
        ("member", "seat"),
        ("death", "person"),
        ("casualty", "person"),
        ("death", "victim"),
    )
)
#: Ways a total is said to be divided ("divided four ways").
_WAYS = re.compile(r"\b(?:divided|split|shared)\s+(\w+)\s+ways\b", re.I)

_SEPARATE = re.compile(
    # used with .match(text, pos): no "^", which would only match at the text's start
    r"\s*(?:in\s+(?:a\s+)?separate|separately|elsewhere|meanwhile|in\s+another|earlier|later|"
    r"last\s+(?:week|month|year)|since\s+the\s+start|overall|in\s+total|as\s+of)\b",
    re.I,
)
#: Sentences without any figure allowed between a total and its parts.
MAX_GAP = 3
#: Parts looked at after a total (also bounds the work on a huge run-on sentence).
MAX_PARTS = 60
_TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})


@dataclass
class Part:
    figure: Figure
    #: What the part contributes to the sum ("three each" over two places: 6).
    contribution: Interval
    places: tuple[str, ...]
    #: How many items the part's value is multiplied by (1 unless "each").
    multiplier: int = 1
    #: Parts inside another part ("10 ..., including 3 ...") do not add to the sum.
    sub_of: int | None = None
    #: The attached names that are places (gazetteer or the text's cue); ``places``
    #: holds every named item (recipients, companies). None: not checked.
    verified: tuple[str, ...] | None = None

    @property
    def place_keys(self) -> tuple[str, ...]:
        return self.places if self.verified is None else self.verified


@dataclass
class Breakdown:
    path: str
    total: Figure
    parts: list[Part]
    complete: bool
    #: The stated number of items ("across eight regions"), if any.
    item_count: Figure | None = None
    sentences: tuple[int, int] = (0, 0)
    #: Names listed without figures ("over six regions: Kursk, Belgorod and Oryol").
    listed_names: list[str] | None = None

    @property
    def top_parts(self) -> list[Part]:
        return [p for p in self.parts if p.sub_of is None]

    @property
    def total_interval(self) -> Interval:
        return Interval(self.total.low, self.total.high)

    @property
    def parts_interval(self) -> Interval:
        out = Interval(0.0, 0.0)
        for p in self.top_parts:
            out = out + p.contribution
        return out

    @property
    def named_items(self) -> list[str]:
        if self.listed_names is not None:
            return list(dict.fromkeys(n.lower() for n in self.listed_names))
        seen: list[str] = []
        for p in self.top_parts:
            for place in p.places:
                if place not in seen:
                    seen.append(place)
        return seen

    @property
    def items_known(self) -> bool:
        """Every part names its places, so counting them means something."""
        if self.listed_names is not None:
            return True
        return bool(self.top_parts) and all(p.places for p in self.top_parts)

    @property
    def duplicate_places(self) -> list[tuple[str, list[Part]]]:
        owners: dict[str, list[Part]] = {}
        for p in self.top_parts:
            for place in p.place_keys:
                owners.setdefault(place, []).append(p)
        return [(k, v) for k, v in owners.items() if len(v) > 1]


# --------------------------------------------------------------------------- wording

#: What a figure says happened to the things it counts. Parts with a sibling
#: predicate are a different measure ("21 killed and 43 wounded"); a narrower
#: predicate (drones "launched" -> "shot down") makes a part of a partial list.
_PREDICATE_WORDS: tuple[tuple[str, str], ...] = (
    ("death", r"kill(?:ed|ing|s)?|dead|died|dying|deaths?|fatalit(?:y|ies)|perished|slain"
              r"|lost\s+their\s+lives|death\s+toll"),
    ("injury", r"wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt|hospitali[sz]ed"),
    ("missing", r"missing|unaccounted"),
    ("rescue", r"rescued|evacuated|saved|survived|survivors?"),
    ("arrest", r"arrest(?:ed|s)?|detained|held"),
    ("charge", r"charged|convicted|released"),
    ("damage", r"damaged"),
    ("intercept", r"destroy(?:ed|ing)?|intercept(?:ed|ing)?|shot\s+down|downed|downing"
                  r"|neutrali[sz](?:ed|ing)|repelled"),
    ("jam", r"jammed|suppressed|lost\s+(?:to|due\s+to)|locationally\s+lost|electronic"
            r"|['‘’\"]lost['‘’\"]"),
    ("hit", r"hits?|struck|reached"),
    ("launch", r"launch(?:ed|ing)?|fired|sent|attacked\s+(?:\w+\s+)?with"),
    ("win", r"won|winning|wins"),
    ("lose", r"lost|losing|defeats?"),
    ("draw", r"drew|drawing|draws?|tied"),
)  # fmt: skip
#: One alternation with a named group per predicate: one scan finds the class.
_PREDICATES = re.compile(
    "|".join(rf"\b(?P<{name}>{pattern})\b" for name, pattern in _PREDICATE_WORDS), re.I
)
_SUBSUMES = {"launch": {"intercept", "jam", "hit"}, "arrest": {"charge"}}

#: A part "distinguished" by where or for whom: "five over Kursk", "nine from the
#: flats", "$6.1 million for schools", "700 to Balkh". Outcome lists ("38 shot down
#: and 6 jammed") are not: they need not cover every case.
_TEMPORAL = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|the\s+(?:morning|evening|night"
    r"|day|weekend|week|month|year|past|last|first)|(?:this|last|next)\b|time|average|top)"
)
_DISTINGUISHED = re.compile(
    rf"\s*(?:to\s+(?:the\s+)?[A-Za-z]|(?:[\w'’-]+\s+){{0,5}}?(?:in|from|at|over|near|for"
    rf"|into|across|out\s+of|within|inside|outside|off)\s+(?!{_TEMPORAL})(?:the\s+|a\s+)?[A-Za-z])",
    re.I,
)
_OF_THE_BEFORE = re.compile(
    r"\bof\s+(?:(?:the|these|those|its|their)\s+(?:\w+\s+)?|[A-Z][\w.-]*['’]s\s+)$", re.I
)
_OF_THE_BETWEEN = re.compile(
    r"\s*(?:\w+\s+)?of\s+(?:the\s+|its\s+|their\s+|a\s+total\s+of\s+)?"
    r"(?:[A-Za-z]+['’]s\s+)?",  # "seven of the city's 10 districts"
    re.I,
)
_INCLUDES_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:includes?|included|including|comprising\s+at\s+least|among\s+them)\b",
    re.I,
)
_TRAILING_BEFORE = re.compile(
    r"(?:\b(?:bringing|raising|taking|pushing|lifting|putting|brings|raises|takes|pushes)\b"
    r"[^.;]{0,50}?\b(?:to|at)|\b(?:for|making|with)\s+a\s+(?:combined\s+)?total\s+of)"
    r"\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|nearly\s+)?$",
    re.I,
)
_DELTA_BEFORE = re.compile(
    # "..., down 500,000", "was up 12": up/down as change words, not "shot down 40"
    r"(?:(?:^|[,;(]\s*|\b(?:was|were|is|are|be|been|and|or)\s+)(?:up|down)"
    r"|\b(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|jumped|slipped)\s+by"
    r"|\b(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|jump|gain|loss)\s+of)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I | re.M,
)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|age)\s+$", re.I)
_AGE_DIGITS = re.compile(r"\d{1,3}")


def _is_age_apposition(text: str, f: Figure) -> bool:
    """ "The suspect, 27, was ...": an age set off by commas (not "1,150")."""
    return (
        f.kind == "count"
        and f.noun is None
        and bool(_AGE_DIGITS.fullmatch(f.text))
        and text[max(0, f.start - 2) : f.start] == ", "
        and text[f.end : f.end + 2] == ", "
    )


_NOT_ALLOCATED_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:needed|required|short\s+of|for\s+a\s+majority)\b", re.I
)
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}\b(?!\s*(?:%|percent|per\s+cent))")
_OR_BEFORE = re.compile(r"\bor\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_RUNNING = re.compile(
    r"\b(?:weekly|monthly|annual|yearly|overall|cumulative|so\s+far|to\s+date|since|this\s+"
    r"(?:week|month|year)|year|week|month|war|invasion|conflict|campaign|death\s+toll|toll)\b",
    re.I,
)
#: "the day's death toll", "the night's total": the toll of this one occasion.
_OCCASION = re.compile(r"\b(?:day|night|morning|evening|attack|strike|blast|crash)['’]s\b", re.I)
_INTRODUCES_PARTS = re.compile(r"\bwith\b|:|\bincluding\b|\bof\s+which\b", re.I)
_OF_THOSE_LEAD = re.compile(r"\W*of\s+(?:those|these|them|which|whom)\b\s*,?", re.I)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|which)\b", re.I)
_OF_THE_LEAD = re.compile(r"\W*of\s+(?:the|these|those)\s+([a-z]+)\s*,", re.I)
_SUMMING_LEAD = re.compile(
    r"\W*(?:in\s+all|in\s+total|altogether|overall|all\s+told|combined)\b[^.;]{0,40}$", re.I
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_UPDOWN_FROM = re.compile(r"\b(?:down|up|rising|falling)\s+from\s+(?:about\s+|around\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_LABELLED = re.compile(
    r"(?:^|[,:;]\s*)[a-z][a-z ()/-]{0,60}?\s[‒–—-]\s*(?:about\s+|around\s+|some\s+)?$", re.M
)
#: Words allowed between a verb and its number ("killing at least 7").
_FILLER = re.compile(
    r"(?:\s+(?:at\s+least|at\s+most|about|around|some|nearly|almost|more\s+than|over|another"
    r"|a\s+further|a\s+total\s+of|the|an\s+estimated|up\s+to|down))*\s*",
    re.I,
)
_INCREMENT = re.compile(r"\(\s*[+−-]\s*$")
_BULLET = re.compile(r"\s*(?:[-*•·–]|\d+[.)])\s")
_LEAD_IN = re.compile(
    r"^[\W_]*(?:(?:and|but|while|another|a\s+further|of\s+(?:these|them|those|that|this)"
    r"|the\s+(?:remaining|rest|other)|some|about|around|at\s+least|nearly)\W+)*$",
    re.I,
)


# --------------------------------------------------------------------------- facts


@dataclass
class _Doc:
    """One document's figures with the per-figure facts breakdown finding needs."""

    text: str
    figs: list[Figure]
    by_sentence: dict[int, list[Figure]]
    sentences: list[tuple[int, int]]
    predicate: dict[int, str | None]
    distinguished: dict[int, bool]
    #: figures that are neither totals nor parts (change ends, increments, labels)
    inert: set[int]
    #: "12 of its 20 games": id(20) -> the 12
    of_the: dict[int, Figure]
    trailing: set[int]
    #: id(figure) -> its index in its sentence's row
    index: dict[int, int] = field(default_factory=dict)
    #: id(figure) -> the keys of its attached names that are places
    verified: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def neighbours(self, f: Figure) -> tuple[int, int]:
        """End of the previous and start of the next figure in f's sentence."""
        row = self.by_sentence.get(f.sentence, [])
        i = self.index[id(f)]
        s_start, s_end = self.sentences[f.sentence] if f.sentence < len(self.sentences) else (0, 0)
        prev_end = row[i - 1].end if i > 0 else s_start
        next_start = row[i + 1].start if i + 1 < len(row) else max(s_end, f.end)
        return prev_end, next_start


def _prepare(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]], sporty: bool = False
) -> _Doc:
    figs = [
        f
        for f in sorted(figures, key=lambda f: f.start)
        if f.kind in ("count", "money", "measure", "percent", "vague")
    ]
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    doc = _Doc(text, figs, by_sentence, sentences, {}, {}, set(), {}, set())
    for row in by_sentence.values():
        for i, f in enumerate(row):
            doc.index[id(f)] = i
    for f in figs:
        prev_end, next_start = doc.neighbours(f)
        after_start = max(f.end, f.noun_end)
        after = text[after_start : min(next_start, after_start + 70)]
        after = re.split(r"[;.]", after, maxsplit=1)[0]
        before = text[max(prev_end, f.start - 40) : f.start]
        doc.predicate[id(f)] = _predicate(after, before)
        # only names that are places set a part apart by place: "Google made $204m"
        # is no breakdown by place, nor is "Boeing 777 jets" (``relate.places``)
        doc.verified[id(f)] = verified_places(text, f, sporty)[0] if f.places else ()
        doc.distinguished[id(f)] = bool(doc.verified[id(f)]) or bool(
            _DISTINGUISHED.match(text, after_start, min(next_start, after_start + 60))
        )
        line_start = text.rfind("\n", 0, f.start) + 1
        if _INCREMENT.search(text, max(0, f.start - 3), f.start) or _LABELLED.search(
            text, max(line_start, f.start - 60), f.start
        ):
            doc.inert.add(id(f))
        s_start = sentences[f.sentence][0] if f.sentence < len(sentences) else 0
        if _TRAILING_BEFORE.search(text, max(0, f.start - 80), f.start) or (
            f.start - s_start < 60 and _SUMMING_LEAD.match(text, s_start, f.start)
        ):
            doc.trailing.add(id(f))
    for f in figs:
        if (
            _DELTA_BEFORE.search(text, max(0, f.start - 30), f.start)
            or _AGE_BEFORE.search(text, max(0, f.start - 12), f.start)
            or _UPDOWN_FROM.search(text, max(0, f.start - 25), f.start)
            or _NOT_ALLOCATED_AFTER.match(text, max(f.end, f.noun_end))
            or (_SCORE.match(text, f.start) and f.kind == "count")
            or _is_age_apposition(text, f)
        ):
            # "down 500,000", "aged 31", "the 272 needed for a majority", "won 2-1",
            # "The suspect, 27,": not a part of anything, not a total
            doc.inert.add(id(f))
    for row in by_sentence.values():
        for i, a in enumerate(row):
            # the two ends of a change may have a figure between them ("fell to 9.5
            # million, down 500,000 from 10 million"); look a few figures ahead
            for b in row[i + 1 : i + 4]:
                if _is_change_pair(text, a, b):
                    doc.inert.update((id(a), id(b)))
        for a, b in zip(row, row[1:], strict=False):
            if _OF_THE_BETWEEN.fullmatch(text, a.end, b.start) and a.kind == b.kind:
                doc.of_the[id(b)] = a
                doc.predicate[id(b)] = None  # the whole: "won 12 of its 20 games"
    return doc


def _predicate(after: str, before: str) -> str | None:
    """The verb a figure goes with: one just before it ("killing 7") wins, else the
    first one after it ("21 people were killed")."""
    tail = before[-30:]
    found = list(_PREDICATES.finditer(tail))
    if found and _FILLER.fullmatch(tail[found[-1].end() :]):
        return found[-1].lastgroup
    m = _PREDICATES.search(after)
    return m.lastgroup if m else None


def _relation(total_pred: str | None, part_pred: str | None) -> str:
    """same | sub (narrower: the list is partial) | sibling (not a part) | unknown."""
    if total_pred is None or part_pred is None:
        return "unknown"
    if total_pred == part_pred:
        return "same"
    if part_pred in _SUBSUMES.get(total_pred, ()):
        return "sub"
    return "sibling"


def _is_change_pair(text: str, a: Figure, b: Figure) -> bool:
    """ "fell from 4,800 in March to 2,900 in June", "rose to $1.1 trillion, from $1.0
    trillion": before and after values of one change, not a total and its part."""

    def before(pat: re.Pattern[str], f: Figure) -> bool:
        return bool(pat.search(text, max(0, f.start - 20), f.start))

    return (before(_FROM_BEFORE, a) and before(_TO_BEFORE, b)) or (
        before(_TO_BEFORE, a) and before(_FROM_BEFORE, b)
    )


# --------------------------------------------------------------------------- helpers


def _compatible(total: Figure, part: Figure) -> bool:
    """Could ``part`` be a share of ``total`` (same kind of thing, same unit)?

    Parts introduced by "including"/"of which" may count a narrower noun
    ("12 people, including 5 children"); other parts must count the same thing.
    """
    if part.kind == "vague":
        return part.noun is None or total.noun is None or part.noun == total.noun
    if part.kind not in ("count", "money", "measure", "percent"):
        return False
    if (
        total.kind == "money"
        and part.kind == "count"
        and part.unit is None
        and _SCALED.search(part.text)
    ):
        return True  # "$620 billion for procurement, 580 billion salaries": same currency
    if part.kind == "count" and part.noun is None and part.unit is None:
        # a bare number ("700 to Balkh") inherits the total's unit
        return total.kind in ("count", "measure", "money") and not part.attributive
    if part.kind != total.kind or part.unit != total.unit:
        return False
    if part.attributive:
        return False
    if total.noun and part.noun and part.noun != total.noun:
        # "the 75-member council ... 40 seats"; "12 people, including 5 children";
        # "28 people, 21 men and nine women": kinds of people are shares of people
        return (
            total.attributive
            or bool(part.cues & {"including", "of_them"})
            or (total.noun in PERSON_NOUNS and part.noun in PERSON_NOUNS)
            or frozenset((total.noun, part.noun)) in _SAME_COUNT
        )
    return True


def _can_be_total(f: Figure) -> bool:
    if f.kind not in ("count", "money", "measure"):
        return False
    if f.each or f.value < 2 or f.qualifier == "range":
        return False
    if f.cues & {"remaining", "another", "including", "same_number"}:
        return False
    # "Both Moscow and Tula reported debris": counts the places named, totals nothing
    return f.noun not in _TIME_NOUNS and f.noun != "place"


def _part(f: Figure, parts_so_far: list[Part]) -> Part:
    places = f.places
    n = len(places)
    if f.kind == "vague":
        if "same_number" in f.cues or f.text.lower().startswith("the same"):
            prev = next((p for p in reversed(parts_so_far) if p.sub_of is None), None)
            if prev is not None:
                # "four in Kostiantynivka and the same number in Pokrovsk": once, unless
                # "each" spreads it over several places
                one = Interval(prev.figure.low, prev.figure.high)
                k = max(1, n) if f.each else 1
                return Part(f, one.scale(k), places, k)
        k = max(1, n)
        return Part(f, Interval(f.low * k, math.inf), places, k)
    iv = Interval(f.low, f.high)
    if f.each:
        if n >= 2:
            return Part(f, iv.scale(n), places, n)
        if n == 0:
            return Part(f, Interval(f.low, math.inf), places, 0)
    return Part(f, iv, places, 1)


def _item_count_for(doc: _Doc, total: Figure) -> Figure | None:
    """ "31 drones across eight regions": a count of places right after the total."""
    row = doc.by_sentence.get(total.sentence, [])
    i = doc.index[id(total)]
    for f in row[i + 1 : i + 6]:
        if f.start - total.end > 60:
            break
        if f.kind == "count" and f.noun in PLACE_NOUNS and not f.cues & {"including"}:
            return f
    m = _WAYS.search(doc.text, total.end, min(len(doc.text), total.end + 80))
    if m:
        for f in row[i + 1 : i + 6]:
            if f.start >= m.start() and f.end <= m.end():
                return f
    return None


def _leads_sentence(text: str, g: Figure, sentence_start: int) -> bool:
    """The figure opens its sentence, give or take a lead-in ("Of these, 14 ...")."""
    return bool(_LEAD_IN.match(text[sentence_start : g.start]))


def _belongs_to_other(total: Figure, g: Figure, row: list[Figure]) -> bool:
    """A part naming another figure's noun ("of which 56 drones") is that figure's part."""
    if g.noun is None or g.noun == total.noun:
        return False
    if any(o is not total and o.start < g.start and o.noun == g.noun for o in row):
        return True
    if total.noun in PERSON_NOUNS and g.noun in PERSON_NOUNS:
        return False  # "28 people, 21 men and nine women"
    return total.noun is not None and not total.attributive and "including" not in g.cues


# --------------------------------------------------------------------------- name lists

#: What a count of named things counts ("six regions", "four cities", "five parties").
ITEM_NOUNS = PLACE_NOUNS | frozenset(
    """party city country nation constituency plant factory port airport base border crossing
    company bank team club school hospital university""".split()
)
_LIST_INTRO = re.compile(r"[^.;:—–]{0,60}?(?::|\s[—–]|,\s+namely)\s*", re.I)
_NAME = r"(?:(?:in|at|from)\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_REGION_TAIL = r"(?:\s+(?:regions?|oblasts?|provinces?|districts?))?"
#: "Kursk, Belgorod, Bryansk, Oryol and Voronezh", ending the sentence, a dash or a
#: trailing attribution (", the air force said")
_NAME_LIST = re.compile(
    rf"(?P<list>{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME}|\s+and\s+{_NAME}){{1,30}}){_REGION_TAIL}"
    r"(?=\s*(?:[.;—–)]|,\s|$))"
)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NAME_CLEAN = re.compile(r"^(?:(?:in|at|from)\s+)?(?:the\s+)?")


def _name_lists(doc: _Doc, path: str) -> list[Breakdown]:
    """ "over six regions: Kursk, Belgorod, Bryansk, Oryol and Voronezh" -- a stated
    count of named things followed by the names alone, with no figures to add up."""
    out = []
    for f in doc.figs:
        if f.kind != "count" or f.noun not in ITEM_NOUNS or f.qualifier != "exact":
            continue
        intro = _LIST_INTRO.match(doc.text, max(f.end, f.noun_end))
        if intro is None:
            continue
        m = _NAME_LIST.match(doc.text, intro.end(), min(len(doc.text), intro.end() + 400))
        if m is None or any(ch.isdigit() for ch in m.group("list")):
            continue
        names = [
            _NAME_CLEAN.sub("", n).rstrip(".") for n in _NAME_SPLIT.split(m.group("list")) if n
        ]
        if len(names) >= 2:
            out.append(
                Breakdown(
                    path,
                    f,
                    [],
                    True,
                    item_count=f,
                    sentences=(f.sentence, f.sentence),
                    listed_names=names,
                )  # fmt: skip
            )
    return out


# --------------------------------------------------------------------------- main


def find_breakdowns(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]], path: str = ""
) -> list[Breakdown]:
    """All breakdowns in one document's figures (in text order)."""
    sporty = is_sports_report(text)
    doc = _prepare(text, figures, sentences, sporty)
    out: list[Breakdown] = []
    used: set[int] = set(doc.inert)
    # "won 159 of the 400 seats": 159 is a share of 400, never a total of its own
    shares = {id(a) for a in doc.of_the.values()}

    def accept(bd: Breakdown | None) -> None:
        if bd is None:
            return
        out.append(bd)
        # "254 seats ... Of those, 140 ... and 124 ...": a part's own sub-counts may
        # fall short of it (they need not cover it) but never exceed it
        for i, parent in enumerate(bd.parts):
            subs = [p for p in bd.parts if p.sub_of == i]
            if len(subs) >= 2:
                sub_parts = [Part(p.figure, p.contribution, p.places, p.multiplier) for p in subs]
                out.append(Breakdown(path, parent.figure, sub_parts, False,
                                     sentences=bd.sentences))  # fmt: skip
        # a figure counted as a part does not start a breakdown of its own
        used.update(id(p.figure) for p in bd.parts)
        used.add(id(bd.total))
        if bd.item_count is not None:
            used.add(id(bd.item_count))

    # 1. a whole sized by an adjective ("the 400-member assembly") owns every
    #    compatible figure of its sentence, before or after it
    for t in doc.figs:
        if t.attributive and _can_be_total(t) and id(t) not in used:
            accept(_collect_attributive(doc, t, used, path))
    # 2. trailing totals: "..., bringing the night's total to 15"
    for t in doc.figs:
        if id(t) not in used and (id(t) in doc.trailing or "total" in t.cues):
            accept(_collect_trailing(doc, t, used, path))
    # 3. counts of named things followed by the names alone
    for bd in _name_lists(doc, path):
        if id(bd.total) not in used:
            out.append(bd)
    # 4. totals followed by their parts
    for t in doc.figs:
        if id(t) in used or id(t) in shares or t.attributive or not _can_be_total(t):
            continue  # attributive wholes only take parts from their own sentence (pass 1)
        accept(_collect(doc, t, used, path))
    if sporty:
        out = [bd for bd in out if _sport_tally(doc, bd)]
    for bd in out:
        for p in bd.parts:
            p.verified = doc.verified.get(id(p.figure), ())
    return out


def _sport_tally(doc: _Doc, bd: Breakdown) -> bool:
    """In a sports report only a tally in the total's own sentence whose every part
    names what it counts ("a total of 15 medals: seven golds, four silvers and four
    bronzes") or the result it counts ("won 12 of its 20 games, losing 6 and drawing
    3") is a breakdown; scores, minutes, caps and seedings are not."""
    top = bd.top_parts
    return bool(top) and all(
        p.figure.sentence == bd.total.sentence
        and (p.figure.noun is not None or doc.predicate.get(id(p.figure)) in _RESULTS)
        for p in top
    )


_RESULTS = frozenset({"win", "lose", "draw"})


def _usable_part(doc: _Doc, total: Figure, g: Figure, used: set[int]) -> str | None:
    """None if g cannot be a part of total; else its predicate relation."""
    if id(g) in used or g is total or not _compatible(total, g):
        return None
    if id(g) in doc.of_the and doc.of_the[id(g)] is not total:
        return None  # "61 of the 100 in the Senate": a whole of its own
    rel = _relation(doc.predicate[id(total)], doc.predicate[id(g)])
    if rel == "sibling":
        return None
    return rel


def _collect_attributive(doc: _Doc, total: Figure, used: set[int], path: str) -> Breakdown | None:
    row = doc.by_sentence.get(total.sentence, [])
    parts: list[Part] = []
    partial = False
    in_pairs = set(doc.of_the) | {id(a) for a in doc.of_the.values()}
    i = doc.index[id(total)]
    for g in row[max(0, i - MAX_PARTS) : i + MAX_PARTS]:
        rel = _usable_part(doc, total, g, used)
        if rel is None or g.attributive or id(g) in in_pairs:
            continue  # "the 27-nation bloc ... 18 of the 27 member states": a share, not a part
        if "including" in g.cues and parts:
            part = _part(g, parts)
            part.sub_of = len(parts) - 1
            parts.append(part)
            continue
        partial = partial or rel == "sub" or "including" in g.cues
        parts.append(_part(g, parts))
    whole = Interval(total.low, total.high)
    if any(Interval(p.figure.low, p.figure.high).must_exceed(whole) for p in parts):
        return None  # "the 23-storey tower has 312 flats": a different measure
    # whatever else happens, these figures are shares of the whole, never totals
    used.update(id(p.figure) for p in parts)
    if not parts:
        return None
    # the list may go on in the next sentences ("The main opposition CHP took 169 seats")
    return _collect(doc, total, used - {id(p.figure) for p in parts}, path, seed=(parts, partial))


def _collect_trailing(doc: _Doc, total: Figure, used: set[int], path: str) -> Breakdown | None:
    if total.kind not in ("count", "money", "measure") or total.value < 2:
        return None
    s_start = doc.sentences[total.sentence][0] if total.sentence < len(doc.sentences) else 0
    # "In all, 31 drones were downed." sums the list in the sentence before
    leads = bool(_SUMMING_LEAD.match(doc.text, s_start, total.start))
    # "bringing the night's total to 15", "for a total of 21", "12 in all" sum what the
    # sentence lists; "bringing the weekly toll to 47" is a running total over more
    lead_in = doc.text[max(s_start, total.start - 80) : total.start]
    summing = leads or bool(_OCCASION.search(lead_in)) or not _RUNNING.search(lead_in)
    pool = list(doc.by_sentence.get(total.sentence, []))
    # "Another nine were destroyed ..., bringing the day's total to 25": the first part
    # is in the sentence before
    continues = any("another" in g.cues for g in pool if g.start < total.start)
    if (leads or continues) and total.sentence > 0:
        pool = doc.by_sentence.get(total.sentence - 1, []) + pool
    earlier = [
        g
        for g in pool
        if g.start < total.start
        and total.start - g.start < 2000
        and (g.kind != "vague" or g.text.lower().startswith("the same"))
        and not (g.noun in ITEM_NOUNS and g.noun != total.noun)
        and _usable_part(doc, total, g, used) is not None
    ]
    if len([g for g in earlier if "including" not in g.cues]) < 2:
        return None
    parts: list[Part] = []
    for g in earlier:
        part = _part(g, parts)
        if "including" in g.cues and parts:
            part.sub_of = len(parts) - 1
        parts.append(part)
    # "In all"/"altogether" sums the list; a running total ("bringing the weekly toll
    # to 47") may hold more than this sentence lists: parts may fall short, not exceed
    return _finish(doc, total, parts, not summing, summing, None, total.sentence, path)


def _collect(
    doc: _Doc,
    total: Figure,
    used: set[int],
    path: str,
    seed: tuple[list[Part], bool] | None = None,
) -> Breakdown | None:
    """Parts after a total: same sentence, then the following ones. ``seed`` carries
    the parts an attributive whole already took from its own sentence."""
    text = doc.text
    item_count = _item_count_for(doc, total)
    lead = item_count or total
    complete_cue = bool((lead.cues | total.cues) & {"colon", "complete"})
    # "Of the 120 passengers, 80 were rescued and 30 ..." names some of them, not all;
    # "The budget includes ..." likewise
    partial = bool(
        _OF_THE_BEFORE.search(text, max(0, total.start - 30), total.start)
        or _INCLUDES_AFTER.match(text, total.noun_end or total.end)
    )
    if seed is None and not (complete_cue or partial or item_count) and _heads_a_list(doc, total):
        return None
    partial_from_total = partial
    of_them_list = False
    parts: list[Part] = []
    share = doc.of_the.get(id(total))
    if share is not None and id(share) not in used:
        parts.append(_part(share, parts))  # "won 12 of its 20 games, ..."
        partial = True
    if seed is not None:
        parts, partial = list(seed[0]), partial or seed[1]
    last_sentence = total.sentence
    row = doc.by_sentence.get(total.sentence, [])

    # -- same sentence: what follows the total (and its item count); a list longer
    # than MAX_PARTS is a table, not prose, and keeps the scan linear
    interrupted = False
    first = doc.index[id(total)] + 1
    for g in row[first : first + MAX_PARTS] if seed is None else []:
        if g is item_count or id(g) in used:
            continue
        explicit = bool(g.cues & {"including", "of_them"}) and g.noun == total.noun
        if interrupted and not explicit:
            # "89 drones and 3 missiles, of which 56 drones ... and 21 ...": only an
            # explicit reference to this total's noun resumes its list
            if not parts or parts[-1].figure.noun != total.noun:
                continue
        rel = _usable_part(doc, total, g, used)
        if rel is None or _belongs_to_other(total, g, row) or id(g) in doc.trailing:
            if g.kind in ("count", "money", "measure") and (g.noun or rel is None) and not g.places:
                interrupted = True
            continue
        if interrupted and explicit:
            interrupted = False
        if "total" in g.cues or "another" in g.cues and not parts:
            break
        if g.low > total.high and not (
            g.cues & {"including", "of_them"} or partial or parts or complete_cue
        ):
            break  # a bigger figure with no cue that it is a part: not this total's part
        if _OR_BEFORE.search(text, max(0, g.start - 12), g.start):
            break  # "the 5 km or the 10 km race": alternatives, not parts
        if parts and (
            "including" in g.cues or ("of_them" in g.cues and _OF_THEM_AFTER.match(doc.text, g.end))
        ):
            # "10 drones, including three ...", "21 remain in hospital, three of them in
            # intensive care": right after a part, a sub-count of that part
            part = _part(g, parts)
            part.sub_of = len(parts) - 1
            parts.append(part)
            continue
        partial = partial or rel == "sub" or bool(g.cues & {"including", "of_them"})
        if not parts and ":" in text[total.end : g.start]:
            complete_cue = True  # "..., the highest monthly toll in a year: 61 children and"
        if g.noun and total.noun and g.noun != total.noun and not complete_cue:
            partial = True  # "28 people, 21 men and nine women": kinds, maybe not all
        parts.append(_part(g, parts))

    # -- the following sentences
    gap = 0
    s = total.sentence + 1
    while s < len(doc.sentences) and gap <= MAX_GAP:
        sent_figs = doc.by_sentence.get(s, [])
        s_start, _ = doc.sentences[s]
        if _SEPARATE.match(text, s_start):
            break
        if not sent_figs:
            gap += 1
            s += 1
            continue
        lead = _OF_THE_LEAD.match(text, s_start)
        if lead and total.noun and singular(lead.group(1)) != total.noun:
            break  # "Of the drones, 31 ...": parts of another total
        taken: list[Part] = []
        stop = False
        # "Of those, 140 were won in districts and 114 through lists": after parts,
        # the sentence breaks down the last part, not the total
        sub_sentence = bool(parts) and bool(_OF_THOSE_LEAD.match(text, s_start))
        skipped_sibling = False
        for g in sent_figs[:MAX_PARTS]:
            if g.kind in ("date", "time", "year") or g.noun == "place":
                continue  # "Both Moscow and Tula ...": counts places, blocks nothing
            rel = _usable_part(doc, total, g, used) if _compatible(total, g) else None
            if sub_sentence and rel is not None:
                parent = max(i for i, p in enumerate(parts) if p.sub_of is None)
                sub = _part(g, parts)
                sub.sub_of = parent
                taken.append(sub)
                continue
            if rel is None and _compatible(total, g):
                skipped_sibling = True  # "More than 50 people were wounded, ..."
                continue
            if skipped_sibling and "including" in g.cues:
                continue  # "..., including eight children": part of the skipped figure
            skipped_sibling = False
            if rel is None:
                if (
                    not _compatible(total, g)
                    and g.kind in ("count", "money", "measure", "percent")
                    and (g.noun or g.unit)
                ):
                    stop = True
                    break
                continue
            money_like = total.kind == "money" and g.kind == "count"
            if total.noun is None and g.noun is not None and g.kind != "vague" and not money_like:
                stop = True  # a total that names nothing cannot own "440 drones"
                break
            restated = (
                g.noun == total.noun
                and g.kind != "vague"
                and g.low >= total.low
                and "including" not in g.cues
            )
            cued = bool(g.cues & {"of_them", "remaining", "another", "including"})
            if restated or id(g) in doc.trailing or (g.qualifier == "range" and not cued):
                stop = True
                break
            placed = bool(doc.verified.get(id(g))) or g.kind == "vague"
            # a bare number refers back to the total only where it leads its sentence
            # ("Twenty-one were carried out ...") or continues a list begun there
            # (a scaled count after money is money: its "noun" is what it pays for)
            nounless = g.noun is None or (total.kind == "money" and g.kind == "count")
            leading = nounless and (bool(taken) or _leads_sentence(text, g, s_start))
            # an outcome of what the total counts ("launched 48" -> "38 were shot down")
            outcome = rel == "sub" and g.noun in (None, total.noun)
            if not (cued or placed or leading or outcome):
                stop = True
                break
            all_parts = parts + taken
            if "including" in g.cues and all_parts:
                part = _part(g, all_parts)
                part.sub_of = len(all_parts) - 1
                taken.append(part)
                continue
            if "of_them" in g.cues and not parts and not taken:
                partial = True  # "Nine of them were downed over ...": an explicit subset
                of_them_list = not partial_from_total
            partial = partial or rel == "sub"
            taken.append(_part(g, all_parts))
        if not taken:
            break
        top_now = [p for p in parts if p.sub_of is None]
        bullet = _BULLET.match(text, s_start) is not None
        if len(top_now) >= 2 and not bullet and "remaining" not in taken[0].figure.cues:
            so_far = Interval(0.0, 0.0)
            for p in top_now:
                so_far = so_far + p.contribution
            if so_far.overlaps(Interval(total.low, total.high)):
                break  # the list already adds up: later mentions are sub-counts or repeats
        parts.extend(taken)
        last_sentence = s
        gap = 0
        if stop:
            break
        s += 1
    return _finish(
        doc, total, parts, partial, complete_cue, item_count, last_sentence, path, of_them_list
    )


def _heads_a_list(doc: _Doc, total: Figure) -> bool:
    """ "26 drones over the Belgorod region, 13 over Kursk", "$720 million for schools,
    $410 million for roads": the first item of a list of places or recipients, not a
    total its neighbours divide."""
    if not doc.distinguished.get(id(total)):
        return False
    row = doc.by_sentence.get(total.sentence, [])
    i = doc.index[id(total)]
    if i + 1 >= len(row):
        return False
    nxt = row[i + 1]
    if nxt.cues & {"including", "of_them", "remaining"}:
        return False
    if doc.text[max(0, nxt.start - 2) : nxt.start].strip().endswith("("):
        return False  # "over the Kaluga (two), Tver (three) ... regions": counts by place
    between = doc.text[total.end : nxt.start]
    if _INTRODUCES_PARTS.search(between):
        return False  # "about 100 drones at Russian regions, ..., with 52 downed over ..."
    if total.place_names and nxt.place_names:
        _prev_end, next_start = doc.neighbours(total)
        if any(name in doc.text[total.end : next_start] for name in total.place_names):
            return True
    # its own phrase sets it apart ("$720 million for schools"), like the next one's
    after = max(total.end, total.noun_end)
    own = _DISTINGUISHED.match(doc.text, after, min(nxt.start, after + 60))
    return bool(own) and bool(doc.distinguished.get(id(nxt))) and _compatible(total, nxt)


def _finish(
    doc: _Doc,
    total: Figure,
    parts: list[Part],
    partial: bool,
    complete_cue: bool,
    item_count: Figure | None,
    last_sentence: int,
    path: str,
    total_is_anaphoric: bool = False,
) -> Breakdown | None:
    """Decide completeness: a colon, "the remaining", or a list of at least two parts
    each set apart by place or recipient ("five over Kursk", "$6m for schools")."""
    top = [p for p in parts if p.sub_of is None]
    if not top:
        return None
    # "the remaining 3" implies earlier parts; alone, it belongs to another total
    has_remaining = len(top) >= 2 and any("remaining" in p.figure.cues for p in top)
    listed_by_place = len(top) >= 3 and all(doc.distinguished.get(id(p.figure)) for p in top)
    if has_remaining:
        complete = True  # "23 of them over Moscow ... The remaining 16 ..."
    elif partial:
        # "Eleven of them were downed over Belgorod, eight over Kursk, five over ...":
        # a subset named place by place reads as the whole list
        complete = listed_by_place and total_is_anaphoric
    elif complete_cue:
        complete = True
    else:
        complete = len(top) >= 2 and all(doc.distinguished.get(id(p.figure)) for p in top)
    has_subs = sum(1 for p in parts if p.sub_of is not None) >= 2
    if len(top) == 1 and not (complete_cue or has_remaining or partial or has_subs):
        return None
    if complete and len(top) < 2 and not has_remaining:
        complete = False
    return Breakdown(
        path=path,
        total=total,
        parts=parts,
        complete=complete,
        item_count=item_count,
        sentences=(total.sentence, last_sentence),
    )
