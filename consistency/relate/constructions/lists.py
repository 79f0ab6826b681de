"""Lists in the total's own sentence: a colon or dash list, "including", "with", a
known partition, and a trailing "for a total of N".

Each construction is one function that, given a candidate total, returns the
breakdown its words give evidence of, or None. The docstring of each says what
the evidence is; ``EXAMPLES`` in ``relate.constructions`` holds a passing and
a failing text for each.
"""

from __future__ import annotations

import re

from consistency.recache import re_compile
from consistency.relate.agreement import agrees
from consistency.relate.constructions.common import (
    finish,
    is_other,
    is_remaining,
    is_sub_count,
    item_counts,
    make_part,
)
from consistency.relate.lexicon import PERSON_NOUNS, PLACE_NOUNS
from consistency.relate.model import Breakdown, Part
from consistency.relate.phrases import DocView, Facts

_COLON = re_compile(
    r"^[^.;:\d()]{0,120}?(?::(?!\d)|\s[–—]|—|;)[\s\-*•·–—]*"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[:–—-]?\s*)?$"  # "as follows: AfD 32"
)
_INCLUDING = re_compile(
    r"^[^.;:\d]{0,80}?\b(?:including|includes?|included|of\s+which|of\s+whom|among\s+them"
    r"|among\s+others|among\s+whom|such\s+as|incl\.|sets?\s+aside|set\s+aside|allocates?"
    r"|allocated|earmarks?|earmarked)(?:\s+at\s+least)?[\s,]*(?:some\s+|about\s+|around\s+)?$",
    re.I,
)
#: Verbs that divide the whole completely: "is made up of", "comprised", "was split
#: between", "were distributed as follows:".
_RELATIVE = re_compile(r",\s*(?:which|who|whose|where|that)\b", re.I)
_COMPRISES = re_compile(
    r"^[^.;:\d]{0,80}?\b(?:comprises?|comprised|comprising|(?:is|are|was|were)\s+made\s+up\s+of"
    r"|consists?\s+of|consisted\s+of|breaks?\s+down\s+(?:as|into)|broke\s+down\s+(?:as|into)"
    r"|(?:is|are|was|were)\s+(?:split|divided|shared|distributed)\s+(?:between|among|into)"
    r"|split\s+between|divided\s+between)\b[^.;:\d]{0,60}?(?:,\s*with|:|,)?\s*"
    r"(?:some\s+|about\s+|around\s+)?$",
    re.I,
)
_WITH = re_compile(
    r"^[^.;:\d]{0,100}?,?\s+(?:with|after\s+(?:securing|winning|collecting|taking))"
    r"\s+(?:about\s+|some\s+|around\s+|nearly\s+|as\s+many\s+as\s+)?$",
    re.I,
)
_OF_WHOM_AFTER = re_compile(r"\s+(?:of\s+(?:whom|which|them)|among\s+them)\b", re.I)
#: Between two parts of one list: commas, "and", "as well as", ";" in a colon list.
_JOIN = re_compile(r"^(?:[^.!?():]|(?<=[A-Z])\.|\.(?=[A-Za-z]))" + r"{0,160}$")
_BREAK_BETWEEN = re_compile(r",\s*(?:while|whereas|but)\b|\bwhile\b|\bwhereas\b|\s[–—]\s|—", re.I)
_RUNNING_TOTAL = re_compile(
    r"\b(?:bringing|raising|taking|pushing|lifting|putting|brings|raises|takes|pushes|brought)\b",
    re.I,
)
_RUNNING = re_compile(
    r"\b(?:weekly|monthly|annual|yearly|overall|cumulative|so\s+far|to\s+date|since|this\s+"
    r"(?:week|month|year)|war|invasion|conflict|campaign)\b",
    re.I,
)
#: "the day's total", "the total for the night": the total of this one occasion.
_OCCASION = re_compile(
    r"\b(?:day|night|morning|evening|attack|strike|raid)['’]s\b|\bfor\s+the\s+(?:day|night"
    r"|morning|evening|attack|raid)\b|\b(?:overnight|nightly|daily)\b",
    re.I,
)
_SUMS_BEFORE = re_compile(
    r"\b(?:totall?ing|(?:for|with|to)\s+a\s+(?:combined\s+|grand\s+)?total\s+of|a\s+total\s+of"
    r"|(?:bringing|raising|taking|putting|brings|raises|takes)\s+[^.;]{0,40}?\b(?:total|tally|toll)"
    r"(?:\s+for\s+the\s+\w+)?\s+to"
    r"|making\s+(?:a\s+total\s+of|it)|(?:in|at)\s+total|altogether|in\s+all|combined)"
    r"\s*,?\s*(?:some\s+|about\s+|around\s+|at\s+least\s+)?$",
    re.I,
)
_SUMS_AFTER = re_compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:in\s+total|in\s+all|altogether|all\s+told|combined)\b", re.I
)
_SUMMING_LEAD = re_compile(
    r"^\W*(?:in\s+all|in\s+total|altogether|all\s+told|combined|overall)\b", re.I
)


