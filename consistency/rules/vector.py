"""Interval predicates over whole columns, for rules over large tables.

The same arithmetic as ``consistency.interval.Interval`` (closed intervals, infinite
ends for open-ended wording, a relative tolerance for float noise), applied to numpy
arrays or pandas columns at once. Rules use it to clear, in one vectorised pass, the
rows that certainly pass, and give only the rest to the row-by-row check that words
the finding; ``tolerance_scale`` < 1 keeps that clearing strictly inside the row
check's own tolerance, so a sum added up in another order can never clear a row the
row check would flag.
"""

from __future__ import annotations

import numpy as np

from consistency.interval import EPS


def tolerance(*columns, scale: float = 1.0) -> np.ndarray:
    """Per row, ``EPS`` times the largest finite magnitude among the columns (1 when
    none is finite): ``Interval._tol``."""
    stacked = np.abs(np.vstack([np.asarray(c, dtype=float) for c in columns]))
    finite = np.where(np.isfinite(stacked), stacked, -1.0)
    biggest = finite.max(axis=0)
    return scale * EPS * np.where(biggest < 0, 1.0, biggest)


def overlaps(a_low, a_high, b_low, b_high, tolerance_scale: float = 1.0) -> np.ndarray:
    """Row by row: some value lies in both intervals (``Interval.overlaps``)."""
    a_low, a_high = np.asarray(a_low, float), np.asarray(a_high, float)
    b_low, b_high = np.asarray(b_low, float), np.asarray(b_high, float)
    tol = tolerance(a_low, a_high, b_low, b_high, scale=tolerance_scale)
    return (a_low <= b_high + tol) & (b_low <= a_high + tol)


def may_be_le(a_low, a_high, b_low, b_high, tolerance_scale: float = 1.0) -> np.ndarray:
    """Row by row: some choice of values makes a <= b (``Interval.may_be_le``)."""
    a_low, a_high = np.asarray(a_low, float), np.asarray(a_high, float)
    b_low, b_high = np.asarray(b_low, float), np.asarray(b_high, float)
    tol = tolerance(a_low, a_high, b_low, b_high, scale=tolerance_scale)
    return a_low <= b_high + tol


def must_exceed(a_low, a_high, b_low, b_high, tolerance_scale: float = 1.0) -> np.ndarray:
    """Row by row: every choice of values makes a > b (``Interval.must_exceed``)."""
    return ~may_be_le(a_low, a_high, b_low, b_high, tolerance_scale)
