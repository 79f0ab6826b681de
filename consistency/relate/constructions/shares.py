"""Shares of a stated whole: "shot down 48 out of 79 drones", "won 159 of the 400
seats", with the other shares that follow ("30 other drones", "The Democratic
Alliance took 87 seats, ...", "The remaining 57 seats ...")."""

from __future__ import annotations

import re

from consistency.recache import re_compile
from consistency.relate.agreement import agrees
from consistency.relate.constructions.common import finish, is_other, is_remaining, make_part
from consistency.relate.model import Breakdown, Part
from consistency.relate.phrases import DocView, Facts

_OF_BETWEEN = re_compile(
    r"^\s*(?:(?!and\b|or\b|but\b)[\w-]+\s+){0,2}?(?:\(\s*)?(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+"
    r"|a\s+total\s+of\s+|all\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?:[\w-]+\s+)?$",
)
_OF_LEAD = re_compile(
    r"\W*(?:of|out\s+of|among)\s+(?:these|those|them|which|whom|that|this)\b", re.I
)
_IN_WHOLE_BETWEEN = re_compile(r"^\s*(?:[\w-]+\s+){0,2}?in\s+(?:the|its|a)\s+$")
_RESULTS = frozenset({"win", "lose", "draw"})
_OUTCOMES = frozenset({"destroy", "jam", "hit", "return", "missing"})
_HOLDER = re_compile(
    r"\b(?!(?:The|A|An|In|On|At|Of|And|But|While|It|Its|This|That)\b)[A-Z][\w'’-]+"
)
_FOR_HOLDER = re_compile(r"\s+(?:seats?\s+)?(?:for|to|went\s+to)\s+(?:the\s+)?[A-Za-z]")
_REPORTED = re_compile(r"\b(?:said|says|told|reported|according|stated|added)\b", re.I)


def share_pairs(view: DocView) -> dict[int, Facts]:
    """id(whole figure) -> the share stated of it ("48 out of 79": 79 -> 48)."""
    out: dict[int, Facts] = {}
    for row in view.by_sentence.values():
        for a, b in zip(row, row[1:], strict=False):
            if a.fig.kind != b.fig.kind or a.fig.kind not in ("count", "money", "measure"):
                continue
            between = view.text[max(a.end, a.fig.noun_end) : b.start]
            if _OF_BETWEEN.match(between) or (
                b.fig.attributive and _IN_WHOLE_BETWEEN.match(between)
            ):  # "won 210 seats in the 400-member assembly"
                out[id(b.fig)] = a
                b.predicate = None  # "shot down 48 out of 79": the verbs are the shares
    return out


def _holder(view: DocView, fa: Facts, prev_end: int) -> bool:
    """A name in the figure's clause before it: "the Freedom Party 37", "The Democratic
    Alliance took 87 seats"."""
    lead = view.text[max(prev_end, fa.start - 80) : fa.start]
    return bool(_HOLDER.search(lead)) and not _REPORTED.search(lead)


def _sibling(
    view: DocView, whole: Facts, share: Facts, fa: Facts, prev_end: int, same_sentence: bool
) -> str | None:
    """Another share of the whole: same things, the share's outcome, a holder or a place."""
    rel = agrees(whole, fa)
    if rel is None or fa.fig.qualifier == "range":
        return None
    if is_other(view, fa) or is_remaining(view, fa) or fa.fig.text.lower() == "another":
        return rel
    if share.predicate in _RESULTS and fa.predicate in _RESULTS:
        return rel  # "won 12 of its 20 games, losing 6 and drawing 3"
    if (
        share.predicate in _OUTCOMES
        and fa.predicate in _OUTCOMES
        and fa.predicate != share.predicate
        and fa.noun in (None, share.noun, whole.noun)
    ):
        return rel  # "shot down 37 of 42 drones ... hits by four drones were recorded"
    if share.predicate is None and not (same_sentence and fa.predicate is None):
        return None  # "tallied 250 of the 265 seats. X leads with 71": a breakdown of the 250
    if fa.predicate not in (None, share.predicate):
        return None
    if fa.predicate is None and fa.noun is not None and fa.noun not in (share.noun, whole.noun):
        return None
    return rel if (_holder(view, fa, prev_end) or fa.placed) else None


