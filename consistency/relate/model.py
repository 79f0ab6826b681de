"""Relation records: a stated total and the parts a named construction found for it.

Every breakdown says which construction found it and how sure the text makes its
completeness: ``explicit`` (a colon list, "the remaining", "in all", a stated
number of places that the list matches), ``inferred`` (a place-by-place list that
reads as the whole report, or a known partition such as gold/silver/bronze), or
``partial`` ("including", "among them", "N of them"): partial lists may fall short
of the total, never exceed it. Rules grade severity by it.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.extract.model import Figure
from consistency.interval import Interval

COMPLETENESS = ("explicit", "inferred", "partial")


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
    #: Places an unmarked value may be meant for each of ("ten over A and B"): the
    #: "each" reading multiplies by this; 1 when there is no such reading.
    spread: int = 1


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
    sentences: tuple[int, int] = (0, 0)
    #: Names listed without figures ("over six regions: Kursk, Belgorod and Oryol").
    listed_names: list[str] | None = None
    #: The text marks "each" where it means it (on most multi-place parts), so an
    #: unmarked multi-place part read as "each" is a dispreferred reading.
    each_marked: bool = False

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
            for place in p.places:
                owners.setdefault(place, []).append(p)
        return [(k, v) for k, v in owners.items() if len(v) > 1]

    def record(self) -> dict:
        """One row of the breakdowns table."""
        return {
            "path": self.path,
            "total": self.total.text,
            "total_value": self.total.value,
            "total_low": self.total.low,
            "total_high": self.total.high,
            "parts": len(self.top_parts),
            "parts_low": self.parts_interval.low,
            "parts_high": self.parts_interval.high,
            "completeness": self.completeness,
            "construction": self.construction,
            "line": self.total.line,
        }