def _first_after(view: DocView, total: Facts, skip: set[int]) -> tuple[int, Facts] | None:
    """The first figure after the total in its sentence, past its item counts."""
    row = view.by_sentence.get(total.sentence, [])
    for i, fa in enumerate(row):
        if fa.start > total.start and id(fa) not in skip:
            return i, fa
    return None


def _lead_end(view: DocView, total: Facts) -> int:
    """Where the total's own phrase ends, past its counts of places ("over 10 regions")."""
    end = max(total.fig.noun_end, total.end)
    for c in item_counts(view, total):
        if c.sentence == total.sentence and c.start > total.start:
            end = max(end, c.end, c.fig.noun_end)
    return end


def collect_run(
    view: DocView,
    total: Facts,
    row: list[Facts],
    start: int,
    used: set[int],
    *,
    explicit: bool,
    placed_only: bool = False,
    semicolons: bool = False,
    kinds: bool = False,
) -> list[Part]:
    """Consecutive parts of ``total`` in ``row`` from index ``start``: stop at a figure
    that counts something else, a clause that turns to another subject, or a total."""
    parts: list[Part] = []
    prev_end = max(total.end, total.fig.noun_end)
    for fa in row[start:]:
        if id(fa.fig) in used:
            break
        between = view.text[prev_end : fa.start]
        if parts and (
            not _JOIN.match(between)
            or (";" in between and not semicolons)
            or (_BREAK_BETWEEN.search(between) and not is_remaining(view, fa))
        ):
            break
        if fa.fig.kind == "percent" or fa.inert:
            continue
        top = [i for i, p in enumerate(parts) if p.sub_of is None]
        if top and is_sub_count(view, parts[top[-1]], fa):
            parts.append(make_part(fa, "same", sub_of=top[-1]))
            prev_end = max(fa.end, fa.fig.noun_end)
            continue
        if fa.total_word and not is_remaining(view, fa):
            break
        rel = agrees(total, fa, explicit=explicit)
        if (
            rel is None
            and kinds
            and fa.fig.kind == total.fig.kind == "count"
            and fa.noun
            and fa.fig.low <= total.fig.high  # "61 lifts ... around its 106 floors": no kind
        ):
            rel = "kind"  # "239 people on board comprised ... 50 Malaysians": its kinds
        if rel is None:
            if fa.noun is not None or fa.fig.kind in ("money", "measure"):
                break
            prev_end = max(fa.end, fa.fig.noun_end)  # a sibling measure in passing
            continue
        if placed_only and not (fa.placed or is_remaining(view, fa)):
            break
        if fa.fig.qualifier == "range" and not is_remaining(view, fa):
            break
        parts.append(make_part(fa, rel))
        prev_end = max(fa.end, fa.fig.noun_end, fa.own_end if fa.placed else 0)
    return parts


def _list_lines(view: DocView, total: Facts, used: set[int], after: int) -> list[Part]:
    """The items of a list whose lead-in ends sentence ``after`` with a colon: one
    figure at the start of each following line ("7 – over the territory of Smolensk
    region,", "- Kursk: 10")."""
    parts: list[Part] = []
    s = after + 1
    while s < len(view.sentences):
        row = [fa for fa in view.by_sentence.get(s, []) if fa.fig.kind != "percent"]
        s_start, _ = view.sentence_span(s)
        if not row:
            break
        lead = view.text[s_start : row[0].start]
        if len(lead.strip(" \t\n-*•·–—")) > 40:
            break  # prose, not a list line
        got = collect_run(view, total, row, 0, used, explicit=True, semicolons=True)
        if not got:
            break
        base = len(parts)
        for p in got:
            if p.sub_of is not None:
                p.sub_of += base
        parts.extend(got)
        s += 1
    return parts


