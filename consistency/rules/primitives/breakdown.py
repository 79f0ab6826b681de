"""Primitives over the breakdowns table: sum, count, part-whole, distinct."""

from __future__ import annotations

from collections.abc import Iterable

from consistency.interval import Interval
from consistency.normalise.breakdowns import Breakdown, Part
from consistency.normalise.tables import Tables
from consistency.recache import re_compile
from consistency.rules import fmt
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check
from consistency.rules.primitives.common import context_for, make_finding, phrase, worth_vectorising


def _wanted(rule: Rule, bd: Breakdown) -> bool:
    if rule.where == "complete":
        return bd.complete
    if rule.where == "partial":
        return not bd.complete
    return True


#: Constructions whose own words relate the parts to the total ("including", a colon,
#: "of them", "out of"): a finding on them is an error; a relation inferred from a
#: place-by-place account alone is reported as a warning.
STRONG_RELATIONS = frozenset(
    {"colon-list", "including-list", "comprises-list", "with-list", "of-them-list", "share-list",
     "trailing-total", "partition-list", "allocation-list", "equal-shares"}
)  # fmt: skip


def severity_for(rule: Rule, bd: Breakdown) -> str:
    """The rule's severity when the evidence is explicit, else a warning."""
    if bd.completeness == "explicit" or (not bd.complete and bd.construction in STRONG_RELATIONS):
        return rule.severity
    return "warning" if rule.severity == "error" else rule.severity


def _terms(bd: Breakdown, each: frozenset[int]) -> list[str]:
    """Each top part as it enters the sum; "three each" over two places is 3 + 3."""
    terms: list[str] = []
    for i, p in enumerate(bd.parts):
        if p.sub_of is not None:
            continue
        f = p.figure
        contribution = p.contribution(i in each)
        k = p.places_count if (p.each or i in each) else 1
        if p.same_as is not None:
            ref = bd.parts[p.same_as].figure
            terms.extend([fmt.num(ref.value)] * (p.places_count if p.each else 1))
            continue
        if f.kind == "vague":
            terms.append(
                fmt.num(contribution.low) if contribution.is_point
                else f"≥{fmt.num(contribution.low)}"
            )  # fmt: skip
        elif k > 1 and contribution.is_point:
            if k <= 6:
                terms.extend([fmt.num(f.value)] * k)
            else:
                terms.append(f"{fmt.num(f.value)} × {k}")
        elif contribution.is_point:
            terms.append(fmt.num(contribution.low))
        else:
            terms.append(f.text.strip())
    return terms


def _phrase(text: str, p: Part) -> str:
    """The part as the article words it: "Ten drones ... in the Voronezh and Tambov regions"."""
    f = p.figure
    head_end = f.end
    m = text.find(" ", f.end + 1)
    if 0 < m - f.end < 25:
        head_end = m
    head = text[f.start : head_end].strip()
    last = p.place_names[-1] if p.place_names else None
    if last:
        at = text.find(last, f.end)
        if at == -1 or at - f.end >= 200:
            back = text.rfind(last, max(0, f.start - 200), f.start)
            if back != -1:
                return f"{text[back : back + len(last)]} ... {head}"
            return head
        region = _REGION_AFTER.match(text, at + len(last))
        if region:
            last = text[at : region.end()]
        tail_start = text.rfind(" in ", f.end, at)
        tail_start = max(tail_start, text.rfind(" over ", f.end, at))
        if tail_start == -1 or tail_start < head_end:
            return text[f.start : at + len(last)].strip()
        return f"{head} ...{text[tail_start : at + len(last)]}"
    return head


_REGION_AFTER = re_compile(
    r"\s+(?:regions?|oblasts?|provinces?|districts?|areas?|Regions?|Oblasts?|Provinces?)\b"
)


