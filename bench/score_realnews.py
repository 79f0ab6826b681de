#!/usr/bin/env python3
"""Score `consistency check` on the real-news corpora in ../shared/realnews.

    python bench/score_realnews.py [--bbc-only | --reports-only] [--quiet]

* BBC: runs the installed CLI on ``bbc/`` as an editor would (one whole process,
  JSON out), counts error/warning findings per rule, and joins them with the
  labels in ``bench/bbc_labels.jsonl`` (ours) and ``../shared/realnews/bbc-labels.jsonl``
  (an earlier version's) on (path, rule, line): per rule and per cause figures,
  and the findings nobody has judged yet, which must be read.
* reports-dev: precision and recall over findings (``bench/score_checks.py``).

Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT.parent / "shared" / "realnews"
OUR_LABELS = ROOT / "bench" / "bbc_labels.jsonl"


def _key(path: str, rule: str, line: int) -> tuple[str, str, int]:
    return (path.split("bbc/")[-1], rule, int(line))


def load_labels() -> dict[tuple[str, str, int], dict]:
    labels: dict[tuple[str, str, int], dict] = {}
    for source in (REALNEWS / "bbc-labels.jsonl", OUR_LABELS):  # ours win
        if not source.is_file():
            continue
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels[_key(row["path"], row["rule"], row["line"])] = row
    return labels


def bbc_findings() -> tuple[list[dict], float]:
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "consistency", "check", "--format", "json", "--no-progress",
         str(REALNEWS / "bbc")],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    elapsed = time.perf_counter() - t0
    data = json.loads(out.stdout)
    found = [f for f in data["findings"] if f["severity"] in ("error", "warning")]
    return found, elapsed


def score_bbc(quiet: bool) -> dict:
    found, elapsed = bbc_findings()
    labels = load_labels()
    per_rule: Counter[str] = Counter()
    per_label: Counter[str] = Counter()
    per_cause: Counter[str] = Counter()
    unjudged = []
    for f in found:
        per_rule[f["rule"]] += 1
        row = labels.get(_key(f["path"], f["rule"], f["line"]))
        if row is None:
            per_label["unjudged"] += 1
            unjudged.append(f)
            continue
        label = str(row["label"]).lower()
        per_label[label] += 1
        if label == "false":
            per_cause[row.get("cause", "?")] += 1
    articles = len({f["path"] for f in found})
    print(f"BBC: {len(found)} error/warning findings in {articles} articles ({elapsed:.1f} s)")
    for rule, n in per_rule.most_common():
        print(f"  {rule:20} {n}")
    print("  labels: " + ", ".join(f"{k} {v}" for k, v in per_label.most_common()))
    for cause, n in per_cause.most_common():
        print(f"    false: {cause:60} {n}")
    if not quiet:
        for f in unjudged:
            print(f"  UNJUDGED {f['path']}:{f['line']} {f['rule']}: {f['message'][:110]}")
    return {"findings": len(found), "true": per_label.get("true", 0), "seconds": elapsed}


def score_folder(quiet: bool) -> dict:
    """The BBC articles as one folder of dated stories (a date in front matter, spread
    over a year), as an archive user would check them: unrelated stories must never be
    read as one running series. Counts the cross-document findings."""
    import datetime
    import random
    import tempfile

    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        for section in sorted(p for p in (REALNEWS / "bbc").iterdir() if p.is_dir()):
            for f in sorted(section.glob("*.txt")):
                head, _, body = f.read_text(encoding="utf-8").partition("\n")
                day = datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randrange(365))
                Path(tmp, f"{section.name}-{f.name}").write_text(
                    f"---\ndate: {day.isoformat()}\ntitle: {json.dumps(head.strip())}\n---\n{body}",
                    encoding="utf-8",
                )
        out = subprocess.run(
            [sys.executable, "-m", "consistency", "check", "--format", "json", "--no-progress",
             "--select", "cumulative-decrease,period-exceeds-cumulative", tmp],
            capture_output=True, text=True, cwd=ROOT,
        )  # fmt: skip
    found = [f for f in json.loads(out.stdout)["findings"] if f["severity"] != "info"]
    print(f"BBC as a dated folder: {len(found)} cross-document series findings")
    if not quiet:
        for f in found:
            print(f"  {Path(f['path']).name}:{f['line']} {f['rule']}: {f['message'][:110]}")
    return {"findings": len(found)}


def score_reports(quiet: bool) -> dict:
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    import yaml
    from score_checks import score

    raw = yaml.safe_load((REALNEWS / "reports-dev.yaml").read_text(encoding="utf-8"))
    cases = raw if isinstance(raw, list) else raw.get("cases", [])
    res = score(cases, verbose=not quiet)
    print(
        f"reports-dev: {res['cases']} cases, {res['cases'] - len(res['failed'])} fully right; "
        f"precision {res['precision']:.3f}, recall {res['recall']:.3f}"
    )
    for rule in sorted(set(res["tp"]) | set(res["fn"]) | set(res["fp"])):
        t, n, p = res["tp"][rule], res["fn"][rule], res["fp"][rule]
        print(f"  {rule:<26} tp={t} fn={n} fp={p}")
    return res


def main(argv: list[str]) -> int:
    if not REALNEWS.is_dir():
        print(f"skipped: {REALNEWS} not found")
        return 0
    quiet = "--quiet" in argv
    if "--reports-only" not in argv:
        score_bbc(quiet)
        if "--bbc-only" not in argv:
            score_folder(quiet)
    if "--bbc-only" not in argv:
        score_reports(quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
