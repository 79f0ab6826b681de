"""What the constructions share: collecting a run of parts, item counts, the places a
total's own sentence names, and the decision on completeness."""

from __future__ import annotations

import re

from consistency.recache import re_compile
from consistency.relate.lexicon import (
    NOUN_PARTITIONS,
    PLACE_NOUNS,
    PREDICATE_PARTITIONS,
)
from consistency.relate.locatives import GROUP
from consistency.relate.model import Breakdown, Part
from consistency.relate.phrases import DocView, Facts
from consistency.relate.places import name_key, place_evidence, split_group

_INCLUDING_BETWEEN = re_compile(
    r"^[^.;:]{0,90}?\b(?:including|of\s+(?:which|whom|them)|among\s+them)\b[^.;:]{0,20}$", re.I
)
_OF_THEM_AFTER = re_compile(r"^\s+(?:of\s+(?:them|whom|which|these|those)|among\s+them)\b", re.I)
_OTHER_AFTER = re_compile(r"^\s*(?:other|others|more|further|additional)\b", re.I)
_OTHER_BEFORE = re_compile(
    r"\b(?:another|a\s+further|an\s+additional|additional|further|the\s+other|the\s+remaining"
    r"|remaining|the\s+rest\s+of|the\s+last|the\s+final|other)\s+$",
    re.I,
)
_REMAINING_BEFORE = re_compile(
    r"\b(?:the\s+)?(?:remaining|rest(?:\s+of(?:\s+the)?)?|other|last|final)\s+(?:\w+\s+)?$", re.I
)
_ITEM_LINK = re_compile(
    r"^\s*(?:[\w-]+\s+){0,5}?(?:over|across|in|from|at|throughout)\s+(?:the\s+)?$", re.I
)
#: "divided four ways": a count of the recipients that follow.
_WAYS_BEFORE = re_compile(r"\b(?:divided|split|shared|carved\s+up)\s+$", re.I)
_ITEM_AND = re_compile(r"^\s*(?:and|,)\s*$", re.I)
_RANGE_OK = frozenset({"remaining", "including", "another"})


def is_other(view: DocView, fa: Facts) -> bool:
    """ "30 other drones", "another 22", "two more": an addition to a list."""
    text = view.text
    return bool(
        _OTHER_AFTER.match(text[fa.end : fa.end + 15])
        or _OTHER_BEFORE.search(text[max(0, fa.start - 25) : fa.start])
        or fa.cues & {"another", "remaining"}
    )


_REMAINING_LEAD = re_compile(r"^\W*(?:the\s+)?(?:remaining|rest)\b", re.I)


def is_remaining(view: DocView, fa: Facts) -> bool:
    """ "the remaining 58 seats", "the rest", "the other three", "The remaining strikes
    -- each a single drone -- ...": closes a list."""
    text = view.text
    before = text[max(0, fa.start - 25) : fa.start]
    if "remaining" in fa.cues:
        return True
    if _REMAINING_BEFORE.search(before) and not re.search(r"\bother\s+\w*\s*$", before, re.I):
        return True
    row = view.by_sentence.get(fa.sentence, [])
    s_start, _ = view.sentence_span(fa.sentence)
    return bool(row) and row[0] is fa and bool(_REMAINING_LEAD.match(text, s_start, fa.start))


def is_sub_count(view: DocView, prev: Part, fa: Facts) -> bool:
    """ "3 over the Moscow region, including 2 flying towards Moscow": a part of the
    part before it, not of the total."""
    between = view.text[prev.figure.end : fa.start]
    own = _OF_THEM_AFTER.match(between)
    if own:  # "Nineteen of them were patients and 15 were staff": the part's own cue
        between = between[own.end() :]
    return bool(_INCLUDING_BETWEEN.match(between)) or (
        bool(_OF_THEM_AFTER.match(view.text[fa.end : fa.end + 20]))
        and prev.figure.sentence == fa.sentence
    )


def make_part(fa: Facts, relation: str = "same", sub_of: int | None = None) -> Part:
    """A part with the places its phrase names: verified places, and in a list of
    places, the other names set out the same way ("5 in Agadir Ida Outanane")."""
    places, names = list(fa.places), list(fa.place_names)
    for n in fa.names:
        key = name_key(n)
        if key and key not in places:
            places.append(key)
            names.append(n)
    return Part(
        figure=fa.fig,
        places=tuple(places),
        place_names=tuple(names),
        each=fa.each,
        sub_of=sub_of,
        relation=relation,
    )


