"""A newsroom's pipeline: per-file errors, configuration, SARIF and GitHub output,
exit codes, rule hygiene."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, SHARED, run_cli, run_process

BAD_SUM = "Air defences downed 12 drones: five over Kursk and four over Bryansk.\n"
GOOD_SUM = "Air defences downed 9 drones: five over Kursk and four over Bryansk.\n"
WARN_ONLY = (
    "The ministry said 56 drones were destroyed. It said 11 drones were shot down over the "
    "Belgorod Region, 29 over the Voronezh Region, and 17 over the Rostov Region.\n"
)


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "desk"
    d.mkdir()
    shutil.copy(EXAMPLES / "drone-breakdown.txt", d / "a.txt")
    shutil.copy(EXAMPLES / "blast-casualties.txt", d / "b.txt")
    shutil.copy(EXAMPLES / "clean-report.txt", d / "c.txt")
    (d / "latin1.txt").write_bytes("Caf\xe9 owners counted 5 drones.\n".encode("latin-1"))
    return d


def test_one_bad_file_is_reported_and_the_rest_are_checked(tmp_path):
    d = _folder(tmp_path)
    res = run_cli("check", str(d), "--format", "json")
    assert res.code == 2
    data = res.json()
    assert {Path(f["path"]).name for f in data["findings"]} == {"a.txt", "b.txt"}
    assert len(data["documents"]) == 3
    (err,) = data["errors"]
    assert Path(err["path"]).name == "latin1.txt" and "UTF-8" in err["message"]
    assert "latin1.txt: not valid UTF-8" in res.err and "Traceback" not in res.err


def test_missing_path_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(BAD_SUM)
    res = run_cli("check", str(good), str(tmp_path / "missing.txt"), "--format", "line")
    assert res.code == 2
    assert "breakdown-sum" in res.out and "missing.txt: no such file" in res.err


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It cost 1e400 dollars, officials said.\n", "huge.txt"),
        ("---\ndate: 2026-02-30\n---\nThe ministry said 5 drones were downed.\n", "date.md"),
        ("%PDF-1.7 binary-ish", "paper.pdf.txt"),
    ],
)
def test_odd_input_is_one_clear_line_never_a_traceback(tmp_path, text, name):
    p = tmp_path / name
    p.write_text(text, encoding="latin-1")
    res = run_process("check", str(p))
    assert res.code in (0, 2)
    assert "Traceback" not in res.err and "internal error" not in res.err
    assert len(res.err.strip().splitlines()) <= 1


def test_broken_word_and_pdf_files_get_one_clear_line_each(tmp_path):
    docx = tmp_path / "story.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    res = run_cli("check", str(docx), str(pdf))
    assert res.code == 2
    lines = res.err.strip().splitlines()
    assert len(lines) == 2, res.err
    assert "story.docx: cannot read this Word document" in lines[0]
    assert "story.pdf: cannot read this PDF" in lines[1]
    assert "save the file as UTF-8" not in res.err


def test_misnamed_word_file_says_how_to_have_it_read(tmp_path):
    p = tmp_path / "story.txt"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    res = run_cli("check", str(p))
    assert res.code == 2 and "name it .docx" in res.err


def test_bare_command_prints_usage_to_stderr():
    res = run_process()
    assert res.code == 2 and res.out == "" and "usage" in res.err


# -- configuration ------------------------------------------------------------------


def test_pyproject_configuration_is_found_by_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.consistency]\nignore = ["breakdown-sum"]\n'
    )
    sub = tmp_path / "stories" / "2026"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(BAD_SUM)
    assert run_cli("check", str(sub / "a.txt")).code == 0
    assert run_cli("check", str(sub / "a.txt"), "--isolated").code == 1


def test_dot_consistency_toml_select_severity_fail_on(tmp_path):
    (tmp_path / ".consistency.toml").write_text('fail-on = "warning"\nseverity = "warning"\n')
    (tmp_path / "w.txt").write_text(WARN_ONLY)
    res = run_cli("check", str(tmp_path / "w.txt"), "--format", "json")
    assert res.code == 1 and res.json()["findings"][0]["severity"] == "warning"
    assert run_cli("check", str(tmp_path / "w.txt"), "--fail-on", "error").code == 0
    assert run_cli("check", str(tmp_path / "w.txt"), "--exit-zero").code == 0


def test_exclude_and_per_file_ignores(tmp_path):
    (tmp_path / ".consistency.toml").write_text(
        'exclude = ["drafts/**"]\n\n[per-file-ignores]\n"sport/*.txt" = ["breakdown-sum"]\n'
    )
    for folder in ("drafts", "sport", "news"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(BAD_SUM)
    res = run_cli("check", str(tmp_path), "--format", "json")
    paths = {Path(f["path"]).parent.name for f in res.json()["findings"]}
    assert paths == {"news"}
    assert {Path(d["path"]).parent.name for d in res.json()["documents"]} == {"sport", "news"}


@pytest.mark.parametrize(
    ("body", "line", "key"),
    [
        ('select = ["breakdown-sum"]\nsevrity = "error"\n', 2, "sevrity"),
        ('ignore = "breakdown-sum"\nseverity = 3\n', 2, "severity"),
        ('fail-on = "sometimes"\n', 1, "fail-on"),
        ('\n\nselect = ["breakdwon-sum"]\n', 3, "select"),
    ],
)
def test_bad_configuration_names_file_line_and_key(tmp_path, body, line, key):
    cfg = tmp_path / ".consistency.toml"
    cfg.write_text(body)
    (tmp_path / "a.txt").write_text(GOOD_SUM)
    res = run_cli("check", str(tmp_path / "a.txt"))
    assert res.code == 2
    assert f"{cfg}:{line}: key '{key}'" in res.err, res.err


def test_explicit_config_file(tmp_path):
    cfg = tmp_path / "newsroom.toml"
    cfg.write_text('[tool.consistency]\nselect = ["weekday-date"]\n')
    (tmp_path / "a.txt").write_text(BAD_SUM)
    assert run_cli("check", str(tmp_path / "a.txt"), "--config", str(cfg)).code == 0


# -- output formats -----------------------------------------------------------------


def _sarif_schema() -> dict:
    shared = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    vendored = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
    return json.loads((shared if shared.is_file() else vendored).read_text(encoding="utf-8"))


def test_sarif_output_validates_against_the_oasis_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    d = _folder(tmp_path)
    res = run_cli("check", str(d), "--format", "sarif")
    assert res.code == 2
    log = json.loads(res.out)
    jsonschema.validate(log, _sarif_schema())
    run = log["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "breakdown-sum" in rule_ids
    result = next(r for r in run["results"] if r["ruleId"] == "breakdown-sum")
    assert result["level"] == "error" and rule_ids[result["ruleIndex"]] == "breakdown-sum"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 5 and region["charLength"] > 0
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert "UTF-8" in note["message"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_sarif_of_a_clean_run_validates():
    jsonschema = pytest.importorskip("jsonschema")
    res = run_cli("check", str(EXAMPLES / "clean-report.txt"), "--format", "sarif")
    assert res.code == 0
    log = json.loads(res.out)
    jsonschema.validate(log, _sarif_schema())
    assert log["runs"][0]["results"] == []


def test_github_annotations(tmp_path):
    p = tmp_path / "a, b.txt"
    p.write_text(BAD_SUM)
    res = run_cli("check", str(p), "--format", "github")
    (line,) = res.out.splitlines()
    assert line.startswith("::error file=") and ",line=1,col=" in line
    assert "a%2C b.txt" in line and "title=consistency breakdown-sum::" in line


# -- rule hygiene --------------------------------------------------------------------


RULE = """\
id: breakdown-sum
title: A stricter sum
severity: warning
table: breakdowns
check: sum
message: "'{total}' does not add up"
tests:
  fail: ["Air defences downed 12 drones: five over Kursk and four over Bryansk."]
  pass: ["Air defences downed 9 drones: five over Kursk and four over Bryansk."]
