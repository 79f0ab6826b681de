"""Closed intervals of reals: the arithmetic every consistency check is made of.

A stated figure stands for every value its wording allows, so checks compare
intervals, never points: a finding means *no* choice of values inside the
stated intervals satisfies the relation (statcheck and scrutiny do the same).
Infinite ends model open-ended wording ("more than 90" is [90, inf]).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Relative slack for float noise, far below any rounding a text can state.
EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float

    def __post_init__(self) -> None:
        if math.isnan(self.low) or math.isnan(self.high) or self.low > self.high:
            raise ValueError(f"bad interval [{self.low}, {self.high}]")

    @classmethod
    def point(cls, x: float) -> Interval:
        return cls(x, x)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def scale(self, k: float) -> Interval:
        a, b = self.low * k, self.high * k
        return Interval(min(a, b), max(a, b))

    def __mul__(self, other: Interval) -> Interval:
        products = [_mul(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(products), max(products))

    def _tol(self, other: Interval) -> float:
        finite = [abs(x) for x in (self.low, self.high, other.low, other.high) if math.isfinite(x)]
        return EPS * max(finite, default=1.0)

    def overlaps(self, other: Interval) -> bool:
        """Some value lies in both: the two statements can both be true."""
        tol = self._tol(other)
        return self.low <= other.high + tol and other.low <= self.high + tol

    def may_be_le(self, other: Interval) -> bool:
        """Some choice of values makes self <= other."""
        return self.low <= other.high + self._tol(other)

    def must_exceed(self, other: Interval) -> bool:
        """Every choice of values makes self > other."""
        return not self.may_be_le(other)

    def contains(self, x: float) -> bool:
        return self.low - EPS * max(1.0, abs(x)) <= x <= self.high + EPS * max(1.0, abs(x))

    def distance(self, other: Interval) -> float:
        """How far apart the intervals are (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        return other.low - self.high if self.high < other.low else self.low - other.high

    @property
    def width(self) -> float:
        return self.high - self.low

    @property
    def is_point(self) -> bool:
        return self.low == self.high


def _mul(a: float, b: float) -> float:
    if (a == 0 and math.isinf(b)) or (b == 0 and math.isinf(a)):
        return 0.0
    return a * b


def total(intervals: list[Interval]) -> Interval:
    out = Interval(0.0, 0.0)
    for iv in intervals:
        out = out + iv
    return out