def colon_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """A colon or dash after the total opens its list, which claims to be complete:
    "destroyed 22 Ukrainian UAVs: 8 over the Oryol region, 7 over ..."."""
    counts = {id(c) for c in item_counts(view, total)}
    row = view.by_sentence.get(total.sentence, [])
    nxt = _first_after(view, total, counts)
    lead_end = max(total.fig.noun_end, total.end)
    if counts:
        lead_end = max(max(c.fig.noun_end, c.end) for c in item_counts(view, total))
    if nxt is not None:
        i, fa = nxt
        opener = view.text[lead_end : fa.start]
        if not _COLON.match(opener):
            return None
        if ";" in opener and ":" not in opener and (total.placed or total.located or not fa.placed):
            return None  # "£139,544 in Wales; £116,542 in Scotland": siblings, not a list
        partial = bool(re.search(r"\bincluding\b", view.text[lead_end : fa.start], re.I))
        parts = collect_run(view, total, row, i, used, explicit=True, semicolons=True)
    else:
        _, s_end = view.sentence_span(total.sentence)
        tail = view.text[lead_end:s_end].rstrip()
        after = total.sentence
        if not tail.endswith(":") or len(tail) > 120:
            # "31 drones over eight regions. The breakdown is as follows:" + lines
            nxt = total.sentence + 1
            n_start, n_end = view.sentence_span(nxt)
            if (
                not tail.endswith(".")
                or view.by_sentence.get(nxt)
                or not view.text[n_start:n_end].rstrip().endswith(":")
                or n_end - n_start > 200
            ):
                return None
            after = nxt
        partial = False
        parts = _list_lines(view, total, used, after)
    if not parts:
        return None
    return finish(view, total, parts, "partial" if partial else "explicit", "colon-list", path)


def including_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """ "including", "of which", "among them" after the total: a partial list, which
    may fall short of the total but never exceed it ("40 crimes, including 12
    burglaries and 9 car thefts"). Complete only when it names every member of a
    known partition ("12 medals, including six golds, five silvers and one bronze")."""
    counts = {id(c) for c in item_counts(view, total)}
    nxt = _first_after(view, total, counts)
    if nxt is None:
        return None
    i, fa = nxt
    opener = view.text[_lead_end(view, total) : fa.start]
    including = bool(_INCLUDING.match(opener))
    if not including and not (
        _OF_WHOM_AFTER.match(view.text, fa.end)
        and re.fullmatch(r"[^.;:\d]{0,80}?(?:,|\band(?:\s+that)?)\s*", opener)
    ):
        return None  # "69 patients have recovered, 37 of whom ..." opens it too
    row = view.by_sentence.get(total.sentence, [])
    # "including" says the parts are among the total: "40 crimes, including 12 burglaries"
    parts = collect_run(view, total, row, i, used, explicit=True, kinds=including)
    if not parts:
        return None
    return finish(view, total, parts, "partial", "including-list", path)


def comprises_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """A verb that divides the whole completely: "The 239 people on board comprised 153
    Chinese nationals, 50 Malaysians, ...", "The EU's 48 billion euro facility is made
    up of 33 billion euros in loans and 12 billion euros in grants", "The 27 seats
    were split between the Liberals, with 15, and the Greens, with 11". Explicit."""
    counts = {id(c) for c in item_counts(view, total)}
    nxt = _first_after(view, total, counts)
    if nxt is None:
        return None
    i, fa = nxt
    opener = view.text[_lead_end(view, total) : fa.start]
    if not _COMPRISES.match(opener) or _RELATIVE.search(opener):
        return None  # "Two motions were passed by the Assembly, which is made up of 25 ..."
    row = view.by_sentence.get(total.sentence, [])
    people = total.noun in PERSON_NOUNS
    parts = collect_run(view, total, row, i, used, explicit=True, kinds=people)
    if not parts:
        return None
    return finish(view, total, parts, "explicit", "comprises-list", path)


