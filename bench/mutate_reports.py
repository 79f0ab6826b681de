#!/usr/bin/env python3
"""Typo mutations of real reports: how often is one changed number noticed?

    python bench/mutate_reports.py [--verbose]

For every consistent case of ``../shared/realnews/reports-dev.yaml`` whose note writes
its sum out ("11+28+17 = 56 = stated"), each number of the sum is changed in the text,
one at a time, as a reporter's typo would (up by one, and down by one), and the
mutant is checked. A mutant is noticed when an error or warning finding appears that
the original did not have. Partial lists can only notice a part that grows past its
total, so "up" and "down" are counted apart. Skips when ../shared is absent.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT.parent / "shared" / "realnews" / "reports-dev.yaml"
WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+$"
)
_SUM = re.compile(r"^\s*([\d,x×+ \s]+?)\s*=\s*([\d,]+)\s*=\s*stated")


def _findings(texts: list[tuple[str, str]]) -> set[tuple[str, str]]:
    from consistency.ingest import read_document
    from consistency.pipeline import analyse, check

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, text in texts:
            p = Path(tmp) / name
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        contexts = analyse([read_document(p) for p in paths])
        found, _ = check(contexts, _findings.rules)
    return {(f.rule, f.message) for f in found if f.severity in ("error", "warning")}


def _mutate(text: str, number: int, delta: int) -> str | None:
    """The text with the first standalone occurrence of ``number`` changed by delta."""
    new = number + delta
    if new < 0:
        return None
    digits = f"{number:,}" if number >= 1000 else str(number)
    # a count, not a clock time, a date or part of a name ("12:00", "March 17", "Su-34")
    m = None
    for c in re.finditer(
        rf"(?<![\d.,:/\w-]){re.escape(digits)}(?![\d.,:]\d|:|\s*(?:a\.m|p\.m|GMT|%)|\w)", text
    ):
        if not _MONTH_BEFORE.search(text, max(0, c.start() - 12), c.start()):
            m = c
            break
    if m:
        repl = f"{new:,}" if new >= 1000 else str(new)
        return text[: m.start()] + repl + text[m.end() :]
    if number < len(WORDS) and new < len(WORDS):
        m = re.search(rf"\b{WORDS[number]}\b(?!\s+(?:of\s+them|another|person|worker))", text, re.I)
        if m:
            word = WORDS[new]
            if m.group(0)[0].isupper():
                word = word.capitalize()
            return text[: m.start()] + word + text[m.end() :]
    return None


def main(argv: list[str]) -> int:
    if not REPORTS.is_file():
        print(f"skipped: {REPORTS} not found")
        return 0
    sys.path.insert(0, str(ROOT))
    import yaml

    from consistency.rules.loader import load_rules

    _findings.rules = load_rules()
    verbose = "--verbose" in argv
    cases = yaml.safe_load(REPORTS.read_text(encoding="utf-8"))
    tally = {1: [0, 0], -1: [0, 0]}  # delta -> [noticed, mutants]
    for case in cases:
        if case.get("expect") or case["id"].endswith("-mut") or len(case["docs"]) != 1:
            continue
        m = _SUM.match((case.get("note") or "").split(";")[0])
        if not m:
            continue
        numbers = [
            int(n.replace(",", "")) for n in re.findall(r"[\d,]+", m.group(1)) if n.strip(",")
        ]
        doc = case["docs"][0]
        base = _findings([("r.txt", doc["text"])])
        for n in dict.fromkeys(numbers):
            for delta in (1, -1):
                mutant = _mutate(doc["text"], n, delta)
                if mutant is None or mutant == doc["text"]:
                    continue
                new = _findings([("r.txt", mutant)]) - base
                tally[delta][1] += 1
                tally[delta][0] += bool(new)
                if verbose and not new:
                    print(f"  unnoticed {case['id']}: {n} -> {n + delta}")
    for delta, (hit, total) in tally.items():
        word = "up by one" if delta > 0 else "down by one"
        print(f"one part {word}: {hit} of {total} mutants noticed ({hit / max(total, 1):.2f})")
    hits = sum(t[0] for t in tally.values())
    total = sum(t[1] for t in tally.values())
    print(f"all: {hits} of {total} ({hits / max(total, 1):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