def _each_hint(bd: Breakdown, text: str, each: frozenset[int]) -> str | None:
    """The reading that reconciles the sum: "... if 'Ten drones ... over A and B' means ten each"."""
    if not each:
        return None
    total = bd.total_interval
    phrases = []
    for i in sorted(each):
        p = bd.parts[i]
        f = p.figure
        word = f.text.strip().lower() if f.text.strip().isalpha() else fmt.num(f.value)
        phrases.append(f"'{_phrase(text, p)}' means {word} each")
    return f"would add up to {fmt.interval(total)} if " + " and ".join(phrases)


#: From this many breakdowns on, the sums are checked column-wise first (pandas).
VECTOR_MIN = 128


def cleared_by_sums(rows: list[Breakdown]) -> list[bool]:
    """Per breakdown, True when its literal sum (a group-by over the parts table)
    already settles that ``sum`` has nothing to say: a complete list whose parts can
    equal the total, a partial one whose parts need not exceed it. The rest go to the
    row check, which also weighs the "each" readings and words the finding."""
    import numpy as np

    from consistency.normalise.tables import parts_frame
    from consistency.rules import vector

    parts = parts_frame(rows)
    top = parts[parts["top"]]
    sums = top.groupby("breakdown")[["literal_low", "literal_high"]].sum()
    sums = sums.reindex(range(len(rows)))
    has_parts = sums["literal_low"].notna().to_numpy()
    s_low = sums["literal_low"].fillna(0.0).to_numpy()
    s_high = sums["literal_high"].fillna(0.0).to_numpy()
    t_low = np.array([bd.total.low for bd in rows], dtype=float)
    t_high = np.array([bd.total.high for bd in rows], dtype=float)
    complete = np.array([bd.complete for bd in rows], dtype=bool)
    with np.errstate(invalid="ignore"):  # inf - inf in a partial sum: not cleared
        fits = vector.overlaps(s_low, s_high, t_low, t_high, tolerance_scale=0.5)
        below = vector.may_be_le(s_low, s_high, t_low, t_high, tolerance_scale=0.5)
    finite = ~np.isnan(s_low) & ~np.isnan(s_high)
    return list(has_parts & finite & np.where(complete, fits, below))


