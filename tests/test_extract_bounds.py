"""Extraction: qualifiers that belong to the next number, signed and repeated-currency
ranges, mixed word fractions, pronoun "one" before a unit (sentences written for these
tests), and the scanners' equivalence with plain whole-text regex scans."""

from __future__ import annotations

import random
import re

import pytest

from consistency.extract import extract_figures
from consistency.extract import figures as fx
from consistency.extract.text import split_sentences


def by_text(text: str) -> dict:
    return {f.text: f for f in extract_figures(text) if f.kind != "vague"}


@pytest.mark.parametrize(
    "text, first, qualifier",
    [
        ("Bids came in above 1200 and below 1900 on the day.", "1200", "over"),
        ("The poll put support at more than 40 and less than 55.", "40", "over"),
        ("Attendance was 300 or more than that, organisers said.", "300", "at_least"),
    ],
)
def test_qualifier_after_that_belongs_to_the_next_number(text, first, qualifier):
    assert by_text(text)[first].qualifier == qualifier


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Children aged 12 and under travel free.", "at_most"),
        ("Groups of 15 or more pay less.", "at_least"),
        ("A crowd of 2,000 or so gathered.", "approx"),
    ],
)
def test_qualifier_after_still_applies_to_its_own_number(text, qualifier):
    (f,) = [f for f in extract_figures(text) if f.kind != "vague"]
    assert f.qualifier == qualifier


def test_negative_range_stated_outwards():
    (f,) = extract_figures("Overnight lows ranged from -12C to -21C in the valleys.")
    assert (f.qualifier, f.value, f.value_high) == ("range", -21, -12)
    assert f.low <= -21 and f.high >= -12


def test_negative_range_between_signs():
    (f,) = extract_figures("Forecasters expect between -4 and 3 degrees on Friday.")
    assert (f.qualifier, f.value, f.value_high) == ("range", -4, 3)


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("The refit will cost between $40 million and $55 million.", 40e6, 55e6),
        ("Analysts see a bill of £2bn-£3bn for the scheme.", 2e9, 3e9),
        ("Tickets will cost between €15 and €25 each.", 15, 25),
    ],
)
def test_range_with_currency_repeated(text, low, high):
    (f,) = [f for f in extract_figures(text) if f.kind == "money"]
    assert f.qualifier == "range"
    assert (f.value, f.value_high) == (low, high)


def test_change_with_currency_repeated_is_not_a_range():
    found = [f for f in extract_figures("Fares rose from $4 to $6 last year.") if f.kind == "money"]
    assert [f.value for f in found] == [4, 6]


def test_mixed_word_fraction_divides_only_after_and():
    f = by_text("The tank held one hundred and three quarters litres.")
    (fig,) = [x for x in f.values() if x.value > 1]
    assert fig.value == pytest.approx(100.75)


def test_pronoun_one_before_a_unit_is_a_measure():
    (f,) = extract_figures("Runners struggled on that one mile of hill.")
    assert (f.kind, f.unit, f.value) == ("measure", "mile", 1)
    assert extract_figures("She was the one who called.") == []


def test_glued_capital_g_is_not_grams():
    assert extract_figures("The carrier switched on its 5G network.") == []
    (f,) = extract_figures("Add 5g of salt.")
    assert f.unit == "gram"


def test_lowercase_month_dates_still_found():
    kinds = [(f.text, f.kind) for f in extract_figures("talks resume on december 3, 2025")]
    assert ("december 3, 2025", "date") in kinds


# ------------------------------------------------------------------ scanner equivalence

_SCAN_TOKENS = [
    "3", "12", "2024", ":", ".", "45", "am", "p.m.", " ", "  ", "/", "-", "March", "May",
    "21st", "of", "Tuesday", ",", "+44", "(555)", "555-123-4567", "1/2", "2 1/2", "x",
    "the", "1.2.3", "2019-20", "\n",
]  # fmt: skip


def _random_texts(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_SCAN_TOKENS) for _ in range(rng.randint(1, 14)))


_OLD_TIME = re.compile(
    r"(?=\d)(?<![\d.:])(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.m\.|\d{1,2}\s?[ap]m\b)"
    r"(?:\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|MSK|local time))?",
    re.I,
)
_OLD_FRACTION = re.compile(
    r"(?=\d)(?<![\w/.])(?:(?P<whole>\d+)\s+)?(?P<num>\d+)/(?P<den>\d+)(?![\w/])"
)


def test_anchored_scans_match_plain_scans():
    for text in _random_texts(3000, 7):
        spans = [m.span() for m in _OLD_TIME.finditer(text)]
        assert [m.span() for m in fx._anchored(fx._TIME, fx._TIME_ANCHOR, text, 0, 8, 40)] == spans
        spans = [m.span() for m in _OLD_FRACTION.finditer(text)]
        assert [m.span() for m in fx._anchored(fx._FRACTION, fx._SLASH, text, 0, 24, 24)] == spans
        spans = [m.span() for m in fx._DATE.finditer(text) if not text[m.start()].islower()]
        assert [m.span() for m in fx._date_matches(text, 0)] == spans


def test_sentence_boundaries_on_odd_punctuation():
    text = 'He said "yes." Then 3 left.) Next\n\n- item 1\n2) item two. "Quoted." (Aside) End'
    spans = split_sentences(text)
    assert all(text[s:e].strip() for s, e in spans)
    assert [text[s:e] for s, e in spans][0] == 'He said "yes.'


# ------------------------------------------------------------------ news forms


def test_fraction_of_a_scale_word():
    (f,) = extract_figures("The appeal raised a quarter of a million pounds.")
    assert (f.kind, f.unit, f.value) == ("money", "GBP", 250_000)
    assert f.low < 250_000 < f.high
    (f,) = [x for x in extract_figures("Half a million residents left.") if x.kind != "vague"]
    assert f.value == 500_000


def test_pounds_weight_or_money():
    (f,) = extract_figures("Farmers shipped 3 million pounds of wheat.")
    assert f.unit == "pound"
    (f,) = extract_figures("The club paid 4 thousand pounds.")
    assert f.unit == "GBP"


def test_glued_pc_is_percent():
    (f,) = extract_figures("Unemployment fell to 4.1pc last month.")
    assert (f.kind, f.value) == ("percent", 4.1)


def test_decade_is_a_year_span():
    (f,) = extract_figures("House prices soared in the 1980s.")
    assert (f.kind, f.value, f.low, f.high) == ("year", 1980, 1980, 1989)


def test_comparative_over_money_is_a_bound_not_a_place():
    (f,) = extract_figures("The levy applies to salaries above £150,000.")
    assert f.qualifier == "over"
    two, three = extract_figures("Two drones flew over three villages.")
    assert three.qualifier == "exact"


def test_unit_on_first_number_only_is_a_change_not_a_range():
    found = extract_figures("The stock climbed 8 per cent to 412p.")
    assert [(f.kind, f.value) for f in found] == [("percent", 8), ("money", 412)]
    (f,) = extract_figures("Rates of 3 to 4 per cent are likely.")
    assert (f.qualifier, f.value, f.value_high) == ("range", 3, 4)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The region has 2.4m inhabitants.", 2.4e6, None),
        ("They built a 6m wall.", 6, "meter"),
        ("She won the 400m final.", 400, "meter"),
    ],
)
def test_glued_m_million_or_metres(text, value, unit):
    (f,) = extract_figures(text)
    assert (f.value, f.unit) == (value, unit)
