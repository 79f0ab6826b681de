"""Breakdowns: every stated total and the parts a named construction relates to it.

Each figure that can be a total is offered to the constructions in a fixed
order (its own sentence's lists first, then lists that refer back to it); the
first that finds evidence claims the parts, which no later breakdown may take.
A figure no construction claims takes part in no check.
"""

from __future__ import annotations

from consistency.extract.model import Figure
from consistency.relate.constructions import CONSTRUCTIONS
from consistency.relate.constructions.common import own_item_counts
from consistency.relate.constructions.lists import names_list
from consistency.relate.genre import is_sports_report
from consistency.relate.model import Breakdown
from consistency.relate.phrases import DocView, Facts

#: Constructions whose own words make the relation (a part of another list may head one).
_EXPLICIT_MARKERS = frozenset(
    {"colon-list", "including-list", "comprises-list", "with-list", "of-them-list"}
)
_RESULTS = frozenset({"win", "lose", "draw"})
_SIZED_WHOLES = frozenset({"share-list", "allocation-list"})


def find_breakdowns(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]], path: str = ""
) -> list[Breakdown]:
    """All breakdowns in one document's figures (in text order)."""
    sporty = is_sports_report(text)
    view = DocView(text, figures, sentences, sporty)
    used: set[int] = set()
    # "over eight regions" counts places: never a total or a part of anything
    items = {id(c.fig) for fa in view.facts for c in own_item_counts(view, fa)}
    out: list[Breakdown] = []
    seen_parts: set[tuple[int, ...]] = set()
    for fa in view.facts:
        if fa.fig.kind == "count" and fa.noun is not None:
            bd = names_list(view, fa, used, path)  # "over six regions: Kursk, Belgorod, ..."
            if bd is not None:
                out.append(bd)
                continue
            if id(fa.fig) in items:
                continue
        if not _can_be_total(fa):
            continue
        is_part = id(fa.fig) in used
        for construction in CONSTRUCTIONS:
            if is_part and construction.name not in _EXPLICIT_MARKERS:
                continue
            if fa.fig.attributive and construction.name not in _SIZED_WHOLES and not fa.total_word:
                continue  # "the 450-seat chamber" is a whole only of its own seats
            bd = construction.find(view, fa, used, path)
            if bd is None:
                continue
            key = tuple(sorted(id(p.figure) for p in bd.parts))
            if key in seen_parts:
                break
            if sporty and not _sport_tally(view, bd):
                break
            seen_parts.add(key)
            used.update(id(p.figure) for p in bd.parts)
            out.append(bd)
            break
    return out


def _can_be_total(fa: Facts) -> bool:
    f = fa.fig
    return (
        f.kind in ("count", "money", "measure")
        and fa.noun not in ("place", "way")
        and not fa.inert
        and f.value >= 2
        and f.qualifier != "range"
    )


def _sport_tally(view: DocView, bd: Breakdown) -> bool:
    """In a sports report only a tally in the total's own sentence whose every part
    names what it counts ("seven golds, four silvers and four bronzes") or the result
    it counts ("won 12, lost 6, drew 3") is a breakdown; scores, minutes, caps and
    seedings are not."""
    top = bd.top_parts
    return bool(top) and all(
        p.figure.sentence == bd.total.sentence
        and (view.of(p.figure).category is not None or view.of(p.figure).predicate in _RESULTS)
        for p in top
    )