def with_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """ "with" after the total introduces its parts: "a total of 280 houses were
    damaged, with 171 partially damaged and 121 totally damaged". Partial unless
    the parts are a known partition or the total is worded as one."""
    counts = {id(c) for c in item_counts(view, total)}
    nxt = _first_after(view, total, counts)
    if nxt is None:
        return None
    i, fa = nxt
    if not _WITH.match(view.text[_lead_end(view, total) : fa.start]):
        return None
    row = view.by_sentence.get(total.sentence, [])
    parts = collect_run(view, total, row, i, used, explicit=True)
    if not parts:
        return None
    completeness = "inferred" if total.total_word and len(parts) >= 2 else "partial"
    return finish(view, total, parts, completeness, "with-list", path)


def trailing_total(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """A total after its parts, worded as their sum: "81 wounded in Jajarkot, 79 in
    Rukum West and 3 in Dailekh and Jumla, totaling 166", "seven golds, four silvers
    and four bronzes for a total of 15 medals", "bringing the night's total to 15";
    or "In all, 31 drones ..." after a sentence that lists them. A running total
    ("bringing the weekly toll to 47") may hold more than the list: partial."""
    if not total.total_word:
        return None
    s_start, _ = view.sentence_span(total.sentence)
    before = view.text[max(s_start, total.start - 70) : total.start]
    if not (
        _SUMS_BEFORE.search(before)
        or _SUMS_AFTER.match(view.text, max(total.end, total.fig.noun_end))
        or _SUMMING_LEAD.match(view.text[s_start : total.start])
    ):
        return None  # "total net assets of $96bn" names a measure, not a sum
    completeness = "explicit"
    if _RUNNING_TOTAL.search(before) and (_RUNNING.search(before) or not _OCCASION.search(before)):
        completeness = "partial"
    row = [fa for fa in view.by_sentence.get(total.sentence, []) if fa.start < total.start]
    if (_SUMMING_LEAD.match(view.text[s_start : total.start]) and not row) or (
        row and is_other(view, row[0]) and total.sentence > 0
    ):
        # "In all, 31 drones ..."; "Another nine were destroyed ..., bringing the day's
        # total to 25": the list begins in the sentence before
        row = list(view.by_sentence.get(total.sentence - 1, [])) + row
    if total.noun is None:
        # "..., bringing the day's total to 25": the total counts what its list counts
        named = [fa.noun for fa in row if fa.noun is not None and not fa.inert]
        total.noun = named[-1] if named else None
    cands: list[Facts] = []
    for fa in reversed(row):
        if id(fa.fig) in used or fa.fig.kind == "percent":
            break
        if fa.inert:
            continue
        rel = agrees(total, fa)
        if rel is None:
            if fa.noun is not None and cands:
                break
            continue
        cands.append(fa)
    cands.reverse()
    if len(cands) < 2:
        return None
    parts: list[Part] = []
    for fa in cands:
        top = [i for i, p in enumerate(parts) if p.sub_of is None]
        if top and is_sub_count(view, parts[top[-1]], fa):
            parts.append(make_part(fa, "same", sub_of=top[-1]))  # "including four heading ..."
        else:
            parts.append(make_part(fa, agrees(total, fa) or "same"))
    if len([p for p in parts if p.sub_of is None]) < 2:
        return None
    return finish(view, total, parts, completeness, "trailing-total", path)


def partition_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """The figures right after a total name every member of a known partition: "with
    16 after securing six golds, seven silvers and three bronzes"."""
    row = view.by_sentence.get(total.sentence, [])
    nxt = _first_after(view, total, set())
    if nxt is None:
        return None
    i, fa = nxt
    if fa.category is None or fa.start - total.end > 80:
        return None
    parts = collect_run(view, total, row, i, used, explicit=True)
    bd = finish(view, total, parts, "partial", "partition-list", path) if parts else None
    if bd is None or bd.completeness != "explicit":
        return None
    return bd


_NAMES_AFTER = re_compile(
    r"(?:\s+[\w%'’-]+){0,4}?\s*(?::|\s[–—-]\s|—)\s*(?P<names>(?:the\s+)?[A-Z][^.;:()\d]{0,300}?)"
    r"(?=\s*(?:[.;)]|\s[–—-]\s|—|$))"
)


#: Things a count may be followed by the names of: places, parties, countries, groups.
_NAMEABLE = PLACE_NOUNS | frozenset(
    "party country nation state group agency company team bloc alliance faction".split()
)
_NAME_SPLIT = re_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def names_list(view: DocView, count: Facts, used: set[int], path: str) -> Breakdown | None:
    """A stated number of things followed by their names and no figures: "over six
    regions: Kursk, Belgorod, Bryansk, Oryol and Voronezh", "Six parties cleared the
    threshold: the CDU, the AfD, ...". Only the count is checked."""
    from consistency.relate.places import split_group

    if count.fig.kind != "count" or count.fig.value < 2 or count.noun not in _NAMEABLE:
        return None
    m = _NAMES_AFTER.match(view.text, max(count.end, count.fig.noun_end))
    if m is None:
        return None
    # ", the ministry said" ends the names; ", the CDU" does not
    raw = re.split(r",\s+(?=the\s+[a-z]|(?!the\s)[a-z])", m.group("names"))[0]
    if any(fa.start >= m.start("names") and fa.start < m.end() for fa in view.facts):
        return None  # figures follow: a list with counts, not names alone
    segments = [x.strip() for x in _NAME_SPLIT.split(raw.strip()) if x.strip()]
    if any(not re.match(r"(?:the\s+)?[A-Z]", x) for x in segments):
        return None  # "Gazprom, its unit Gazpromneft, ... the shell company which won"
    names = split_group(raw.strip())
    if len(names) < 2 or len(names) != len(segments) or any(len(n.split()) > 4 for n in names):
        return None
    bd = Breakdown(
        path=path,
        total=count.fig,
        parts=[],
        completeness="explicit",
        construction="names-list",
        item_count=count.fig,
        item_counts=[count.fig],
        sentences=(count.sentence, count.sentence),
        listed_names=names,
    )
    return bd


def apposition_list(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """Parts set off by a comma after the total's clause: "Police arrested 28 people,
    21 men and nine women, after clashes", "120 trucks entered Gaza on Sunday, 80
    carrying food and 50 carrying medical supplies". Partial: the kinds named need not
    cover every case, but can never exceed the total."""
    if total.placed or total.located or total.fig.noun is None:
        return None  # "Eight drones over Rostov, five over Krasnodar": the first of a list
    counts = {id(c) for c in item_counts(view, total)}
    nxt = _first_after(view, total, counts)
    if nxt is None:
        return None
    i, fa = nxt
    if not re.fullmatch(r"[^.;:\d()]{0,60}?,\s*", view.text[_lead_end(view, total) : fa.start]):
        return None
    if fa.fig.noun is not None and fa.noun not in PERSON_NOUNS:
        return None
    row = view.by_sentence.get(total.sentence, [])
    parts = collect_run(view, total, row, i, used, explicit=True)
    top = [p for p in parts if p.sub_of is None]
    if len(top) < 2 or any(
        p.figure.noun is not None and view.of(p.figure).noun not in PERSON_NOUNS for p in top
    ):
        return None
    return finish(view, total, parts, "partial", "apposition-list", path)


#: "will be shared equally among the four regions, with each receiving 100 million"
_EQUALLY = re_compile(r"\bequally\s+(?:among|between)\s+(?:the\s+)?$", re.I)
_EACH_GETS = re_compile(
    r"\beach\s+(?:receiving|getting|to\s+(?:receive|get)|will\s+(?:receive|get)|receives|gets"
    r"|received|got)\s+$",
    re.I,
)


def equal_shares(view: DocView, total: Facts, used: set[int], path: str) -> Breakdown | None:
    """A whole shared equally among a stated number, with the share each gets: "The 500
    million euro fund will be shared equally among the four regions, with each receiving
    100 million euros" (4 x 100 = 400). Explicit."""
    row = view.by_sentence.get(total.sentence, [])
    after = [fa for fa in row if fa.start > total.end]
    if len(after) < 2:
        return None
    count, share = after[0], after[1]
    if count.fig.kind != "count" or not _EQUALLY.search(
        view.text, max(0, count.start - 30), count.start
    ):
        return None
    if not _EACH_GETS.search(view.text, max(0, share.start - 30), share.start):
        return None
    if agrees(total, share) is None:
        return None
    part = make_part(share)
    part.times = int(count.fig.value)
    bd = finish(view, total, [part], "explicit", "equal-shares", path)
    if bd is not None:
        bd.completeness = "explicit"
    return bd
