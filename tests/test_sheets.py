"""Tracker sheets (.csv, .json): date column detection and bad input."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


def test_csv_decrease_names_the_rows(tmp_path):
    p = write(tmp_path, "t.csv", "date,total_cases,hospitalised\n2026-03-01,100,30\n"
              "2026-03-02,110,20\n2026-03-03,108,10\n")  # fmt: skip
    res = run_cli("check", p, "--format", "json")
    assert res.code == 1
    (f,) = res.json()["findings"]
    assert f["rule"] == "cumulative-decrease" and f["line"] == 4
    assert "row 3" in f["message"] and "row 4" in f["message"]


def test_json_records_and_date_column_override(tmp_path):
    records = [{"when": "2026-03-01", "deaths": 5}, {"when": "2026-03-02", "deaths": 4}]
    p = write(tmp_path, "t.json", json.dumps(records, indent=1))
    res = run_cli("check", p, "--format", "json", "--date-column", "when")
    assert res.code == 1
    assert "record 2" in res.json()["findings"][0]["message"]
    res = run_cli("check", p, "--format", "json")  # detected from the values
    assert res.code == 1


def test_daily_column_checked_against_the_increase(tmp_path):
    p = write(tmp_path, "t.csv", "date,cases,new_cases\n2026-03-01,100,5\n2026-03-02,110,10\n"
              "2026-03-03,115,9\n")  # fmt: skip
    res = run_cli("check", p, "--format", "json")
    (f,) = res.json()["findings"]
    assert f["rule"] == "period-exceeds-cumulative" and f["line"] == 4


def test_duplicated_dates_are_a_warning(tmp_path):
    p = write(tmp_path, "t.csv", "date,total\n2026-03-01,100\n2026-03-01,101\n2026-03-02,120\n")
    res = run_cli("check", p, "--format", "json")
    assert res.code == 0
    (f,) = res.json()["findings"]
    assert f["severity"] == "warning"


def test_mixed_date_formats_are_read(tmp_path):
    p = write(tmp_path, "t.csv", "date,total\n2026-03-01,100\n\"March 2, 2026\",110\n03.03.2026,105\n"
              "15/03/2026,120\n16/03/2026,121\n")  # fmt: skip
    res = run_cli("check", p, "--format", "json")
    (f,) = res.json()["findings"]
    assert f["line"] == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("region,total\nA,1\nB,2\n", "no date column"),
        ("date,total\n2026-03-01,1\nyesterday,2\n", "cannot read 'yesterday'"),
        ("date,total\n03/02/2026,1\n04/02/2026,2\n", "day-first or month-first"),
        ("date,total\n", "no rows"),
        ("date,total\n2026-03-01,1\n,2\n", "date is missing"),
    ],
)
def test_bad_sheets_exit_2_with_one_line(tmp_path, text, message):
    p = write(tmp_path, "t.csv", text)
    res = run_cli("check", p)
    assert res.code == 2
    assert message in res.err and res.err.count("\n") == 1


def test_unknown_date_column(tmp_path):
    p = write(tmp_path, "t.csv", "date,total\n2026-03-01,1\n")
    res = run_cli("check", p, "--date-column", "nope")
    assert res.code == 2 and "nope" in res.err
