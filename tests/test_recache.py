"""Compiled patterns kept between runs: the same patterns as re.compile, whatever state
the cache file is in."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency import recache
from consistency.recache import re_compile

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "drone-breakdown.txt"

pieces = st.sampled_from(
    [r"\d+", r"(?P<n>\w+)", r"[A-Z][a-z]*", r"\s+", "(?i:drones?)", r"(?<!\d)", "a|b", "."]
)


@given(st.lists(pieces, min_size=1, max_size=5), st.sampled_from([0, re.I, re.M | re.S]))
def test_a_cached_pattern_is_the_pattern_re_compile_makes(parts, flags):
    pattern = "".join(parts)
    try:
        expected = re.compile(pattern, flags)
    except re.error:
        with pytest.raises(re.error):  # the same error, not a fallback
            re_compile(pattern, flags)
        return
    fresh = re_compile(pattern, flags)
    recache._new.pop((pattern, int(flags)), None)  # not kept in the user's cache file
    entry = recache._compile_entry(pattern, int(flags))
    rebuilt = recache._build(pattern, marshal.loads(marshal.dumps(entry)))
    assert fresh == expected and rebuilt == expected  # flags, pattern and engine code
    assert rebuilt.groupindex == expected.groupindex


def test_every_stored_pattern_rebuilds_to_re_compiles_pattern():
    stored = recache._load()
    re_compile(r"\b(?P<word>stored)\b", re.I)  # at least one
    for (pattern, flags), entry in list(stored.items())[:400]:
        assert recache._build(pattern, entry) == re.compile(pattern, flags)


def _check(cache: Path) -> subprocess.CompletedProcess[str]:
    env = {"XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin", "HOME": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "consistency", "check", str(ARTICLE), "--format", "line"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )


def test_runs_with_no_damaged_and_unwritable_caches_print_the_same(tmp_path):
    first = _check(tmp_path)  # no cache yet: compiled and stored
    stored = list((tmp_path / "consistency").glob("patterns-*.marshal"))
    assert first.returncode == 1 and "breakdown-sum" in first.stdout
    assert len(stored) == 1 and stored[0].stat().st_size > 10_000
    second = _check(tmp_path)  # read back
    assert second.stdout == first.stdout and second.stderr == first.stderr
    stored[0].write_bytes(b"\x00 not marshal data")
    damaged = _check(tmp_path)
    assert damaged.stdout == first.stdout and damaged.stderr == ""
    assert stored[0].stat().st_size > 10_000  # rewritten whole
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    unwritable = _check(blocked)  # the cache directory cannot be made
    assert unwritable.stdout == first.stdout and unwritable.stderr == ""


PATTERNS_OF_A_RUN = """
import contextlib, io, json, sys
from consistency import recache
recache._stored = {}
from consistency.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(["check", sys.argv[1]])
    except SystemExit:
        pass
print(json.dumps(sorted(recache._used)))
"""


def test_every_process_compiles_the_same_patterns():
    """Patterns built from sets must not depend on the hash seed: the cache is keyed by
    the pattern's text, and a pattern that changes per process is never found."""
    runs = []
    for seed in ("1", "2"):
        env = {"PYTHONHASHSEED": seed, "CONSISTENCY_NO_PATTERN_CACHE": "1", "PATH": "/usr/bin:/bin"}
        out = subprocess.run([sys.executable, "-c", PATTERNS_OF_A_RUN, str(ROOT / "examples")],
                             capture_output=True, text=True, env=env, cwd=ROOT, check=True)  # fmt: skip
        runs.append(out.stdout)
    assert runs[0] == runs[1] and len(runs[0]) > 1000
