"""Lists that refer back to a total: a place-by-place account in the sentences after
it, "Of these, ...", "N of them ...", and a division of "all N" by type."""

from __future__ import annotations

import re

from consistency.extract.model import Figure
from consistency.interval import Interval
from consistency.recache import re_compile
from consistency.relate.agreement import agrees, nouns_agree, units_agree
from consistency.relate.constructions.common import (
    finish,
    is_other,
    is_remaining,
    is_sub_count,
    item_counts,
    make_part,
    scope_places,
)
from consistency.relate.lexicon import CONTINUES, PARTIAL_LEAD, PERSON_NOUNS, SEPARATE
from consistency.relate.model import Breakdown, Part
from consistency.relate.phrases import DocView, Facts
from consistency.relate.places import name_key

#: Sentences without any additive figure allowed between a total and its list.
MAX_GAP = 4
#: Parts looked at in one sentence (bounds the work on a huge run-on sentence).
MAX_PARTS = 60
_OF_LEAD = re_compile(
    r"^[\W_]*(?:of|out\s+of|among)\s+(?:these|those|them|which|whom|that|this|it|this\s+number"
    r"|the\s+(?:figure|total|number|amount|sum|injured|dead|wounded|victims|fatalities|deaths))"
    r"\s*,?",
    re.I,
)
#: "Of the 132 drones, ...", "Of Scotland's 57 seats, ...": the whole in the lead.
_OF_NUM_LEAD = re_compile(
    r"^[\W_]*(?:of|out\s+of|among)\s+(?:the|its|their|[A-Z][\w.-]*['’]s)\s+$", re.I
)
#: "Prosecutors said 22 of the suspects ...": an attribution before the first figure.
_SAID_LEAD = re_compile(
    r"^[\W_]*(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|say|says|added|reported|told\s+\w+)"
    r"(?:\s+that)?\s*$"
)
_INCLUDE_LEAD = re_compile(
    r"^[\W_]*(?:these|they|this|the\s+(?:figures?|toll|total|dead|victims))\s+"
    r"(?:include[sd]?|comprised?|comprise[sd]?|consist(?:ed)?\s+of|were)\b",
    re.I,
)
_OF_THEM_AFTER = re_compile(r"^\s+(?:of\s+(?:them|these|those|the\s+\w+)|among\s+them)\b", re.I)
_SPECIFIC_LEAD = re_compile(r"^\W*(?:in\s+particular|specifically|namely|notably)\b", re.I)


def _placed_part(view: DocView, fa: Facts) -> bool:
    return (
        fa.placed
        or (fa.fig.kind == "vague" and bool(fa.places))
        or bool(fa.names and fa.fig.kind != "vague")
    )


def _in_scope(fa: Facts, scope: tuple[str, ...]) -> bool:
    """A name the total's sentence already set out as a place ("the quake that hit
    Jajarkot and West Rukum districts ... 100 died in Jajarkot")."""
    return bool(scope) and any(name_key(n) in scope for n in fa.names)


def _scan_sentence(
    view: DocView,
    total: Facts,
    row: list[Facts],
    parts: list[Part],
    used: set[int],
    explicit: bool,
    placed_only: bool,
    scope: tuple[str, ...] = (),
    loose: bool = False,
) -> tuple[list[Part], bool]:
    """Parts of ``total`` in one sentence's ``row``; (taken, stop)."""
    taken: list[Part] = []
    for fa in row[:MAX_PARTS]:
        if fa.fig.kind == "percent" or fa.inert:
            continue
        if id(fa.fig) in used:
            return taken, True
        all_parts = parts + taken
        top = [i for i, p in enumerate(all_parts) if p.sub_of is None]
        if top and is_sub_count(view, all_parts[top[-1]], fa):
            taken.append(make_part(fa, "same", sub_of=top[-1]))
            continue
        cued = is_other(view, fa) or is_remaining(view, fa)
        rel = agrees(total, fa, explicit=explicit and not cued)
        if rel is None:
            continue  # another measure in passing ("and injured one person"; "in another 11")
        if fa.total_word and not is_remaining(view, fa):
            return taken, True
        named_ok = bool(fa.names) and any(view.of(p.figure).placed for p in all_parts)
        placed = (
            fa.placed
            or (fa.fig.kind == "vague" and bool(fa.places))
            or named_ok
            or _in_scope(fa, scope)
            or (loose and (fa.located or _SET_APART.match(view.text, max(fa.end, fa.fig.noun_end))))
        )
        if placed_only and not (placed or cued):
            return taken, True  # a figure set apart by nothing: the list is over
        if fa.fig.qualifier == "range" and not cued:
            return taken, True
        taken.append(make_part(fa, rel))
    return taken, False


