#!/usr/bin/env python3
"""Benchmark the series checks: many daily reports in one call, and a large tracker sheet.

    python bench/bench_series.py [--reports 2000] [--rows 50000]

Targets (issue 4): 2,000 daily reports of about 1 KB in one call under 20 s; a
50,000-row tracker sheet under 5 s. Each run is a real `consistency check`
subprocess, so start-up and imports count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FILLER = (
    "Officials said the figures had not been independently verified. Air-raid alerts were "
    "declared in several districts during the night, and emergency services reported damage "
    "to residential buildings and a power line. Local authorities asked residents to stay "
    "away from debris and to report any unexploded fragments to the police. "
)


def report(d: dt.date, total: int, night: int, rnd: random.Random) -> str:
    regions = rnd.sample(["Kursk", "Bryansk", "Belgorod", "Oryol", "Tula", "Kaluga"], 3)
    a = night // 2
    b = night - a - 1
    return (
        f"MOSCOW, {d.strftime('%b')} {d.day}, {d.year} (Reuters) - Russian air defences destroyed "
        f"{night} Ukrainian drones overnight: {a} over {regions[0]}, {b} over {regions[1]} and "
        f"one over {regions[2]}, the defence ministry said. In total, since the start of the "
        f"special military operation, {total:,} unmanned aerial vehicles have been destroyed, "
        f"the ministry said. {FILLER}{FILLER}"
    )


def run(args: list[str]) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "consistency", "check", *args, "--format",
                           "line", "--no-progress"], capture_output=True, text=True)  # fmt: skip
    return time.perf_counter() - t0, proc.returncode, proc.stdout + proc.stderr


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--rows", type=int, default=50000)
    opts = ap.parse_args()
    rnd = random.Random(4)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "reports"
        root.mkdir()
        d = dt.date(2021, 1, 1)
        total = 10_000
        size = 0
        for i in range(opts.reports):
            night = rnd.randint(5, 60)
            total += night
            shown = total - 500 if i == opts.reports // 2 else total  # one backward step
            text = report(d + dt.timedelta(days=i), shown, night, rnd)
            size += len(text)
            (root / f"r{rnd.randrange(10**9):09d}.txt").write_text(text)
        secs, code, out = run([str(root)])
        steps = out.count("cumulative-decrease")
        print(f"{opts.reports} reports (avg {size // opts.reports} bytes): {secs:.2f} s "
              f"(target < 20 s), exit {code}, {steps} cumulative-decrease finding(s)")  # fmt: skip

        sheet = Path(tmp) / "tracker.csv"
        lines = ["date,total_cases,new_cases,total_deaths,hospitalised"]
        cases, deaths = 0, 0
        start = dt.date(1900, 1, 1)
        for i in range(opts.rows):
            new = rnd.randint(0, 300)
            cases += new
            deaths += rnd.randint(0, 3)
            shown = cases - new - 50 if i == opts.rows // 3 else cases
            day = start + dt.timedelta(days=i)
            lines.append(f"{day.isoformat()},{shown},{new},{deaths},{rnd.randint(0, 900)}")
        sheet.write_text("\n".join(lines) + "\n")
        secs, code, out = run([str(sheet)])
        print(
            f"{opts.rows}-row tracker sheet: {secs:.2f} s (target < 5 s), exit {code}, "
            f"{out.count('cumulative-decrease')} cumulative-decrease finding(s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
