"""Typing: which figures may be added up, and which numbers are parts of names."""

import pytest

from consistency.extract import extract_figures


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in extract_figures(text) if f.kind != "vague"]


@pytest.mark.parametrize(
    "text,figure,kind",
    [
        ("Arsenal beat Chelsea 2-1 in the final on Sunday.", "2", "score"),
        ("The 25-year-old joined the club in May.", "25", "age"),
        ("Smith, 27, scored twice.", "27", "age"),
        ("She is ranked number six in the world.", "six", "rank"),
        ("The song reached the top 10 last week.", "10", "rank"),
        ("One in six adults smokes.", "six", "ratio"),
        ("Oil traded at $50 a barrel.", "$50", "rate"),
        ("Workers earn an average of £500.", "£500", "average"),
        ("The FTSE 100 closed at 7,412 points.", "7,412", "level"),
        ("He scored one of three goals.", "one", "idiom"),
    ],
)
def test_non_additive_figures_are_typed(text, figure, kind):
    assert (figure, kind) in kinds(text)


@pytest.mark.parametrize(
    "text,name_number",
    [
        ("The Boeing 777 crashed near the airport.", "777"),
        ("England won the Six Nations again.", "Six"),
        ("He moved to the Big 12 in 2010.", "12"),
    ],
)
def test_numbers_inside_names_are_not_figures(text, name_number):
    assert name_number not in [t for t, _ in kinds(text)]


@pytest.mark.parametrize(
    "text,counts",
    [
        ("Drones were downed over Kursk 5, Bryansk 3 and Belgorod 2.", ["5", "3", "2"]),
        (
            "Of the 120 seats, Labour won 64, the Conservatives 31 and independents 27.",
            ["64", "31", "27"],
        ),
        ("The EU facility is made up of 33 billion euros in loans.", ["33 billion euros"]),
        ("Storm Kills Ten People In Texas", ["Ten"]),
    ],
)
def test_additive_figures_stay_additive(text, counts):
    found = dict(kinds(text))
    for c in counts:
        assert found.get(c) in ("count", "money", "measure"), (c, found)


def test_sprint_distance_is_metres_not_millions():
    (f,) = [f for f in extract_figures("She won the 60m hurdles title.") if f.kind != "vague"]
    assert (f.kind, f.unit, f.value) == ("measure", "meter", 60)