def place_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """An account place by place of a total stated before it, in its own sentence or
    the next ones: "destroyed 56 UAVs. It said 11 drones were shot down over the
    Belgorod Region, 28 over the Voronezh Region, and 17 over the Rostov Region."

    Evidence: every part is set apart by a place its own phrase names (a region
    word or the gazetteer), counts what the total counts, and the list starts in
    the first sentence after the total that holds figures. It reads as the whole
    account (inferred); it is explicit when the list matches the stated number of
    places or the places the total names, or ends with "the remaining N", and
    partial when worded so ("including", "in particular", "N of them").
    """
    if total.fig.kind not in ("count", "money", "measure") or total.fig.value < 2:
        return None
    bracketed = view.text[total.own_end : total.own_end + 1] == "("
    # "13 drones in Krasnodar. ... five in the Krasnodar region, eight over the Black
    # Sea": a total over a place may be divided among that place and others nearby
    over_place = total.placed and len(total.places) == 1
    if (
        (total.placed or total.located)
        and len(total.places) < 2
        and not total.total_word
        and not bracketed  # "18 drones over the Kaluga (two), Tver (three) ... regions"
        and not over_place
    ):
        return None  # "20 drones over Bryansk, 10 over Kursk": the first of a list
    if _restated_later(view, total):
        return None  # the later statement heads the list
    anchored = total.noun is not None or total.predicate in ("death", "injury", "casualty")
    row = view.by_sentence.get(total.sentence, [])
    siblings = [
        fa for fa in row
        if fa is not total and (fa.placed or fa.located) and agrees(total, fa) is not None
    ]  # fmt: skip
    if (total.placed or total.located) and siblings and len(total.places) < 2 and not bracketed:
        return None
    parts: list[Part] = []
    _, next_start = view.bounds(total.fig)
    partial = bool(PARTIAL_LEAD.search(view.text[total.end : min(next_start, total.end + 80)]))
    # the total's own sentence: placed parts right after it
    after = [fa for fa in row if fa.start > total.end]
    counts = {id(c) for c in item_counts(view, total)}
    after = [fa for fa in after if id(fa) not in counts]
    scope = scope_places(view, total)
    loose = bool(after) and _elided_after(view, total, after)
    subset = False
    if after and (after[0].placed or loose) and agrees(total, after[0]) is not None:
        taken, stop = _scan_sentence(view, total, after, [], used, False, True, scope, loose)
        parts.extend(taken)
        if stop and parts:
            return _finish_place_list(view, total, parts, partial, path, loose)
    s = total.sentence + 1 if anchored or parts else len(view.sentences)
    gap = 0
    started = bool(parts)
    while s < len(view.sentences) and gap <= MAX_GAP:
        s_start, _ = view.sentence_span(s)
        lead = view.text[s_start : s_start + 60]
        if SEPARATE.match(lead):
            break
        row = view.by_sentence.get(s, [])
        quantities = [fa for fa in row if fa.fig.kind != "percent" and not fa.inert]
        if not quantities:
            gap += 1
            s += 1
            continue
        agreeing = [fa for fa in quantities if agrees(total, fa) is not None]
        if not agreeing:
            if any(_new_topic(total, fa) for fa in quantities):
                break  # "... 73 drones were intercepted": the story has moved on
            gap += 1  # figures of another measure in passing ("and injured one person")
            s += 1
            continue
        first = agreeing[0]
        if not started:
            if _OF_LEAD.match(lead) or _OF_THEM_AFTER.match(view.text[first.end : first.end + 25]):
                partial = True
                subset = True  # "15 of the drones were downed over ...": a subset, unless
                # the list then names every place the total was spread over
            elif PARTIAL_LEAD.match(lead) and not _SPECIFIC_LEAD.match(lead):
                # "For example, ...", "Among them, ..."; but "In particular, 110 over
                # Bryansk, 20 over Belgorod, ..." details the whole account
                partial = True
            loose = _leads_elided(view, first, s_start)
            if not (
                first.placed
                or _in_scope(first, scope)
                or (partial and _placed_part(view, first))
                or loose
            ):
                break
        elif not (first.placed or is_other(view, first) or CONTINUES.match(lead)):
            break
        taken, stop = _scan_sentence(view, total, row, parts, used, False, True, scope, loose)
        if not taken:
            break
        parts.extend(taken)
        started = True
        gap = 0
        if stop:
            break
        s += 1
    if not parts:
        return None
    if over_place and not any(total.places[0] in p.places for p in parts):
        return None  # "5,000 staff in London. ... 3,000 in Paris": siblings, not parts
    return _finish_place_list(view, total, parts, partial, path, loose, subset)


