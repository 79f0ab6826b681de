#!/usr/bin/env python3
"""Whole-process speed, side by side in one run: the figures issue 11 asks for.

    python bench/bench_speed.py [--runs 5] [--only quantulum,bbc,large,cold]

1. quantulum: `consistency check` on 300 real BBC articles (one process, the folder)
   against quantulum3 parsing the same 300 files (one process, one parse per file).
   Runs alternate (A B A B ...); the ratio is taken per pair and its median printed.
2. bbc: the whole BBC corpus (2,225 articles), default workers, --jobs 1 and --jobs 2,
   alternated.
3. large: one article of 1, 4 and 16 MB (BBC text joined), time and the peak resident
   memory of the process; time per byte at 4x and 16x over 1x, and MiB per MB of text
   above the start-up footprint (a one-paragraph article's peak).
4. cold: one short article checked from a cold start, for this interpreter's install
   (editable or not, bytecode as it is) and, with --regular, for a regular wheel install
   in a fresh virtual environment (bytecode compiled by pip).

Nothing is asserted: figures are printed. Skips parts whose inputs are missing
(../shared, quantulum3).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "realnews" / "bbc"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

QUANTULUM = """
import sys
from pathlib import Path
from quantulum3 import parser
n = 0
for p in sorted(Path(sys.argv[1]).rglob("*.txt")):
    n += len(parser.parse(p.read_text(encoding="utf-8")))
print(n)
"""


def timed(cmd: list[str], cwd: Path = ROOT, extra_env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one whole process."""
    env = {**ENV, **(extra_env or {})}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024


def paired(a: list[str], b: list[str], runs: int) -> tuple[float, float, float]:
    """Median wall of A, of B, and the median of the per-pair ratios B/A."""
    ta, tb, ratios = [], [], []
    timed(a), timed(b)  # warm the file cache
    for _ in range(runs):
        x, _m = timed(a)
        y, _m = timed(b)
        ta.append(x)
        tb.append(y)
        ratios.append(y / x)
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def consistency(*args: str) -> list[str]:
    return [sys.executable, "-m", "consistency", "check", *args, "--format", "line",
            "--no-progress"]  # fmt: skip


def bench_quantulum(runs: int) -> None:
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        print("quantulum: skipped (pip install -e '.[bench]' for quantulum3)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bbc300"
        folder.mkdir()
        for src in sorted(BBC.rglob("*.txt"))[::7][:300]:
            shutil.copy(src, folder / f"{src.parent.name}-{src.name}")
        size = sum(p.stat().st_size for p in folder.iterdir())
        ta, tq, ratio = paired(
            consistency(str(folder)), [sys.executable, "-c", QUANTULUM, str(folder)], runs
        )
        print(f"quantulum: 300 BBC articles ({size / 1024:.0f} KB): consistency check "
              f"{ta:.2f} s, quantulum3 {tq:.2f} s: {ratio:.1f}x (median of {runs} pairs)")  # fmt: skip


def bench_bbc(runs: int) -> None:
    walls: dict[str, list[float]] = {"default": [], "--jobs 1": [], "--jobs 2": []}
    cmds = {
        "default": consistency(str(BBC)),
        "--jobs 1": consistency(str(BBC), "--jobs", "1"),
        "--jobs 2": consistency(str(BBC), "--jobs", "2"),
    }
    timed(cmds["default"])
    for _ in range(runs):
        for name, cmd in cmds.items():
            walls[name].append(timed(cmd)[0])
    print("bbc: 2,225 articles: " + ", ".join(
        f"{name} {statistics.median(w):.2f} s" for name, w in walls.items()
    ) + f" (medians of {runs}, interleaved)")  # fmt: skip


def bench_large(runs: int) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(BBC.rglob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text(text[:2000])
        base = statistics.median(timed(consistency(str(small)))[1] for _ in range(3))
        per_mb = {}
        for mb in (1, 4, 16):
            body = (text * (1 + mb * 1024 * 1024 // len(text)))[: mb * 1024 * 1024]
            path = Path(tmp) / f"article-{mb}mb.txt"
            path.write_text(body)
            results = [timed(consistency(str(path), "--max-size", "64MiB"))
                       for _ in range(runs if mb == 1 else max(1, runs // 2))]  # fmt: skip
            wall = statistics.median(r[0] for r in results)
            peak = max(r[1] for r in results)
            per_mb[mb] = wall / mb
            print(f"large: {mb} MB article: {wall:.2f} s, peak {peak:.0f} MiB "
                  f"({(peak - base) / mb:.1f} MiB per MB above the {base:.0f} MiB start-up); "
                  f"time per MB {per_mb[mb] / per_mb[1]:.2f}x of 1 MB's")  # fmt: skip


def bench_cold(runs: int, regular: bool) -> None:
    """Cold processes. The first run on a machine builds the user caches (compiled
    patterns, the gazetteer's name list) and is printed on its own; the median is of
    the runs after it, as every later check starts."""
    article = ROOT / "examples" / "drone-breakdown.txt"
    with tempfile.TemporaryDirectory() as cache:
        env_cache = {"XDG_CACHE_HOME": cache}
        walls = [timed(consistency(str(article)), extra_env=env_cache)[0] for _ in range(runs + 1)]
    print(f"cold: one article, this install: first run (empty cache) {walls[0] * 1000:.0f} ms, "
          f"then {statistics.median(walls[1:]) * 1000:.0f} ms (median of {runs})")  # fmt: skip
    if not regular:
        return
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        py = venv / "bin" / "python"
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        str(ROOT)], check=True, cwd=tmp, env=ENV,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        cmd = [str(py), "-m", "consistency", "check", str(article)]
        env_cache = {"XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        walls = [timed(cmd, cwd=Path(tmp), extra_env=env_cache)[0] for _ in range(runs + 1)]
        print(f"cold: one article, regular install with bytecode (fresh venv): first run "
              f"{walls[0] * 1000:.0f} ms, then {statistics.median(walls[1:]) * 1000:.0f} ms "
              f"(median of {runs})")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="quantulum,bbc,large,cold")
    ap.add_argument("--regular", action="store_true",
                    help="also time a regular install in a fresh venv (needs the registry)")  # fmt: skip
    opts = ap.parse_args()
    parts = set(opts.only.split(","))
    if not BBC.is_dir():
        parts -= {"quantulum", "bbc", "large"}
        print("../shared/realnews/bbc not found: only the cold start is measured")
    if "quantulum" in parts:
        bench_quantulum(opts.runs)
    if "bbc" in parts:
        bench_bbc(opts.runs)
    if "large" in parts:
        bench_large(opts.runs)
    if "cold" in parts:
        bench_cold(opts.runs, opts.regular)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
