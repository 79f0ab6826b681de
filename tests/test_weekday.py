"""weekday-date: a named weekday against the calendar."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.ingest import parse_document
from consistency.normalise.dates import WEEKDAYS, year_candidates
from consistency.pipeline import analyse, check
from consistency.rules.loader import load_rules

RULE = [r for r in load_rules() if r.id == "weekday-date"]


def findings(text: str):
    return check(analyse([parse_document(text, "t.txt")]), RULE)[0]


def test_wrong_weekday_found_with_the_calendar_shown():
    out = findings("The inquiry will open on Friday, June 4, 2026, in the council chamber.")
    assert len(out) == 1
    assert "June 4, 2026 is a Thursday" in out[0].message


def test_no_year_and_no_document_date_is_not_checked():
    assert findings("The inquiry will open on Friday, June 4, in the council chamber.") == []


def test_year_from_front_matter():
    doc = "---\ndate: 2026-05-20\n---\nThe inquiry will open on Friday, June 4.\n"
    assert len(findings(doc)) == 1
    doc = "---\ndate: 2026-05-20\n---\nThe inquiry will open on Thursday, June 4.\n"
    assert findings(doc) == []


def test_january_article_may_mean_last_december():
    cands = year_candidates(12, 19, dt.date(2026, 1, 8))
    assert cands[0] == dt.date(2025, 12, 19)


DATE = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def render(d: dt.date, weekday: str, style: int) -> str:
    wd = weekday.capitalize()
    if style == 0:
        return f"{wd}, {d.strftime('%B')} {d.day}, {d.year}"
    if style == 1:
        return f"{wd} {d.day} {d.strftime('%B')} {d.year}"
    return f"{wd[:3]}., {d.strftime('%B')} {d.day}, {d.year}"


@settings(max_examples=40, deadline=None)
@given(d=DATE, style=st.integers(0, 2))
def test_true_weekdays_never_flagged(d, style):
    text = f"The talks resume on {render(d, WEEKDAYS[d.weekday()], style)} in Geneva."
    assert findings(text) == [], text


@settings(max_examples=30, deadline=None)
@given(d=DATE, shift=st.integers(1, 6), style=st.integers(0, 1))
def test_wrong_weekdays_always_flagged(d, shift, style):
    text = f"The talks resume on {render(d, WEEKDAYS[(d.weekday() + shift) % 7], style)} in Geneva."
    assert len(findings(text)) == 1, text


def test_a_kick_off_time_on_the_next_line_is_no_year():
    from tests.conftest import check_text

    fixture = "Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n"
    assert check_text(fixture)["findings"] == []
    wrapped = "The inquiry opened on Friday, June 4,\n2026 in London.\n"
    (f,) = check_text(wrapped)["findings"]
    assert f["rule"] == "weekday-date"
