"""Column-wise interval arithmetic, and the breakdown sums it clears, agree with the
row-by-row checks."""

from __future__ import annotations

import math

import numpy as np
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from consistency.interval import Interval
from consistency.rules import vector
from tests.conftest import ROOT

finite = st.floats(-1e12, 1e12, allow_nan=False)
end = st.one_of(finite, st.just(math.inf), st.just(-math.inf))


@st.composite
def interval(draw) -> Interval:
    a, b = draw(end), draw(end)
    if a > b:
        a, b = b, a
    if a == b and math.isinf(a):
        b = math.inf if a < 0 else a
        a = -math.inf if a > 0 else a
    return Interval(a, b)


@given(st.lists(st.tuples(interval(), interval()), min_size=1, max_size=20))
def test_column_predicates_are_the_interval_predicates_row_by_row(pairs):
    a_low = [p[0].low for p in pairs]
    a_high = [p[0].high for p in pairs]
    b_low = [p[1].low for p in pairs]
    b_high = [p[1].high for p in pairs]
    over = vector.overlaps(a_low, a_high, b_low, b_high)
    le = vector.may_be_le(a_low, a_high, b_low, b_high)
    exceed = vector.must_exceed(a_low, a_high, b_low, b_high)
    for i, (a, b) in enumerate(pairs):
        assert bool(over[i]) == a.overlaps(b)
        assert bool(le[i]) == a.may_be_le(b)
        assert bool(exceed[i]) == a.must_exceed(b)


@given(st.lists(st.tuples(interval(), interval()), min_size=1, max_size=20))
def test_a_narrower_tolerance_only_ever_clears_less(pairs):
    cols = ([p[0].low for p in pairs], [p[0].high for p in pairs],
            [p[1].low for p in pairs], [p[1].high for p in pairs])  # fmt: skip
    strict = vector.overlaps(*cols, tolerance_scale=0.5)
    assert not np.any(strict & ~vector.overlaps(*cols))


def _case_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "bench" / "cases").glob("breakdowns_*.yaml")):
        for case in yaml.safe_load(path.read_text()):
            texts.extend(d["text"] for d in case["docs"])
    return texts


def test_breakdowns_cleared_by_their_sums_are_never_flagged():
    """On every hand-written breakdown case, a row the group-by clears gets no ``sum``
    finding from the row check, and the findings are the same with and without it."""
    from consistency.ingest import parse_document
    from consistency.normalise import build_tables
    from consistency.pipeline import analyse
    from consistency.rules.loader import load_rules
    from consistency.rules.primitives import breakdown

    contexts = analyse([parse_document(t, f"case{i}.txt") for i, t in enumerate(_case_texts())])
    tables = build_tables(contexts, {"breakdowns"})
    rows = tables.table("breakdowns")
    assert len(rows) > 150, "the case files hold many breakdowns"
    rule = next(r for r in load_rules(()) if r.check == "sum")
    cleared = breakdown.cleared_by_sums(rows)
    assert 0 < sum(cleared) < len(rows)
    for bd, done in zip(rows, cleared, strict=True):
        if done:
            assert list(breakdown.check_sum(rule, [bd], tables)) == [], bd.total.text
    with_screen = [f.message for f in breakdown.check_sum(rule, rows, tables)]
    old = breakdown.VECTOR_MIN
    try:
        breakdown.VECTOR_MIN = 10**9
        without = [f.message for f in breakdown.check_sum(rule, rows, tables)]
    finally:
        breakdown.VECTOR_MIN = old
    assert with_screen == without and with_screen


@pytest.mark.parametrize(
    "name", ["breakdowns", "parts", "series", "changes", "conversions", "shares", "figures"]
)
def test_every_table_is_a_dataframe_with_interval_columns(name):
    from consistency.api import check

    report = check(ROOT / "examples")
    frame = report.figures if name == "figures" else report.tables[name]
    assert len(frame) > 0
    lows = [c for c in frame.columns if c.endswith("low")]
    assert lows, frame.columns


@st.composite
def series_rows(draw):
    import datetime as dt

    from consistency.normalise.series import SeriesRow

    rows = []
    for k in range(draw(st.integers(1, 4))):
        for i in range(draw(st.integers(1, 12))):
            low = draw(st.floats(0, 1e6, allow_nan=False))
            width = draw(st.sampled_from([0.0, 0.5, 5.0, math.inf]))
            day = dt.date(2026, 1, 1) + dt.timedelta(days=draw(st.integers(0, 15)))
            rows.append(
                SeriesRow(
                    kind="cumulative",
                    measure=f"m{k}",
                    label=f"m{k}",
                    scope=(),
                    as_of=day,
                    value=low,
                    low=low,
                    high=low + width,
                    path=f"d{i}.txt",
                    start=i,
                    end=i + 1,
                    line=1,
                    column=1,
                    text=str(low),
                )  # fmt: skip
            )
    return rows


@given(series_rows())
def test_series_cleared_column_wise_get_no_monotonic_finding(rows):
    from consistency.normalise.tables import Tables
    from consistency.rules.loader import load_rules
    from consistency.rules.primitives import series

    rule = next(r for r in load_rules(()) if r.check == "monotonic")
    tables = Tables(documents=[], rows={"series": rows})
    cleared = series.cleared_series(rows)
    for key in cleared:
        group = [r for r in rows if (r.measure, r.scope) == key]
        assert list(series.check_monotonic(rule, group, tables)) == []
