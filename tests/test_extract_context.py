"""Context: "one each over X and Y", "both" counting two named places, place names
with "St."/"Mt.", region words alone (sentences written for these tests)."""

from __future__ import annotations

import pytest

from consistency.extract import extract_figures


def fig(text: str, startswith: str):
    (f,) = [f for f in extract_figures(text) if f.text.lower().startswith(startswith)]
    return f


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down one each over Tula and Oryol overnight.",
        "One drone each was intercepted over Tula and Oryol.",
        "One each was downed over the Tula and Oryol regions.",
        "Tula and Oryol each reported one drone.",
    ],
)
def test_one_each_over_two_places(text):
    f = fig(text, "one")
    assert f.each is True
    assert f.places == ("tula", "oryol")


@pytest.mark.parametrize(
    "text, places",
    [
        ("Both Tula and Oryol reported falling debris.", ("tula", "oryol")),
        ("Both the Tula and Oryol regions reported debris.", ("tula", "oryol")),
        ("Both Nizhny Novgorod and Tula reported debris.", ("nizhny novgorod", "tula")),
    ],
)
def test_both_counts_two_named_places(text, places):
    f = fig(text, "both")
    assert (f.value, f.places, f.noun) == (2, places, "place")
    assert not f.cues  # a count of the places, never the total of a list after it


def test_both_after_a_preposition_only_introduces_places():
    figs = extract_figures("They downed three each over both Tula and Oryol.")
    assert [(f.text, f.each, f.places) for f in figs] == [("three", True, ("tula", "oryol"))]


def test_both_hands_its_places_to_a_following_each():
    figs = extract_figures("Both Tula and Oryol reported two drones each.")
    two = [f for f in figs if f.text == "two"][0]
    assert two.each and two.places == ("tula", "oryol")


def test_each_after_a_clause_break_keeps_its_own_places():
    figs = extract_figures("Both Tula and Oryol reported drones, and Kaluga saw one each.")
    one = [f for f in figs if f.text == "one"][0]
    assert one.places == ("kaluga",)


def test_saint_abbreviation_stays_in_the_name():
    f = fig("Both Moscow and St. Petersburg were hit.", "both")
    assert f.place_names == ("Moscow", "St. Petersburg")


def test_region_word_alone_is_not_a_place():
    assert fig("Both regions reported damage.", "both").places == ()


def test_capitalised_plural_opening_a_sentence_is_no_place():
    from consistency.extract import extract_figures

    figs = extract_figures("Rangers warn that 12 hikers were stranded. Smolensk saw two drones.")
    by_value = {f.value: f for f in figs}
    assert by_value[12].place_names == ()
    assert by_value[2].place_names == ("Smolensk",)
