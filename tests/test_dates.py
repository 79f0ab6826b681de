"""Dates: written forms, datelines, file names, day-first and ambiguous numeric dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.ingest import parse_document
from consistency.ingest.dates import (
    PartialDate,
    date_from_filename,
    dateline,
    document_date,
    find_dates,
    parse_date,
)

D = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    "text",
    ["2026-11-18", "2026/11/18", "18.11.2026", "18.11.26", "November 18, 2026", "Nov. 18, 2026",
     "Nov 18 2026", "18 November 2026", "18th November 2026", "20261118", "2026-11-18T09:30:00"],
)  # fmt: skip
def test_written_forms_parse_to_the_same_date(text):
    assert parse_date(text) == D


def test_slashed_dates_need_a_side():
    assert parse_date("03/04/2026") is None
    assert parse_date("03/04/2026", dayfirst=True) == dt.date(2026, 4, 3)
    assert parse_date("03/04/2026", dayfirst=False) == dt.date(2026, 3, 4)
    assert parse_date("13/04/2026") == dt.date(2026, 4, 13)


def test_ambiguous_dates_resolved_from_the_documents_other_dates():
    found = find_dates("Between 03/04/2026 and 15/04/2026 ...")
    assert [d.date for d in found] == [dt.date(2026, 4, 3), dt.date(2026, 4, 15)]
    found = find_dates("Between 03/04/2026 and 04/15/2026 ...")
    assert [d.date for d in found] == [dt.date(2026, 3, 4), dt.date(2026, 4, 15)]
    (only,) = find_dates("On 03/04/2026 ...")
    assert only.date is None and only.readings is not None  # never guessed


def test_day_first_period():
    found = find_dates("losses from 24.02.2022 to 05.06.2023 were")
    assert [d.date for d in found] == [dt.date(2022, 2, 24), dt.date(2023, 6, 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, Nov 18 (Reuters) - Russia said", PartialDate(11, 18)),
        ("MOSCOW, Nov 18, 2026 (Reuters) - Russia said", D),
        ("KYIV, Ukraine, November 18, 2026 — The ministry", D),
        ("November 18, 2026 - The ministry", D),
        ("18 November 2026: the ministry", D),
        ("WASHINGTON (AP) — The ministry", None),
        ("The ministry said 18 drones fell - a record", None),
    ],
)
def test_datelines(text, expected):
    found = dateline(text)
    got = None if found is None else (found.date or found.partial)
    assert got == expected


def test_file_names():
    assert date_from_filename("reports/tally-2026-11-18.md") == D
    assert date_from_filename("r_20261118.txt") == D
    assert date_from_filename("18.11.2026.md") == D
    assert date_from_filename("report.md") is None


def test_document_date_fills_from_dateline_then_file_name():
    doc = parse_document("MOSCOW, Nov 18, 2026 (Reuters) - Text.", "x.txt")
    assert doc.date == D and doc.date_source == "dateline"
    doc = parse_document("Plain text.", "tally-2026-11-18.md")
    assert doc.date == D and doc.date_source == "filename"
    doc = parse_document("---\ndate: 2026-11-17\n---\nMOSCOW, Nov 18, 2026 - x", "a-2026-01-01.md")
    assert doc.date == dt.date(2026, 11, 17) and doc.date_source == "front matter"


def test_yearless_dateline_takes_the_file_names_year():
    found, where = document_date("MOSCOW, Nov 18 (Reuters) - x", 0, "news-2026-11-18.txt")
    assert found == D and where == "dateline"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2069, 12, 31)))
def test_every_supported_form_gives_the_same_date(d):
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
    forms = [
        d.isoformat(), d.strftime("%d.%m.%Y"), f"{months[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {months[d.month - 1]} {d.year}", f"{months[d.month - 1][:3]}. {d.day}, {d.year}",
        d.strftime("%Y%m%d"),
    ]  # fmt: skip
    for f in forms:
        assert parse_date(f) == d, f
