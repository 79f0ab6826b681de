"""The examples for issue 5's rules: their findings pinned (other rules' ignored)."""

from __future__ import annotations

import pytest

from consistency.ingest import read_document
from consistency.pipeline import analyse, check
from consistency.rules.loader import load_rules
from tests.conftest import EXAMPLES

MINE = {"unit-conversion", "percent-sum", "percent-change", "weekday-date"}

EXPECTED = {
    "trail-conversion.txt": [
        ("unit-conversion", 5, {1500, 3900}),
        ("unit-conversion", 7, {80, 70}),
    ],
    "survey-shares.txt": [("percent-sum", 5, {41, 33, 19, 14})],
    "enrolment-change.txt": [
        ("percent-change", 5, {6200, 7440, 12}),
        ("percent-change", 7, {4800, 2900}),
    ],  # fmt: skip
    "inquiry-weekday.txt": [("weekday-date", 5, None)],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_findings(name):
    rules = [r for r in load_rules() if r.id in MINE]
    findings, _ = check(analyse([read_document(str(EXAMPLES / name))]), rules)
    got = [(f.rule, f.line, {round(x.value, 6) for x in f.figures}) for f in findings]
    want = EXPECTED[name]
    assert len(got) == len(want), got
    for (rule, line, values), (grule, gline, gvalues) in zip(want, got, strict=True):
        assert (rule, line) == (grule, gline)
        if values is not None:
            assert values <= gvalues
