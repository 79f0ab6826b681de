"""Primitives over the breakdowns table: sum, count, part-whole, distinct."""

from __future__ import annotations

import re
from collections.abc import Iterable

from consistency.interval import Interval
from consistency.normalise.breakdowns import Breakdown, Part
from consistency.normalise.tables import Tables
from consistency.rules import fmt
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check
from consistency.rules.primitives.common import context_for, make_finding, phrase


def _wanted(rule: Rule, bd: Breakdown) -> bool:
    if rule.where == "complete":
        return bd.complete
    if rule.where == "partial":
        return not bd.complete
    return True


def _terms(parts: list[Part]) -> list[str]:
    """Each part as it enters the sum; "three each" over two places is 3 + 3."""
    terms: list[str] = []
    for p in parts:
        f = p.figure
        if f.kind == "vague":
            if p.contribution.is_point:
                terms.append(fmt.num(p.contribution.low))
            else:
                terms.append(f"≥{fmt.num(p.contribution.low)}")
        elif p.multiplier > 1 and p.contribution.is_point:
            if p.multiplier <= 6:
                terms.extend([fmt.num(f.value)] * p.multiplier)
            else:
                terms.append(f"{fmt.num(f.value)} × {p.multiplier}")
        elif p.multiplier == 0:
            terms.append(f"{fmt.num(f.value)} × ?")
        elif p.contribution.is_point:
            terms.append(fmt.num(p.contribution.low))
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
    last = p.figure.place_names[-1] if p.figure.place_names else None
    if last:
        at = text.find(last, f.end)
        if at != -1 and at - f.end < 200:
            region = _REGION_AFTER.match(text, at + len(last))
            if region:
                last = text[at : region.end()]
            tail_start = text.rfind(" in ", f.end, at)
            tail_start = max(tail_start, text.rfind(" over ", f.end, at))
            if tail_start == -1 or tail_start < head_end:
                return text[f.start : at + len(last)].strip()
            return f"{head} ...{text[tail_start : at + len(last)]}"
    return head


_REGION_AFTER = re.compile(
    r"\s+(?:regions?|oblasts?|provinces?|districts?|areas?|Regions?|Oblasts?|Provinces?)\b"
)


def _each_hint(bd: Breakdown, text: str) -> str | None:
    """A part naming several places without "each": would "each" reconcile the sum?"""
    total = bd.total_interval
    current = bd.parts_interval
    for p in bd.top_parts:
        f = p.figure
        n = len(p.places)
        if n < 2 or f.each or p.multiplier != 1 or f.kind == "vague":
            continue
        extra = Interval(f.low, f.high).scale(n - 1)
        if (current + extra).overlaps(total):
            word = f.text.strip().lower() if f.text.strip().isalpha() else fmt.num(f.value)
            return (
                f"would add up to {fmt.interval(total)} if '{_phrase(text, p)}' means {word} each"
            )
    return None


@check("sum")
def check_sum(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """Complete lists must be able to equal the total; partial ones must not exceed it."""
    for bd in rows:
        if not _wanted(rule, bd):
            continue
        total = bd.total_interval
        parts = bd.parts_interval
        top = bd.top_parts
        if not top:
            continue  # a list of names only: breakdown-count's business
        if bd.complete:
            if parts.overlaps(total):
                continue
        else:
            if not parts.must_exceed(total):
                continue
            if any(Interval(p.figure.low, p.figure.high).must_exceed(total) for p in top):
                continue  # one part alone exceeds the whole: part-exceeds-whole says so
        diff = parts.distance(total) if parts.high < total.low else -parts.distance(total)
        # diff > 0: the parts fall short by diff; diff < 0: they exceed by -diff
        direction = f"short by {fmt.num(diff)}" if diff > 0 else f"over by {fmt.num(-diff)}"
        terms = _terms(top)
        arithmetic = (
            f"{fmt.interval(total)} stated; {' + '.join(terms)} = {fmt.interval(parts)}; "
            f"{direction}"
        )
        ctx = context_for(tables, bd.total.path)
        hint = _each_hint(bd, ctx.text) if ctx is not None and diff > 0 else None
        fields = {
            "total": phrase(tables, bd.total),
            "total_value": fmt.interval(total),
            "parts_sum": fmt.interval(parts),
            "difference": fmt.signed(-diff),
            "direction": direction,
            "count": len(terms),
            "noun": bd.total.noun or "items",
            "list": "complete" if bd.complete else "partial",
        }
        figures = [bd.total] + [p.figure for p in top]
        yield make_finding(rule, tables, bd.total, figures, fields, arithmetic, hint)


@check("part-whole")
def check_part_whole(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """A single part larger than its whole ("9 dead, including 11 children")."""
    for bd in rows:
        if not _wanted(rule, bd):
            continue
        for p in bd.parts:
            whole = bd.total if p.sub_of is None else bd.parts[p.sub_of].figure
            part_iv = Interval(p.figure.low, p.figure.high)
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


@check("count")
def check_count(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """The stated number of items ("eight regions") against the places named."""
    for bd in rows:
        if not _wanted(rule, bd) or bd.item_count is None or not bd.items_known:
            continue
        stated = Interval(bd.item_count.low, bd.item_count.high)
        named = bd.named_items
        if stated.contains(len(named)):
            continue
        repeats = sum(len(owners) - 1 for _key, owners in bd.duplicate_places)
        if repeats and stated.contains(len(named) + repeats):
            continue  # a place named twice explains it; duplicate-part reports that
        names = bd.listed_names or [n for p in bd.top_parts for n in p.figure.place_names]
        uniq: list[str] = []
        for n in names:
            if n not in uniq:
                uniq.append(n)
        arithmetic = f"{fmt.interval(stated)} stated; {len(named)} named: {', '.join(uniq)}"
        fields = {
            "stated": phrase(tables, bd.item_count),
            "stated_value": fmt.interval(stated),
            "named": len(named),
            "names": ", ".join(uniq),
            "noun": bd.item_count.noun or "items",
        }
        figures = [bd.item_count] + [p.figure for p in bd.top_parts]
        yield make_finding(rule, tables, bd.item_count, figures, fields, arithmetic)


@check("distinct")
def check_distinct(rule: Rule, rows: list[Breakdown], tables: Tables) -> Iterable[Finding]:
    """The same place named in two parts of one breakdown."""
    for bd in rows:
        if not _wanted(rule, bd):
            continue
        for key, owners in bd.duplicate_places:
            names = []
            for p in owners:
                for k, n in zip(p.figure.places, p.figure.place_names, strict=False):
                    if k == key:
                        names.append(n)
            arithmetic = " and ".join(f"'{n}'" for n in names) + " name the same place"
            fields = {"place": names[0] if names else key, "names": " / ".join(names),
                      "total": bd.total.text.strip(), "times": len(owners)}  # fmt: skip
            figures = [p.figure for p in owners]
            yield make_finding(rule, tables, owners[-1].figure, figures, fields, arithmetic)
