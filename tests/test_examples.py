"""The shipped examples: one per rule plus clean ones, with their findings pinned."""

from __future__ import annotations

from tests.conftest import EXAMPLES, run_cli

EXPECTED = {
    ("series/losses-2023-06-07.txt", "cumulative-decrease", 4),
    ("series/tracker.csv", "cumulative-decrease", 4),
    ("series/tracker.csv", "cumulative-decrease", 6),
    ("series/tally-2026-03-08.md", "period-exceeds-cumulative", 4),
    ("enrolment-change.txt", "percent-change", 5),
    ("enrolment-change.txt", "percent-change", 7),
    ("inquiry-weekday.txt", "weekday-date", 5),
    ("survey-shares.txt", "percent-sum", 5),
    ("trail-conversion.txt", "unit-conversion", 5),
    ("trail-conversion.txt", "unit-conversion", 7),
    ("drone-breakdown.txt", "breakdown-sum", 5),
    ("blast-casualties.txt", "part-exceeds-whole", 1),
    ("flour-provinces.txt", "breakdown-count", 1),
    ("region-twice.txt", "duplicate-part", 1),
    ("stale-switch.md", "unused-suppression", 7),
}


def test_examples_directory_findings_are_pinned():
    res = run_cli("check", str(EXAMPLES), "--format", "json")
    assert res.code == 1
    prefix = str(EXAMPLES) + "/"
    got = {(f["path"].removeprefix(prefix), f["rule"], f["line"]) for f in res.json()["findings"]}
    assert got == EXPECTED


def test_every_shipped_rule_has_an_example_article():
    rules = {rule for _path, rule, _line in EXPECTED}
    listed = run_cli("rules").out.split()
    shipped = {w for w in listed if "-" in w and w.islower()}
    assert shipped <= rules


def test_clean_example_has_no_findings():
    res = run_cli("check", str(EXAMPLES / "clean-report.txt"), "--format", "json")
    assert res.code == 0 and res.json()["findings"] == []