#: "from the market", "at the station": a part set apart by where, even unnamed.
_SET_APART = re_compile(
    r"\s+(?:\w+\s+){0,3}?(?:from|in|at|on|inside|near|outside|to|out\s+of)\s+(?:the|a|an|its"
    r"|their)\s+[a-z]",
    re.I,
)


def _leads_elided(view: DocView, fa: Facts, s_start: int) -> bool:
    """ "Twenty were taken from the market, 9 from the station and 6 from the school":
    a bare number opening the sentence refers back to the total, and the parts after
    it are set apart by where they were."""
    if fa.fig.noun is not None or fa.fig.kind != "count":
        return False
    if view.text[s_start : fa.start].strip(" \t\n\"'“‘-*•"):
        return False
    row = [g for g in view.by_sentence.get(fa.sentence, []) if not g.inert]
    apart = [
        g for g in row
        if g.located or g.placed
        or _SET_APART.match(view.text, max(g.end, g.fig.noun_end))
    ]  # fmt: skip
    closed = len(apart) >= 2 and is_remaining(view, apart[-1])  # "... and the remaining three"
    return (len(apart) >= 3 or closed) and apart[0] is fa


def _elided_after(view: DocView, total: Facts, after: list[Facts]) -> bool:
    """ "killed 14 people, 9 in the capital, 2 in the port and 1 in the hills": bare
    numbers right after the total, each set apart by where."""
    first = after[0]
    if first.fig.noun is not None or not re.fullmatch(
        r"[^.;:\d]{0,60}?,\s*", view.text[max(total.end, total.fig.noun_end) : first.start]
    ):
        return False
    apart = [
        g for g in after
        if g.located or g.placed or _SET_APART.match(view.text, max(g.end, g.fig.noun_end))
    ]  # fmt: skip
    return len(apart) >= 3 and apart[0] is first


def _new_topic(total: Facts, fa: Facts) -> bool:
    """A figure that counts other things in a sentence of its own: "the destruction
    of 28 guided bombs", not "and injured one person" beside the total's measure."""
    return (
        fa.fig.noun is not None
        and fa.fig.kind == "count"
        and not fa.placed
        and nouns_agree(total, fa) is None
        and not (fa.noun in PERSON_NOUNS and total.noun in PERSON_NOUNS)
    )


def _restated_later(view: DocView, total: Facts) -> bool:
    """The same total stated again before any list ("75 drones ... destroyed 75 UAVs")."""
    for fa in view.facts[total.index + 1 :]:
        if fa.sentence > total.sentence + 2:
            return False
        if fa.placed:
            return False
        if (
            fa.fig.value == total.fig.value
            and fa.fig.kind == total.fig.kind
            and (fa.noun == total.noun or fa.noun is None or total.noun is None)
            and not fa.inert
        ):
            return True
    return False


def _starts_right_after(view: DocView, total: Facts, first: Figure) -> bool:
    """The list begins in the total's sentence or the next sentence holding figures."""
    if first.sentence == total.sentence:
        return True
    return all(not view.by_sentence.get(s) for s in range(total.sentence + 1, first.sentence))


def _sums(parts: list[Part]) -> list[Interval]:
    """The sums of the top parts under each reading of unmarked "each"."""
    from consistency.relate.model import Breakdown

    probe = Breakdown(path="", total=parts[0].figure, parts=parts)
    return [iv for _each, iv in probe.readings()]


