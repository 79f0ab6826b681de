"""Shared fixtures: running the CLI in-process and as a real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


def run_cli(*args: str, stdin: str | None = None) -> Result:
    """Run ``consistency`` in-process (fast); stdin is text when given."""
    from consistency.cli import main

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return Result(code, out.getvalue(), err.getvalue())


def run_process(*args: str, stdin: bytes | None = None) -> Result:
    """Run the installed entry point as a user would."""
    proc = subprocess.run(
        [sys.executable, "-m", "consistency", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    return Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def start_serve(*extra: str) -> tuple[subprocess.Popen, str]:
    """``consistency serve`` as a user starts it, on a free port: the process and the URL
    it prints (the test fails with its stderr if it does not start within a minute)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "consistency", "serve", "--port", "0", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True,
    )  # fmt: skip
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    if not line or "http://" not in line[0]:
        proc.kill()
        pytest.fail(f"consistency serve did not start: {line} {proc.stderr.read()[:2000]}")
    return proc, line[0].split()[3]


@pytest.fixture
def cli():
    return run_cli


def check_text(text: str, *extra: str) -> dict:
    """Findings JSON for one text given on stdin."""
    res = run_cli("check", "-", "--format", "json", *extra, stdin=text)
    assert res.code in (0, 1), res.err
    return res.json()


def rules_fired(text: str, *extra: str) -> list[str]:
    return [f["rule"] for f in check_text(text, *extra)["findings"]]


BREAKDOWN_RULES = ("breakdown-sum", "breakdown-count", "part-exceeds-whole", "duplicate-part")


def findings_for(text: str, rule_ids: tuple[str, ...] = BREAKDOWN_RULES) -> list:
    """Findings of the named shipped rules only (in-process, no CLI)."""
    from consistency.ingest import parse_document
    from consistency.pipeline import analyse, check
    from consistency.rules.loader import parse_rule
    from consistency.rules.primitives import CHECKS, TABLES

    rules = [
        parse_rule(
            (ROOT / "rules" / f"{rid}.yaml").read_text("utf-8"),
            f"rules/{rid}.yaml",
            set(TABLES),
            set(CHECKS),
        )  # fmt: skip
        for rid in rule_ids
    ]
    contexts = analyse([parse_document(text, "t.txt")])
    return check(contexts, rules)[0]
