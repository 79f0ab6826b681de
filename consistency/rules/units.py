"""One pint registry for the whole run, built on first use and cached on disk.

Imported only when a conversion pair has been found, so commands and
documents without one never pay for pint (about 200 ms cold, 5 ms cached).
"""

from __future__ import annotations

from functools import lru_cache

TEMPERATURE = frozenset({"degC", "degF", "kelvin", "degK"})


@lru_cache(maxsize=1)
def registry():
    import pint

    try:
        return pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # pragma: no cover - an unwritable cache folder
        return pint.UnitRegistry()


@lru_cache(maxsize=256)
def compatible(a: str, b: str) -> bool:
    """Both units measure the same dimension (and pint knows both)."""
    ureg = registry()
    try:
        return ureg.Unit(a).dimensionality == ureg.Unit(b).dimensionality
    except Exception:
        return False


def convert(x: float, a: str, b: str) -> float:
    """``x`` in unit ``a`` expressed in unit ``b`` (temperatures as offsets)."""
    ureg = registry()
    return float(ureg.Quantity(x, a).to(b).magnitude)


def convert_delta(x: float, a: str, b: str) -> float:
    """A difference of ``x`` in ``a`` expressed in ``b`` (2 °C of warming = 3.6 °F)."""
    ureg = registry()
    if a in TEMPERATURE or b in TEMPERATURE:
        ua = "delta_" + a if a in ("degC", "degF") else a
        ub = "delta_" + b if b in ("degC", "degF") else b
        return float(ureg.Quantity(x, ua).to(ub).magnitude)
    return convert(x, a, b)


_SHORT = {
    "kilometer": "km", "meter": "m", "mile": "mi", "foot": "ft", "degC": "°C", "degF": "°F",
    "centimeter": "cm", "millimeter": "mm", "inch": "in", "yard": "yd", "kilogram": "kg",
    "metric_ton": "t", "pound": "lb", "liter": "L", "gallon": "gal", "hectare": "ha",
    "acre": "acres", "kilometer / hour": "km/h", "mile / hour": "mph", "nautical_mile": "nmi",
    "kilometer ** 2": "km²", "mile ** 2": "sq mi", "meter ** 2": "m²", "foot ** 2": "sq ft",
    "ounce": "oz", "gram": "g", "knot": "kn", "meter / second": "m/s", "ton": "short tons",
    "meter ** 3": "m³", "oil_barrel": "bbl", "milliliter": "mL",
}  # fmt: skip


def short(unit: str) -> str:
    return _SHORT.get(unit, unit.replace("_", " "))


# Exact definitional factors to a base unit per dimension: the same numbers pint
# uses. Common conversion pairs are computed from this table so a check stays
# fast from a cold start; any other unit goes to pint. Ambiguous names carry
# every meaning ("gallon": US and imperial; "ton": short, long and metric) and
# the check accepts any of them.
_FACTORS: dict[str, tuple[str, tuple[float, ...]]] = {
    "kilometer": ("L", (1000.0,)), "meter": ("L", (1.0,)), "centimeter": ("L", (0.01,)),
    "millimeter": ("L", (0.001,)), "mile": ("L", (1609.344,)), "foot": ("L", (0.3048,)),
    "inch": ("L", (0.0254,)), "yard": ("L", (0.9144,)), "nautical_mile": ("L", (1852.0,)),
    "kilometer ** 2": ("A", (1e6,)), "mile ** 2": ("A", (1609.344**2,)),
    "meter ** 2": ("A", (1.0,)), "foot ** 2": ("A", (0.3048**2,)), "hectare": ("A", (1e4,)),
    "acre": ("A", (4046.8564224,)),
    "metric_ton": ("M", (1000.0,)), "ton": ("M", (907.18474, 1016.0469088, 1000.0)),
    "kilogram": ("M", (1.0,)), "gram": ("M", (1e-3,)), "milligram": ("M", (1e-6,)),
    "pound": ("M", (0.45359237,)), "ounce": ("M", (0.028349523125,)),
    "liter": ("V", (1e-3,)), "milliliter": ("V", (1e-6,)), "meter ** 3": ("V", (1.0,)),
    "gallon": ("V", (0.003785411784, 0.00454609)), "oil_barrel": ("V", (0.158987294928,)),
    "kilometer / hour": ("S", (1 / 3.6,)), "mile / hour": ("S", (0.44704,)),
    "knot": ("S", (1852 / 3600,)), "meter / second": ("S", (1.0,)),
    "kilowatt": ("P", (1e3,)), "megawatt": ("P", (1e6,)), "gigawatt": ("P", (1e9,)),
    "kilowatt_hour": ("E", (3.6e6,)), "megawatt_hour": ("E", (3.6e9,)),
    "gigawatt_hour": ("E", (3.6e12,)), "terawatt_hour": ("E", (3.6e15,)),
}  # fmt: skip

_TEMP = {"degC": (1.0, 273.15), "degF": (5 / 9, 273.15 - 32 * 5 / 9), "kelvin": (1.0, 0.0)}


def known(unit: str) -> bool:
    return unit in _FACTORS or unit in _TEMP


def same_dimension(a: str, b: str) -> bool:
    """Both units measure one dimension; the table first, pint for the rest."""
    if a in _TEMP or b in _TEMP:
        return a in _TEMP and b in _TEMP
    if a in _FACTORS and b in _FACTORS:
        return _FACTORS[a][0] == _FACTORS[b][0]
    return compatible(a, b)


def ratios(a: str, b: str) -> tuple[float, ...]:
    """Every factor k with x a = k·x b, one per meaning of an ambiguous unit."""
    if a in _FACTORS and b in _FACTORS:
        return tuple(fa / fb for fa in _FACTORS[a][1] for fb in _FACTORS[b][1])
    return (convert(1.0, a, b),)


def convert_value(x: float, a: str, b: str, delta: bool = False) -> tuple[float, ...]:
    """``x`` in ``a`` expressed in ``b``: every reading (temperatures as offsets
    unless ``delta``)."""
    if a in _TEMP and b in _TEMP:
        sa, oa = _TEMP[a]
        sb, ob = _TEMP[b]
        if delta:
            return (x * sa / sb,)
        return (((x * sa + oa) - ob) / sb,)
    if a in _TEMP or b in _TEMP:
        return (convert_delta(x, a, b) if delta else convert(x, a, b),)
    return tuple(x * k for k in ratios(a, b))
