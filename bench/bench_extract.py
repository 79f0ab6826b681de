"""Extraction speed: throughput, linearity, the ratio to quantulum3, and cold start.

    .venv/bin/python bench/bench_extract.py            # everything
    .venv/bin/python bench/bench_extract.py --quick    # smaller sizes, fewer repeats

The corpus is news-like text built from the articles in ``examples/`` (and the
seeds in ../shared/seeds when present), repeated to ~1 MB. quantulum3 is only
needed for the comparison (``pip install -e '.[bench]'``); without it that part
is skipped. quantulum3 is slow, so it is timed on a slice and both tools are
compared per kilobyte.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus_seed() -> str:
    parts = []
    for d in (ROOT / "examples", ROOT.parent / "shared" / "seeds"):
        if d.is_dir():
            for p in sorted(d.rglob("*")):
                if p.suffix in (".txt", ".md") and p.is_file():
                    parts.append(p.read_text("utf-8", errors="replace"))
    parts.append(
        "Prices rose 3.4% in May, the statistics office said, after a 2.9 per cent rise in "
        "April. The government will spend $2.7 million on 1,250 new homes, about 40% of them "
        "in the north. Temperatures hit 41C (106F) on Tuesday; some 12,400 people were "
        "evacuated from a 9,000-foot ridge. Between 5 and 10 ferries, each carrying up to 450 "
        "passengers, were cancelled. Two-thirds of the 650-seat chamber voted in favour.\n"
    )
    return "\n\n".join(parts)


def make_text(size: int) -> str:
    seed = corpus_seed()
    reps = size // len(seed) + 1
    return (seed * reps)[:size]


def median_of(fn, repeats: int) -> float:
    """Median wall time of ``repeats`` runs (the machine is shared: medians, not bests)."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_scaling(base: int, repeats: int) -> list[tuple[int, float, int]]:
    from consistency.extract import extract_figures

    extract_figures("warm up: 3 drones over Kursk, $2.7 million, 41C.")
    rows = []
    for k in (1, 4, 16):
        text = make_text(base * k)
        n = len(extract_figures(text))
        t = median_of(lambda text=text: extract_figures(text), repeats if k < 16 else 3)
        rows.append((len(text), t, n))
    return rows


def bench_quantulum(size_kb: int) -> tuple[float, float] | None:
    try:
        from quantulum3 import parser as qparser
    except Exception:  # noqa: BLE001 - optional dependency
        return None
    from consistency.extract import extract_figures

    text = make_text(size_kb * 1024)
    qparser.parse("warm up 3 km")
    t_q = median_of(lambda: qparser.parse(text), 1)
    t_c = median_of(lambda: extract_figures(text), 5)
    return t_q, t_c


def bench_cold_start(runs: int) -> float | None:
    article = ROOT / "examples" / "drone-breakdown.txt"
    if not article.is_file():
        return None
    exe = [sys.executable, "-m", "consistency", "figures", str(article), "--format", "json"]
    times = []
    env = dict(os.environ)
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(exe, capture_output=True, check=False, env=env, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--no-quantulum", action="store_true")
    args = ap.parse_args(argv)
    base = 64 * 1024 if args.quick else 1024 * 1024 // 16 * 1  # 1x = 64 KB ... 16x = 1 MB
    repeats = 2 if args.quick else 5

    print("extraction scaling (one core, median of runs):")
    rows = bench_scaling(base, repeats)
    for size, t, n in rows:
        print(
            f"  {size / 1024:8.0f} KB  {t * 1000:8.1f} ms  {size / 1024 / t:8.0f} KB/s  {n} figures"
        )
    ratio = (rows[-1][1] / rows[-1][0]) / (rows[0][1] / rows[0][0])
    print(f"  time per byte at 16x relative to 1x: {ratio:.2f} (1.00 = perfectly linear)")

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if seeds:
        # the synthetic corpus is dense (~13,000 figures per MB); real articles have
        # about a third of that
        seed = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
        text = ((seed + "\n\n") * (1024 * 1024 // len(seed) + 1))[: 1024 * 1024]
        from consistency.extract import Extractor

        extractor = Extractor()
        extractor.analyse(text[:5000])
        n = len(extractor.analyse(text)[0])
        t = median_of(lambda: extractor.analyse(text), repeats)
        print(f"1 MB of the seed articles (real-article density): {t * 1000:.0f} ms, {n} figures")

    if not args.no_quantulum:
        q = bench_quantulum(16 if args.quick else 64)
        if q is None:
            print("quantulum3 not installed: skipping the comparison (pip install -e '.[bench]')")
        else:
            t_q, t_c = q
            print(
                f"quantulum3 on the same {16 if args.quick else 64} KB: {t_q:.2f} s; consistency: "
                f"{t_c * 1000:.1f} ms; consistency is {t_q / t_c:.0f}x faster"
            )

    cold = bench_cold_start(5 if args.quick else 11)
    if cold is not None:
        print(f"cold start, `consistency figures` on one article: median {cold * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
