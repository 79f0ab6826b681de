"""The conversions table: a measure followed by the same measure in other units.

"80 kilometres (70 miles)", "a 9,000-foot (2,743 m) ridge", "35C (95F)",
"100°F, or 38°C". A pair is the source figure, the converted figure and the
form that joins them. Only physical units are paired: currency conversions
depend on a rate and are never table rows.

The pairs are read from the text with a scanner of their own (number, unit,
parenthesis or "or", number, unit) that reuses the extraction lexicon: a
conversion is a tight, regular construction, and reading it here keeps the
rule independent of how extraction splits figures ("minus 30 degrees
Celsius", "300 square kilometres", "1,500 sq miles"). Both figures of a pair
must measure one dimension, which settles short forms ("5m" is metres when
its partner is in feet).

``stated_interval`` is the precision reading of a figure shared by the
arithmetic rules: the digits as written say how far the value was rounded
("7.5" is 7.45 to 7.55, "4,900" may be rounded to the hundred).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from consistency.extract.model import Figure
from consistency.extract.text import finditer_from, longest_first
from consistency.interval import Interval
from consistency.normalise import register_document_table
from consistency.normalise.tables import DocumentContext
from consistency.recache import re_compile

_NUMERIC = re_compile(r"^[-−–]?\d[\d,  \u202f]*(?:\.(\d+))?$")


def half_unit(digits: str, round_zeros: bool = True) -> float | None:
    """Half the place of the last stated digit of ``digits`` ("7.5" -> 0.05)."""
    digits = (digits or "").strip()
    m = _NUMERIC.match(digits)
    if not m:
        return None
    plain = re.sub(r"[^\d.]", "", digits)
    try:
        number = float(plain)
    except ValueError:
        return None
    if m.group(1):
        return 0.5 * 10 ** -len(m.group(1))
    zeros = len(plain) - len(plain.rstrip("0")) if round_zeros and number else 0
    zeros = min(zeros, len(plain) - 1)
    return 0.5 * 10**zeros


def precision(f: Figure, round_zeros: bool = True) -> float | None:
    """Half the last stated digit's place, in the figure's own scale (None if unknown).

    With ``round_zeros`` an integer's trailing zeros count as rounding ("4,900"
    is 4,850 to 4,950): the reading journalists use for round figures.
    """
    half = half_unit(f.digits, round_zeros)
    if half is None:
        return None
    plain = re.sub(r"[^\d.]", "", f.digits)
    number = float(plain)
    scale = abs(f.value) / number if number else 1.0
    if not math.isfinite(scale) or scale <= 0:
        scale = 1.0
    return half * scale


def stated_interval(f: Figure, round_zeros: bool = True) -> Interval:
    """The values the figure's digits allow, ignoring qualifiers that apply to a pair as
    a whole ("over 12 km (7.5 miles)"). Ranges keep their ends."""
    half = precision(f, round_zeros)
    if half is None:
        if math.isfinite(f.low) and math.isfinite(f.high):
            return Interval(f.low, f.high)
        return Interval(f.value, f.value)
    if f.qualifier == "range" and math.isfinite(f.low) and math.isfinite(f.high):
        return Interval(f.low - half, f.high + half)
    return Interval(f.value - half, f.value + half)


def synthetic_figure(
    ctx: DocumentContext,
    start: int,
    end: int,
    value: float,
    low: float,
    high: float,
    *,
    unit: str | None = None,
    kind: str = "measure",
    digits: str = "",
    qualifier: str = "exact",
) -> Figure:
    """A figure read by a table builder itself, placed like extraction places its own."""
    text = ctx.text
    line, column = ctx.locate(start)
    starts = [s for s, _ in ctx.sentences]
    sentence = max(0, bisect.bisect_right(starts, start) - 1)
    return Figure(
        start=start, end=end, text=text[start:end], value=value, low=low, high=high,
        qualifier=qualifier, unit=unit, kind=kind, line=line, column=column, path=ctx.path,
        sentence=sentence, digits=digits,
    )  # fmt: skip


@dataclass
class Conversion:
    source: Figure
    target: Figure
    #: "paren" ("80 km (50 miles)") or "or" ("100°F, or 38°C")
    form: str
    #: The values each figure's digits allow (signs and compounds applied).
    source_interval: Interval
    target_interval: Interval

    def record(self) -> dict:
        return {
            "path": self.source.path,
            "source": self.source.text,
            "source_value": self.source.value,
            "source_unit": self.source.unit,
            "target": self.target.text,
            "target_value": self.target.value,
            "target_unit": self.target.unit,
            "form": self.form,
            "source_low": self.source_interval.low,
            "source_high": self.source_interval.high,
            "target_low": self.target_interval.low,
            "target_high": self.target_interval.high,
        }


_EXTRA_UNITS = {
    "sq miles": "mile ** 2", "sq mile": "mile ** 2", "sq kilometres": "kilometer ** 2",
    "sq kilometers": "kilometer ** 2", "sq metres": "meter ** 2", "sq meters": "meter ** 2",
    "sq feet": "foot ** 2", "square foot": "foot ** 2", "square metre": "meter ** 2",
    "square meter": "meter ** 2", "square km": "kilometer ** 2", "sq. km": "kilometer ** 2",
    "sq. miles": "mile ** 2", "kilometres per hour": "kilometer / hour", "km/hr": "kilometer / hour",
    "° c": "degC", "° f": "degF", "degrees centigrade": "degC", "deg c": "degC", "deg f": "degF",
    "metric tonnes": "metric_ton", "metric tons": "metric_ton", "short tons": "ton",
    "cubic feet": "foot ** 3", "cu ft": "foot ** 3", "imperial gallons": "imperial_gallon",
    "us gallons": "gallon", "lbs.": "pound", "lb.": "pound",
}  # fmt: skip
#: Units that are only read glued to the number ("35C", "72F").
_GLUED_ONLY = {"c", "f"}
_NUM = r"\d{1,3}(?:[,  \u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern, dict[str, str]]:
    from consistency.extract.lexicon import UNITS

    units = {k.lower(): v for k, v in UNITS.items()}
    units.update(_EXTRA_UNITS)
    names = sorted(units, key=longest_first)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    pattern = re_compile(
        r"(?P<neg>(?<![\w.,])(?:minus\s+|negative\s+|[-−](?=\d)))?"
        rf"(?P<n1>{_NUM})(?:\s*(?:-|–|to)\s*(?P<n2>{_NUM}))?"
        r"(?:\s*(?P<scale>million|billion|thousand))?"
        rf"(?P<sep>\s*-\s*|\s*)(?P<unit>{alt})(?![A-Za-z])",
        re.IGNORECASE,
    )
    return pattern, units


_SCALES = {"million": 1e6, "billion": 1e9, "thousand": 1e3}


@dataclass
class _Measure:
    start: int
    end: int
    unit: str
    low: float
    high: float
    #: half the last digit's place as written; and reading trailing zeros as rounding
    half: float
    zero_half: float
    digits: str
    is_range: bool


def _number(s: str) -> float:
    return float(re.sub(r"[,  \u202f]", "", s))


#: Where a measure can begin: a sign, a digit, a decimal point, "minus", "negative".
_MEASURE_STARTS = re_compile(r"[-−.\dmMnN]")


def scan_measures(text: str, start: int = 0) -> list[_Measure]:
    pattern, units = _scanner()
    out: list[_Measure] = []
    for m in finditer_from(pattern, _MEASURE_STARTS, text, start):
        raw_unit = " ".join(m.group("unit").lower().split())
        if raw_unit in _GLUED_ONLY:
            if m.group("sep") or m.group("unit") not in ("C", "F") or m.group("n2"):
                continue
        unit = units.get(raw_unit)
        if unit is None:
            continue
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "$£€¥₹"):
            continue  # part of an identifier or a sum of money
        scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
        sign = -1.0 if m.group("neg") else 1.0
        a = sign * _number(m.group("n1")) * scale
        b = sign * _number(m.group("n2")) * scale if m.group("n2") else a
        h = max(half_unit(m.group("n1"), False) or 0.5,
                half_unit(m.group("n2") or "", False) or 0.0) * scale  # fmt: skip
        hz = max(half_unit(m.group("n1")) or 0.5, half_unit(m.group("n2") or "") or 0.0) * scale
        out.append(
            _Measure(
                m.start(),
                m.end(),
                unit,
                min(a, b),
                max(a, b),
                h,
                hz,
                m.group("n2") and f"{m.group('n1')}-{m.group('n2')}" or m.group("n1"),
                bool(m.group("n2")),
            )  # fmt: skip
        )
    return out


# between the source and "(": nothing, or a few words ("1,500 metres high (")
_PAREN_GAP = re_compile(r"(?:\s+[a-z]+(?:-[a-z]+)?){0,3}\s*\(\s*(?:[a-z~.]+\s+){0,2}")
# after the converted figure: the parenthesis closes, or another conversion follows
_PAREN_END = re_compile(r"[^()\d]{0,20}?[);,/]")
_OR_GAP = re_compile(
    r",?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|approximately\s+)?"
)
_COMPOUND_GAP = re_compile(r"\s*,?\s*(?:and\s+)?")


def _figure(ctx: DocumentContext, m: _Measure, start: int | None = None) -> Figure:
    return synthetic_figure(
        ctx, m.start if start is None else start, m.end, m.low, m.low, m.high, unit=m.unit,
        digits=m.digits, qualifier="range" if m.is_range else "exact",
    )  # fmt: skip


#: How far a round figure's trailing zeros may stand for rounding, relative to the
#: figure: "9,000 feet" may be 8,550 to 9,450 as a source; a round conversion such
#: as "3,000 feet" may be 2,700 to 3,300, but "100 miles" is never 62 miles.
SOURCE_ROUNDING = 0.05
TARGET_ROUNDING = 0.10


#: Degrees are small units: a source temperature ("90F (32C)") is read to the degree,
#: never as rounded to ten; its conversion may still be a round figure ("45C (110F)").
_TEMPERATURE_UNITS = frozenset({"degC", "degF", "kelvin"})


def _rounded(m: _Measure, rel: float, source: bool = False) -> Interval:
    mag = max(abs(m.low), abs(m.high))
    if source and m.unit in _TEMPERATURE_UNITS:
        return Interval(m.low - m.half, m.high + m.half)
    half = max(m.half, min(m.zero_half, rel * mag))
    return Interval(m.low - half, m.high + half)


def find_conversions(ctx: DocumentContext) -> list[Conversion]:
    text = ctx.text
    if "(" not in text and " or " not in text:
        return []
    ms = scan_measures(text, ctx.body_start)
    rows: list[Conversion] = []
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if a.unit == b.unit or b.start - a.end > 40:
            continue
        gap = text[a.end : b.start]
        if _PAREN_GAP.fullmatch(gap) and gap.count("(") == 1:
            if not _PAREN_END.match(text, b.end):
                continue
            form = "paren"
        elif _OR_GAP.fullmatch(gap):
            form = "or"
        else:
            continue
        # the unit registry is touched only here, once a candidate pair exists
        from consistency.rules import units

        if not units.same_dimension(a.unit, b.unit):
            continue
        src = _rounded(a, SOURCE_ROUNDING, source=True)
        src_start = a.start
        if i > 0:
            p = ms[i - 1]
            if (
                _COMPOUND_GAP.fullmatch(text[p.end : a.start])
                and p.unit != a.unit
                and not p.is_range
                and units.same_dimension(p.unit, a.unit)
            ):
                # "5 feet 10 inches (1.78 m)": the source is the sum
                lo = min(units.convert_value(p.low - p.half, p.unit, a.unit, True))
                hi = max(units.convert_value(p.high + p.half, p.unit, a.unit, True))
                src = Interval(src.low + lo, src.high + hi)
                src_start = p.start
        tgt = _rounded(b, TARGET_ROUNDING)
        source = _figure(ctx, a, src_start)
        if src_start != a.start:
            source.value = (src.low + src.high) / 2
        rows.append(Conversion(source, _figure(ctx, b), form, src, tgt))
    return rows


register_document_table("conversions", find_conversions)
