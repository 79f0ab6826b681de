#!/usr/bin/env python3
"""Write bench/cases/series.yaml: daily-report sequences in wire formats, consistent ones
and ones with one planted backward step (a typo in one day's running total)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import yaml

OUT = Path(__file__).with_name("series.yaml")

UA_MEASURES = [
    ("personnel", "about {v} (+{d}) persons were liquidated", 212000, (300, 1200)),
    ("tanks", "{v} (+{d})", 3812, (0, 15)),
    ("armoured combat vehicles", "{v} (+{d})", 7455, (0, 25)),
    ("artillery systems", "{v} (+{d})", 3650, (0, 30)),
    ("MLRS", "{v} (+{d})", 583, (0, 2)),
    ("air defense systems", "{v} (+{d})", 345, (0, 1)),
    ("aircraft", "{v} (+{d})", 314, (0, 0)),
    ("helicopters", "{v} (+{d})", 298, (0, 0)),
    ("UAV operational-tactical level", "{v} (+{d})", 3112, (0, 40)),
    ("cruise missiles", "{v} (+{d})", 1140, (0, 0)),
    ("warships / boats", "{v} (+{d})", 18, (0, 0)),
    ("vehicles and fuel tanks", "{v} (+{d})", 6123, (3, 30)),
    ("special equipment", "{v} (+{d})", 487, (0, 3)),
]

RU_MEASURES = [
    ("aircraft", 643, (0, 1)),
    ("helicopters", 283, (0, 0)),
    ("unmanned aerial vehicles", 34012, (20, 300)),
    ("surface-to-air missile systems", 591, (0, 2)),
    ("tanks and other armored combat vehicles", 17489, (2, 25)),
    ("multiple rocket launchers", 1479, (0, 3)),
    ("field artillery guns and mortars", 13923, (3, 30)),
    ("special military vehicles", 25712, (5, 40)),
]


def fmtn(n: int) -> str:
    return f"{n:,}"


def walk(rng, start, lo_hi, days):
    vals, incs = [start], [0]
    for _ in range(days - 1):
        lo, hi = lo_hi
        d = rng.randint(lo, hi) if rng.random() > 0.3 else lo
        vals.append(vals[-1] + d)
        incs.append(d)
    return vals, incs


def typo(rng, v: int) -> int:
    """A smaller figure a tired hand could type: swapped digits or a dropped digit."""
    s = str(v)
    for _ in range(50):
        kind = rng.choice(["swap", "drop", "minus"])
        if kind == "swap" and len(s) >= 3:
            i = rng.randrange(len(s) - 1)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        elif kind == "drop" and len(s) >= 3:
            i = rng.randrange(1, len(s))
            t = s[:i] + s[i + 1 :]
        else:
            t = str(v - rng.choice([1, 2, 3, 5, 10, 20]))
        if t[0] != "0" and int(t) < v:
            return int(t)
    return v - 3


def ua_case(rng, idx, plant: bool, layout: str):
    days = rng.randint(4, 7)
    d0 = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(600))
    series = {m[0]: walk(rng, m[2] + rng.randrange(50), m[3], days) for m in UA_MEASURES}
    expect = []
    if plant:
        m = rng.choice([x[0] for x in UA_MEASURES if x[0] != "personnel"])
        k = rng.randrange(1, days)
        vals = series[m][0]
        prev_max = max(vals[:k])
        if idx % 4 == 3 and k < days - 1:
            # a spike: one day's figure too high (an extra digit), the next day falls back
            bad = int(str(vals[k]) + str(rng.randrange(10)))
            vals[k] = bad
            expect.append({"rule": ["cumulative-decrease"], "value": bad})
        else:
            bad = typo(rng, vals[k])
            if bad >= prev_max:
                bad = prev_max - rng.choice([2, 3, 7])
            vals[k] = bad
            expect.append({"rule": ["cumulative-decrease"], "value": bad})
    docs = []
    for i in range(days):
        day = d0 + dt.timedelta(days=i)
        dd = day.strftime("%d.%m.%Y")
        items = []
        for name, tmpl, _, _ in UA_MEASURES:
            v, d = series[name][0][i], series[name][1][i]
            items.append(f"{name} ‒ " + tmpl.format(v=fmtn(v), d=fmtn(d)))
        head = f"The total combat losses of the enemy from 24.02.2022 to {dd} were approximately:"
        if layout == "lines":
            body = head + "\n\n" + ",\n".join(items) + ".\n\nThe data are being updated.\n"
        else:
            body = head + " " + ", ".join(items) + ". The data are being updated.\n"
        dateline = f"KYIV, {day.strftime('%B')} {day.day}, {day.year} (Ukrinform) - "
        docs.append({"name": f"ukr-losses-{day.isoformat()}.txt", "text": dateline + body})
    rng.shuffle(docs)
    return {"id": f"ua{idx:02d}", "docs": docs, "expect": expect}


def ru_case(rng, idx, plant: bool):
    days = rng.randint(3, 6)
    d0 = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(500))
    series = {m[0]: walk(rng, m[1] + rng.randrange(30), m[2], days) for m in RU_MEASURES}
    expect = []
    if plant:
        m = rng.choice([x[0] for x in RU_MEASURES])
        k = rng.randrange(1, days)
        vals = series[m][0]
        bad = typo(rng, vals[k])
        if bad >= max(vals[:k]):
            bad = max(vals[:k]) - 5
        vals[k] = bad
        expect.append({"rule": ["cumulative-decrease"], "value": bad})
    docs = []
    for i in range(days):
        day = d0 + dt.timedelta(days=i)
        parts = [f"{fmtn(series[n][0][i])} {n}" for n, _, _ in RU_MEASURES]
        listing = ", ".join(parts[:-1]) + ", as well as " + parts[-1]
        inc = (
            series["unmanned aerial vehicles"][0][i]
            - series["unmanned aerial vehicles"][0][max(0, i - 1)]
        )
        shot = max(1, min(inc, rng.randint(5, 60))) if i else rng.randint(5, 60)
        text = (
            f"MOSCOW, {day.strftime('%B')} {day.day}. /TASS/. Russian air defence forces shot "
            f"down {shot} Ukrainian drones over the past day, the Defence Ministry reported. "
            f"In total, {listing} have been destroyed since the beginning of the special "
            f"military operation, the ministry said.\n"
        )
        docs.append(
            {
                "name": f"tass-{day.isoformat()}.md",
                "text": f"---\ndate: {day.isoformat()}\n---\n" + text,
            }
        )
    rng.shuffle(docs)
    return {"id": f"ru{idx:02d}", "docs": docs, "expect": expect}


def covid_case(rng, idx, plant: bool):
    days = rng.randint(3, 6)
    d0 = dt.date(2020, 6, 1) + dt.timedelta(days=rng.randrange(400))
    cases, new = walk(rng, rng.randint(20000, 900000), (50, 3000), days)
    deaths, newd = walk(rng, rng.randint(300, 9000), (0, 40), days)
    expect = []
    if plant:
        k = rng.randrange(1, days)
        which = rng.choice(["cases", "deaths"])
        arr = cases if which == "cases" else deaths
        bad = typo(rng, arr[k])
        if bad >= max(arr[:k]):
            bad = max(arr[:k]) - 5
        arr[k] = bad
        expect.append({"rule": ["cumulative-decrease"], "value": bad})
    docs = []
    country = rng.choice(["Peru", "Romania", "the Philippines", "Kenya", "Malaysia"])
    for i in range(days):
        day = d0 + dt.timedelta(days=i)
        wd = day.strftime("%A")
        text = (
            f"LIMA, {day.strftime('%b')} {day.day} (Reuters) - {country} reported "
            f"{fmtn(new[i] if i else rng.randint(50, 3000))} new coronavirus infections on {wd}, "
            f"bringing the total number of confirmed cases since the pandemic began to "
            f"{fmtn(cases[i])}. The country has recorded {fmtn(deaths[i])} deaths so far, "
            f"the health ministry said.\n"
        )
        docs.append(
            {
                "name": f"covid-{day.isoformat()}.md",
                "text": f"---\ndate: {day.isoformat()}\n---\n" + text,
            }
        )
    rng.shuffle(docs)
    return {"id": f"cv{idx:02d}", "docs": docs, "expect": expect}


def main():
    rng = random.Random(20260512)
    cases = []
    for i in range(16):
        cases.append(ua_case(rng, i, plant=i % 2 == 1, layout="lines" if i % 4 < 2 else "inline"))
    for i in range(10):
        cases.append(ru_case(rng, i, plant=i % 2 == 1))
    for i in range(10):
        cases.append(covid_case(rng, i, plant=i % 2 == 1))
    OUT.write_text(
        yaml.safe_dump(cases, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