def _finish_place_list(
    view: DocView,
    total: Facts,
    parts: list[Part],
    partial: bool,
    path: str,
    loose: bool = False,
    subset: bool = False,
) -> Breakdown | None:
    top = [p for p in parts if p.sub_of is None]
    if len(top) < 2:
        return None
    completeness = "partial" if partial else "inferred"
    keys = {k for p in top for k in p.places}
    right_after = _starts_right_after(view, total, top[0].figure)
    if len(keys) < 3 and not (loose and len(top) >= 3):
        # two places may be examples as well as the account ("over 375 injured ... 81
        # in Jajarkot and 85 in West Rukum"), unless an exact total is divided right
        # after it ("three drones. Two were downed over Bryansk and one over Kaluga")
        if not (len(keys) == 2 and total.fig.qualifier == "exact" and right_after):
            completeness = "partial"
    counts = item_counts(view, total)
    if counts:
        stated = sum(c.fig.value for c in counts)
        seas = {k for p in top for k in view.of(p.figure).seas}
        named = (
            len(keys - seas) if all(c.noun not in ("sea", "water") for c in counts) else len(keys)
        )
        adds_up = any(iv.overlaps(Interval(total.fig.low, total.fig.high)) for iv in _sums(parts))
        if (
            completeness == "inferred"
            and named < stated
            and not any(p.figure.kind == "vague" for p in top)
            and not adds_up  # a list that adds up is the whole account: the count is off
        ):
            completeness = "partial"  # "over five regions" with figures for three
        elif named == stated and named >= 2 and (not partial or subset):
            # every place the total was spread over, named: "15 of the drones were downed
            # over Bryansk, nine over Kursk, ..." covers all nine regions
            completeness = "explicit"
    scope = set(total.places) or set(scope_places(view, total))
    if len(scope) >= 2 and keys == scope and not partial:
        completeness = "explicit"
    if is_remaining(view, view.of(top[-1].figure)) and not partial:
        completeness = "explicit"
    return finish(view, total, parts, completeness, "place-list", path)


def of_them_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """A sentence that opens by referring back to the total: "Of the 132 drones, 88
    were downed, 41 were lost and one returned", "Of these, 14 were over Bryansk",
    "These include seven patients in the ICU and the other 684 in isolation",
    "Nine of them were downed over Belgorod, ...". A partial list, read as the whole
    account when it names three or more outcomes or places, explicit when it ends
    with "the remaining N"."""
    s_start, s_end = view.sentence_span(total.sentence)
    in_lead = bool(_OF_NUM_LEAD.match(view.text[s_start : total.start]))
    candidates: list[tuple[int, int]] = []
    if in_lead:
        candidates.append((total.sentence, total.index + 1))
    else:
        nxt = total.sentence + 1
        # "Specifically, ..." may come after a sentence or two without figures
        while nxt < min(len(view.sentences), total.sentence + 3) and not view.by_sentence.get(nxt):
            nxt += 1
        if nxt >= len(view.sentences):
            return None
        n_start, _ = view.sentence_span(nxt)
        lead = view.text[n_start : n_start + 80]
        row = view.by_sentence.get(nxt, [])
        if not row:
            return None
        if nxt > total.sentence + 1 and not _SPECIFIC_LEAD.match(lead):
            return None
        if _OF_LEAD.match(lead) or _INCLUDE_LEAD.match(lead) or _SPECIFIC_LEAD.match(lead):
            candidates.append((nxt, row[0].index))
        elif _OF_THEM_AFTER.match(view.text[row[0].end : row[0].end + 25]) and (
            view.text[n_start : row[0].start].strip(" \t\n\"'“‘-") == ""
            or _SAID_LEAD.match(view.text[n_start : row[0].start])
        ):
            candidates.append((nxt, row[0].index))
        else:
            return None
        # only the last figure of the sentence before is what "these" refers to
        prev_row = [fa for fa in view.by_sentence.get(total.sentence, []) if not fa.inert]
        if not prev_row or prev_row[-1] is not total:
            later = [
                fa for fa in prev_row
                if fa.start > total.start
                and not fa.fig.attributive
                and agrees(fa, view.facts[row[0].index]) is not None
            ]  # fmt: skip
            if later:
                return None
    s, first_index = candidates[0]
    parts: list[Part] = []
    while s < len(view.sentences):
        row = [fa for fa in view.by_sentence.get(s, []) if fa.index >= first_index]
        taken, stop = _scan_sentence(view, total, row, parts, used, True, False)
        parts.extend(taken)
        if stop or not taken:
            break
        s += 1
        if s >= len(view.sentences):
            break
        n_start, _ = view.sentence_span(s)
        nrow = [fa for fa in view.by_sentence.get(s, []) if not fa.inert]
        lead = view.text[n_start : n_start + 40]
        if not nrow or SEPARATE.match(lead):
            break  # "Later on Sunday, the ministry said a further 12 ...": another report
        placed_list = all(view.of(p.figure).placed for p in parts if p.sub_of is None)
        if not (
            CONTINUES.match(lead)
            or is_other(view, nrow[0])
            or (placed_list and nrow[0].placed and agrees(total, nrow[0]) is not None)
        ):
            break
        first_index = nrow[0].index
    top = [p for p in parts if p.sub_of is None]
    if not top:
        return None
    completeness = "partial"
    if len(top) >= 3:
        preds = {view.of(p.figure).predicate for p in top}
        places = [p.places for p in top]
        if len(preds) == len(top) or (all(places) and len({k for pl in places for k in pl}) >= 3):
            completeness = "inferred"
    if len(top) >= 2 and is_remaining(view, view.of(top[-1].figure)):
        completeness = "explicit"
    return finish(view, total, parts, completeness, "of-them-list", path)


