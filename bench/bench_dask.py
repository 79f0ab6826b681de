#!/usr/bin/env python3
"""An archive on Dask: throughput with 1 and 2 workers, memory per worker, cost estimate.

    python bench/bench_dask.py [--copies 44] [--reports 2000] [--workers 1,2] [--keep DIR]

The archive: every real BBC article (../shared/realnews/bbc, 2,225) written --copies
times with front-matter dates spread over years (each copy a different year, so no two
copies are one story's reports), plus --reports generated daily reports of one running
total with one backward step. With the defaults: 97,900 + 2,000 = 99,900 articles.

For each worker count a fresh ``distributed.LocalCluster`` (one thread per worker
process) runs ``consistency check`` through ``consistency.runner.run_check(...,
dask=client)``: the whole job, reading files included, client-side gathering and the
series group-by too. Printed: wall time, articles per second, the peak resident memory
of each worker process (``ru_maxrss``), the findings (the one planted backward step must
be among them) and a cost estimate per million articles at the --price you give for one
core-hour (default $0.05, roughly an on-demand cloud vCPU in 2026).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "realnews" / "bbc"


def build(root: Path, copies: int, reports: int) -> int:
    from bench.bench_series import report

    n = 0
    sources = sorted(BBC.rglob("*.txt"))
    for c in range(copies):
        folder = root / f"copy{c:03d}"
        folder.mkdir(parents=True)
        start = dt.date(1990 + c % 30, 1, 1)
        for i, src in enumerate(sources):
            day = start + dt.timedelta(days=i % 360)
            body = src.read_text(encoding="utf-8")
            (folder / f"{src.parent.name}-{src.stem}.txt").write_text(
                f"---\ndate: {day.isoformat()}\n---\n{body}", encoding="utf-8"
            )
            n += 1
    rnd = random.Random(11)
    daily = root / "daily"
    daily.mkdir()
    total, d0 = 10_000, dt.date(2025, 1, 1)
    for i in range(reports):
        night = rnd.randint(5, 60)
        total += night
        shown = total - 500 if i == reports // 2 else total  # the one backward step
        (daily / f"r{i:05d}.txt").write_text(report(d0 + dt.timedelta(days=i), shown, night, rnd))
        n += 1
    return n


def worker_peak_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(root: Path, workers: int) -> dict:
    import distributed

    from consistency.runner import RunOptions, run_check

    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
        silence_logs=40, memory_limit="8GiB",
    )  # fmt: skip
    client = distributed.Client(cluster)
    try:
        t0 = time.perf_counter()
        result = run_check(RunOptions(paths=[str(root)], dask=client, isolated=True))
        wall = time.perf_counter() - t0
        peaks = sorted(client.run(worker_peak_mib).values())
    finally:
        client.close()
        cluster.close()
    return {
        "wall": wall,
        "documents": len(result.contexts),
        "findings": len(result.findings),
        "steps": sum(1 for f in result.findings if f.rule == "cumulative-decrease"),
        "peaks": peaks,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=44)
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--price", type=float, default=0.05, help="dollars per core-hour")
    ap.add_argument("--keep", default=None, help="build the archive here and keep it")
    opts = ap.parse_args()
    if not BBC.is_dir():
        print("skipped: ../shared/realnews/bbc not found")
        return 0
    tmp = Path(opts.keep) if opts.keep else Path(tempfile.mkdtemp(prefix="consistency-dask-"))
    try:
        if not (tmp / "daily").is_dir():
            t0 = time.perf_counter()
            n = build(tmp, opts.copies, opts.reports)
            print(f"archive: {n:,} articles written in {time.perf_counter() - t0:.0f} s")
        for w in (int(x) for x in opts.workers.split(",")):
            r = run(tmp, w)
            rate = r["documents"] / r["wall"]
            core_hours = w * 1_000_000 / rate / 3600
            print(
                f"{w} worker(s): {r['documents']:,} articles in {r['wall']:.1f} s = "
                f"{rate:,.0f} articles/s; peak memory per worker "
                f"{', '.join(f'{p:.0f}' for p in r['peaks'])} MiB; {r['findings']} findings "
                f"({r['steps']} cumulative-decrease); per million articles "
                f"{1_000_000 / rate / 60:.0f} min on {w} core(s) = {core_hours:.2f} core-hours "
                f"= ${core_hours * opts.price:.2f} at ${opts.price}/core-hour"
            )  # fmt: skip
    finally:
        if not opts.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
