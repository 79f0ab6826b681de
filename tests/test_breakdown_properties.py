"""Property-based tests: the breakdown checks are sound under reporting noise.

Sentences are generated from true values the way reports write them (exact
integers, money rounded to a tenth of a million, "about" figures), and the
whole pipeline runs on them: consistent figures never flag, a part moved
beyond every rounding allowance always flags, and order never matters.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import findings_for

PLACES = ["Kursk", "Bryansk", "Oryol", "Tula", "Kaluga", "Tver", "Pskov", "Lipetsk", "Penza"]
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])  # fmt: skip


def _rules(text: str) -> list[str]:
    return [f.rule for f in findings_for(text) if f.severity == "error"]


def _count_sentence(total: int, parts: list[int], places: list[str], lead: str = ": ") -> str:
    listed = [f"{n} over {p}" for n, p in zip(parts, places, strict=False)]
    body = ", ".join(listed[:-1]) + f" and {listed[-1]}" if len(listed) > 1 else listed[0]
    return f"Air defences destroyed {total:,} drones overnight{lead}{body}."


parts_strategy = st.lists(st.integers(min_value=1, max_value=5000), min_size=2, max_size=6)


@SETTINGS
@given(parts_strategy, st.randoms())
def test_exact_parts_summing_to_total_never_flag(parts, rnd):
    places = rnd.sample(PLACES, len(parts))
    assert _rules(_count_sentence(sum(parts), parts, places)) == []


@SETTINGS
@given(parts_strategy, st.integers(min_value=1, max_value=500), st.data(), st.randoms())
def test_moving_one_part_always_flags(parts, shift, data, rnd):
    places = rnd.sample(PLACES, len(parts))
    i = data.draw(st.integers(min_value=0, max_value=len(parts) - 1))
    moved = list(parts)
    moved[i] += shift if data.draw(st.booleans()) or moved[i] - shift < 1 else -shift
    assert "breakdown-sum" in _rules(_count_sentence(sum(parts), moved, places))


@SETTINGS
@given(parts_strategy, st.randoms())
def test_part_order_never_matters(parts, rnd):
    places = rnd.sample(PLACES, len(parts))
    total = sum(parts) + rnd.choice([0, 0, 3])
    pairs = list(zip(parts, places, strict=False))
    rnd.shuffle(pairs)
    a = _rules(_count_sentence(total, parts, places))
    b = _rules(_count_sentence(total, [p for p, _ in pairs], [q for _, q in pairs]))
    assert a == b


def _millions(x: int) -> str:
    return f"${round(x / 1e6, 1):.1f} million"


@SETTINGS
@given(st.lists(st.integers(min_value=200_000, max_value=90_000_000), min_size=2, max_size=5),
       st.randoms())  # fmt: skip
def test_true_values_rounded_like_reports_never_flag(values, rnd):
    uses = rnd.sample(["schools", "roads", "parks", "housing", "transport", "health"], len(values))
    listed = [f"{_millions(v)} for {u}" for v, u in zip(values, uses, strict=False)]
    text = (
        f"The council approved a budget of {_millions(sum(values))}: "
        + ", ".join(listed[:-1])
        + f" and {listed[-1]}."
    )
    assert _rules(text) == []


@SETTINGS
@given(st.lists(st.integers(min_value=50, max_value=5000), min_size=2, max_size=4), st.randoms())
def test_about_figures_rounded_to_tens_never_flag(values, rnd):
    places = rnd.sample(PLACES, len(values))

    def about(x: int) -> str:
        return f"about {round(x, -1):,}"

    listed = [f"{about(v)} in {p}" for v, p in zip(values, places, strict=False)]
    text = (
        f"Roughly {round(sum(values), -1):,} families received vouchers, "
        + ", ".join(listed[:-1])
        + f" and {listed[-1]}."
    )
    assert _rules(text) == []


@SETTINGS
@given(parts_strategy, st.integers(min_value=0, max_value=3000), st.randoms())
def test_partial_list_flags_only_when_parts_exceed_total(parts, slack, rnd):
    places = rnd.sample(PLACES, len(parts))
    listed = [f"{n} over {p}" for n, p in zip(parts, places, strict=False)]
    body = ", ".join(listed[:-1]) + f" and {listed[-1]}"
    below = sum(parts) - slack
    total = max(below, 2)
    text = f"Air defences destroyed {total:,} drones, including {body}."
    flagged = bool(_rules(text))
    assert flagged == (sum(parts) > total)
