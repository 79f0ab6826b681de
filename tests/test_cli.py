"""The command line as users meet it: exit codes, formats, bad input."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES, SHARED, run_cli, run_process


def test_check_reports_breakdown_error_with_arithmetic_and_hint():
    res = run_cli("check", str(EXAMPLES / "drone-breakdown.txt"), "--format", "json")
    assert res.code == 1
    data = res.json()
    assert data["version"] == 1
    [finding] = [f for f in data["findings"] if f["rule"] == "breakdown-sum"]
    assert finding["severity"] == "error"
    assert "short by 10" in finding["arithmetic"]
    assert "10 + 3 + 3 + 2 + 1 + 1 + 1 = 21" in finding["arithmetic"]
    assert "ten each" in finding["hint"]
    assert finding["figures"][0]["value"] == 31
    doc = data["documents"][0]
    assert doc["date"] == "2026-11-18" and doc["findings"] == len(data["findings"])


def test_line_format_is_path_line_col_severity_rule():
    res = run_cli("check", str(EXAMPLES / "flour-provinces.txt"), "--format", "line")
    assert res.code == 1
    line = res.out.strip().splitlines()[0]
    assert line.startswith(str(EXAMPLES / "flour-provinces.txt") + ":1:")
    assert ": error breakdown-count: " in line


def test_clean_article_exits_zero_and_prints_nothing_in_line_format():
    res = run_cli("check", str(EXAMPLES / "clean-report.txt"), "--format", "line")
    assert res.code == 0
    assert res.out == ""


def test_warning_only_exits_zero():
    res = run_cli("check", str(EXAMPLES / "region-twice.txt"), "--format", "json")
    assert res.code == 0
    assert [f["rule"] for f in res.json()["findings"]] == ["duplicate-part"]


def test_severity_filter_hides_warnings():
    res = run_cli("check", str(EXAMPLES / "region-twice.txt"), "--format", "json",
                  "--severity", "error")  # fmt: skip
    assert res.json()["findings"] == []


def test_select_and_ignore():
    path = str(EXAMPLES / "drone-breakdown.txt")
    only = run_cli("check", path, "--format", "json", "--select", "breakdown-count")
    assert {f["rule"] for f in only.json()["findings"]} <= {"breakdown-count"}
    res = run_cli("check", path, "--format", "json", "--ignore", "breakdown-sum")
    assert "breakdown-sum" not in {f["rule"] for f in res.json()["findings"]}
    assert res.code == 0
    bad = run_cli("check", path, "--select", "no-such-rule")
    assert bad.code == 2 and "no-such-rule" in bad.err


def test_stdin_dash():
    res = run_cli("check", "-", "--format", "json",
                  stdin="Air defences downed 12 drones: five over Kursk and four over Bryansk.")  # fmt: skip
    assert res.code == 1
    assert res.json()["findings"][0]["path"] == "<stdin>"


def test_directory_is_searched(tmp_path):
    (tmp_path / "a.txt").write_text("The blast killed 9 people, including 11 children.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Nothing to see: 3 cats.")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    res = run_cli("check", str(tmp_path), "--format", "json")
    assert res.code == 1
    assert len(res.json()["documents"]) == 2


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "no *.txt"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "binary"),
        (lambda p: p.write_bytes("caf\xe9 50 drones".encode("latin-1")), "UTF-8"),
        (lambda p: p.write_text(""), "empty"),
        (lambda p: p.write_text("   \n\n"), "empty"),
        (lambda p: p.write_text("---\ndate: [unclosed\n---\nText 5 drones."), "front matter"),
        (lambda p: p.write_text("---\ndate: 2026-01-01\nText never closed"), "never closed"),
        (lambda p: p.write_text("---\ndate: not a date\n---\nText."), "date"),
    ],
    ids=[
        "missing",
        "empty-dir",
        "binary",
        "latin1",
        "empty",
        "blank",
        "bad-yaml",
        "unclosed",
        "bad-date",
    ],  # fmt: skip
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, setup, needle):
    target = tmp_path / "article.txt"
    setup(target)
    for command in ("check", "figures"):
        res = run_cli(command, str(target))
        assert res.code == 2, (command, res.out, res.err)
        assert res.err.count("\n") == 1, res.err
        assert needle.lower() in res.err.lower()
        assert "Traceback" not in res.err


def test_huge_file_is_refused_and_the_limit_can_be_raised(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("5 drones. " * 200)
    res = run_cli("check", str(big), "--max-size", "1000")
    assert res.code == 2 and "too large" in res.err and "--max-size" in res.err
    assert run_cli("check", str(big), "--max-size", "1MiB").code == 0


def test_inputs_are_never_modified(tmp_path):
    src = (EXAMPLES / "drone-breakdown.txt").read_bytes()
    target = tmp_path / "a.txt"
    target.write_bytes(src)
    run_cli("check", str(target), "--format", "json")
    run_cli("figures", str(target), "--format", "csv")
    assert target.read_bytes() == src


def test_no_command_prints_help_and_exits_2():
    res = run_cli()
    assert res.code == 2


def test_unknown_option_is_usage_error():
    res = run_cli("check", "--frobnicate", "x.txt")
    assert res.code == 2


def test_rules_and_explain():
    res = run_cli("rules")
    assert res.code == 0
    for rid in ("breakdown-sum", "breakdown-count", "part-exceeds-whole", "duplicate-part"):
        assert rid in res.out
    ex = run_cli("explain", "breakdown-sum")
    assert ex.code == 0
    assert "Flagged:" in ex.out and "Not flagged:" in ex.out
    missing = run_cli("explain", "nope")
    assert missing.code == 2 and "unknown rule" in missing.err


def test_test_rules_command_passes_on_shipped_rules():
    res = run_cli("test-rules")
    assert res.code == 0, res.out
    assert " 0 failed" in res.out


def test_real_process_entry_point_and_help():
    res = run_process("check", "--help")
    assert res.code == 0
    assert "--format" in res.out and "--rules" in res.out
    res = run_process("check", str(EXAMPLES / "drone-breakdown.txt"), "--format", "line")
    assert res.code == 1
    assert "breakdown-sum" in res.out


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared not present")
def test_seed_004_and_000():
    res = run_cli("check", str(SHARED / "seeds" / "004_9a03babe4a454133.txt"), "--format", "json")
    findings = res.json()["findings"]
    sums = [f for f in findings if f["rule"] == "breakdown-sum"]
    assert len(sums) == 1 and sums[0]["figures"][0]["value"] == 31
    assert "short by 10" in sums[0]["arithmetic"]
    assert "ten each" in sums[0]["hint"]
    assert not [f for f in findings if f["rule"] == "breakdown-count"]
    res = run_cli("check", str(SHARED / "seeds" / "000_df77a98e78ea9386.txt"), "--format", "json")
    findings = res.json()["findings"]
    assert not [f for f in findings if f["severity"] == "error"], findings
    dup = [f for f in findings if f["rule"] == "duplicate-part"]
    assert len(dup) == 1 and "Moscow" in dup[0]["message"]


def test_figures_json_contract():
    res = run_cli("figures", str(EXAMPLES / "drone-breakdown.txt"), "--format", "json")
    assert res.code == 0
    figs = res.json()["figures"]
    text = (EXAMPLES / "drone-breakdown.txt").read_text()
    keys = {"path", "start", "end", "line", "text", "value", "low", "high", "qualifier",
            "unit", "kind", "noun"}  # fmt: skip
    for f in figs:
        assert keys <= set(f)
        assert text[f["start"] : f["end"]] == f["text"]
    assert any(f["value"] == 31 and f["noun"] == "drone" for f in figs)
    # front matter is metadata, not figures
    assert all(f["start"] > text.index("---", 3) for f in figs)


def test_figures_csv_has_contract_columns():
    res = run_cli("figures", str(EXAMPLES / "flour-provinces.txt"), "--format", "csv")
    header = res.out.splitlines()[0]
    assert header == "path,start,end,line,text,value,low,high,qualifier,unit,kind,noun,column"
    assert "2400" in res.out


def test_json_is_valid_for_many_files():
    res = run_cli("check", str(EXAMPLES), "--format", "json")
    data = json.loads(res.out)
    assert len(data["documents"]) >= 5


def _corpus(tmp_path, n: int):
    for i in range(n):
        parts = [3 + i % 5, 4, 2]
        total = sum(parts) + (1 if i % 7 == 0 else 0)
        (tmp_path / f"r{i:03d}.txt").write_text(
            f"Air defences downed {total} drones: {parts[0]} over Kursk, {parts[1]} over "
            f"Bryansk and {parts[2]} over Oryol."
        )


def test_worker_processes_give_the_same_report(tmp_path):
    _corpus(tmp_path, 60)
    serial = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "1")
    parallel = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "2")
    assert serial.code == parallel.code == 1
    assert serial.json() == parallel.json()
    assert len(serial.json()["findings"]) == 9  # every seventh report is one over


def test_bad_file_among_many_with_workers(tmp_path):
    _corpus(tmp_path, 60)
    (tmp_path / "r030.txt").write_bytes(b"\xff\xfe\x00bad")
    res = run_cli("check", str(tmp_path), "--jobs", "2")
    assert res.code == 2
    assert "r030.txt" in res.err and res.err.count("\n") == 1
