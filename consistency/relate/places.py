"""Places are places: which names in a figure's phrase name a place.

A figure's phrase may name a place ("five over Kursk") or a person, club,
company or product ("Google made $204m", "two Orlan-10"). A name counts as a
place only with evidence:

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

from consistency.recache import re_compile

REGION = (
    r"regions?|oblasts?|provinces?|districts?|count(?:y|ies)|krais?|krays?|republics?|"
    r"governorates?|states?|territor(?:y|ies)|prefectures?|municipalit(?:y|ies)|towns?|"
    r"cit(?:y|ies)|villages?|areas?|seas?|waters|peninsula|islands?|coasts?|"
    r"agency|agencies|cantons?|departments?|okrugs?|zones?|valley|basin|gulf|"
    r"bay|straits?|barangays?|wards?|settlements?|neighbourhoods?|neighborhoods?|suburbs?|"
    r"boroughs?|parish(?:es)?|emirates?|rural\s+municipalit(?:y|ies)|autonomous\s+region|"
    r"local\s+units?|communes?|counties"
)
_REGION_WORD = re_compile(rf"(?:^|\s)(?:{REGION})$", re.I)
_REGION_ANY = re_compile(rf"\b(?:{REGION})\b", re.I)
_SEA = re_compile(r"\b(?:Sea|Ocean|Gulf|Bay|Strait|Lake|River|Peninsula|Island)s?\b")
_SPLIT = re_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_STRIP = re_compile(rf"(?:\s+(?i:{REGION}))+$|['’]s$")
_HEAD_BEFORE = re_compile(
    rf"\b(?i:{REGION}|territor(?:y|ies)|waters?|skies|airspace|capital)\s+of\s+(?:the\s+)?$"
)
_PERSON_BEFORE = re_compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|President|Prime\s+Minister|Minister|"
    r"Chancellor|Secretary|Senator|Governor|Mayor|King|Queen|Prince|Princess|Pope|Chief|"
    r"coach|manager|striker|player|chairman|boss|chief\s+executive|spokesman|spokeswoman)"
    r"\.?\s+$"
)
_PERSON_AFTER = re_compile(
    r"\s*(?:,\s*\d{1,2},|\s+(?:said|says|told|added|claimed|wrote|argued|insisted|warned|"
    r"admitted|believes|thinks))\b"
)
#: Capitalised words that never name a place on their own.
_NOT_PLACES = frozenset(
    """the a an in on at of for from by with as after before since during while but and or
    if when this that these those it its he she they we our their his her telegram twitter
    facebook ministry defence defense government police army forces force reuters ap afp
    tass ria interfax officials governor mayor president minister overnight today
    yesterday monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december russian
    ukrainian american british other another most some all each both several""".split()
)


@lru_cache(maxsize=16384)  # a pure function of the name, asked for every mention
def name_key(name: str) -> str:
    """A comparison key: "the Moscow Region's" and "Moscow Oblast" -> "moscow"."""
    n = re.sub(r"^(?:the\s+)", "", name.strip(), flags=re.I)
    for _ in range(2):
        n = _STRIP.sub("", n).strip()
    return re.sub(r"\s+", " ", n).lower()


def split_group(group: str) -> list[str]:
    """The names of a group: "the Voronezh and Tambov regions" -> Voronezh, Tambov."""
    return list(_split_group(group))


@lru_cache(maxsize=16384)
def _split_group(group: str) -> tuple[str, ...]:
    out = []
    for part in _SPLIT.split(group.strip()):
        part = re.sub(r"^(?:the\s+)|['’]s$", "", part.strip(), flags=re.I)
        words = part.split()
        if not words or words[0].lower() in _NOT_PLACES or not words[0][:1].isupper():
            continue  # ", the air force said": no name
        if not name_key(part):
            continue  # a region word alone ("regions") names no place
        out.append(part)
    return tuple(out)


_REGION_BEFORE = re_compile(rf"\b(?i:{REGION})\s+$")


@lru_cache(maxsize=16384)  # a pure function of the two strings, asked per mention
def _named_as_place(name: str, group: str) -> bool:
    if _REGION_WORD.search(name) or _SEA.search(name):
        return True
    # "the Voronezh and Tambov regions": the shared region word
    return bool(_REGION_WORD.search(group.rstrip())) and len(split_group(group)) > 1


def _ends_with_of(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends "of " or "of the " (whitespace runs): what
    ``_HEAD_BEFORE`` needs there, tested before its alternation is tried."""
    if at <= 0 or not text[at - 1].isspace():
        return False
    tail = text[max(0, at - 48) : at].rstrip()
    if tail.endswith("the"):
        tail = tail[:-3].rstrip()
    return tail.endswith("of")


def has_place_cue(text: str, name: str, at: int, group: str) -> bool:
    """The text itself says the name is a place (a region word with it)."""
    if _named_as_place(name, group):
        return True
    if at >= 0 and _ends_with_of(text, at) and _HEAD_BEFORE.search(text, max(0, at - 40), at):
        return True  # "the province of Al Haouz", "the waters of the Black Sea"
    if at >= 0:  # "the adjoining district West Rukum"
        if _REGION_BEFORE.search(text[max(0, at - 20) : at]):
            return True
    return False


def _person_context(text: str, name: str, at: int) -> bool:
    if at < 0:
        return False
    pos = text.find(name, at, at + 200)
    if pos < 0:
        pos = at
    return bool(
        _PERSON_BEFORE.search(text, max(0, pos - 25), pos)
        or _PERSON_AFTER.match(text, pos + len(name))
    )


@lru_cache(maxsize=8192)
def _known(name: str) -> bool:
    from consistency.relate.gazetteer import is_known_place

    return is_known_place(name)


def place_evidence(text: str, name: str, at: int, group: str, sporty: bool) -> bool:
    """True when ``name`` (in ``group``, written at ``at``) is a place by the rules above."""
    if has_place_cue(text, name, at, group):
        return True
    if sporty or _person_context(text, name, at) or len(name) < 4:
        return False  # "Air defences", "Bar": short words the gazetteer also holds
    return _known(name_key(name))


def is_place_name(name: str) -> bool:
    """A name read alone (no context): a region word with it, or the gazetteer knows it."""
    return bool(_REGION_ANY.search(name) or _SEA.search(name)) or _known(name_key(name))
