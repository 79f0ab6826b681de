"""Number and interval formatting for messages: what an editor reads."""

from __future__ import annotations

import math

from consistency.interval import Interval


def num(x: float) -> str:
    """12400 -> '12,400'; 3.45 -> '3.45'; trims float noise."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if abs(x - round(x)) < 1e-9 * max(1.0, abs(x)):
        return f"{int(round(x)):,}"
    text = f"{x:,.4f}".rstrip("0").rstrip(".")
    return text


def interval(iv: Interval) -> str:
    if iv.is_point:
        return num(iv.low)
    if math.isinf(iv.high):
        return f"at least {num(iv.low)}"
    if math.isinf(iv.low):
        return f"at most {num(iv.high)}"
    return f"{num(iv.low)} to {num(iv.high)}"


def signed(x: float) -> str:
    return ("+" if x > 0 else "") + num(x)


class SafeFields(dict):
    """Template fields; an unknown name renders as {name} instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
