#!/usr/bin/env python3
"""Score `consistency check` on case files in the dev-eval format.

    python bench/score_checks.py [CASES.yaml ...]

Default: ../shared/dev-eval/checks.yaml (skips with a message when absent).
A case lists documents and the findings that must appear (rule ids accepted,
and a value one of the finding's figures must have); an empty expect means no
error or warning at all. Prints each miss and false alarm, then precision and
recall over findings, overall and per rule.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "dev-eval" / "checks.yaml"


def run_case(case: dict, rules) -> list:
    from consistency.ingest import read_document
    from consistency.pipeline import analyse, check

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, doc in enumerate(case["docs"]):
            name = doc.get("name") or f"doc{i}.txt"
            p = Path(tmp) / name
            p.write_text(doc["text"], encoding="utf-8")
            paths.append(str(p))
        docs = [read_document(p) for p in paths]
        contexts = analyse(docs)
        contexts.sort(key=lambda c: (c.date is None, c.date or 0))
        findings, _ = check(contexts, rules)
    return [f for f in findings if f.severity in ("error", "warning")]


def matches(expect: dict, finding) -> bool:
    if finding.rule not in expect["rule"]:
        return False
    value = expect.get("value")
    if value is None:
        return True
    return any(abs(f.value - float(value)) <= 1e-6 * max(1.0, abs(float(value)))
               for f in finding.figures)  # fmt: skip


def score(cases: list[dict], verbose: bool = True) -> dict:
    from consistency.rules.loader import load_rules

    rules = load_rules()
    tp, fn, fp = Counter(), Counter(), Counter()
    failed_cases = []
    for case in cases:
        findings = run_case(case, rules)
        used = set()
        ok = True
        for exp in case.get("expect") or []:
            hit = next((i for i, f in enumerate(findings) if i not in used and matches(exp, f)),
                       None)  # fmt: skip
            key = exp["rule"][0]
            if hit is None:
                fn[key] += 1
                ok = False
                if verbose:
                    print(f"MISS  {case['id']}: expected {exp['rule']} value={exp.get('value')}")
            else:
                used.add(hit)
                tp[key] += 1
        for i, f in enumerate(findings):
            if i in used:
                continue
            # an extra finding for an already-matched expectation's rule counts as noise
            fp[f.rule] += 1
            ok = False
            if verbose:
                print(f"FALSE {case['id']}: {f.rule}: {f.message}")
        if not ok:
            failed_cases.append(case["id"])
    t, n, p = sum(tp.values()), sum(fn.values()), sum(fp.values())
    precision = t / (t + p) if t + p else 1.0
    recall = t / (t + n) if t + n else 1.0
    return {"tp": tp, "fn": fn, "fp": fp, "precision": precision, "recall": recall,
            "cases": len(cases), "failed": failed_cases}  # fmt: skip


def main(argv: list[str]) -> int:
    import yaml

    files = [Path(a) for a in argv] or [DEFAULT]
    cases = []
    for f in files:
        if not f.exists():
            print(f"skipped: {f} not found (the dev-eval data lives in ../shared)")
            return 0
        cases.extend(yaml.safe_load(f.read_text(encoding="utf-8")))
    res = score(cases)
    print(f"\n{res['cases']} cases, {res['cases'] - len(res['failed'])} fully right")
    print(f"findings: precision {res['precision']:.3f}, recall {res['recall']:.3f}")
    for rule in sorted(set(res["tp"]) | set(res["fn"]) | set(res["fp"])):
        t, n, p = res["tp"][rule], res["fn"][rule], res["fp"][rule]
        print(f"  {rule:<26} tp={t} fn={n} fp={p}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
