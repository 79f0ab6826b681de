"""The series table and the cumulative-decrease / period-exceeds-cumulative rules."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.ingest import parse_document
from consistency.pipeline import analyse, check
from consistency.rules.loader import load_rules
from tests.conftest import EXAMPLES, run_cli

SERIES_RULES = [r for r in load_rules() if r.table == "series"]


def findings(docs: list[tuple[str, str]]):
    parsed = [parse_document(text, name) for name, text in docs]
    contexts = analyse(parsed)
    contexts.sort(key=lambda c: (c.date is None, c.date or 0))
    found, tables = check(contexts, SERIES_RULES)
    return found, tables.table("series")


def dated(d: dt.date, body: str, name: str | None = None) -> tuple[str, str]:
    return (name or f"r-{d.isoformat()}.md", f"---\ndate: {d.isoformat()}\n---\n{body}\n")


def fmt(n: int) -> str:
    return f"{n:,}"


D0 = dt.date(2026, 3, 1)


def test_d22_style_decrease_names_both_reports_and_the_step():
    found, _ = findings([
        dated(D0, "Since the outbreak began, 14,212 cases have been confirmed in the province."),
        dated(D0 + dt.timedelta(7), "The province has confirmed 13,980 cases since the outbreak began."),
    ])  # fmt: skip
    (f,) = found
    assert f.rule == "cumulative-decrease" and f.severity == "error"
    assert "14,212" in f.message and "13,980" in f.message and "232" in f.message
    assert "r-2026-03-01.md" in f.message and "2026-03-08" in f.message
    assert {x.value for x in f.figures} == {14212, 13980}
    assert f.table and f.highlight_row is not None and "13,980" in f.table[f.highlight_row][1]


def test_period_fits_between_totals():
    docs = [
        dated(D0, "Since the outbreak began, 14,212 cases have been confirmed in the province."),
        dated(D0 + dt.timedelta(7), "Another 390 cases were confirmed this week, taking the total "
              "since the outbreak began to 14,602."),
    ]  # fmt: skip
    assert findings(docs)[0] == []
    docs[1] = dated(D0 + dt.timedelta(7), "Another 391 cases were confirmed this week, taking the "
                    "total since the outbreak began to 14,602.")  # fmt: skip
    (f,) = findings(docs)[0]
    assert f.rule == "period-exceeds-cumulative"


def test_counts_without_cumulative_wording_are_not_series_points():
    docs = [
        dated(D0, "In total, 31 drones were destroyed over eight regions."),
        dated(D0 + dt.timedelta(1), "Air defences destroyed 12 drones, bringing the total to 12."),
        dated(D0 + dt.timedelta(2), "Police said 40 people were arrested."),
        dated(D0 + dt.timedelta(3), "Police said 20 people were arrested."),
    ]
    found, rows = findings(docs)
    assert found == [] and not [r for r in rows if r.kind == "cumulative"]


def test_approximations_are_respected():
    docs = [
        dated(D0, "About 212,000 soldiers have been killed since the start of the war."),
        dated(D0 + dt.timedelta(1), "Since the start of the war, 211,600 soldiers have been killed."),
    ]  # fmt: skip
    assert findings(docs)[0] == []
    docs[1] = dated(D0 + dt.timedelta(1), "Since the start of the war, 209,000 soldiers have died.")
    assert [f.rule for f in findings(docs)[0]] == ["cumulative-decrease"]


def test_different_places_and_measures_are_different_series():
    docs = [
        dated(D0, "Since the outbreak began, 14,212 cases have been confirmed in Ontario."),
        dated(D0 + dt.timedelta(1), "Since the outbreak began, 9,000 cases have been confirmed in Quebec."),
        dated(D0 + dt.timedelta(2), "Since the outbreak began, 300 deaths have been recorded in Ontario."),
    ]  # fmt: skip
    assert findings(docs)[0] == []


def test_general_staff_list_with_increments():
    def report(day: int, tanks: int, plus: int) -> tuple[str, str]:
        d = dt.date(2023, 6, day)
        return (
            (
                f"gs-{day}.txt",
                f"KYIV, June {day}, 2023 - The total combat losses of the enemy from 24.02.2022 to "
                f"{day:02d}.06.2023 were approximately:\n\ntanks ‒ {fmt(tanks)} (+{plus}),\n"
                f"armoured combat vehicles ‒ 7,455 (+0).\n\nThe data are being updated.\n",
            )
            if d
            else None
        )

    assert findings([report(5, 3812, 3), report(6, 3815, 3)])[0] == []
    found, _ = findings([report(5, 3812, 3), report(6, 3815, 5)])
    assert [f.rule for f in found] == ["period-exceeds-cumulative"]
    found, _ = findings([report(5, 3812, 3), report(6, 3810, 1)])
    assert [f.rule for f in found] == ["cumulative-decrease"]


def test_yearless_datelines_are_ordered():
    docs = [
        ("b.txt", "MOSCOW, Nov 19 (Reuters) - Since the start of the operation, 70,300 drones "
                  "have been destroyed."),
        ("a.txt", "MOSCOW, Nov 18 (Reuters) - Since the start of the operation, 70,353 drones "
                  "have been destroyed."),
    ]  # fmt: skip
    (f,) = findings(docs)[0]
    assert f.path == "b.txt" and "Nov 18" in f.message


# -- properties ------------------------------------------------------------------------

#: Reports of one series name their subject (documents given together are no series
#: by themselves): every wording names the place, chosen once per series.
WORDINGS = [
    "Since the outbreak began, {n} cases have been confirmed in {place}.",
    "{place} has confirmed {n} cases since the outbreak began, officials said.",
    "So far, {n} cases have been confirmed in {place}, the ministry said.",
    "A total of {n} cases have been confirmed in {place} to date.",
]
PLACES = ["Ohio", "Lombardy", "Kerala", "the Kursk region"]
FORMS = [
    lambda d: f"---\ndate: {d.isoformat()}\n---\n",
    lambda d: f"CITY, {d.strftime('%B')} {d.day}, {d.year} (Reuters) - ",
    lambda d: f"{d.strftime('%b')} {d.day}, {d.year} - ",
]


def series_docs(values: list[int], seed: int, form=None) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    place = rnd.choice(PLACES)
    docs = []
    for i, v in enumerate(values):
        d = D0 + dt.timedelta(days=i)
        head = (form or rnd.choice(FORMS))(d)
        body = rnd.choice(WORDINGS).format(n=fmt(v), place=place)
        docs.append((f"doc{rnd.randrange(10**6)}-{i}.txt", head + body[0].upper() + body[1:]))
    return docs


increments = st.lists(st.integers(0, 500), min_size=2, max_size=6)


@settings(max_examples=25, deadline=None)
@given(start=st.integers(1000, 10**6), steps=increments, seed=st.integers(0, 10**6))
def test_non_decreasing_series_never_flags(start, steps, seed):
    values = [start]
    for s in steps:
        values.append(values[-1] + s)
    assert findings(series_docs(values, seed))[0] == []


@settings(max_examples=25, deadline=None)
@given(start=st.integers(1000, 10**6), steps=increments, drop=st.integers(1, 900),
       where=st.integers(0, 100), seed=st.integers(0, 10**6))  # fmt: skip
def test_one_decrease_flags_exactly_that_step(start, steps, drop, where, seed):
    values = [start]
    for s in steps:
        values.append(values[-1] + s)
    k = 1 + where % (len(values) - 1)
    values = values[:k] + [v - (values[k] - values[k - 1]) - drop for v in values[k:]]
    found, _ = findings(series_docs(values, seed))
    assert len(found) == 1
    (f,) = found
    assert f.rule == "cumulative-decrease"
    assert sorted(x.value for x in f.figures) == sorted([values[k - 1], values[k]])


@settings(max_examples=15, deadline=None)
@given(start=st.integers(1000, 10**6), steps=st.lists(st.integers(-300, 300), min_size=2,
       max_size=5), seed=st.integers(0, 10**6))  # fmt: skip
def test_input_order_never_changes_findings(start, steps, seed):
    values = [start]
    for s in steps:
        values.append(values[-1] + s)
    docs = series_docs(values, seed)
    shuffled = docs[:]
    random.Random(seed).shuffle(shuffled)

    def key(fs):
        return sorted((f.rule, f.path, f.message) for f in fs)

    assert key(findings(docs)[0]) == key(findings(shuffled)[0])


@settings(max_examples=15, deadline=None)
@given(start=st.integers(1000, 10**6), steps=increments, seed=st.integers(0, 10**6))
def test_date_forms_give_the_same_series(start, steps, seed):
    values = [start]
    for s in steps:
        values.append(values[-1] + s)
    series = []
    for form in FORMS:
        _, rows = findings(series_docs(values, seed, form))
        series.append([(r.as_of, r.value) for r in rows if r.kind == "cumulative"])
    assert series[0] == series[1] == series[2] and len(series[0]) == len(values)


# -- examples and CLI -------------------------------------------------------------------


def test_example_set_findings_are_pinned():
    res = run_cli("check", str(EXAMPLES / "series"), "--format", "json",
                  "--select", "cumulative-decrease,period-exceeds-cumulative")  # fmt: skip
    assert res.code == 1, res.err
    got = sorted(
        (Path(f["path"]).name, f["rule"], f["severity"], sorted(x["value"] for x in f["figures"]))
        for f in res.json()["findings"]
    )
    assert got == [
        ("losses-2023-06-07.txt", "cumulative-decrease", "error", [3809, 3815]),
        ("tally-2026-03-08.md", "period-exceeds-cumulative", "error", [590, 14212, 14602]),
        ("tracker.csv", "cumulative-decrease", "error", [14301, 14330]),
        ("tracker.csv", "cumulative-decrease", "warning", [14505, 14510]),
    ]
    docs = [d["path"] for d in res.json()["documents"]]
    dates = [d["date"] for d in res.json()["documents"] if d["date"]]
    assert dates == sorted(dates) and len(docs) == 8


def test_rich_report_shows_the_series_table(tmp_path):
    for name, text in [
        dated(D0, "Since the outbreak began, 14,212 cases have been confirmed."),
        dated(D0 + dt.timedelta(7), "Since the outbreak began, 13,980 cases have been confirmed."),
    ]:
        (tmp_path / name).write_text(text)
    res = run_cli("check", str(tmp_path), "--format", "rich")
    assert res.code == 1
    assert "as of" in res.out and "-232" in res.out


def _rules(found):
    return sorted(f.rule for f in found)


def test_year_to_date_counts_start_again_in_january():
    found, _ = findings([
        dated(dt.date(2025, 12, 30), "Border guards have detained 51,200 migrants since the start of the year."),
        dated(dt.date(2026, 1, 6), "Border guards have detained 310 migrants since the start of the year."),
    ])  # fmt: skip
    assert found == []


def test_a_region_named_as_subject_is_a_scope():
    found, _ = findings([
        dated(D0, "The Kharkiv region has recorded 1,240 deaths since the start of the war."),
        dated(D0 + dt.timedelta(days=2), "The Sumy region has recorded 610 deaths since the start of the war."),
        dated(D0 + dt.timedelta(days=3), "In the capital, 95 deaths have been recorded since the start of the war."),
    ])  # fmt: skip
    assert found == []


def test_a_falling_floor_is_a_decrease():
    # "at least 12,605" then "at least 12,456": the verified count went backwards
    found, _ = findings([
        dated(D0, "At least 12,605 civilians have been killed in Ukraine since Russia's full-scale invasion."),
        dated(D0 + dt.timedelta(days=7), "At least 12,456 civilians have been killed in Ukraine since the full-scale invasion."),
        dated(D0 + dt.timedelta(days=14), "More than 12,000 civilians have been killed in Ukraine since the full-scale invasion."),
    ])  # fmt: skip
    assert _rules(found) == ["cumulative-decrease"]
    assert found[0].figures[-1].value == 12456


def test_the_killed_and_the_wounded_are_separate_tallies():
    a = "Since the start of the war, {} civilians have been killed and {} wounded in the region."
    found, _ = findings([
        dated(D0, a.format("1,240", "3,310")),
        dated(D0 + dt.timedelta(days=1), a.format("1,251", "3,302")),
        dated(D0 + dt.timedelta(days=2), "Since the start of the war, 3,320 civilians have been wounded in the region."),
    ])  # fmt: skip
    assert _rules(found) == ["cumulative-decrease"]
    assert found[0].figures[-1].value == 3302


def test_when_an_outbreak_began_is_not_a_period():
    body = "Officials confirmed {} new measles cases this week, bringing the total since the outbreak began in January to {}."
    found, _ = findings([
        dated(D0, body.format(412, "2,310")),
        dated(D0 + dt.timedelta(days=7), body.format(388, "2,698")),
        dated(D0 + dt.timedelta(days=14), body.format(301, "2,599")),
    ])  # fmt: skip
    assert _rules(found) == ["cumulative-decrease"]


def test_a_toll_that_rose_by_a_step_to_a_total():
    # "rose by 766 to 14,681": 766 is the day's step, 14,681 the running total
    body = "The death toll from the outbreak in Italy rose by {} to {}, the agency said."
    ok, _ = findings([
        dated(D0, body.format(766, "14,681")),
        dated(D0 + dt.timedelta(days=1), body.format(681, "15,362")),
    ])  # fmt: skip
    assert ok == []
    bad, _ = findings([
        dated(D0, body.format(766, "14,681")),
        dated(D0 + dt.timedelta(days=1), body.format(981, "15,362")),
    ])  # fmt: skip
    assert _rules(bad) == ["period-exceeds-cumulative"]


def test_unrelated_stories_given_together_are_no_series():
    # the same measure and wording, different subjects: never one running total
    docs = [
        dated(D0, "GAZA - The death toll since the war began has reached 21,822, the Gaza "
                  "health ministry said.", "gaza.md"),
        dated(D0 + dt.timedelta(days=3), "KYIV - The death toll since the war began has "
              "reached 10,200 civilians in Ukraine, the UN said.", "kyiv.md"),
        dated(D0 + dt.timedelta(days=5), "ANKARA - The death toll from the earthquake has "
              "reached 1,762 and 12,068 people have sustained injuries.", "quake.md"),
        dated(D0 + dt.timedelta(days=6), "DHAKA - The death toll from the floods has reached "
              "950 and 2,950 people have sustained injuries.", "floods.md"),
    ]  # fmt: skip
    assert findings(docs)[0] == []


def test_one_subject_across_reports_is_a_series():
    docs = [
        dated(D0, "GAZA - The death toll since the war began has reached 21,822, the Gaza "
                  "health ministry said.", "a.md"),
        dated(D0 + dt.timedelta(days=2), "GAZA - The Gaza health ministry said the death "
              "toll since the war began had reached 21,500.", "b.md"),
    ]  # fmt: skip
    (f,) = findings(docs)[0]
    assert f.rule == "cumulative-decrease"
