#!/usr/bin/env python3
"""Benchmark `consistency check` as users run it (whole processes, cold starts).

    python bench/bench_check.py [--articles 1000] [--runs 7]

1. One article checked from a cold start (median of --runs processes).
2. --articles generated wire-style articles (about 1.5 KB each) in one call.
3. Start-up alone (`consistency --version`) for reference.
Figures are printed; nothing is asserted (speed is measured, not tested).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ["Kursk", "Bryansk", "Oryol", "Tula", "Kaluga", "Tver", "Pskov", "Lipetsk",
           "Penza", "Voronezh", "Belgorod", "Smolensk", "Rostov", "Tambov"]  # fmt: skip


def article(rnd: random.Random, i: int) -> str:
    regions = rnd.sample(REGIONS, rnd.randint(3, 6))
    parts = [rnd.randint(1, 20) for _ in regions]
    total = sum(parts) + (rnd.choice([0, 0, 0, 2]))
    listed = ", ".join(f"{n} over the {r} region" for n, r in zip(parts, regions, strict=False))
    day = 1 + i % 28
    return (
        f"---\ndate: 2026-03-{day:02d}\ntitle: Report {i}\n---\n"
        f"MOSCOW, March {day} - Russian air defences destroyed {total} Ukrainian drones "
        f"overnight: {listed}, the defence ministry said on Tuesday.\n\n"
        f"The ministry said a total of {rnd.randint(60000, 70000):,} drones had been destroyed "
        f"since the start of the operation. Officials said about {rnd.randint(2, 9)},000 "
        f"people were evacuated from border villages, roughly {rnd.randint(10, 60)}% of them "
        f"children.\n\nThe governor said 3 people were injured and 12 homes damaged, including "
        f"4 in the city of {rnd.choice(REGIONS)}. The trail near the border climbs 1,500 metres "
        f"(4,921 feet) over 12 km (7.5 miles). Turnout rose from 41% to 47%, up six points.\n\n"
        + "Residents described a long night of sirens and explosions. "
        * 8
    )


#: Users run an installed package whose bytecode pip compiled at install time; a
#: PYTHONDONTWRITEBYTECODE=1 environment would recompile every module on every run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False, env=ENV)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    exe = [sys.executable, "-m", "consistency"]
    rnd = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(article(rnd, 0), encoding="utf-8")
        timed(exe + ["check", str(one)])  # warm the file cache
        starts = [timed(exe + ["--version"]) for _ in range(args.runs)]
        singles = [timed(exe + ["check", str(one), "--format", "json"]) for _ in range(args.runs)]
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size = 0
        for i in range(args.articles):
            text = article(rnd, i)
            size += len(text.encode())
            (corpus / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        many = timed(exe + ["check", str(corpus), "--format", "json"])
        # a run-on "sentence" with thousands of figures: every step must stay linear
        runon = []
        for k in (1, 4):
            p = Path(tmp) / f"runon{k}.txt"
            p.write_text(", ".join(f"{rnd.randint(1, 99)} drones over Kursk"
                                   for _ in range(4000 * k)), encoding="utf-8")  # fmt: skip
            runon.append((k, p.stat().st_size, timed(exe + ["check", str(p), "--format", "json"])))
    print(f"start-up (--version), median of {args.runs}: {statistics.median(starts) * 1000:.0f} ms")
    print(f"one article, cold process, median of {args.runs}: "
          f"{statistics.median(singles) * 1000:.0f} ms (min {min(singles) * 1000:.0f} ms)")  # fmt: skip
    print(f"{args.articles} articles ({size / 1e6:.1f} MB) in one call: {many:.2f} s "
          f"({many / args.articles * 1000:.1f} ms per article)")  # fmt: skip
    for k, size, secs in runon:
        print(f"run-on paragraph {k}x ({size / 1e3:.0f} KB, one sentence): {secs:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