def kind_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """ "all five drones" divided by type in a later sentence: "three Shahed-type drones
    and two drones of an unidentified type". Needs the total's "all"/"a total of"
    and parts that name the total's noun with different modifiers. Partial."""
    if not total.total_word or total.noun is None:
        return None
    for s in range(total.sentence + 1, min(len(view.sentences), total.sentence + 4)):
        row = [fa for fa in view.by_sentence.get(s, []) if not fa.inert]
        # "shot down all five" -- "Russia used three Shahed-type drones": the same
        # drones under another verb, so only the noun and unit must agree
        kinds = [
            fa for fa in row
            if fa.noun == total.noun and units_agree(total, fa) and not fa.fig.attributive
        ]  # fmt: skip
        if len(kinds) < 2:
            if any(fa.noun == total.noun for fa in row):
                return None
            continue
        mods = [fa.modifier or view.text[fa.fig.noun_end : fa.fig.noun_end + 25] for fa in kinds]
        if len(set(mods)) < len(mods) or any(fa.placed for fa in kinds):
            return None
        if any(id(fa.fig) in used for fa in kinds):
            return None
        parts = [make_part(fa, "kind") for fa in kinds]
        return finish(view, total, parts, "partial", "kind-list", path)
    return None


def outcome_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """What became of what was launched, in the next sentences: "Russia launched 48
    drones. Ukraine's air force said 38 drones were shot down and 16 were jammed";
    "attacked with 89 drones. ... shot down or suppressed 68 of them. Hits by 25 attack
    UAVs were recorded". Two or more different outcomes of the total's noun; partial
    (the fate of the rest may go untold), so only outcomes that exceed the launch
    are reported."""
    if total.predicate != "launch" or total.sentence + 1 >= len(view.sentences):
        return None
    if _restated_later(view, total):
        return None  # "Of the 132 drones, 88 ...": the restated total heads the outcomes
    parts: list[Part] = []
    seen: set[str] = set()
    for s in range(total.sentence + 1, min(len(view.sentences), total.sentence + 3)):
        row = [fa for fa in view.by_sentence.get(s, []) if not fa.inert]
        taken = 0
        for fa in row:
            if id(fa.fig) in used:
                return None
            rel = agrees(total, fa)
            named = fa.fig.noun is not None or _OF_THEM_AFTER.match(view.text[fa.end : fa.end + 25])
            if rel != "sub" or fa.predicate in seen or fa.placed or not (named or parts or taken):
                if (parts or taken) and fa.noun is not None and rel is None:
                    break
                continue
            seen.add(fa.predicate or "")
            parts.append(make_part(fa, rel))
            taken += 1
        if not taken:
            break
    if not parts or (len(parts) < 2 and view.of(parts[0].figure).fig.noun is None):
        return None  # one outcome needs its own noun: "fired 32 missiles ... 35 missiles were intercepted"
    return finish(view, total, parts, "partial", "outcome-list", path)
