"""Score figure extraction against the public development sets in ../shared/dev-eval.

    .venv/bin/python bench/score_extraction.py            # table per set
    .venv/bin/python bench/score_extraction.py -v         # also list misses and junk
    .venv/bin/python bench/score_extraction.py --json     # machine-readable

Sets (both MIT-licensed): quantulum3's ``quantities.json`` and the recognizers-text
models (Number, NumberRange, Currency, Dimension, Percent, Temperature); plus the
project's own ``bench/news_sentences.yaml`` (wire-style sentences written for it,
scored even when ../shared is absent: every gold figure states its bound, so
*value+bound* there needs the qualifier right for exact figures too). Each
recognizers-text model only annotates its own type, so only the figures of that
type are scored against it (currency figures against CurrencyModel, and so on).

A gold figure is found when a predicted figure overlaps its span and states the
same value. Ranges: quantulum3 writes a range as its midpoint, recognizers-text
in interval notation; both are compared with the range's stated ends.
*value+bound* also needs the qualifier to match where the gold data states a
bound (NumberRange's interval notation; quantulum3's ranges).

Skips the public sets with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "dev-eval"
NEWS = ROOT / "bench" / "news_sentences.yaml"


@dataclass
class Gold:
    start: int
    end: int  # exclusive
    text: str
    values: tuple[float, ...]  # acceptable values (a range: its two ends, or its midpoint)
    bound: str | None = None  # contract qualifier the gold states, or None
    ends: tuple[float | None, float | None] | None = None


@dataclass
class Case:
    text: str
    gold: list[Gold]
    unsupported: bool = False


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_bound: int = 0
    misses: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)
    wrong_bound: list[str] = field(default_factory=list)

    def prf(self, tp: int) -> tuple[float, float, float]:
        """Precision, recall, F1 with ``tp`` of the matched figures counted right.

        Predictions and gold are always those of the value match: a figure whose
        value matched but whose bound is wrong counts against both P and R of
        *value+bound* (an earlier version dropped it from both sides instead).
        """
        pred, gold = self.tp + self.fp, self.tp + self.fn
        p = tp / pred if pred else 1.0
        r = tp / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# --------------------------------------------------------------------------- loading


def _num(s) -> float | None:
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    s = str(s).strip().rstrip("%").replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


_RANGE_IN_SURFACE = re.compile(r"\d\s*(?:-|–|—|to)\s*-?\d|between\s", re.I)


def load_quantulum(path: Path) -> list[Case]:
    cases = []
    for item in json.loads(path.read_text("utf-8")):
        text = item["req"]
        gold = []
        cursor = 0
        for r in item["res"]:
            surface = r["surface"]
            i = text.find(surface, cursor)
            if i < 0:
                i = text.find(surface)
            if i < 0:
                continue
            cursor = i + len(surface)
            value = float(r["value"])
            bound = "range" if _RANGE_IN_SURFACE.search(surface) else None
            gold.append(Gold(i, i + len(surface), surface, (value,), bound))
        cases.append(Case(text, gold))
    return cases


_INTERVAL = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def _interval_gold(res: dict, start: int, end: int, text: str) -> Gold | None:
    m = _INTERVAL.match(str(res.get("value", "")).strip())
    if not m:
        return None
    lo, hi = _num(m.group(2)), _num(m.group(3))
    lo_closed, hi_closed = m.group(1) == "[", m.group(4) == "]"
    if lo is not None and hi is not None:
        if lo == hi:
            return Gold(start, end, text, (lo,), "exact", (lo, hi))
        # recognizers-text writes "between 20 and 30" as [20,30): a closed range in prose
        return Gold(start, end, text, (lo, hi), "range", (lo, hi))
    if lo is not None:
        return Gold(start, end, text, (lo,), "at_least" if lo_closed else "over", (lo, None))
    if hi is not None:
        return Gold(start, end, text, (hi,), "at_most" if hi_closed else "under", (None, hi))
    return None


def load_recognizers(path: Path) -> list[Case]:
    cases = []
    is_range = path.name == "NumberRangeModel.json"
    for item in json.loads(path.read_text("utf-8")):
        text = item["Input"]
        gold = []
        for r in item["Results"]:
            res = r.get("Resolution") or {}
            start, end = int(r["Start"]), int(r["End"]) + 1  # End is inclusive
            if is_range:
                g = _interval_gold(res, start, end, r["Text"])
                if g is not None:
                    gold.append(g)
                continue
            value = _num(res.get("value"))
            if value is None:
                continue  # a bare unit name ("fahrenheit"): not a figure
            gold.append(Gold(start, end, r["Text"], (value,)))
        cases.append(Case(text, gold, "python" in item.get("NotSupported", "")))
    return cases


def load_news(path: Path) -> list[Case]:
    """The project's own news sentences: ``text`` and ``figures`` (``text``,
    ``value`` or ``[low, high]``, ``bound`` defaulting to exact, ``unit``)."""
    import yaml

    cases = []
    for item in yaml.safe_load(path.read_text("utf-8")):
        text = item["text"]
        gold = []
        cursor = 0
        for g in item.get("figures") or []:
            surface = str(g["text"])
            i = text.find(surface, cursor)
            if i < 0:
                raise ValueError(f"{path}: {surface!r} not found in {text!r}")
            cursor = i + len(surface)
            value = g["value"]
            bound = g.get("bound", "exact")
            if isinstance(value, list):
                lo, hi = float(value[0]), float(value[1])
                gold.append(Gold(i, cursor, surface, (lo, hi), bound, (lo, hi)))
            else:
                gold.append(Gold(i, cursor, surface, (float(value),), bound))
        cases.append(Case(text, gold))
    return cases


# --------------------------------------------------------------------------- scope


def in_scope(set_name: str, f) -> bool:
    """Which predicted figures a set annotates (the rest are not scored against it)."""
    kind = f.kind
    if kind == "vague":
        return False
    if set_name == "quantulum3":
        return kind not in ("date", "time", "ordinal")
    if set_name == "news":
        return kind not in ("date", "year", "time", "ordinal")
    if set_name == "Number":
        return kind not in ("date", "time", "ordinal")
    if set_name == "NumberRange":
        return f.qualifier != "exact" and f.qualifier != "approx" and kind not in ("date", "time")
    if set_name == "Currency":
        return kind == "money"
    if set_name == "Percent":
        return kind == "percent"
    if set_name == "Temperature":
        return kind == "measure" and f.unit in ("degC", "degF", "degree")
    if set_name == "Dimension":
        return kind == "measure" and f.unit not in ("degC", "degF")
    return True


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def predicted_values(f) -> list[float]:
    vals = [f.value]
    hi = getattr(f, "value_high", None)
    if f.qualifier == "range" and hi is not None:
        vals += [hi, (f.value + hi) / 2]
    return vals


def value_matches(g: Gold, f) -> bool:
    if g.ends is not None and g.bound == "range":
        hi = getattr(f, "value_high", None)
        return hi is not None and _close(f.value, g.ends[0]) and _close(hi, g.ends[1])
    return any(_close(v, gv) for v in predicted_values(f) for gv in g.values)


# --------------------------------------------------------------------------- scoring


def score(set_name: str, cases: list[Case], extract) -> Tally:
    t = Tally()
    for case in cases:
        try:
            figs = [f for f in extract(case.text) if in_scope(set_name, f)]
        except Exception as exc:  # a crash is a miss of every gold, and is reported
            t.fn += len(case.gold)
            t.misses.append(f"CRASH {exc!r}: {case.text!r}")
            continue
        used: set[int] = set()
        for g in case.gold:
            hit = None
            for i, f in enumerate(figs):
                if i in used or f.end <= g.start or f.start >= g.end:
                    continue
                if value_matches(g, f):
                    hit = i
                    break
            if hit is None:
                t.fn += 1
                got = [
                    (f.text, f.value, f.qualifier)
                    for f in figs
                    if not (f.end <= g.start or f.start >= g.end)
                ]
                t.misses.append(f"{g.text!r} {g.values} {g.bound or ''} got {got} in {case.text!r}")
                continue
            used.add(hit)
            t.tp += 1
            f = figs[hit]
            if g.bound is None or g.bound == f.qualifier:
                t.tp_bound += 1
            else:
                t.wrong_bound.append(
                    f"{g.text!r} gold {g.bound} got {f.qualifier} ({f.text!r}) in {case.text!r}"
                )
        for i, f in enumerate(figs):
            if i not in used:
                t.fp += 1
                t.junk.append(f"{f.text!r} {f.value} {f.kind} {f.unit or ''} in {case.text!r}")
    return t


SETS = (
    ("quantulum3", "quantulum3/quantities.json", load_quantulum),
    ("Number", "recognizers-text/NumberModel.json", load_recognizers),
    ("NumberRange", "recognizers-text/NumberRangeModel.json", load_recognizers),
    ("Currency", "recognizers-text/CurrencyModel.json", load_recognizers),
    ("Dimension", "recognizers-text/DimensionModel.json", load_recognizers),
    ("Percent", "recognizers-text/PercentModel.json", load_recognizers),
    ("Temperature", "recognizers-text/TemperatureModel.json", load_recognizers),
    ("news", str(NEWS), load_news),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.environ.get("CONSISTENCY_DEV_EVAL", str(DEFAULT_DATA)))
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and junk")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", action="append", help="only these sets")
    ap.add_argument(
        "--supported-only",
        action="store_true",
        help="skip recognizers-text cases marked NotSupported for python",
    )
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"score_extraction: no development data at {data}; scoring news only.")

    sys.path.insert(0, str(ROOT))
    from consistency.extract import extract_figures

    results = {}
    total = Tally()
    for name, rel, loader in SETS:
        if args.set and name not in args.set:
            continue
        path = data / rel  # an absolute rel (the news set) stays as it is
        if not path.is_file():
            print(f"score_extraction: {path} missing; skipping {name}.")
            continue
        cases = loader(path)
        if args.supported_only:
            cases = [c for c in cases if not c.unsupported]
        t = score(name, cases, extract_figures)
        results[name] = t
        if name == "news":
            continue  # the public sets' total stays comparable with earlier runs
        for k in ("tp", "fp", "fn", "tp_bound"):
            setattr(total, k, getattr(total, k) + getattr(t, k))
    if not results:
        return 0
    if total.tp + total.fn:
        results["ALL (micro)"] = total

    rows = []
    for name, t in results.items():
        p, r, f = t.prf(t.tp)
        pb, rb, fb = t.prf(t.tp_bound)
        rows.append(
            {"set": name, "gold": t.tp + t.fn, "pred": t.tp + t.fp, "P": p, "R": r, "F1": f,
             "P_bound": pb, "R_bound": rb, "F1_bound": fb}
        )  # fmt: skip
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'set':<14}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'F1+bound':>10}")
        for row in rows:
            print(
                f"{row['set']:<14}{row['gold']:>6}{row['pred']:>6}{row['P']:>7.3f}"
                f"{row['R']:>7.3f}{row['F1']:>7.3f}{row['F1_bound']:>10.3f}"
            )
    if args.verbose:
        for name, t in results.items():
            if name.startswith("ALL"):
                continue
            for label, items in (("MISS", t.misses), ("JUNK", t.junk), ("BOUND", t.wrong_bound)):
                for s in items:
                    print(f"[{name}] {label} {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
