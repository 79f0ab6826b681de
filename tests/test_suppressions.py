"""Inline switches: <!-- consistency off/on/ignore --> silence findings."""

from __future__ import annotations

from tests.conftest import check_text

BAD_SUM = "Police made 12 arrests: six in the north and seven in the south."
BAD_PART = "The blast killed 9 people, including 11 children."


def _rules(text: str, *extra: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["severity"]) for f in check_text(text, *extra)["findings"]]


def test_off_and_on_silence_a_region():
    text = f"<!-- consistency off -->\n{BAD_SUM}\n<!-- consistency on -->\n\n{BAD_PART}\n"
    assert _rules(text) == [("part-exceeds-whole", "error")]


def test_off_for_named_rules_only():
    text = f"<!-- consistency off part-exceeds-whole -->\n{BAD_SUM}\n\n{BAD_PART}\n"
    assert _rules(text) == [("breakdown-sum", "error")]


def test_ignore_covers_the_next_paragraph_only():
    text = f"<!-- consistency ignore -->\n{BAD_SUM}\n\n{BAD_SUM}\n"
    found = check_text(text)["findings"]
    assert [f["rule"] for f in found] == ["breakdown-sum"]
    assert found[0]["line"] == 4


def test_switch_that_silences_nothing_is_reported_as_info():
    text = "<!-- consistency off percent-sum -->\nNothing to check here: 5 cats.\n"
    data = check_text(text)
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [
        ("unused-suppression", "info")
    ]


def test_switch_for_a_rule_not_run_is_not_reported():
    text = "<!-- consistency off percent-sum -->\nNothing to check here: 5 cats.\n"
    assert _rules(text, "--select", "breakdown-sum") == []