def item_counts(view: DocView, total: Facts) -> list[Facts]:
    """Counts of places stated with the total: "75 drones over 5 regions and 2 seas",
    "16,570 houses across six local units"; for a total restated from an earlier
    sentence ("... 15 drones over five regions ... destroyed 15 UAVs"), those stated
    with the earlier one."""
    out = own_item_counts(view, total)
    if out:
        return out
    for fa in reversed(view.facts[: total.index]):
        if fa.sentence < total.sentence - 3:
            break
        if (
            fa.fig.value == total.fig.value
            and fa.noun == total.noun
            and fa.fig.kind == total.fig.kind
        ):
            return own_item_counts(view, fa)
    return []


def own_item_counts(view: DocView, total: Facts) -> list[Facts]:
    row = view.by_sentence.get(total.sentence, [])
    out: list[Facts] = []
    prev_end = max(total.fig.end, total.fig.noun_end)
    for fa in row:
        if fa.start < total.end:
            continue
        ways = fa.noun == "way" and _WAYS_BEFORE.search(view.text, max(0, fa.start - 30), fa.start)
        if fa.fig.kind != "count" or (fa.noun not in PLACE_NOUNS and not ways):
            if out:
                break
            if fa.start - prev_end > 120:
                break
            prev_end = max(fa.end, fa.fig.noun_end)
            continue
        between = view.text[prev_end if out else total.fig.end : fa.start]
        link = _ITEM_AND if out else _ITEM_LINK
        if not (link.match(between) or (ways and not out)):
            break
        out.append(fa)
        prev_end = max(fa.end, fa.fig.noun_end)
    return out


_GROUP_RE = re_compile(GROUP)
_DATELINE = re_compile(r"\s*[^.:;\n]{0,60}?(?::|\s[-–—]\s|\)\s*[-–—])")


def scope_places(view: DocView, total: Facts) -> tuple[str, ...]:
    """Places the total's own sentence names ("the quake that devastated Jajarkot and
    West Rukum districts has reached 157"), verified."""
    s_start, s_end = view.sentence_span(total.sentence)
    dateline = _DATELINE.match(view.text, s_start, s_end)
    if dateline:
        s_start = dateline.end()  # "KATHMANDU:", "MOSCOW, Nov 18 (Reuters) -": no scope
    keys: list[str] = []
    for m in _GROUP_RE.finditer(view.text, s_start, s_end):
        for name in split_group(m.group(0)):
            if place_evidence(view.text, name, m.start(), m.group(0), view.sporty):
                key = name_key(name)
                if key not in keys:
                    keys.append(key)
    return tuple(keys)


def partition_complete(view: DocView, total: Facts, parts: list[Part]) -> bool:
    """The parts name every member of a known partition once ("six golds, five silvers
    and one bronze"; "2,838 partially damaged and 932 destroyed")."""
    top = [view.of(p.figure) for p in parts if p.sub_of is None]
    if len(top) < 2:
        return False
    cats = [fa.category for fa in top]
    for part in NOUN_PARTITIONS:
        if all(c in part for c in cats) and len(set(cats)) == len(cats) == len(part):
            return True
    whole = PREDICATE_PARTITIONS.get(total.predicate or "")
    preds = [fa.predicate for fa in top]
    return whole is not None and set(preds) == whole and len(preds) == len(whole)


def finish(
    view: DocView,
    total: Facts,
    parts: list[Part],
    completeness: str,
    construction: str,
    path: str,
) -> Breakdown | None:
    """A breakdown from the collected parts, with item counts and scope; None if it
    holds fewer than two parts (one part and a sub-count is a partial list too)."""
    top = [p for p in parts if p.sub_of is None]
    if not top:
        return None
    for i, p in enumerate(parts):
        if p.figure.kind == "vague" and p.figure.text.lower().startswith("the same") and i:
            prior = [j for j in range(i) if parts[j].sub_of is None and parts[j].same_as is None]
            if prior:
                p.same_as = prior[-1]  # "four over Belgorod, the same number over Kursk"
    if len(top) < 2 and completeness != "partial" and top[0].times == 1:
        completeness = "partial"
    if any(p.relation in ("sub", "kind") for p in top) and completeness == "inferred":
        completeness = "partial"
    if completeness != "explicit" and partition_complete(view, total, parts):
        completeness = "explicit"
    counts = item_counts(view, total)
    bd = Breakdown(
        path=path,
        total=total.fig,
        parts=parts,
        completeness=completeness,
        construction=construction,
        item_count=counts[0].fig if counts else None,
        item_counts=[c.fig for c in counts],
        scope_places=scope_places(view, total),
        seas=frozenset(k for p in parts for k in view.of(p.figure).seas),
        sentences=(total.sentence, max(p.figure.sentence for p in parts)),
    )
    if len(top) == 1 and not any(p.sub_of is not None for p in parts):
        if completeness == "partial" and top[0].figure.low <= total.fig.high:
            return None  # a single share within its whole says nothing
    return bd
