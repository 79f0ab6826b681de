"""Rule files are data: validated on load, errors name file, line and key."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli

GOOD = """\
id: my-sum
title: Custom sum check
severity: warning
table: breakdowns
check: sum
message: "{total} vs {parts_sum}"
tests:
  fail: ["Police made 10 arrests: six in the north and seven in the south."]
  pass: ["Police made 13 arrests: six in the north and seven in the south."]
"""


def _write(tmp_path, text: str):
    d = tmp_path / "rules"
    d.mkdir(exist_ok=True)
    (d / "custom.yaml").write_text(text)
    return d


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        (GOOD.replace("title:", "titel:"), 2, "key 'titel': unknown key"),
        (GOOD.replace("severity: warning", "severity: fatal"), 3, "key 'severity'"),
        (GOOD.replace("check: sum", "check: sum_all"), 5, "unknown check 'sum_all'"),
        (GOOD.replace("table: breakdowns", "table: nowhere"), 4, "unknown table"),
        (GOOD.replace('"{total} vs {parts_sum}"', '"{total.__class__}"'), 6, "plain name"),
        (GOOD.replace('"{total} vs {parts_sum}"', '"{total"'), 6, "bad message template"),
        (GOOD.replace("id: my-sum", "id: My Sum"), 1, "kebab-case"),
        (GOOD.replace("message:", "mesage:"), 6, "mesage"),
        (GOOD + "params: [1, 2]\n", 10, "key 'params'"),
        (GOOD.replace("  fail:", "  fails:"), 8, "tests.fails"),
        (GOOD + "title: again\n", 10, "appears twice"),
        ("id: x\n  title: [unclosed\n", 2, "malformed YAML"),
        ("- just\n- a list\n", 1, "must be a mapping"),
        (GOOD.replace("severity: warning\n", ""), 1, "key 'severity': missing"),
    ],
)
def test_bad_rule_file_is_one_clear_line(tmp_path, text, line, needle):
    d = _write(tmp_path, text)
    res = run_cli("check", "--rules", str(d), "-", stdin="5 drones.")
    assert res.code == 2
    assert res.err.count("\n") == 1, res.err
    assert f"custom.yaml:{line}:" in res.err, res.err
    assert needle in res.err
    assert "Traceback" not in res.err


def test_good_user_rule_runs_and_lists(tmp_path):
    d = _write(tmp_path, GOOD)
    res = run_cli("check", "--rules", str(d), "--select", "my-sum", "--format", "json", "-",
                  stdin="Police made 10 arrests: six in the north and seven in the south.")  # fmt: skip
    assert res.code == 0  # a warning-level rule does not fail the run
    assert [f["rule"] for f in res.json()["findings"]] == ["my-sum"]
    listed = run_cli("rules", "--rules", str(d))
    assert "my-sum" in listed.out
    tested = run_cli("test-rules", str(d))
    assert "my-sum_fail_1" in tested.out


def test_rule_without_examples_fails_test_rules(tmp_path):
    text = GOOD.split("tests:")[0]
    d = _write(tmp_path, text)
    res = run_cli("test-rules", str(d))
    assert res.code == 1
    assert "my-sum_examples" in res.out


def test_loading_never_executes_yaml_tags(tmp_path):
    evil = GOOD + "params: !!python/object/apply:os.system {args: ['echo pwned']}\n"
    d = _write(tmp_path, evil)
    res = run_cli("check", "--rules", str(d), "-", stdin="5 drones.")
    assert res.code == 2
    assert "custom.yaml:10: key 'params'" in res.err


def test_missing_rules_dir(tmp_path):
    res = run_cli("check", "--rules", str(tmp_path / "nope"), "-", stdin="5 drones.")
    assert res.code == 2 and "no such rules directory" in res.err
