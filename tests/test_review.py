"""The review page's data and its self-contained HTML (no browser needed)."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from consistency.report.review import embed_json
from tests.conftest import run_cli


@given(st.text())
def test_embedded_json_never_closes_its_script_block_and_round_trips(text):
    data = {"text": text, "nested": [text, {"k": text}]}
    embedded = embed_json(data)
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert json.loads(embedded) == data


def _embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="review-data">(.*?)</script>', html, re.S)
    assert m, "no embedded data"
    return json.loads(m.group(1))


def test_html_report_carries_documents_figures_findings_and_downloads(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Officials said 12 drones were downed: five over Kursk and four over Bryansk.\n")
    res = run_cli("check", str(p), "--format", "html")
    assert res.code == 1
    data = _embedded(res.out)
    (doc,) = data["documents"]
    assert [f["text"] for f in doc["figures"]] == ["12", "five", "four"]
    (finding,) = data["findings"]
    assert finding["rule"] == "breakdown-sum" and finding["where"] == "line 1"
    assert [s["text"] for s in finding["spans"]] == ["12", "five", "four"]
    assert json.loads(data["downloads"]["json"])["findings"][0]["rule"] == "breakdown-sum"
    assert json.loads(data["downloads"]["sarif"])["version"] == "2.1.0"
    # the page admits only its own inline script and style, by hash
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', res.out).group(1)
    assert "default-src &#39;none&#39;" in csp and "sha256-" in csp


def test_html_report_lists_inputs_that_could_not_be_checked(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("The council approved 40 new homes on Tuesday.\n")
    res = run_cli("check", str(good), str(tmp_path / "missing.txt"), "--format", "html")
    assert res.code == 2
    data = _embedded(res.out)
    assert len(data["documents"]) == 1
    assert any("missing.txt" in e and "no such file" in e for e in data["errors"])
