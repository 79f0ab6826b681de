"""Where a figure's own phrase says it happened: the place-name patterns of news copy.

A part of a breakdown is set apart by a place in its own phrase: after the number
("28 over the Voronezh Region", "five in the Kursk region"), before it ("In Rostov
and Yaroslavl, three drones each", "Crimea (4)", "- Kursk: 10"), or as its clause's
subject ("Bryansk Oblast bore the brunt, with 31 drones"). Names found so are places
only with evidence (``relate.places``); the others are kept as names, which a list of
places may still accept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consistency.recache import re_compile
from consistency.relate.places import (
    REGION,
    has_place_cue,
    name_key,
    place_evidence,
    split_group,
)

if TYPE_CHECKING:
    from consistency.relate.phrases import DocView, Facts

_CAP = r"(?:[A-Z][\w'’.]*[\w]|[A-Z])(?:-[\w'’]+)*"
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|(?:of|de|del|la|al|el|we|upon)(?=\s+[A-Z])))*"
_ONE = rf"{_NAME}(?:\s+(?i:{REGION})\b)?"
#: Names joined into one group: "Bryansk, Kursk, and Oryol", "the Voronezh and Tambov
#: regions" ("the" only after "and": ", the Secretary General" starts something else).
GROUP = rf"(?:the\s+)?{_ONE}(?:(?:\s*,\s*and\s+(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*,\s*|\s*&\s*){_ONE})*"
_LOC_PREP = r"(?:over|in|at|from|near|across|within|inside|off|on|into|onto|around|for|to)"
_HEAD_OF = (
    r"(?:(?:territor(?:y|ies)|waters?|skies|sky|airspace|area|province|region|city|district"
    r"|town|village|municipality|capital|prefecture|governorate|county|state|oblast)\s+of\s+"
    r"(?:the\s+)?)"
)
#: "... over the territory of the Oryol region", "in the central Vinnytsia region",
#: "over each of the territories of Astrakhan, Belgorod and Voronezh regions".
_LOCATIVE_AFTER = re_compile(
    rf"(?P<gap>(?:[^,;:()\d.]|\.(?=\s+[a-z])){{0,70}}?)\b{_LOC_PREP}\s+(?P<each>each\s+of\s+)?(?:the\s+)?"
    rf"{_HEAD_OF}?(?:[a-z][a-z-]+\s+){{0,3}}?(?P<group>{GROUP})"
)
_LOCATIVE_APPOSED = re_compile(
    rf"(?P<gap>[^;:()\d.,]{{0,30}},[^;:()\d.,]{{0,40}}?)\b(?:over|in|at|across)\s+"
    rf"(?P<each>each\s+of\s+)?(?:the\s+)?{_HEAD_OF}?(?:[a-z][a-z-]+\s+){{0,2}}?(?P<group>{GROUP})"
)
#: "In Rostov and Yaroslavl, three drones each", "and in Upi, Maguindanao, seven".
_LOCATIVE_BEFORE = re_compile(
    rf"\b(?i:in|at|over|for|to)\s+(?:the\s+)?"
    rf"{_HEAD_OF}?(?:[a-z][a-z-]+\s+){{0,2}}?(?P<group>{GROUP})\s*,?\s*(?:with\s+)?"
    r"(?:(?:as\s+many\s+as|about|some|another|only|at\s+least|nearly|a\s+further|a\s+total\s+of)\s+)?$"
)
#: "Bryansk Oblast bore the brunt, with 31 drones", "Smolensk saw two drones downed":
#: the clause's subject is where it happened.
_SUBJECT_BEFORE = re_compile(
    rf"(?:^|[,;]\s*|\b(?:and|while|whereas|but)\s+)\W*(?P<group>{GROUP})(?P<poss>['’]s)?\s+"
    r"(?P<words>(?:[a-z][\w-]*(?:\s*,)?\s+){0,6}?)(?:(?:with|for)\s+)?"
    r"(?:(?:as\s+many\s+as|about|some|only|another|a\s+further|at\s+least)\s+)?$"
)
_NAME_AND_BEFORE = re_compile(r"[A-Z][\w'’-]*\s+and\s+$")
_NAME_BRACKET = re_compile(rf"(?P<group>{GROUP})\s*\($")
#: "Ashtabula: 6,249", "Crimea (4)", "Kursk – 5" at the start of a clause or line.
_LABEL_BEFORE = re_compile(
    rf"(?:^[\s\-*•·–—]*|[\n,;]\s*|\band\s+)(?P<group>{GROUP})\s*(?::|\(|\s[–—-])\s*$"
)
LOCATED = re_compile(
    r"[^,;:()\d]{0,40}?\b(?:over|in|at|near|inside|within|across)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:ward|village|town|district|region|area|city|province|municipality|site|camp"
    r"|neighbou?rhood|settlement|community|county|oblast|capital)\b"
)
_SEA_WORD = re_compile(r"\b(?:Seas?|Ocean|Gulf|Bay|Strait|waters?)\b")
_WATERS_BEFORE = re_compile(r"\bwaters?\s+(?:of\s+)?(?:the\s+)?$", re.I)
REPORTING_GAP = re_compile(
    r"\b(?:said|says|told|stated|according|wrote|added|posted|citing|announced|claimed)\b",
    re.I,
)


def fill_places(view: DocView, fa: Facts, clause: int, noun_end: int) -> None:
    """Set the places, names, "each", "located" and seas a figure's own phrase gives."""
    text, f = view.text, fa.fig
    _, next_start = view.bounds(f)
    found: list[tuple[str, str]] = []
    names: list[str] = []
    group_at = -1
    group = None
    m = _LOCATIVE_AFTER.match(text, noun_end, max(noun_end, fa.own_end))
    if m is None and fa.own_end >= next_start:
        # "The remaining drones, a single drone each, were destroyed over Bryansk":
        # the last figure of its sentence reads with the verb after an apposition
        m = _LOCATIVE_APPOSED.match(text, noun_end, max(noun_end, fa.own_end))
    if m and not REPORTING_GAP.search(m.group("gap")):
        group, group_at = m.group("group"), m.start("group")
        if m.group("each"):
            fa.each = True
    else:
        lead = text[clause : f.start]
        mb = _LOCATIVE_BEFORE.search(lead) or _LABEL_BEFORE.search(lead)
        lead_at = clause
        if mb is None:  # "- Kursk: 10": a label at the start of the line
            line_start = max(text.rfind("\n", 0, f.start) + 1, f.start - 80)
            mb = _LABEL_BEFORE.search(text[line_start : f.start])
            lead_at = line_start if mb else clause
        if mb is None and text[max(0, f.start - 3) : f.start].rstrip().endswith("("):
            # "over Crimea (4), the Azov Sea (3)": the name before the bracket
            s_start, _ = view.sentence_span(f.sentence)
            paren = text.rfind("(", s_start, f.start)
            lead_at = max(s_start, paren - 80)
            mb = _NAME_BRACKET.search(text[lead_at : paren + 1])
        if mb:
            group, group_at = mb.group("group"), lead_at + mb.start("group")
        else:
            ms = _SUBJECT_BEFORE.search(lead)
            if ms and _NAME_AND_BEFORE.search(lead[: ms.start("group")]):
                ms = None  # "Jajarkot and West Rukum districts": one group, no subject
            if ms and not REPORTING_GAP.search(ms.group("words")):
                subject_at = clause + ms.start("group")
                for name in split_group(ms.group("group")):
                    if has_place_cue(text, name, subject_at, ms.group("group")):
                        found.append((name_key(name), name))
                    elif (
                        "'s" not in ms.group(0)
                        and "’s" not in ms.group(0)
                        and place_evidence(text, name, subject_at, ms.group("group"), view.sporty)
                    ):
                        names.append(name)  # a named place, as the clause's subject
    if group is not None:
        for name in split_group(group):
            if place_evidence(text, name, group_at, group, view.sporty):
                found.append((name_key(name), name))
            else:
                names.append(name)
    seen: dict[str, str] = {}
    for key, name in found:
        seen.setdefault(key, name)
    fa.places = tuple(seen)
    fa.place_names = tuple(seen.values())
    fa.names = tuple(names)
    if m is not None and group is not None and (found or names):
        fa.located = True  # "six houses at different wards of Diktel": set apart
    if group is not None and (
        _SEA_WORD.search(group) or _WATERS_BEFORE.search(text, max(0, group_at - 25), group_at)
    ):
        fa.seas = fa.places
