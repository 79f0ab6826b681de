"""The gazetteer's on-disk index: looking a name up on the memory map answers exactly what
the set of names answers, before and after the switch to the set."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from consistency.relate.gazetteer import (
    _sorted_lines_contain,
    _SortedNames,
    is_known_place,
)

names = st.text(alphabet="abcz' -.", min_size=0, max_size=6)


@given(st.sets(names.filter(bool), max_size=40), st.lists(names, max_size=20))
def test_binary_search_over_sorted_lines_is_set_membership(known, asked):
    data = b"\n".join(sorted(n.encode() for n in known))
    for name in [*asked, *known]:
        assert _sorted_lines_contain(data, name.encode()) == (name in known)


def test_index_file_answers_like_the_set_before_and_after_loading(tmp_path):
    known = sorted({"aachen", "kursk", "moscow", "new york", "zywiec", "st. petersburg"})
    path = tmp_path / "names.txt"
    path.write_bytes("\n".join(known).encode())
    index = _SortedNames(path)
    index.LOAD_AFTER = 5
    asked = ["moscow", "google", "kursk", "", "zz", "new york", "aachen", "new", "zywiec"]
    assert [n in index for n in asked] == [n in known for n in asked]
    assert index._set is not None  # past LOAD_AFTER lookups: the set answers


def test_known_places_and_unknown_words():
    assert is_known_place("Moscow") and is_known_place("Diyarbakır")
    assert not is_known_place("Google") and not is_known_place("")
