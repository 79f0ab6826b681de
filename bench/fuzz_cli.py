#!/usr/bin/env python3
"""Coverage-guided fuzzing of ``consistency check`` with atheris (libFuzzer).

    python bench/fuzz_cli.py [-max_total_time=60] [-runs=N] [corpus_dir]

Each input is split by its first byte into one of the shapes a newsroom feeds the
tool -- an article (bytes as the file), an article behind YAML front matter, a
rule file with a test article, a noun-synonym file, a tracker sheet -- written to
a scratch directory and run through the command line's entry point in-process.
A run may report findings (exit 0/1) or a clear input error (exit 2); anything
else -- an uncaught exception, or "internal error" on stderr -- is a crash, and
libFuzzer stops and writes the input as ``crash-*``. Every crash becomes a
regression test (``tests/test_fuzz.py``). The suite runs this for a bounded time.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="consistency-fuzz-"))
RULE_HEAD = (
    "id: fuzz-rule\ntitle: t\nseverity: warning\ntable: breakdowns\ncheck: sum\nmessage: m\n"
)


def _run(args: list[str]) -> tuple[int, str]:
    from consistency.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()


def one_input(data: bytes) -> None:
    if not data:
        return
    shape, body = data[0] % 5, data[1:]
    article = SCRATCH / "article.md"
    args = ["check", "--format", "json", "--no-progress", "--isolated", str(article)]
    if shape == 0:
        article.write_bytes(body)
    elif shape == 1:
        article.write_bytes(b"---\ndate: " + body[:40] + b"\n---\n" + body[40:])
    elif shape == 2:
        rules = SCRATCH / "rules"
        rules.mkdir(exist_ok=True)
        (rules / "r.yaml").write_bytes(RULE_HEAD.encode() + body)
        article.write_text("Air defences downed 12 drones: five over Kursk and four over Bryansk.")
        args += ["--rules", str(rules)]
    elif shape == 3:
        nouns = SCRATCH / "nouns.yaml"
        nouns.write_bytes(b"synonyms:\n" + body)
        article.write_text("The army lost 12 vehicles: five trucks and four jeeps.")
        args += ["--nouns", str(nouns)]
    else:
        sheet = SCRATCH / "tracker.csv"
        sheet.write_bytes(b"date,total_cases\n" + body)
        args[-1] = str(sheet)
    code, err = _run(args)
    if code not in (0, 1, 2) or "internal error" in err or "Traceback" in err:
        raise RuntimeError(f"crash (exit {code}): {err.strip()[:500]}")


def main(argv: list[str]) -> int:
    import atheris

    with atheris.instrument_imports():
        import consistency.cli  # noqa: F401  (instrument the whole package on import)
        import consistency.pipeline  # noqa: F401
    atheris.Setup([sys.argv[0], *argv], one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("CONSISTENCY_DEBUG", "")
    sys.exit(main(sys.argv[1:]))
