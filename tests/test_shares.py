"""percent-sum: shares of one whole, never shares of different wholes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.ingest import parse_document
from consistency.pipeline import analyse, check
from consistency.rules.loader import load_rules

RULE = [r for r in load_rules() if r.id == "percent-sum"]


def findings(text: str):
    return check(analyse([parse_document(text, "t.txt")]), RULE)[0]


@pytest.mark.parametrize(
    "text",
    [
        "A poll found 52% support the plan, 45% oppose it and 8% are undecided.",
        "The results: Smith 48.2%, Jones 41.5%, Brown 12.4%.",
        "Christians make up 65% of the population, Muslims 30% and Hindus 8%.",
        "The party won 33,45% of the vote against 40,2% for the Greens and 30,1% for the Liberals.",
        "Residents: 47 per cent favoured the bridge, 38 per cent opposed it and 21 per cent did not know.",
    ],
)
def test_over_100_is_an_error(text):
    out = findings(text)
    assert len(out) == 1 and out[0].severity == "error"
    assert " + " in out[0].arithmetic


def test_complete_list_short_of_100_is_a_warning():
    out = findings(
        "In the vote 45% backed the plan, 30% opposed it and the remaining 15% abstained."
    )
    assert len(out) == 1 and out[0].severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was 68%, with the president winning 54% of the vote and his rival 41%.",
        "In Paris, 45% backed the plan; in Lyon, 62% did.",
        "Some 65% of Democrats and 40% of Republicans back the bill, according to the poll.",
        "About 90% of households have a TV, 85% have a smartphone and 60% have a tablet.",
        "Of those asked, 70% use Facebook, 60% use Instagram and 45% use TikTok.",
        "Support stood at 45% last year and 58% now, with 30% opposed.",
        "The tax rate is 45% for top earners, 40% for middle earners and 20% for everyone else.",
        "Prices rose 3.2% in the year to March, up from 2.9% in February, and core inflation was 3.5%.",
        "Women make up 52% of students but only 30% of professors and 25% of deans.",
        "Of those surveyed, 41% preferred the tram, 33% the bus and 19% cycling.",
    ],
)
def test_different_wholes_changes_and_partial_lists_pass(text):
    assert findings(text) == []


@settings(max_examples=40, deadline=None)
@given(
    weights=st.lists(st.integers(1, 1000), min_size=3, max_size=6),
    decimals=st.integers(0, 1),
)
def test_rounded_shares_of_one_whole_never_flagged(weights, decimals):
    """Any true split of 100, each share rounded as published, passes."""
    total = sum(weights)
    shares = [100 * w / total for w in weights]
    names = ["the tram", "the bus", "cycling", "walking", "the ferry", "driving"]
    parts = [f"{s:.{decimals}f}% {n}" for s, n in zip(shares, names, strict=False)]
    text = "Of those surveyed, " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    assert findings(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the verb after a sub-group phrase repeats: answers to different questions
        "Nearly 80% of Ukrainians support joining the EU and 65% support NATO membership.",
        "Some 40% of households own a car, 85% own a smartphone and 60% have broadband.",
        # a rate named after the percentage is not a share ("a 27% turnout")
        "In the first round, Tinubu took 36.6%, Abubakar 29.1%, Obi 25.4% and Kwankwaso 6.4%, "
        "with a 27% turnout.",
        "Macron won 58.5% of the vote to Le Pen's 41.5% in the second round; abstention reached 28%.",
    ],
)
def test_other_wholes_are_not_added(text):
    assert findings(text) == []


def test_the_whole_and_the_occasion_are_not_sub_groups():
    # "of the vote" and "in the second round" name the whole and the occasion
    out = findings("Macron won 58.5% of the vote to Le Pen's 45.5% in the second round.")
    assert len(out) == 1 and out[0].severity == "error"
