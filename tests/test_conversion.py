"""unit-conversion: the pair scanner, the unit table and the soundness property."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.ingest import parse_document
from consistency.pipeline import analyse, check
from consistency.rules import units
from consistency.rules.loader import load_rules

RULE = [r for r in load_rules() if r.id == "unit-conversion"]


def findings(text: str):
    ctx = analyse([parse_document(text, "t.txt")])
    out, tables = check(ctx, RULE)
    return out, tables.table("conversions")


@pytest.mark.parametrize(
    "a", sorted(units._FACTORS), ids=lambda u: u.replace(" ", "")
)  # every unit of the fast table against pint
def test_fast_table_agrees_with_pint(a):
    dim, factors = units._FACTORS[a]
    base = {"L": "meter", "A": "meter ** 2", "M": "kilogram", "V": "meter ** 3",
            "S": "meter / second", "P": "watt", "E": "joule"}[dim]  # fmt: skip
    if a in ("ton", "gallon"):
        return  # ambiguous names: the table carries every meaning
    assert math.isclose(
        units.convert(1.0, a, base), factors[0], rel_tol=1e-5
    )  # pint: US survey acre


def test_temperatures_are_offsets_and_differences():
    assert math.isclose(units.convert_value(100, "degF", "degC")[0], 37.777777, rel_tol=1e-6)
    assert math.isclose(units.convert_value(2, "degC", "degF", delta=True)[0], 3.6)
    assert math.isclose(units.convert_value(-40, "degC", "degF")[0], -40)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy travelled 80 kilometres (70 miles).",
        "Hikers crossed 8 km (7 miles) of moor.",
        "It was 35C (85F) at noon.",
        "Overnight it fell to minus 20C (14F).",
        "The trail is 12 miles, or 30 km, long.",
        "The reserve covers 300 square kilometres (300 square miles).",
        "The storm was 100 km (100 miles) offshore.",
    ],
)
def test_wrong_conversions_are_found(text):
    out, _ = findings(text)
    assert len(out) == 1
    assert " = " in out[0].arithmetic and "stated" in out[0].arithmetic


@pytest.mark.parametrize(
    "text",
    [
        "A 9,000-foot (2,743 m) ridge.",
        "It was 100°F, or 38°C, and 25 km (16 miles) to town.",
        "He is 5 feet 10 inches (1.78 m) tall.",
        "Temperatures fell to minus 30 degrees Celsius (minus 22 degrees Fahrenheit).",
        "The sea has warmed by 2C (3.6F).",
        "The berg is 4,000 sq km (1,500 sq miles).",
        "The range of 5 to 10 km (3 to 6 miles) was cleared.",
        "The prize was 500,000 euros ($540,000).",
        "Runners choose a 5 km or 10 mile course.",
        "Gusts reached 100 mph (160 km/h); the 1,000-metre (3,300-foot) peak.",
        "The tank holds 3,000 gallons (13,600 litres).",  # imperial gallons
    ],
)
def test_right_or_unreadable_conversions_pass(text):
    out, _ = findings(text)
    assert out == [], out[0].arithmetic if out else ""


def test_message_shows_the_computation():
    out, _ = findings("The convoy travelled 80 kilometres (70 miles).")
    assert "80 km = 49.7 mi, stated 70 mi" in out[0].message


def test_no_pint_import_for_common_units():
    import subprocess
    import sys

    code = (
        "import sys;from consistency.ingest import parse_document;"
        "from consistency.pipeline import analyse, check;"
        "from consistency.rules.loader import load_rules;"
        "c=analyse([parse_document('80 km (70 miles)','t.txt')]);"
        "f,_=check(c,[r for r in load_rules() if r.id=='unit-conversion']);"
        "assert f; print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


PAIRS = [("kilometer", "mile", "km", "miles"), ("mile", "kilometer", "miles", "km"),
         ("meter", "foot", "metres", "feet"), ("foot", "meter", "feet", "m"),
         ("kilogram", "pound", "kg", "pounds"), ("degC", "degF", "C", "F"),
         ("degF", "degC", "F", "C"), ("hectare", "acre", "hectares", "acres")]  # fmt: skip


def render(x: float, decimals: int) -> str:
    return f"{x:,.{decimals}f}"


@settings(max_examples=60, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    value=st.floats(min_value=1, max_value=50_000, allow_nan=False),
    src_dec=st.integers(0, 2),
    tgt_dec=st.integers(0, 2),
    sig=st.one_of(st.none(), st.integers(1, 3)),
)
def test_rounded_true_conversions_never_flagged(pair, value, src_dec, tgt_dec, sig):
    """Any true value, rounded the way journalists round both figures, passes."""
    a, b, wa, wb = pair
    src = round(value, src_dec)
    true = units.convert_value(src, a, b)[0]
    if sig is not None and abs(true) >= 10:
        # a round conversion: keep `sig` significant digits ("3,300 feet")
        k = sig - 1 - int(math.floor(math.log10(abs(true))))
        shown = round(true, k)
        if abs(shown - true) > 0.09 * abs(true):
            return  # the rule reads a round figure as at most 10% off; keep off its edge
        tgt_text = render(shown, max(k, 0))
    else:
        tgt_text = render(true, tgt_dec)
    glue = "" if wa in ("C", "F") else " "
    glue_b = "" if wb in ("C", "F") else " "
    text = f"It measured {render(src, src_dec)}{glue}{wa} ({tgt_text}{glue_b}{wb}) on Monday."
    out, _ = findings(text)
    assert out == [], (text, out[0].arithmetic if out else "")


def test_round_temperatures_are_read_to_the_degree():
    # "90F" is not "85 to 95F": 90F is 32.2C, so 35C is wrong and 32C is right
    assert findings("It was 90F (35C) in Phoenix by mid-morning.")[0] != []
    assert findings("It was 90F (32C) in Phoenix, near 100F (38C) in Yuma.")[0] == []
