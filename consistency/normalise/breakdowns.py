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
from consistency.interval import Interval

#: Nouns that name the places a total is spread over ("across eight regions").
PLACE_NOUNS = frozenset(
    """region oblast province district state country city town village area location place
    site county municipality territory governorate prefecture republic front direction
    sector settlement community""".split()
)
#: Ways a total is said to be divided ("divided four ways").
_WAYS = re.compile(r"\b(?:divided|split|shared)\s+(\w+)\s+ways\b", re.I)

_SEPARATE = re.compile(
    r"^\s*(?:in\s+(?:a\s+)?separate|separately|elsewhere|meanwhile|in\s+another|earlier|"
    r"last\s+(?:week|month|year)|since\s+the\s+start|overall|in\s+total|as\s+of)\b",
    re.I,
)
#: Sentences without any figure allowed between a total and its parts.
MAX_GAP = 3
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


@dataclass
class Breakdown:
    path: str
    total: Figure
    parts: list[Part]
    complete: bool
    #: The stated number of items ("across eight regions"), if any.
    item_count: Figure | None = None
    sentences: tuple[int, int] = (0, 0)
    notes: list[str] = field(default_factory=list)

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
        seen: list[str] = []
        for p in self.top_parts:
            for place in p.places:
                if place not in seen:
                    seen.append(place)
        return seen

    @property
    def items_known(self) -> bool:
        """Every part names its places, so counting them means something."""
        return bool(self.top_parts) and all(p.places for p in self.top_parts)

    @property
    def duplicate_places(self) -> list[tuple[str, list[Part]]]:
        owners: dict[str, list[Part]] = {}
        for p in self.top_parts:
            for place in p.places:
                owners.setdefault(place, []).append(p)
        return [(k, v) for k, v in owners.items() if len(v) > 1]


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
    if part.kind == "count" and part.noun is None and part.unit is None:
        # a bare number ("700 to Balkh") inherits the total's unit
        return total.kind in ("count", "measure", "money") and not part.attributive
    if part.kind != total.kind or part.unit != total.unit:
        return False
    if part.attributive:
        return False
    if total.noun and part.noun and part.noun != total.noun:
        # "the 75-member council ... 40 seats"; "12 people, including 5 children"
        return total.attributive or bool(part.cues & {"including", "of_them"})
    return True


def _can_be_total(f: Figure) -> bool:
    if f.kind not in ("count", "money", "measure"):
        return False
    if f.each or f.value < 2 or f.qualifier == "range":
        return False
    if f.cues & {"remaining", "another", "including", "same_number"}:
        return False
    return f.noun not in _TIME_NOUNS


def _part(f: Figure, parts_so_far: list[Part]) -> Part:
    places = f.places
    n = len(places)
    if f.kind == "vague":
        if "same_number" in f.cues or f.text.lower().startswith("the same"):
            prev = next((p for p in reversed(parts_so_far) if p.sub_of is None), None)
            if prev is not None:
                one = Interval(prev.figure.low, prev.figure.high)
                k = max(1, n)
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


def _item_count_for(total: Figure, figs: list[Figure], text: str) -> Figure | None:
    """ "31 drones across eight regions": a count of places right after the total."""
    for f in figs:
        if f.start <= total.start or f.sentence != total.sentence:
            continue
        if f.start - total.end > 60:
            break
        if f.kind == "count" and f.noun in PLACE_NOUNS and not f.cues & {"including"}:
            return f
    m = _WAYS.search(text, total.end, min(len(text), total.end + 80))
    if m:
        for f in figs:
            if f.start >= m.start() and f.end <= m.end():
                return f
    return None


# --------------------------------------------------------------------------- main


