"""The figure record that extraction produces and every later step reads."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

#: Qualifiers, as named in the JSON contract (DESIGN.md).
QUALIFIERS = ("exact", "approx", "over", "at_least", "under", "at_most", "range")

#: Kinds of figure. Only some are quantities a rule adds up; the others are
#: kept because later rules need them (dates for series, years for changes).
KINDS = (
    "count", "money", "percent", "measure", "fraction", "duration",
    "date", "year", "time", "ordinal",
)  # fmt: skip

#: Kinds that can be parts of a breakdown or totals.
QUANTITY_KINDS = frozenset({"count", "money", "measure", "percent"})


@dataclass(slots=True)
class Figure:
    """One number as the text states it, with the interval it stands for.

    ``low``/``high`` bound every value the wording allows: ``3.4 million`` is
    [3.35e6, 3.45e6], ``more than 90`` is [90, inf]. ``value`` is the number
    as written (scale words applied), in the figure's own unit.
    """

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    qualifier: str = "exact"
    unit: str | None = None
    kind: str = "count"
    noun: str | None = None
    line: int = 0
    column: int = 0
    path: str = ""
    #: Index of the sentence the figure sits in (0-based, per document).
    sentence: int = 0
    #: The number's own characters ("3.40"): trailing zeros carry precision.
    digits: str = ""
    #: Places or named entities the figure is attached to, normalised keys.
    places: tuple[str, ...] = ()
    #: The place names as written, parallel to ``places``.
    place_names: tuple[str, ...] = ()
    #: True when the figure applies to each of its places ("three each").
    each: bool = False
    #: Cue words found around the figure: "including", "remaining", "total", ...
    cues: frozenset[str] = field(default_factory=frozenset)
    #: ISO date for kind ``date`` (None when the year is unknown).
    date: str | None = None
    #: Month and day for dates whose year is unknown ("November 18").
    month_day: tuple[int, int] | None = None
    #: Weekday named with a date ("Tuesday, March 3, 2026"), lowercase.
    weekday: str | None = None
    #: End offset of the counted noun as written ("31 Ukrainian drones"), 0 if none.
    noun_end: int = 0
    #: For hyphenated adjectives ("the 450-seat chamber") the figure sizes a whole.
    attributive: bool = False
    #: For ranges, the upper end as stated ("10-12 drones": 12); None otherwise.
    #: ``value`` holds the lower end; ``low``/``high`` add rounding and wording.
    value_high: float | None = None

    @property
    def is_quantity(self) -> bool:
        return self.kind in QUANTITY_KINDS

    def contract(self) -> dict:
        """The figure as the JSON contract in DESIGN.md spells it."""

        def num(x: float) -> float | int | None:
            if x is None or math.isinf(x) or math.isnan(x):
                return None
            return int(x) if float(x).is_integer() and abs(x) < 2**53 else x

        out = {
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "value": num(self.value),
            "low": num(self.low),
            "high": num(self.high),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "kind": self.kind,
            "noun": self.noun,
            "places": list(self.place_names),
            "each": self.each,
        }
        if self.value_high is not None:
            out["value_high"] = num(self.value_high)
        if self.date is not None:
            out["date"] = self.date
        return out
