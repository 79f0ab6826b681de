"""percent-change: stated changes against their own before and after figures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.ingest import parse_document
from consistency.pipeline import analyse, check
from consistency.rules.loader import load_rules

RULE = [r for r in load_rules() if r.id == "percent-change"]


def findings(text: str):
    return check(analyse([parse_document(text, "t.txt")]), RULE)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The number of cases fell from 1,250 to 1,000, a drop of 25%.",
        "Exports fell by a third, from 300,000 tonnes to 250,000 tonnes.",
        "The share price tripled from $10 to $20 over the year.",
        "Traffic deaths fell 18.3% to 1,560 from 1,701.",
        "Attendance went from 42,000 to 45,500, down 8%.",
        "Ticket prices rose from $45 to $50, or 21%.",
        "Rents have doubled since 2015, from £600 a month to £900.",
        "The population rose to 706,000, an increase of 52,300 (12%).",
        "Support for the party fell from 40% to 30%, a drop of 15%.",
        "Unemployment went from 5% to 7%, up five points.",
    ],
)
def test_wrong_changes_are_found(text):
    out = findings(text)
    assert len(out) == 1, text
    # the working, not the message again: "(1,000 − 1,250) / 1,250 = -20%; ..."
    assert " = " in out[0].arithmetic and out[0].arithmetic not in out[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Support for the party fell from 40% to 30%, a drop of 10 points.",
        "Support for the party fell from 40% to 30%, a drop of 25%.",
        "Support for the party fell from 40% to 30%, a drop of 10%.",
        "Hospital admissions nearly doubled, from 310 to 590.",
        "Profits more than doubled, from $2 billion to $4.6 billion.",
        "Arrests rose from 120 to 150 last year and spending rose 3%.",
        "Wages grew 3.5% from 2021 to 2022.",
        "From 9am to 5pm, prices rose 2%.",
        "Subscribers went from 2.4 million to 3 million, up 25%.",
        "The population rose to 706,000, an increase of 52,300 (8%).",
    ],
)
def test_right_or_unrelated_changes_pass(text):
    assert findings(text) == [], text


def test_message_shows_the_computation():
    out = findings("Enrolment climbed from 6,200 pupils in 2023 to 7,440 this year, a rise of 12%.")
    assert "from 6,200 to 7,440 is +20%" in out[0].message
    assert {f.value for f in out[0].figures} >= {6200, 7440, 12}


@settings(max_examples=40, deadline=None)
@given(
    before=st.integers(50, 2_000_000),
    change=st.floats(-60, 200, allow_nan=False),
    decimals=st.integers(0, 1),
)
def test_true_changes_rounded_never_flagged(before, change, decimals):
    after = round(before * (1 + change / 100))
    if after <= 0 or after == before:
        return
    true = (after / before - 1) * 100
    word = "a rise" if true > 0 else "a drop"
    text = (f"Membership went from {before:,} to {after:,} last year, "
            f"{word} of {abs(true):.{decimals}f}%.")  # fmt: skip
    assert findings(text) == [], text


@settings(max_examples=30, deadline=None)
@given(before=st.integers(10, 100_000), wobble=st.floats(-0.08, 0.08, allow_nan=False))
def test_doubling_within_the_slack_never_flagged(before, wobble):
    after = round(before * 2 * (1 + wobble))
    text = f"Visits doubled, from {before:,} to {after:,}."
    assert findings(text) == [], text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Wheat exports rose by 2.3 million tonnes to 18.5 million tonnes, an increase of 24%.",
            True,
        ),
        (
            "Wheat exports rose by 2.3 million tonnes to 18.5 million tonnes, an increase of 14%.",
            False,
        ),
        ("The population fell by 1.2 million to 143.4 million, a decline of 1.8%.", True),
        ("The population fell by 1.2 million to 143.4 million, a decline of 0.8%.", False),
    ],
)
def test_absolute_change_then_level_then_percent(text, wrong):
    assert bool(findings(text)) is wrong


def test_exchange_rate_quoted_inversely():
    # 90 -> 100 roubles per dollar is the rouble losing 10% of its value
    assert findings("The rouble weakened to 100 per dollar from 90, a 10% fall in its value.") == []
    assert findings("Prices rose from 90 to 100 roubles, a 10% fall.") != []


def test_wire_pct_and_a_scale_written_once():
    from tests.conftest import check_text

    right = "Profit climbed from 200 to 260 million, a rise of 30 pct."
    wrong = "Profit climbed from 200 to 260 million, a rise of 20 pct."
    assert check_text(right)["findings"] == []
    (f,) = check_text(wrong)["findings"]
    assert f["rule"] == "percent-change" and "+30%" in f["message"]


def test_a_clock_time_is_never_a_change_base():
    from tests.conftest import check_text

    text = "At 1300 GMT, the euro was up 0.9% on the day at 1.3187 euros per US dollar."
    assert check_text(text)["findings"] == []
