"""ruff keeps the code base clean; skipped where ruff is not installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import ROOT


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_ruff_check_and_format():
    check = subprocess.run(["ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run(["ruff", "format", "--check", "."], cwd=ROOT, capture_output=True,
                         text=True)  # fmt: skip
    assert fmt.returncode == 0, fmt.stdout
