"""Places are places: which of a figure's attached names name a place.

Extraction attaches capitalised name groups to figures ("five over Kursk"); many
are persons, clubs, companies or products ("Google made $204m"). A name counts
as a place here only with evidence:

* the text's own cue: a region word with it ("the Belgorod Region", "the Voronezh
  and Tambov regions", "the province of Al Haouz", "Datu Odin Sinsuat town",
  "the waters of the Black Sea"), or
* the gazetteer (GeoNames cities, countries, US states and counties, ISO 3166
  subdivisions) knows it -- except in sports reports, where clubs carry the
  names of cities, and where a title or a reporting verb shows a person
  ("Mr Brown said").
"""

from __future__ import annotations

import re
from functools import lru_cache

from consistency.extract.model import Figure

_REGION = (
    r"regions?|oblasts?|provinces?|districts?|count(?:y|ies)|krais?|krays?|republics?|"
    r"governorates?|states?|territor(?:y|ies)|prefectures?|municipalit(?:y|ies)|towns?|"
    r"cit(?:y|ies)|villages?|areas?|seas?|waters|peninsula|islands?|coasts?|capital|"
    r"agency|agencies|cantons?|departments?|okrugs?|divisions?|zones?|valley|basin|gulf|"
    r"bay|straits?|metropolitan\s+area|barangays?|wards?|settlements?|communit(?:y|ies)|"
    r"neighbourhoods?|neighborhoods?|suburbs?|boroughs?|parish(?:es)?|countryside|"
    r"sub-districts?|rural\s+municipalit(?:y|ies)|emirates?|autonomous\s+region"
)
_REGION_WORD = re.compile(rf"(?:^|\s)(?:{_REGION})$", re.I)
#: "... and Tambov regions", "Region", "Oblast" after the name (a shared suffix may
#: follow the rest of the group).
_SUFFIX_AFTER = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*"
    rf"\s+(?i:{_REGION})\b"
)
#: "the province of Al Haouz", "over the territories of Astrakhan, Belgorod and ...",
#: "the waters of the Sea of Azov", "the city of Oryol".
_HEAD_BEFORE = re.compile(
    rf"\b(?i:{_REGION}|territor(?:y|ies)\s+of\s+the)\s+of\s+(?:the\s+)?"
    rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*|\s+and\s+))*$"
)
_SEA = re.compile(r"\b(?:Sea|Ocean|Gulf|Bay|Strait|Lake|River|Peninsula|Island)s?\b")
_PERSON_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|President|Prime\s+Minister|Minister|"
    r"Chancellor|Secretary|Senator|Governor|Mayor|King|Queen|Prince|Princess|Pope|Chief|"
    r"coach|manager|striker|player|chairman|boss|chief\s+executive|spokesman|spokeswoman)"
    r"\.?\s+$"
)
_PERSON_AFTER = re.compile(
    r"\s*(?:,\s*\d{1,2},|\s+(?:said|says|told|added|claimed|wrote|argued|insisted|warned|"
    r"admitted|believes|thinks))\b"
)


def _locate(text: str, name: str, f: Figure) -> int:
    """Where ``name`` is written near ``f`` (-1 if not found)."""
    lo, hi = max(0, f.start - 300), min(len(text), f.end + 300)
    after = text.find(name, f.end, hi)
    before = text.rfind(name, lo, f.start)
    if after == -1:
        return before
    if before == -1:
        return after
    return after if after - f.end <= f.start - before else before


def has_place_cue(text: str, name: str, at: int) -> bool:
    """The text itself says the name is a place (a region word with it)."""
    if _REGION_WORD.search(name) or _SEA.search(name):
        return True
    if at < 0:
        return False
    end = at + len(name)
    if _SUFFIX_AFTER.match(text, end, min(len(text), end + 160)):
        return True
    return bool(_HEAD_BEFORE.search(text, max(0, at - 120), at))


def _person_context(text: str, name: str, at: int) -> bool:
    if at < 0:
        return False
    return bool(
        _PERSON_BEFORE.search(text, max(0, at - 25), at)
        or _PERSON_AFTER.match(text, at + len(name))
    )


@lru_cache(maxsize=8192)
def _known(name: str) -> bool:
    from consistency.relate.gazetteer import is_known_place

    base = re.sub(r"^(?:the|The)\s+", "", name)
    return is_known_place(base)


def place_evidence(text: str, f: Figure, name: str, sporty: bool) -> bool:
    """True when ``name`` (attached to ``f``) is a place by the rules above."""
    at = _locate(text, name, f)
    if has_place_cue(text, name, at):
        return True
    if sporty or _person_context(text, name, at):
        return False
    return _known(name)


def verified_places(text: str, f: Figure, sporty: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The figure's (keys, names) that are places; the others are dropped."""
    keys: list[str] = []
    names: list[str] = []
    for key, name in zip(f.places, f.place_names, strict=False):
        if place_evidence(text, f, name, sporty):
            keys.append(key)
            names.append(name)
    return tuple(keys), tuple(names)
