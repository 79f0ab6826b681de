"""No tracebacks, whatever a newsroom feeds the command line.

Hypothesis composes whole inputs -- prose with numbers behind front matter, Markdown
and inline switches; rule files; noun-synonym files; tracker sheets -- and runs them
through the CLI entry point. A run may report findings (exit 0/1) or a clear input
error (exit 2, one line per bad input); an uncaught exception or "internal error"
fails. The crashes the atheris harness (``bench/fuzz_cli.py``) found are replayed
from ``tests/fuzz_crashes``, and the harness itself runs for a few seconds here.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, run_cli

#: Examples per strategy; CONSISTENCY_FUZZ_EXAMPLES=2000 makes a long campaign.
EXAMPLES_PER_STRATEGY = int(os.environ.get("CONSISTENCY_FUZZ_EXAMPLES", "40"))
SETTINGS = settings(
    max_examples=EXAMPLES_PER_STRATEGY,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

WORDS = st.sampled_from(
    """31 1,387 3.4 million $2.7bn £650,000 -5 61% 7.3 per cent two Ten thirty-one a dozen half
    each both single drones people regions over the Kursk Bryansk region in and , . : ; ( )
    including of which the remaining another in total since the start of the war so far as of
    overnight this week km miles (50 km) 35C (95F) rose fell from to up down by doubled halved
    points Friday, June 4, 2026 March 3 2023 05.06.2023 about more than at least nearly up to
    between - – + \n \n\n - MOSCOW, Nov 18 (Reuters) - tanks ‒ (+3) of the seats 400-member %
    killed wounded In all, Of these, Nine of them 1e400 1e-400 9999999999999999999999 0.0000001
    ½ ¾ ٣ 三 𝟕 NaN inf""".split(" ")
)
PROSE = st.lists(WORDS, min_size=1, max_size=80).map(" ".join)
FRONT_VALUES = st.one_of(
    st.sampled_from(
        [
            "2026-02-30",
            "2026-13-01",
            "0000-01-01",
            "9999-12-31",
            "yesterday",
            "[1, 2]",
            "{a: b}",
            "!!binary aGk=",
            "&a [*a]",
            "2026-03-01T25:00:00",
            "'",
            '"unterminated',
        ]
    ),  # fmt: skip
    st.text(max_size=20),
)
SWITCH = st.builds(
    lambda verb, ids: f"<!-- consistency {verb}{(' ' + ids) if ids else ''} -->",
    st.sampled_from(["off", "on", "ignore", "of", "OFF"]),
    st.sampled_from(
        ["", "breakdown-sum", "breakdwon-sum", "percent-sum,weekday-date", ",,", "x y"]
    ),
)
MARKDOWN = st.sampled_from(
    ["# Heading", "* item 5", "- 12 drones", "> quote 3", "```", "|a|b|", ""]
)


@st.composite
def documents(draw) -> str:
    parts = []
    if draw(st.booleans()):
        key = draw(st.sampled_from(["date", "title", "source", "dat", "date: x"]))
        parts.append(f"---\n{key}: {draw(FRONT_VALUES)}\n---\n")
    for _ in range(draw(st.integers(1, 6))):
        parts.append(draw(st.one_of(PROSE, SWITCH, MARKDOWN)) + "\n")
    return "".join(parts)


def _assert_clean(res) -> None:
    assert res.code in (0, 1, 2), res.err
    assert "internal error" not in res.err and "Traceback" not in res.err, res.err
    for line in res.err.splitlines():
        assert line.startswith("consistency: error: "), res.err


@SETTINGS
@given(documents())
def test_documents_never_crash(tmp_path_factory, text):
    p = tmp_path_factory.mktemp("doc") / "article.md"
    p.write_text(text, encoding="utf-8")
    for fmt in ("json", "sarif"):
        _assert_clean(run_cli("check", str(p), "--format", fmt, "--isolated"))


RULE_KEYS = st.sampled_from(
    [
        "id",
        "title",
        "severity",
        "table",
        "check",
        "message",
        "where",
        "tests",
        "params",
        "overrides",
        "explain",
        "bogus",
    ]  # fmt: skip
)
RULE_VALUES = st.one_of(
    st.sampled_from(
        [
            "breakdown-sum",
            "x",
            "error",
            "breakdowns",
            "sum",
            "{total} {x.y}",
            "{0}",
            "true",
            "[1, 2]",
            "{fail: [a], pass: 3}",
            "''",
            "- a\n- b",
        ]
    ),  # fmt: skip
    st.text(max_size=15),
)


@SETTINGS
@given(st.lists(st.tuples(RULE_KEYS, RULE_VALUES), max_size=9))
def test_rule_files_never_crash(tmp_path_factory, pairs):
    d = tmp_path_factory.mktemp("rules")
    (d / "r.yaml").write_text("\n".join(f"{k}: {v}" for k, v in pairs), encoding="utf-8")
    doc = d / "a.txt"
    doc.write_text("Air defences downed 12 drones: five over Kursk and four over Bryansk.")
    _assert_clean(run_cli("check", str(doc), "--rules", str(d), "--isolated"))
    _assert_clean(run_cli("test-rules", str(d)))


@SETTINGS
@given(st.text(max_size=200))
def test_noun_files_never_crash(tmp_path_factory, body):
    d = tmp_path_factory.mktemp("nouns")
    (d / "n.yaml").write_text("synonyms:\n" + body, encoding="utf-8")
    doc = d / "a.txt"
    doc.write_text("The army lost 12 vehicles: five trucks and four jeeps.")
    _assert_clean(run_cli("check", str(doc), "--nouns", str(d / "n.yaml"), "--isolated"))


CELLS = st.one_of(
    st.sampled_from(["2026-03-01", "01/03/2026", "March 1", "", "n/a", "14,212", "1e400", "-3"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(["date", "Date", "total_cases", "deaths", "", "date"]),
        min_size=1,
        max_size=4,
    ),  # fmt: skip
    st.lists(st.lists(CELLS, min_size=1, max_size=4), max_size=6),
    st.booleans(),
)
def test_tracker_sheets_never_crash(tmp_path_factory, header, rows, as_json):
    import csv
    import io
    import json

    d = tmp_path_factory.mktemp("sheet")
    if as_json:
        p = d / "t.json"
        p.write_text(json.dumps([dict(zip(header, r, strict=False)) for r in rows]))
    else:
        p = d / "t.csv"
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(header)
        w.writerows(rows)
        p.write_text(buf.getvalue())
    _assert_clean(run_cli("check", str(p), "--isolated"))


CRASHES = sorted((Path(__file__).parent / "fuzz_crashes").glob("*.bin"))


@pytest.mark.parametrize("crash", CRASHES, ids=[c.stem for c in CRASHES])
def test_crashes_the_fuzzer_found_stay_fixed(crash):
    spec = importlib.util.spec_from_file_location("fuzz_cli", ROOT / "bench" / "fuzz_cli.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    fuzz.one_input(crash.read_bytes())  # raises on a crash


def test_atheris_harness_runs_for_a_bounded_time(tmp_path):
    pytest.importorskip("atheris")
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "fuzz_cli.py"), "-max_total_time=10",
         "-seed=1", str(tmp_path)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Done" in out.stderr
