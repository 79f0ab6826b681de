"""Extraction on wire-style phrasings (sentences written for these tests): bounds that
are not bounds ("over five years", "above the 3 percent target"), places after
"over"/"near", periods named "the first half"/"the fourth quarter", changes read as
ranges, names with numbers in them, and the project's news gold set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from consistency.extract import extract_figures

ROOT = Path(__file__).resolve().parents[1]


def figs(text: str) -> list:
    return [f for f in extract_figures(text) if f.kind not in ("vague", "date", "year", "time")]


def one(text: str, surface: str):
    (f,) = [f for f in figs(text) if surface in f.text or f.text in surface]
    return f


@pytest.mark.parametrize(
    "text, surface, qualifier",
    [
        ("The council will spend £40 million over four years on schools.", "four", "exact"),
        ("Rates rose 2% over three months.", "three", "exact"),
        ("He has led the party for over 12 years.", "12", "over"),
        ("The talks lasted over six hours.", "six", "over"),
        ("The ward treats patients over 70.", "70", "over"),
        ("The army said it shot down over 30 drones.", "30", "over"),
        ("Drones were intercepted over five regions.", "five", "exact"),
        ("Fighting raged near two villages in the east.", "two", "exact"),
        ("Readings near 45C were recorded.", "45C", "approx"),
        ("Inflation is well above the 2 percent target.", "2 percent", "exact"),
        ("Turnout fell short of the 500 needed.", "500", "exact"),
        ("The drought could last at least another six weeks.", "six", "at_least"),
        ("Hail as large as 4 cm fell on the town.", "4 cm", "at_most"),
        ("Children as young as 10 were recruited.", "10", "at_least"),
        ("Its market value topped $2 trillion.", "$2 trillion", "over"),
    ],
)
def test_bounds_in_news_phrasing(text, surface, qualifier):
    assert one(text, surface).qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose in the first half and fell in the second half.",
        "The firm lost money in the fourth quarter and in the June quarter.",
        "Each quarter the board meets; the third-quarter results were weak.",
    ],
)
def test_periods_are_not_fractions(text):
    assert [f.text for f in figs(text)] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Sales grew by a quarter last year.", 0.25),
        ("Half the staff were laid off.", 0.5),
        ("Quarter of adults say they cannot save.", 0.25),
    ],
)
def test_fractions_still_read(text, value):
    (f,) = figs(text)
    assert f.value == pytest.approx(value)


def test_change_by_then_to_is_not_a_range():
    got = [(f.text, f.value, f.qualifier) for f in figs("Petrol rose 4p to 148.9p a litre.")]
    assert got == [("4p", 4, "exact"), ("148.9p", 148.9, "exact")]
    (r,) = figs("Prices rose 3 to 4 percent in May.")
    assert (r.qualifier, r.value, r.value_high) == ("range", 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Formula One returns to the city in November.",
        "The debate aired on BBC One and Channel 4.",
        "The Group of Seven met in Italy.",
        "The Big Four banks raised fees.",
    ],
)
def test_number_words_in_names(text):
    assert figs(text) == []


def test_title_case_headline_keeps_its_count():
    assert [f.value for f in figs("Storm Kills Ten People In Texas")] == [10]


def test_named_year_is_a_year():
    (f,) = [f for f in extract_figures("Vision 2030 aims to diversify the economy.")]
    assert f.kind == "year"


def test_australian_dollars_and_nine_eleven():
    (f,) = figs("Canberra pledged A$10 billion.")
    assert (f.unit, f.value) == ("AUD", 10e9)
    assert figs("a $5 billion plant")[0].unit == "USD"
    assert figs("after the 9/11 attacks") == []


def test_news_gold_set_scores_well():
    """The wire-style gold set in bench/: value F1 and value+bound F1 stay high."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "score_extraction", ROOT / "bench" / "score_extraction.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_extraction"] = mod  # dataclasses look their module up
    try:
        spec.loader.exec_module(mod)
    finally:
        del sys.modules["score_extraction"]
    t = mod.score("news", mod.load_news(mod.NEWS), extract_figures)
    assert t.prf(t.tp)[2] >= 0.97
    assert t.prf(t.tp_bound)[2] >= 0.95
