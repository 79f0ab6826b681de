"""Properties of extraction that must hold for any input (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.extract import extract_figures
from consistency.extract.numwords import number_to_words

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SEPARATORS = [",", " ", "\u2009", "\u202f", "\u00a0"]


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _sole(text: str):
    found = [f for f in extract_figures(text) if f.kind not in ("vague",)]
    assert len(found) == 1, [(f.text, f.value, f.kind) for f in found]
    return found[0]


@SETTINGS
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(SEPARATORS), st.booleans())
def test_integer_digits_round_trip(n, sep, grouped):
    digits = _grouped(n, sep) if grouped else str(n)
    f = _sole(f"Officials counted {digits} crates on the quay.")
    assert f.value == n


@SETTINGS
@given(
    st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False),
    st.booleans(),
)
def test_decimal_digits_round_trip(d: Decimal, grouped):
    whole, frac = divmod(d, 1)
    text = (f"{int(whole):,}" if grouped else str(int(whole))) + "." + f"{frac:.3f}"[2:]
    f = _sole(f"The gauge showed {text} units of pressure.")
    assert f.value == pytest.approx(float(d))
    assert f.low <= f.value <= f.high


@SETTINGS
@given(st.integers(min_value=0, max_value=999_999_999))
def test_integer_words_round_trip(n):
    words = number_to_words(n)
    f = _sole(f"Officials counted {words} crates on the quay.")
    assert f.value == n


@SETTINGS
@given(st.integers(min_value=1, max_value=99))
def test_capitalised_words_round_trip(n):
    words = number_to_words(n)
    f = _sole(f"{words[0].upper()}{words[1:]} crates were counted.")
    assert f.value == n


@SETTINGS
@given(
    st.decimals(min_value=Decimal("0.1"), max_value=999, places=1),
    st.sampled_from(
        [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("m", 1e6)]
    ),
)
def test_scale_words_round_trip(d: Decimal, scale):
    word, k = scale
    sep = "" if word in ("bn", "m") else " "
    f = _sole(f"The budget is ${d}{sep}{word} this year.")
    assert f.value == pytest.approx(float(d) * k)
    assert f.low <= f.value <= f.high


@SETTINGS
@given(st.text(max_size=300))
def test_never_raises_and_spans_slice_the_text(text):
    for f in extract_figures(text):
        assert text[f.start : f.end] == f.text
        assert f.low <= f.value <= f.high


_NEWSY = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "about",
                "more than",
                "nearly",
                "up to",
                "between",
                "and",
                "to",
                "-",
                "over",
                "drones",
                "Kursk",
                "each",
                "%",
                "per cent",
                "million",
                "$",
                "£",
                "km",
                "°C",
                "one",
                "Ten",
                "thirty-one",
                "a dozen",
                "half",
                "a third",
                ",",
                ".",
                ":",
                "(",
                ")",
                "at least",
                "fewer than",
                "or more",
                "2023",
                "March",
                "15:30",
                "Gate",
            ]
        ),  # fmt: skip
        st.integers(min_value=-(10**7), max_value=10**9).map(str),
        st.decimals(min_value=-1000, max_value=10**6, places=2).map(str),
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NEWSY)
def test_newsy_token_soup_keeps_invariants(text):
    figures = extract_figures(text)
    for f in figures:
        assert text[f.start : f.end] == f.text
        assert f.low <= f.value <= f.high
        if f.value_high is not None:
            assert f.value <= f.value_high
    starts = [f.start for f in figures]
    assert starts == sorted(starts)