def find_breakdowns(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]], path: str = ""
) -> list[Breakdown]:
    """All breakdowns in one document's figures (in text order)."""
    figs = [
        f
        for f in sorted(figures, key=lambda f: f.start)
        if f.kind in ("count", "money", "measure", "percent", "vague")
    ]
    by_sentence: dict[int, list[Figure]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)

    out: list[Breakdown] = []
    # before/after figures of a change ("from 4,800 in March to 2,900 in June") are
    # neither totals nor parts
    used_as_part: set[int] = _change_pairs(text, by_sentence)

    # 1. trailing totals: "..., bringing the night's total to 15"
    for f in figs:
        if "total" not in f.cues or not _can_be_total_trailing(f):
            continue
        earlier = [
            g
            for g in by_sentence.get(f.sentence, [])
            if g.start < f.start
            and _compatible(f, g)
            and g.kind != "vague"
            and not (g.noun in PLACE_NOUNS and g.noun != f.noun)
        ]
        if not earlier:
            continue
        parts: list[Part] = []
        for g in earlier:
            part = _part(g, parts)
            if "including" in g.cues and parts:
                part.sub_of = len(parts) - 1
            parts.append(part)
        if sum(1 for p in parts if p.sub_of is None) >= 2:
            out.append(Breakdown(path, f, parts, True, sentences=(f.sentence, f.sentence)))
            used_as_part.update(id(g) for g in earlier)

    for t in figs:
        if (
            id(t) in used_as_part
            or not _can_be_total(t)
            or "total" in t.cues
            and _is_trailing(t, by_sentence)
        ):
            continue
        bd = _collect(text, t, figs, by_sentence, sentences, path, used_as_part)
        if bd is not None:
            out.append(bd)
            # a figure already counted as a part does not start a breakdown of its own
            used_as_part.update(id(p.figure) for p in bd.parts)
            if bd.item_count is not None:
                used_as_part.add(id(bd.item_count))
    return out


_LEAD_IN = re.compile(r"^[\W_]*(?:(?:and|but|while|another|a further|of (?:these|them|those)"
                      r"|the (?:remaining|rest|other)|some|about|around|at least|nearly)\W+)*$",
                      re.I)  # fmt: skip


def _leads_sentence(text: str, g: Figure, sentence_start: int) -> bool:
    """The figure opens its sentence, give or take a lead-in ("Of these, 14 ...")."""
    return bool(_LEAD_IN.match(text[sentence_start : g.start]))


def _belongs_to_other(total: Figure, g: Figure, same: list[Figure]) -> bool:
    """A part naming another figure's noun ("of which 56 drones") is that figure's part."""
    if g.noun is None or g.noun == total.noun:
        return False
    return any(o is not total and o.start < g.start and o.noun == g.noun for o in same) or (
        total.noun is not None and not total.attributive and "including" not in g.cues
    )


_BULLET = re.compile(r"\s*(?:[-*•·–]|\d+[.)])\s")
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|these|those|its|their)\s+(?:\w+\s+)?$", re.I)
_OF_THE_AFTER = re.compile(r"\s*(?:\w+\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
_INCLUDES_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:includes?|included|including|comprising\s+at\s+least|among\s+them)\b",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)


_LABELLED = re.compile(
    r"(?:^|[,:;]\s*)[a-z][a-z ()/-]{0,60}?\s[‒–—-]\s*(?:about\s+|around\s+|some\s+)?$", re.M
)
_INCREMENT = re.compile(r"\(\s*[+−-]\s*$")


def _change_pairs(text: str, by_sentence: dict[int, list[Figure]]) -> set[int]:
    """Figures that are neither totals nor parts: the two ends of a change, the part
    in "120 of the 349 seats" (a share of a whole, not a list), a day's increment
    "(+500)", and the values of a labelled list ("tanks ‒ 3,812, artillery ‒ 3,650")."""
    out: set[int] = set()
    for figs in by_sentence.values():
        for f in figs:
            line_start = text.rfind("\n", 0, f.start) + 1
            window_start = max(line_start, f.start - 60)
            if _INCREMENT.search(text, max(0, f.start - 3), f.start) or _LABELLED.search(
                text, window_start, f.start
            ):
                out.add(id(f))
        for a, b in zip(figs, figs[1:], strict=False):
            if _is_change_pair(text, a, b):
                out.update((id(a), id(b)))
            elif _OF_THE_AFTER.fullmatch(text, a.end, b.start):
                out.add(id(a))
    return out


def _is_change_pair(text: str, a: Figure, b: Figure) -> bool:
    """ "fell from 4,800 in March to 2,900 in June", "rose to $1.1 trillion, from $1.0
    trillion": before and after values of one change, not a total and its part."""

    def before(pat: re.Pattern[str], f: Figure) -> bool:
        return bool(pat.search(text, max(0, f.start - 20), f.start))

    return (before(_FROM_BEFORE, a) and before(_TO_BEFORE, b)) or (
        before(_TO_BEFORE, a) and before(_FROM_BEFORE, b)
    )


def _can_be_total_trailing(f: Figure) -> bool:
    return f.kind in ("count", "money", "measure") and f.value >= 2


def _is_trailing(t: Figure, by_sentence: dict[int, list[Figure]]) -> bool:
    return any(g.start < t.start and _compatible(t, g) for g in by_sentence.get(t.sentence, []))


