"""The Python API: ``consistency.check`` and ``consistency.figures``."""

from __future__ import annotations

import subprocess
import sys

import consistency
from tests.conftest import EXAMPLES


def test_check_text_returns_findings_and_tables():
    report = consistency.check(
        "Air defences downed 12 drones: five over Kursk and four over Bryansk."
    )
    (f,) = report.findings
    assert f.rule == "breakdown-sum" and not report.ok
    d = f.to_dict()
    assert d["rule"] == "breakdown-sum" and d["severity"] == "error"
    assert {"path", "line", "column", "message", "figures"} <= set(d)
    bd = report.tables["breakdowns"]
    assert bd.loc[0, "total_value"] == 12 and bd.loc[0, "completeness"] == "explicit"
    figs = report.figures
    assert list(figs.columns)[:3] == ["path", "start", "end"]
    assert figs["value"].tolist() == [12, 5, 4]
    assert report.to_dict()["findings"][0] == d


def test_check_paths_reports_errors_and_applies_selection(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not text")
    report = consistency.check([EXAMPLES / "drone-breakdown.txt", bad], select=["breakdown-sum"])
    assert [f.rule for f in report.findings] == ["breakdown-sum"]
    (err,) = report.errors
    assert err.path == str(bad) and "UTF-8" in err.message


def test_figures_frame_has_the_contract_columns():
    frame = consistency.figures("The fund paid out $2.7 million, 61% of it to farmers.")
    assert frame.loc[0, "value"] == 2_700_000 and frame.loc[0, "unit"] == "USD"
    assert frame.loc[1, "unit"] == "percent"
    assert {"qualifier", "kind", "noun", "low", "high"} <= set(frame.columns)


def test_importing_the_package_does_not_import_pandas():
    code = "import sys, consistency; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_api_figures_table_is_what_figures_csv_prints(tmp_path):
    import io

    article = EXAMPLES / "flour-provinces.txt"
    frame = consistency.check(article).figures
    res = subprocess.run(
        [sys.executable, "-m", "consistency", "figures", str(article), "--format", "csv"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    import pandas as pd

    printed = pd.read_csv(io.StringIO(res.stdout), keep_default_na=False)
    assert list(printed.columns) == list(frame.columns)
    assert printed["text"].tolist() == frame["text"].tolist()
    assert printed["high"].tolist() == frame["high"].tolist()