"""


def test_a_user_rule_may_not_silently_replace_a_shipped_one(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "sum.yaml").write_text(RULE)
    (tmp_path / "a.txt").write_text(BAD_SUM)
    res = run_cli("check", str(tmp_path / "a.txt"), "--rules", str(rules))
    assert res.code == 2 and "already defined" in res.err and "overrides: true" in res.err
    (rules / "sum.yaml").write_text(RULE + "overrides: true\n")
    res = run_cli("check", str(tmp_path / "a.txt"), "--rules", str(rules), "--format", "json")
    (f,) = res.json()["findings"]
    assert f["severity"] == "warning" and "does not add up" in f["message"]


def test_a_misspelt_rule_in_a_switch_is_reported():
    text = "<!-- consistency ignore breakdwon-sum -->\n" + BAD_SUM
    res = run_cli("check", "-", "--format", "json", stdin=text)
    rules = {f["rule"]: f for f in res.json()["findings"]}
    assert "breakdown-sum" in rules  # nothing was silenced
    assert "breakdwon-sum" in rules["unused-suppression"]["message"]
    assert rules["unused-suppression"]["severity"] == "warning"


def test_unused_suppression_is_a_rule_like_the_others():
    text = "<!-- consistency off -->\n" + GOOD_SUM
    assert run_cli("check", "-", "--format", "json", stdin=text).json()["findings"]
    quiet = run_cli("check", "-", "--format", "json", "--ignore", "unused-suppression", stdin=text)
    assert quiet.json()["findings"] == []
    assert "unused-suppression" in run_cli("rules").out
    assert run_cli("explain", "unused-suppression").code == 0


def test_unknown_rule_ids_on_the_command_line_are_errors():
    res = run_cli("check", "-", "--select", "breakdwon-sum", stdin=GOOD_SUM)
    assert res.code == 2 and "unknown rule id 'breakdwon-sum'" in res.err


def test_reports_in_sibling_folders_are_compared_as_one_series(tmp_path):
    """Files with no configuration share one run, wherever they sit (and with --isolated)."""
    series = EXAMPLES / "series"
    for day in ("06", "07"):
        folder = tmp_path / f"2023-06-{day}"
        folder.mkdir()
        name = f"losses-2023-06-{day}.txt"
        (folder / name).write_text((series / name).read_text(encoding="utf-8"))
    for extra in ([], ["--isolated"]):
        res = run_cli("check", str(tmp_path / "2023-06-06"), str(tmp_path / "2023-06-07"),
                      "--format", "json", *extra)  # fmt: skip
        rules = [f["rule"] for f in res.json()["findings"]]
        assert "cumulative-decrease" in rules, (extra, res.out)