def _collect(
    text: str,
    total: Figure,
    figs: list[Figure],
    by_sentence: dict[int, list[Figure]],
    sentences: list[tuple[int, int]],
    path: str,
    excluded: set[int] = frozenset(),
) -> Breakdown | None:
    item_count = _item_count_for(total, figs, text)
    lead = item_count or total
    complete_cue = bool((lead.cues | total.cues) & {"colon", "complete"})
    # "Of the 120 passengers, 80 were rescued and 30 ..." names some of them, not all;
    # "The budget includes ..." likewise
    partial = bool(
        _OF_THE_BEFORE.search(text, max(0, total.start - 30), total.start)
        or _INCLUDES_AFTER.match(text, total.noun_end or total.end)
    )
    parts: list[Part] = []
    last_sentence = total.sentence

    # -- same sentence: everything after the total (and its item count)
    same = [
        g
        for g in by_sentence.get(total.sentence, [])
        if g.start > total.start and g is not item_count
    ]
    interrupted = False
    for g in same:
        if id(g) in excluded:
            continue
        explicit = bool(g.cues & {"including", "of_them"}) and g.noun == total.noun
        if interrupted and not explicit:
            # "89 drones and 3 missiles, of which 56 drones ... and 21 ...": only an
            # explicit reference to this total's noun resumes its list
            if not parts or parts[-1].figure.noun != total.noun:
                continue
        if not _compatible(total, g) or _belongs_to_other(
            total, g, by_sentence.get(total.sentence, [])
        ):
            if g.kind in ("count", "money", "measure") and g.noun and not g.places:
                interrupted = True
            continue
        if interrupted and explicit:
            interrupted = False
        if _is_change_pair(text, total, g):
            break
        if "total" in g.cues or "another" in g.cues and not parts:
            break
        if g.low > total.high and not ("including" in g.cues or partial or parts):
            # a bigger figure with no cue that it is a part: not a breakdown of this total
            if g.noun is not None:
                break
        if "including" in g.cues:
            if parts:
                # "10 drones, including three ..." right after a part: a sub-count
                part = _part(g, parts)
                part.sub_of = len(parts) - 1
                parts.append(part)
                continue
            partial = True
        parts.append(_part(g, parts))

    # -- the following sentences
    gap = 0
    s = total.sentence + 1
    while s < len(sentences) and gap <= MAX_GAP:
        sent_figs = by_sentence.get(s, [])
        s_start, _ = sentences[s]
        if _SEPARATE.match(text, s_start):
            break
        if not sent_figs:
            gap += 1
            s += 1
            continue
        taken: list[Part] = []
        stop = False
        for g in sent_figs:
            if g.kind in ("date", "time", "year"):
                continue
            if not _compatible(total, g):
                if g.kind in ("count", "money", "measure", "percent") and (g.noun or g.unit):
                    stop = True
                    break
                continue
            restated = (
                g.noun == total.noun
                and g.kind != "vague"
                and g.low >= total.low
                and "including" not in g.cues
            )
            if restated:
                stop = True
                break
            cued = bool(g.cues & {"of_them", "remaining", "another", "including"})
            if id(g) in excluded or (g.qualifier == "range" and not cued):
                stop = True
                break
            placed = bool(g.places) or g.kind == "vague"
            # a bare number refers back to the total only where it leads its sentence
            # ("Twenty-one were carried out ...") or continues a list begun there
            leading = g.noun is None and (bool(taken) or _leads_sentence(text, g, s_start))
            if not (cued or placed or leading):
                stop = True
                break
            all_parts = parts + taken
            if "including" in g.cues and all_parts:
                part = _part(g, all_parts)
                part.sub_of = len(all_parts) - 1
                taken.append(part)
                continue
            if "of_them" in g.cues and not parts and not taken:
                # "Nine of them were downed over ..." : an explicit subset
                partial = True
            taken.append(_part(g, all_parts))
        if not taken:
            break
        top_now = [p for p in parts if p.sub_of is None]
        bullet = _BULLET.match(text, sentences[s][0]) is not None
        if len(top_now) >= 2 and not bullet and not taken[0].figure.cues & {"remaining", "another"}:
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

    top = [p for p in parts if p.sub_of is None]
    if not top:
        return None
    has_remaining = any("remaining" in p.figure.cues for p in top)
    if not partial:
        complete = complete_cue or has_remaining or len(top) >= 2
    else:
        complete = False
    if len(top) == 1 and not (complete_cue or has_remaining or partial):
        return None
    if complete and len(top) < 2 and not has_remaining:
        complete = False
    # a lone part reading as "of them"/"including" that fits is just a subset
    return Breakdown(
        path=path,
        total=total,
        parts=parts,
        complete=complete,
        item_count=item_count,
        sentences=(total.sentence, last_sentence),
    )
