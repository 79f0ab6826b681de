"""Every rule's own pass/fail examples, one pytest id each (sqlfluff style)."""

from __future__ import annotations

import pytest

from consistency.rules.loader import load_rules
from consistency.rules.selftest import example_cases, run_example

CASES = example_cases(load_rules())


@pytest.mark.parametrize(("case_id", "rule", "example"), CASES, ids=[c[0] for c in CASES])
def test_rule_example(case_id, rule, example):
    assert example is not None, f"{rule.id} needs at least one failing and one passing example"
    ok, detail = run_example(rule, example)
    assert ok, detail


def test_every_shipped_rule_has_both_kinds_of_example():
    for rule in load_rules():
        assert rule.fail_examples, rule.id
        assert rule.pass_examples, rule.id


def test_shipped_rule_ids_match_the_contract():
    ids = {r.id for r in load_rules()}
    assert {"breakdown-sum", "breakdown-count", "part-exceeds-whole", "duplicate-part"} <= ids
