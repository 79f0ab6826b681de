"""Interval arithmetic: the properties every check relies on."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from consistency.interval import Interval, total

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)


@st.composite
def intervals(draw):
    a, b = draw(finite), draw(finite)
    return Interval(min(a, b), max(a, b))


@given(intervals(), intervals(), st.data())
def test_sum_contains_every_sum_of_members(a, b, data):
    x = data.draw(st.floats(min_value=a.low, max_value=a.high))
    y = data.draw(st.floats(min_value=b.low, max_value=b.high))
    assert (a + b).contains(x + y)


@given(intervals(), intervals())
def test_overlap_is_symmetric(a, b):
    assert a.overlaps(b) == b.overlaps(a)


@given(intervals(), st.data())
def test_interval_overlaps_any_point_inside(a, data):
    x = data.draw(st.floats(min_value=a.low, max_value=a.high))
    assert a.overlaps(Interval.point(x))


@given(intervals(), intervals(), st.data())
def test_must_exceed_means_every_choice_exceeds(a, b, data):
    x = data.draw(st.floats(min_value=a.low, max_value=a.high))
    y = data.draw(st.floats(min_value=b.low, max_value=b.high))
    if a.must_exceed(b):
        assert x > y
    if x <= y:
        assert not a.must_exceed(b)


@given(st.lists(intervals(), max_size=8), st.randoms())
def test_total_ignores_order(ivs, rnd):
    shuffled = list(ivs)
    rnd.shuffle(shuffled)
    a, b = total(ivs), total(shuffled)
    assert math.isclose(a.low, b.low, rel_tol=1e-9, abs_tol=1e-3)
    assert math.isclose(a.high, b.high, rel_tol=1e-9, abs_tol=1e-3)


def test_open_ended_interval():
    more_than_90 = Interval(90, math.inf)
    assert more_than_90.overlaps(Interval.point(1e9))
    assert not more_than_90.overlaps(Interval.point(80))
    assert (more_than_90 + Interval.point(5)).low == 95


def test_distance():
    assert Interval(0, 21).distance(Interval.point(31)) == 10
    assert Interval(0, 40).distance(Interval.point(31)) == 0