def share_list(view: DocView, whole: Facts, used: set[int], path: str) -> Breakdown | None:
    """A share "A of the B" and the shares after it, in its sentence and the next:
    partial (other shares may be left out), explicit when "the remaining N" closes it.
    Later shares need a holder or place ("The Democratic Alliance took 87 seats") and
    the first share's outcome, or words that add them ("30 other drones")."""
    pairs = view.memo("share_pairs", lambda: share_pairs(view))
    share = pairs.get(id(whole.fig))
    if share is None or id(share.fig) in used:
        return None
    parts: list[Part] = [make_part(share, agrees(whole, share, explicit=True) or "same")]
    row = view.by_sentence.get(whole.sentence, [])
    prev_end = max(whole.end, whole.fig.noun_end)
    for fa in row:
        if fa.start <= whole.start or fa.inert or id(fa.fig) in used:
            continue
        rel = _sibling(view, whole, share, fa, prev_end, True)
        if rel is None:
            if fa.noun is not None and agrees(whole, fa) is None:
                break
            continue
        parts.append(make_part(fa, rel))
        prev_end = max(fa.end, fa.fig.noun_end)
    s = whole.sentence + 1
    while s < len(view.sentences) and s <= whole.sentence + 3:
        row = [fa for fa in view.by_sentence.get(s, []) if not fa.inert]
        s_start, _ = view.sentence_span(s)
        if _OF_LEAD.match(view.text, s_start, s_start + 40):
            break  # "Of those, 140 were won in districts": a breakdown of the last share
        prev_end = s_start
        taken: list[Part] = []
        for fa in row:
            if id(fa.fig) in used:
                break
            rel = _sibling(view, whole, share, fa, prev_end, False)
            if rel is None:
                continue
            taken.append(make_part(fa, rel))
            prev_end = max(fa.end, fa.fig.noun_end)
        if not taken:
            break
        parts.extend(taken)
        s += 1
    completeness = "partial"
    if len(parts) >= 3 and is_remaining(view, view.of(parts[-1].figure)):
        completeness = "explicit"
    results = {view.of(p.figure).predicate for p in parts}
    if len(parts) == 3 and results == _RESULTS:
        completeness = "explicit"  # won, lost and drew: every game
    return finish(view, whole, parts, completeness, "share-list", path)


def allocation_list(view: DocView, whole: Facts, used: set[int], path: str) -> Breakdown | None:
    """A whole sized by its own adjective ("the 450-seat chamber", "the 27-nation bloc")
    and the shares its sentence gives to named holders: "46 seats for Labour, 38 for
    the Conservatives and 19 for smaller parties in the 100-seat chamber". The shares
    can never exceed the whole; three or more read as the whole allocation."""
    if not whole.fig.attributive:
        return None
    row = view.by_sentence.get(whole.sentence, [])
    parts: list[Part] = []
    prev_end = view.sentence_span(whole.sentence)[0]
    for fa in row:
        if fa is whole or fa.inert or id(fa.fig) in used or fa.fig.attributive:
            continue
        rel = agrees(whole, fa)
        if rel is None or fa.fig.qualifier == "range":
            if parts and fa.noun is not None and fa.start > whole.start:
                break
            continue
        between = view.text[prev_end : fa.start]
        holder = _holder(view, fa, prev_end) or _FOR_HOLDER.match(
            view.text, max(fa.end, fa.fig.noun_end)
        )
        if not (holder or is_remaining(view, fa)) or _REPORTED.search(between):
            continue
        parts.append(make_part(fa, rel))
        prev_end = max(fa.end, fa.fig.noun_end)
    if len(parts) < 2:
        return None
    completeness = "inferred" if len(parts) >= 3 else "partial"
    if is_remaining(view, view.of(parts[-1].figure)):
        completeness = "explicit"
    return finish(view, whole, parts, completeness, "allocation-list", path)
