"""The pre-commit hook, as a newsroom repository of Markdown articles would use it.

Runs ``pre-commit try-repo`` against a temporary git repository; skipped when
pre-commit is not installed or the project is not a git checkout."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(
    shutil.which("pre-commit") is None or not (ROOT / ".git").exists(),
    reason="pre-commit not installed, or not a git checkout",
)


def _git(repo, *args):
    subprocess.run(
        ["git", "-c", "user.email=desk@example.com", "-c", "user.name=desk", *args],
        cwd=repo, check=True, capture_output=True,
    )  # fmt: skip


def test_pre_commit_hook_flags_a_breakdown_and_passes_a_clean_article(tmp_path):
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    shutil.copy(EXAMPLES / "drone-breakdown.txt", repo / "drones.md")
    shutil.copy(EXAMPLES / "clean-report.txt", repo / "clean.md")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "articles")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))

    def run(*files):
        return subprocess.run(
            ["pre-commit", "try-repo", str(ROOT), "consistency", "--files", *files],
            cwd=repo, env=env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip

    flagged = run("drones.md")
    assert flagged.returncode == 1, flagged.stdout + flagged.stderr
    assert "drones.md:5:49: error breakdown-sum" in flagged.stdout
    clean = run("clean.md")
    assert clean.returncode == 0, clean.stdout + clean.stderr
