"""Score figure extraction on bench/news_sentences_2.yaml (120 wire-style sentences).

    .venv/bin/python bench/score_news2.py        # scores
    .venv/bin/python bench/score_news2.py -v     # also list every miss and false figure

A predicted figure (kinds date, year, time and ordinal ignored) matches a gold figure
when their spans overlap and their values agree within 1e-6 relative; *value+bound*
also needs the predicted qualifier to equal the gold bound. Matching is one-to-one,
greedy in text order. Gold spans: each surface is searched from just after the
previous gold surface of the same sentence.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from consistency.extract import extract_figures  # noqa: E402

DATA = ROOT / "bench" / "news_sentences_2.yaml"
IGNORED_KINDS = {"date", "year", "time", "ordinal"}


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def gold_spans(text: str, figures: list[dict]) -> list[tuple[int, int, dict]]:
    out, pos = [], 0
    for g in figures:
        i = text.find(g["surface"], pos)
        if i < 0:
            i = text.find(g["surface"])
        if i < 0:
            raise ValueError(f"surface {g['surface']!r} not in {text!r}")
        out.append((i, i + len(g["surface"]), g))
        pos = i + 1
    return out


def match(gold, pred, with_bound: bool):
    used: set[int] = set()
    pairs = {}
    for gi, (gs, ge, g) in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used or p.end <= gs or p.start >= ge:
                continue
            if not same_value(p.value, float(g["value"])):
                continue
            if with_bound and p.qualifier != g["bound"]:
                continue
            used.add(pi)
            pairs[gi] = pi
            break
    return pairs


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 1.0
    r = tp_g / n_g if n_g else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt_pred(p) -> str:
    rng = f" [{p.low:g}, {p.high:g}]" if p.qualifier == "range" else ""
    return (
        f"{p.text!r} = {p.value:g}{rng} {p.qualifier} ({p.kind}{', ' + p.unit if p.unit else ''})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    cases = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    n_gold = n_pred = 0
    hit = {False: 0, True: 0}
    report = []
    for case in cases:
        text = case["text"]
        gold = gold_spans(text, case.get("figures") or [])
        pred = [f for f in extract_figures(text) if f.kind not in IGNORED_KINDS]
        n_gold += len(gold)
        n_pred += len(pred)
        lines = []
        for wb in (False, True):
            pairs = match(gold, pred, wb)
            hit[wb] += len(pairs)
            if wb:
                vpairs = match(gold, pred, False)
                for gi, pi in vpairs.items():
                    if gi not in pairs:
                        g, p = gold[gi][2], pred[pi]
                        lines.append(
                            f"  BOUND  gold {g['surface']!r} {g['bound']}  pred {fmt_pred(p)}"
                        )
            else:
                for gi, (_, _, g) in enumerate(gold):
                    if gi not in pairs:
                        near = [
                            fmt_pred(p)
                            for p in pred
                            if p.end > gold[gi][0] and p.start < gold[gi][1]
                        ]
                        lines.append(
                            f"  MISS   gold {g['surface']!r} = {float(g['value']):g} {g['bound']}"
                            + (f"  pred {'; '.join(near)}" if near else "  (nothing overlapping)")
                        )
                matched = set(pairs.values())
                for pi, p in enumerate(pred):
                    if pi not in matched:
                        lines.append(f"  FALSE  pred {fmt_pred(p)}")
        if lines:
            report.append((text, lines))
    vp, vr, vf = prf(hit[False], n_pred, hit[False], n_gold)
    bp, br, bf = prf(hit[True], n_pred, hit[True], n_gold)
    print(f"{len(cases)} sentences, {n_gold} gold figures, {n_pred} predicted")
    print(f"value        P {vp:.3f}  R {vr:.3f}  F1 {vf:.3f}")
    print(f"value+bound  P {bp:.3f}  R {br:.3f}  F1 {bf:.3f}")
    if args.verbose:
        for text, lines in report:
            print()
            print(text)
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
