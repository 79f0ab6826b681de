"""Relation records: a stated total and the parts a named construction found for it.

Every breakdown says which construction found it and how sure the text makes its
completeness: ``explicit`` (a colon list, "the remaining", "a total of",
a stated number of places that the list matches, a known partition such as
gold/silver/bronze), ``inferred`` (a place-by-place account of the total that
does not say it is whole), or ``partial`` ("including", "among them", "N of
them"): partial lists may fall short of the total, never exceed it. Rules grade
severity by it.

Readings: a part naming several places without "each" ("ten over Voronezh and
Tambov") may mean ten in all or ten each; both readings are kept, and a finding
needs every admissible reading to fail.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from consistency.extract.model import Figure
from consistency.interval import Interval

COMPLETENESS = ("explicit", "inferred", "partial")
#: Beyond this many unmarked multi-place parts, readings are not enumerated.
MAX_READINGS_PARTS = 8


@dataclass
class Part:
    figure: Figure
    #: Place keys and names the part's own phrase sets out.
    places: tuple[str, ...] = ()
    place_names: tuple[str, ...] = ()
    #: The text says the value is per place ("three each", "one over each of").
    each: bool = False
    #: Index of the part this one is a sub-count of ("3 over Moscow, including 2 ...").
    sub_of: int | None = None
    #: The part's relation to the total: same | kind | sub (see ``relate.agreement``).
    relation: str = "same"
    #: "the same number over Kursk": the index of the part whose value it repeats.
    same_as: int | None = None
    #: "shared equally among the four regions, with each receiving 100 million": 4.
    times: int = 1

    @property
    def interval(self) -> Interval:
        return Interval(self.figure.low, self.figure.high)

    @property
    def places_count(self) -> int:
        return max(1, len(self.places))

    @property
    def ambiguous_each(self) -> bool:
        """Several places, one value, no "each": per place or in all?"""
        return len(self.places) > 1 and not self.each and self.figure.kind != "vague"

    @property
    def multiplier(self) -> int:
        return self.places_count if self.each else 1

    def contribution(self, each: bool = False) -> Interval:
        """What the part adds to the sum; ``each`` reads an unmarked multi-place part
        as per place."""
        f = self.figure
        if f.kind == "vague":
            # "smaller numbers over Belgorod, Moscow and Voronezh": at least one each;
            # "several were arrested in A, B and C": several in all, one at least in each
            low = max(f.low, float(self.places_count))
            return Interval(low, max(low, f.high * self.places_count))
        k = self.places_count if (self.each or (each and self.ambiguous_each)) else 1
        return self.interval.scale(k * self.times)


@dataclass
class Breakdown:
    path: str
    total: Figure
    parts: list[Part]
    #: explicit | inferred | partial (see the module docstring).
    completeness: str = "partial"
    #: The construction that found it (``consistency.relate.constructions``).
    construction: str = ""
    #: The stated number of items ("across eight regions"), if any.
    item_count: Figure | None = None
    #: Further stated counts of items ("5 regions and 2 seas").
    item_counts: list[Figure] = field(default_factory=list)
    #: Places the total's own sentence names ("the quake that hit A and B districts").
    scope_places: tuple[str, ...] = ()
    sentences: tuple[int, int] = (0, 0)
    #: Names listed without figures ("over six regions: Kursk, Belgorod and Oryol").
    listed_names: list[str] | None = None
    #: Keys of named places that are seas or waters (not counted as regions).
    seas: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        return self.completeness != "partial"

    @property
    def top_parts(self) -> list[Part]:
        return [p for p in self.parts if p.sub_of is None]

    @property
    def total_interval(self) -> Interval:
        return Interval(self.total.low, self.total.high)

    @property
    def each_marked(self) -> bool:
        """The text writes "each" where it means it: at least half its multi-place
        parts say so, so reading an unmarked one as "each" is a dispreferred reading
        (a report that says "each" once among several unmarked ones does not)."""
        multi = [p for p in self.top_parts if len(p.places) > 1 and p.figure.kind != "vague"]
        marked = sum(1 for p in multi if p.each)
        return marked > 0 and marked >= len(multi) - marked

    def parts_interval(self, each: frozenset[int] = frozenset()) -> Interval:
        """The sum of the top parts; parts whose index is in ``each`` read as per place."""
        out = Interval(0.0, 0.0)
        for i, p in enumerate(self.parts):
            if p.sub_of is not None:
                continue
            if p.same_as is not None:
                ref = self.parts[p.same_as]
                k = p.places_count if p.each else 1
                out = out + ref.interval.scale(k)
            else:
                out = out + p.contribution(i in each)
        return out

    def readings(self) -> list[tuple[frozenset[int], Interval]]:
        """Every reading of the unmarked multi-place parts: (parts read as "each", sum).
        The literal reading (none as "each") comes first."""
        ambiguous = [i for i, p in enumerate(self.parts) if p.sub_of is None and p.ambiguous_each]
        if len(ambiguous) > MAX_READINGS_PARTS:
            ambiguous = ambiguous[:MAX_READINGS_PARTS]
        out = []
        for r in range(len(ambiguous) + 1):
            for combo in itertools.combinations(ambiguous, r):
                chosen = frozenset(combo)
                out.append((chosen, self.parts_interval(chosen)))
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
        return bool(self.top_parts) and all(
            p.places or p.figure.kind == "vague" for p in self.top_parts
        )

    @property
    def duplicate_places(self) -> list[tuple[str, list[Part]]]:
        owners: dict[str, list[Part]] = {}
        for p in self.top_parts:
            for place in p.places:
                owners.setdefault(place, []).append(p)
        return [(k, v) for k, v in owners.items() if len(v) > 1]

    def part_records(self, breakdown: int) -> list[dict]:
        """Its rows of the parts table: every part, with what it adds to the literal sum
        (no unmarked part read as "each"), so the sum per breakdown is a group-by."""
        out = []
        for i, p in enumerate(self.parts):
            if p.same_as is not None:
                ref = self.parts[p.same_as]
                literal = ref.interval.scale(p.places_count if p.each else 1)
            else:
                literal = p.contribution(False)
            f = p.figure
            out.append(
                {
                    "breakdown": breakdown, "part": i, "path": f.path, "line": f.line,
                    "text": f.text, "value": f.value, "low": f.low, "high": f.high,
                    "kind": f.kind, "top": p.sub_of is None, "places": ",".join(p.places),
                    "each": p.each, "literal_low": literal.low, "literal_high": literal.high,
                }
            )  # fmt: skip
        return out

    def record(self) -> dict:
        """One row of the breakdowns table."""
        parts = self.parts_interval()

        def num(x: float) -> float | None:
            return None if math.isinf(x) else x

        return {
            "path": self.path,
            "line": self.total.line,
            "total": self.total.text,
            "total_value": self.total.value,
            "total_low": num(self.total.low),
            "total_high": num(self.total.high),
            "parts": len(self.top_parts),
            "parts_low": num(parts.low),
            "parts_high": num(parts.high),
            "completeness": self.completeness,
            "construction": self.construction,
            "noun": self.total.noun,
        }
