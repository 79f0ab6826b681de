"""The conversion primitive: a converted figure must match its source.

Both figures are read as the intervals their digits allow (``stated_interval``:
"16 miles" is 15.5 to 16.5, "4,900" may be rounded to the hundred), the
source interval is converted, and the result is widened by a documented slack
(``params.slack``, default 2 % of the converted value; ``params.temperature_slack``,
default 1 degree) for the loose factors journalists use (1 mile = 1.6 km,
1 foot = 0.3 m). A finding means no reading of either figure matches. A
temperature may be a difference ("warmed by 2C (3.6F)"), so the offset and
the difference readings must both fail; a pair joined by "or" must also be
within a factor of two of the true conversion, or it is taken for two
alternatives ("a 5 km or 10 mile course").
"""

from __future__ import annotations

from collections.abc import Iterable

from consistency.interval import Interval
from consistency.normalise.conversions import Conversion
from consistency.normalise.tables import Tables
from consistency.rules import fmt
from consistency.rules.model import Finding, Rule
from consistency.rules.primitives import check
from consistency.rules.primitives.common import make_finding

DEFAULT_SLACK = 0.02
DEFAULT_TEMPERATURE_SLACK = 1.0
TEMPERATURE = ("degC", "degF", "kelvin")


def _hull(values: list[float]) -> Interval:
    return Interval(min(values), max(values))


def converted_interval(iv: Interval, a: str, b: str, delta: bool = False) -> Interval:
    from consistency.rules import units

    vals = list(units.convert_value(iv.low, a, b, delta)) + list(
        units.convert_value(iv.high, a, b, delta)
    )
    return _hull(vals)


def conversion_fits(
    source: Interval,
    target: Interval,
    a: str,
    b: str,
    slack: float = DEFAULT_SLACK,
    temperature_slack: float = DEFAULT_TEMPERATURE_SLACK,
) -> bool:
    """Some reading of the source, converted, lies within the target (with slack)."""
    readings = [False, True] if a in TEMPERATURE and b in TEMPERATURE else [False]
    for delta in readings:
        conv = converted_interval(source, a, b, delta)
        if a in TEMPERATURE and b in TEMPERATURE:
            pad = temperature_slack
        else:
            pad = slack * max(abs(conv.low), abs(conv.high))
        if Interval(conv.low - pad, conv.high + pad).overlaps(target):
            return True
    return False


def _round(x: float) -> str:
    ax = abs(x)
    if ax >= 100:
        return fmt.num(round(x))
    if ax >= 10:
        return fmt.num(round(x, 1))
    return fmt.num(round(x, 2))


@check("conversion")
def check_conversion(rule: Rule, rows: list[Conversion], tables: Tables) -> Iterable[Finding]:
    from consistency.rules import units

    slack = float(rule.params.get("slack", DEFAULT_SLACK))
    tslack = float(rule.params.get("temperature_slack", DEFAULT_TEMPERATURE_SLACK))
    for row in rows:
        a, b = row.source, row.target
        src = row.source_interval
        tgt = row.target_interval
        if conversion_fits(src, tgt, a.unit, b.unit, slack, tslack):
            continue
        point = units.convert_value(a.value, a.unit, b.unit)
        if row.form == "or" and not any(0.5 < b.value / p < 2.0 for p in point if p):
            continue  # too far off to be a conversion: two alternatives
        conv_text = " or ".join(_round(p) for p in point)
        ua, ub = units.short(a.unit), units.short(b.unit)
        conv = converted_interval(src, a.unit, b.unit)
        arithmetic = (
            f"{fmt.num(a.value)} {ua} = {conv_text} {ub}, stated {fmt.num(b.value)} {ub} "
            f"(the source's rounding allows {_round(conv.low)} to {_round(conv.high)} {ub}; "
            f"'{b.text.strip()}' means {_round(tgt.low)} to {_round(tgt.high)})"
        )
        fields = {
            "source": a.text.strip(),
            "target": b.text.strip(),
            "source_value": fmt.num(a.value),
            "source_unit": ua,
            "converted": conv_text,
            "stated": fmt.num(b.value),
            "unit": ub,
        }
        yield make_finding(rule, tables, b, [a, b], fields, arithmetic)