@check("sum")
def check_sum(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """Complete lists must be able to equal the total under an admissible reading;
    partial ones must not exceed it under any reading."""
    cleared = (
        cleared_by_sums(rows) if worth_vectorising(len(rows), VECTOR_MIN) else [False] * len(rows)
    )
    for bd, done in zip(rows, cleared, strict=True):
        if done or not _wanted(rule, bd):
            continue
        total = bd.total_interval
        top = bd.top_parts
        if not top:
            continue  # a list of names only: breakdown-count's business
        readings = bd.readings()
        literal = readings[0][1]
        hint_reading: frozenset[int] = frozenset()
        if bd.complete:
            fits = [each for each, iv in readings if iv.overlaps(total)]
            if fits and (not fits[0] or not bd.each_marked):
                continue  # the literal reading adds up, or "each" is how this text writes
            if fits:
                hint_reading = fits[0]  # only a dispreferred reading adds up
        else:
            if not all(iv.must_exceed(total) for _each, iv in readings):
                continue
            if any(p.interval.must_exceed(total) for p in top):
                continue  # one part alone exceeds the whole: part-exceeds-whole says so
        parts = literal
        diff = parts.distance(total) if parts.high < total.low else -parts.distance(total)
        # diff > 0: the parts fall short by diff; diff < 0: they exceed by -diff
        direction = f"short by {fmt.num(diff)}" if diff > 0 else f"over by {fmt.num(-diff)}"
        terms = _terms(bd, frozenset())
        arithmetic = (
            f"{fmt.interval(total)} stated; {' + '.join(terms)} = {fmt.interval(parts)}; "
            f"{direction}"
        )
        ctx = context_for(tables, bd.total.path)
        hint = _each_hint(bd, ctx.text, hint_reading) if ctx is not None else None
        fields = {
            "total": phrase(tables, bd.total),
            "total_value": fmt.interval(total),
            "parts_sum": fmt.interval(parts),
            "difference": fmt.signed(-diff),
            "direction": direction,
            "count": len(terms),
            "noun": bd.total.noun or "items",
            "list": bd.completeness,
            "construction": bd.construction,
        }
        figures = [bd.total] + [p.figure for p in top]
        finding = make_finding(rule, tables, bd.total, figures, fields, arithmetic, hint)
        finding.severity = severity_for(rule, bd)
        yield finding


@check("part-whole")
def check_part_whole(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """A single part larger than its whole ("9 dead, including 11 children")."""
    for bd in rows:
        if not _wanted(rule, bd) or bd.construction not in STRONG_RELATIONS:
            continue
        for p in bd.parts:
            whole = bd.total if p.sub_of is None else bd.parts[p.sub_of].figure
            part_iv = p.interval
            whole_iv = Interval(whole.low, whole.high)
            if p.figure.kind == "vague" or not part_iv.must_exceed(whole_iv):
                continue
            over = part_iv.low - whole_iv.high
            arithmetic = (
                f"part {fmt.interval(part_iv)} > whole {fmt.interval(whole_iv)} "
                f"(by {fmt.num(over)})"
            )
            fields = {
                "part": phrase(tables, p.figure),
                "whole": phrase(tables, whole),
                "part_value": fmt.interval(part_iv),
                "whole_value": fmt.interval(whole_iv),
                "difference": fmt.num(over),
            }
            yield make_finding(rule, tables, p.figure, [whole, p.figure], fields, arithmetic)


_SEA_NOUNS = frozenset({"sea", "water"})


@check("count")
def check_count(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """The stated number of places ("eight regions") against the places named."""
    for bd in rows:
        if not _wanted(rule, bd) or not bd.item_counts or not bd.items_known:
            continue
        stated = Interval(0.0, 0.0)
        for c in bd.item_counts:
            stated = stated + Interval(c.low, c.high)
        named = bd.named_items
        if not any(c.noun in _SEA_NOUNS for c in bd.item_counts):
            # "over five regions and the Sea of Azov": the sea is not one of the five
            named = [k for k in named if k not in bd.seas]
        if stated.contains(len(named)):
            continue
        if not bd.complete and stated.high >= len(named):
            continue  # a partial list may name fewer places than the total spans, not more
        repeats = sum(len(owners) - 1 for _key, owners in bd.duplicate_places)
        if repeats and stated.contains(len(named) + repeats):
            continue  # a place named twice explains it; duplicate-part reports that
        names = bd.listed_names or [
            n for p in bd.top_parts for k, n in zip(p.places, p.place_names, strict=False)
            if k in named
        ]  # fmt: skip
        uniq: list[str] = []
        for n in names:
            if n not in uniq:
                uniq.append(n)
        arithmetic = f"{fmt.interval(stated)} stated; {len(named)} named: {', '.join(uniq)}"
        count = bd.item_counts[0]
        fields = {
            "stated": phrase(tables, count),
            "stated_value": fmt.interval(stated),
            "named": len(named),
            "names": ", ".join(uniq),
            "noun": count.noun or "items",
        }
        figures = list(bd.item_counts) + [p.figure for p in bd.top_parts]
        finding = make_finding(rule, tables, count, figures, fields, arithmetic)
        finding.severity = severity_for(rule, bd)
        yield finding


#: Breakdowns by place: only there does a place named twice mean something.
_BY_PLACE = frozenset({"place-list", "colon-list"})


@check("distinct")
def check_distinct(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """The same place named in two parts of one complete breakdown by place."""
    for bd in rows:
        if not _wanted(rule, bd) or not bd.complete or bd.construction not in _BY_PLACE:
            continue
        for key, owners in bd.duplicate_places:
            names = []
            for p in owners:
                for k, n in zip(p.places, p.place_names, strict=False):
                    if k == key:
                        names.append(n)
            arithmetic = " and ".join(f"'{n}'" for n in names) + " name the same place"
            fields = {"place": names[0] if names else key, "names": " / ".join(names),
                      "total": bd.total.text.strip(), "times": len(owners)}  # fmt: skip
            figures = [p.figure for p in owners]
            yield make_finding(rule, tables, owners[-1].figure, figures, fields, arithmetic)
