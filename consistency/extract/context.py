"""Context per figure: the places it is attached to, "each", and cue words.

Places are capitalised name groups ("Rostov and Yaroslavl", "the Voronezh and
Tambov regions", "Nizhny Novgorod Oblasts"). A group is attached to the figure
it reads with: a group after a figure belongs to it ("five over Novgorod")
unless a clause break separates them and another figure follows ("..., while
Smolensk saw two"), in which case it belongs to that next figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from consistency.extract.lexicon import MONTHS, WEEKDAYS
from consistency.extract.model import Figure
from consistency.extract.text import longest_first, lower
from consistency.recache import re_compile

_REGION_WORDS = (
    "(?:regions?|oblasts?|provinces?|districts?|count(?:ies|y)|krais?|republics?|governorates?"
    "|states?|territor(?:y|ies)|prefectures?|areas?|municipalit(?:y|ies)|cantons?|departments?)"
)
# a capitalised word, an acronym, dotted initials, or "St."/"Mt."/"Ft." before a name
_CAP = r"(?:[SMF]t\.(?=[ -][A-Z])|[A-Z][a-z'’.-]*[a-z]|[A-Z]{2,}|[A-Z]\.(?:[A-Z]\.)+)"
_NAME = rf"{_CAP}(?:[ -](?:{_CAP}|(?:of|on|upon|de|del|la|al)(?=\s+[A-Z])))*"
_SUFFIX = rf"(?:\s+(?i:{_REGION_WORDS})(?![a-z]))"
# The first character leads as a class (a capital, or the "t" of "the regions
# of ..."), so the engine's fast scan for it applies; the rest of the first
# name follows. Same matches as (?:the\s+REGION\s+of\s+)?NAME...
_CAP_REST = r"(?:(?<=[SMF])t\.(?=[ -][A-Z])|[a-z'’.-]*[a-z]|[A-Z]+|\.(?:[A-Z]\.)+)"
_NAME_REST = rf"{_CAP_REST}(?:[ -](?:{_CAP}|(?:of|on|upon|de|del|la|al)(?=\s+[A-Z])))*"
_GROUP = re_compile(
    rf"(?P<group>[A-Zt](?:(?<=t)he\s+(?i:{_REGION_WORDS})\s+of\s+{_NAME}|(?<=[A-Z]){_NAME_REST})"
    rf"(?:['’]s)?{_SUFFIX}?"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_NAME}(?:['’]s)?{_SUFFIX}?)*)"
)
_SPLIT = re_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_STRIP_SUFFIX = re_compile(rf"(?:\s+(?i:{_REGION_WORDS}))+$|['’]s$")

#: Capitalised words that are not places (sentence openers, titles, nationalities).
_NOT_PLACES = (
    frozenset(
        w.lower()
        for w in """The A An In On At Of For From By With As After Before Since During While But
    And Or If When Where This That These Those It Its He She They We Our Their His Her I You
    Meanwhile However According Also Yet Still Other Another Some Both Each Every All Most
    Many Several Few Ten Nine Eight Seven Six Five Four Three Two One Eleven Twelve Twenty
    Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Thousand Million Billion
    Russian Ukrainian American British French German Chinese Western Eastern Soviet European
    Israeli Palestinian Iranian Syrian Turkish Polish Indian Japanese Korean NATO UN EU
    Ministry Defense Defence Reuters AP AFP TASS RIA Interfax President Minister Army Forces
    Force Air Government Police Council Officials Sources Source Spokesperson Spokesman
    Governor Mayor Mr Mrs Ms Dr General Gen Colonel Major Lieutenant Captain Sergeant
    Overnight Tonight Afterwards Previously Currently Recently Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
    What Why How Which Who Whom Whose Just Only Then There Here Not No Yes Such Further
    Additionally Overall Altogether Total Separately Elsewhere Earlier Later Last Next First
    Second Third Fourth Fifth Of Among Including Of_these Nearly About Around Almost Over
    Under More Less Fewer Up Down Drones UAVs Smaller Larger Single Remaining Rest""".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)

_EACH_AFTER = re_compile(r"[^,;:.()]{0,25}?\b(?:each|apiece|per\s+(?:region|place))\b", re.I)
_EACH_BEFORE = re_compile(r"\beach\s+[a-z]+(?:ing|ed)?\s+(?:of\s+)?$", re.I)
_PAREN_GAP = re_compile(r"\s*\(\s*")
_RELATIVE = re_compile(r"\b(?:that|which|who|whom|whose|where|when|as|because|due|after)\b", re.I)
_BREAK = re_compile(r"[,;:]|\bwhile\b|\bwhereas\b|\bbut\b", re.I)

#: Words one of which every match of a cue pattern contains (lower case): a cheap
#: substring test before the regex, which is ``$``- or start-anchored.
_CUE_GATES: dict[str, tuple[str, ...]] = {
    "including": ("incl", "among", "which", "whom", "such"),
    "of_them": ("these", "them", "those", "this", "total", "which", "whom", "among"),
    "remaining": ("remaining", "rest", "other", "final", "last"),
    "another": ("another", "further", "additional", "plus", "more", "others"),
    "total": ("total", "all", "overall", "tally", "altogether", "combined", "toll"),
    "same_number": ("same",),
    "colon": (":",),
    "complete": ("down", "split", "divided", "distributed", "follows"),
}
_CUE_GATES["each"] = ("each", "apiece", "per")


def _gate_table() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    words = sorted({w for ws in _CUE_GATES.values() for w in ws}, key=longest_first)
    pattern = re_compile("|".join(re.escape(w) for w in words))
    # a found word opens every cue one of whose gate words it contains ("others": "other")
    table = {
        w: frozenset(name for name, gates in _CUE_GATES.items() if any(g in w for g in gates))
        for w in words
    }
    return pattern, table


_GATE_WORDS, _GATE_CUES = _gate_table()


def _scan_list() -> tuple[tuple[str, frozenset[str]], ...]:
    """Gate words to search for: those containing no other gate word ("other" stands
    for "others" and "another"); each opens every cue with a gate word containing it."""
    words = set(_GATE_CUES)
    scan = [w for w in words if not any(v != w and v in w for v in words)]
    return tuple(
        (w, frozenset(n for n, gates in _CUE_GATES.items() if any(w in g for g in gates)))
        for w in sorted(scan)
    )


_GATE_LIST = _scan_list()


def _open_cues(window: str) -> frozenset[str] | set[str]:
    """Names of the cues whose gate words occur in ``window`` (lower case)."""
    found = _GATE_WORDS.findall(window)
    if not found:
        return frozenset()
    out: set[str] = set()
    for w in found:
        out |= _GATE_CUES[w]
    return out


_CUES_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("including", re_compile(
        r"\b(?:including|among\s+them|among\s+whom|among\s+those|of\s+which(?:\s+at\s+least)?"
        r"|of\s+whom|such\s+as|incl\.)\s*(?:at\s+least\s+|some\s+|about\s+)?$", re.I)),
    ("of_them", re_compile(r"\b(?:of\s+(?:these|them|those|this\s+number|the\s+total))\s*,?\s*$", re.I)),
    ("remaining", re_compile(
        r"\b(?:the\s+)?(?:remaining|rest|other|final|last)\s*(?:\w+\s+)?$|\bthe\s+rest\s+(?:of\s+\w+\s+)?$",
        re.I)),
    ("another", re_compile(
        r"\b(?:another|a\s+further|an\s+additional|additional|further|plus|and\s+a\s+further)\s+$",
        re.I)),
    ("total", re_compile(
        r"\b(?:a\s+total\s+of|total(?:ling|ing)?(?:\s+of)?|in\s+total|in\s+all|altogether|overall"
        r"|combined|bringing\s+(?:the\s+|its\s+|their\s+)?(?:\w+['’]s\s+)?(?:total|tally|toll)"
        r"\s+to|(?:total|tally|toll)\s+(?:rose|climbed|reached|stood|stands|is|was|of|at)(?:\s+to|\s+at)?)"
        r"\s*(?:of\s+)?(?:some\s+|about\s+|around\s+|at\s+least\s+)?$", re.I)),
    ("same_number", re_compile(r"\bthe\s+same\s+number\b[^.;]{0,40}$", re.I)),
)  # fmt: skip
_CUES_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("of_them", re_compile(r"\s+(?:of\s+(?:them|these|those|which|whom)|among\s+them)\b", re.I)),
    ("another", re_compile(r"(?:\s+\w+)?\s+(?:more|others|further|additional)\b", re.I)),
    ("total", re_compile(r"(?:\s+\w+){0,2}\s+(?:in\s+total|in\s+all|altogether|overall|combined)\b", re.I)),
    ("colon", re_compile(r"[^.;:\d]{0,60}:\s", re.I)),
    ("complete", re_compile(
        r"[^.;\d]{0,60}\b(?:broke?n?\s+down|breaks\s+down|split\s+(?:between|among|as|into)"
        r"|divided\s+(?:between|among|as|into)|distributed\s+(?:as|between|among)|as\s+follows)\b",
        re.I)),
)  # fmt: skip


@lru_cache(maxsize=4096)
def normalise_place(name: str) -> str:
    """A comparison key: "the Moscow Region's" and "Moscow Oblast" -> "moscow"."""
    n = re.sub(r"^(?:the\s+)", "", name.strip(), flags=re.I)
    n = _STRIP_SUFFIX.sub("", n).strip()
    n = _STRIP_SUFFIX.sub("", n).strip()
    return re.sub(r"\s+", " ", n).lower()


_REGION_WORD_RE = re_compile(rf"(?i:{_REGION_WORDS})")
_SHARED_REGION_WORDS = frozenset({"regions", "oblasts", "provinces", "districts", "areas"})


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and words[0].lower().strip(".,") in _NOT_PLACES:
        words.pop(0)
    if not words:
        return None
    if all(w.lower().strip("'’s") in _NOT_PLACES for w in words):
        return None
    if words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    # a plural region word shared by a list ("the Voronezh and Tambov regions") is not
    # part of the last name
    if len(words) > 1 and words[-1].lower() in _SHARED_REGION_WORDS:
        words.pop()
    if all(_REGION_WORD_RE.fullmatch(w) for w in words):
        return None  # "Both regions": a region word alone names no place
    key = normalise_place(" ".join(words))
    if not key or key in _NOT_PLACES:
        return None
    return " ".join(words)


def find_place_groups(text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """Capitalised place-name groups in ``text[start:end]``: (start, end, names)."""
    groups = []
    for m in _GROUP.finditer(text, start, end):
        names = _group_names(m.group("group"))
        if names and not _sentence_subject_noun(text, start, m):
            groups.append((m.start(), m.end(), list(names)))
    return groups


#: Common nouns that open sentences ("Debris fell", "Crews battled").
_COMMON_OPENERS = frozenset(
    """debris police staff smoke fire rain snow water power traffic damage shelling
    fighting people revenue spending turnout inflation output production growth unemployment
    demand income profit sales exports imports debt funding investment aid support prices
    trade tourism attendance enrolment enrollment ridership membership""".split()
)
_LOWER_WORD_AFTER = re_compile(r"\s+[a-z]")


def _sentence_subject_noun(text: str, sentence_start: int, m: re.Match) -> bool:
    """ "Rangers warn ...", "Officials said ...": a capitalised plural noun opening the
    sentence is its subject, not a place ("Kursk saw ..." keeps its place)."""
    word = m.group("group")
    if " " in word or text[sentence_start : m.start()].strip(" \t\n\"'“‘(-*•"):
        return False
    if not _LOWER_WORD_AFTER.match(text, m.end()):
        return False
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return False  # "Ukraine's air force": a possessive, not a plural
    return low in _COMMON_OPENERS or (len(low) > 3 and low.endswith("s") and not low.endswith("ss"))


_HEAD = re_compile(rf"the\s+(?i:{_REGION_WORDS})\s+of\s+")


@lru_cache(maxsize=4096)
def _group_names(raw: str) -> tuple[str, ...]:
    """The place names of one matched group (groups repeat: cached)."""
    names = []
    head = _HEAD.match(raw)
    body = raw[head.end() :] if head else raw
    for part in _SPLIT.split(body):
        cleaned = _clean_name(part)
        if cleaned:
            names.append(cleaned)
    return tuple(names)


def _gate_hits(low: str) -> list[tuple[int, int, frozenset[str]]]:
    """Every occurrence of a gate word in ``low`` (the lower-cased text), by start."""
    hits = []
    for w, names in _GATE_LIST:  # one substring search per word over the text: fast in C
        n = len(w)
        i = low.find(w)
        while i >= 0:
            hits.append((i, i + n, names))
            i = low.find(w, i + 1)
    hits.sort()
    return hits


def attach_context(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]], low: str | None = None
) -> None:
    """Fill ``places``, ``each`` and ``cues`` on each figure, sentence by sentence.

    ``low`` is ``text.lower()`` when the caller has it already."""
    if low is None:
        low = lower(text)
    hits = _gate_hits(low) if len(low) == len(text) else None
    hit_starts = [h[0] for h in hits] if hits is not None else None
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    for idx, figs in by_sentence.items():
        if idx >= len(sentences):
            continue
        s_start, s_end = sentences[idx]
        s_start = min(s_start, figs[0].start)
        s_end = max(s_end, figs[-1].end)
        quantities = [f for f in figs if f.kind not in ("date", "time", "year")]
        if hits is None:
            s_hits = None
        else:  # gate words that can reach into this sentence's windows
            lo_i = bisect_left(hit_starts, s_start - 40)
            hi_i = bisect_left(hit_starts, max([s_end] + [f.end for f in quantities]) + 1)
            s_hits = hits[lo_i:hi_i]
        _attach_cues(text, quantities, s_start, s_end, s_hits)
        if not quantities:
            continue
        assigned: dict[int, list[str]] = {}
        ends = [f.end for f in quantities]
        for g_start, g_end, names in find_place_groups(text, s_start, s_end):
            before = bisect_right(ends, g_start) - 1
            if before >= 0 and g_start < quantities[before].noun_end:
                continue  # the counted noun itself ("two UAVs"), not a place
            nxt = before + 1
            if nxt < len(quantities) and _PAREN_GAP.fullmatch(text, g_end, quantities[nxt].start):
                # "over the Kaluga (two), Tver (three) ... regions": the count in
                # brackets belongs to the name just before it
                assigned.setdefault(nxt, []).extend(names)
                continue
            target = _owner(text, quantities, g_start, before)
            if target is None:
                continue
            assigned.setdefault(target, []).extend(names)
        for i, f in enumerate(quantities):
            names = assigned.get(i, [])
            if (
                not names
                and f.each
                and i > 0
                and quantities[i - 1].text[:4].lower() == "both"
                and not _BREAK.search(text, quantities[i - 1].end, f.start)
            ):
                # "Both Kursk and Bryansk reported one drone each": the places
                # "both" counts are the places the per-item figure applies to
                names = assigned.get(i - 1, [])
            seen: dict[str, str] = {}
            for n in names:
                seen.setdefault(normalise_place(n), n)
            f.places = tuple(seen)
            f.place_names = tuple(seen.values())
            if (
                f.noun is None
                and len(seen) >= 2
                and f.kind == "count"
                and f.text[:4].lower() == "both"
            ):
                # "Both Kursk and Bryansk": it counts the places named, and is no
                # total of what follows
                f.noun = "place"
                f.cues = frozenset()


def _owner(text: str, figs: list[Figure], g_start: int, before: int) -> int | None:
    """Index of the figure a place group at ``g_start`` belongs to; ``before`` is the
    index of the last figure ending before the group (-1: none)."""
    if before < 0:
        return 0
    nxt = before + 1 if before + 1 < len(figs) else None
    between = text[figs[before].end : g_start]
    if _BREAK.search(between):
        # after a clause break the group reads with the next figure; after the
        # last figure, a relative clause ("..., areas that ... Ukraine") is not
        # where the figure happened
        if nxt is None and _RELATIVE.search(between):
            return None
        return nxt if nxt is not None else before
    return before


def _attach_cues(
    text: str,
    figs: list[Figure],
    s_start: int,
    s_end: int,
    hits: list[tuple[int, int, frozenset[str]]] | None = None,
) -> None:
    # a cue pattern is only tried for a figure when one of its gate words overlaps
    # the figure's window (``hits``: gate words near the sentence)
    empty: frozenset[str] = frozenset()
    for i, f in enumerate(figs):
        left_from = figs[i - 1].end if i > 0 else s_start
        right_to = figs[i + 1].start if i + 1 < len(figs) else s_end
        l_lo = max(left_from, f.start - 80)
        r_hi = min(right_to, f.end + 80)
        if hits is None:
            open_left = _open_cues(text[l_lo : f.start].lower())
            open_right = _open_cues(text[f.end : r_hi].lower())
        else:
            open_left = open_right = empty
            for h_start, h_end, names in hits:
                if h_end > l_lo and h_start < f.start:
                    open_left = open_left | names
                if h_end > f.end and h_start < r_hi:
                    open_right = open_right | names
        cues = set()
        if open_left:
            left = text[l_lo : f.start]
            for name, pat in _CUES_BEFORE:
                if name in open_left and pat.search(left):
                    cues.add(name)
            if "each" in open_left and _EACH_BEFORE.search(left):
                f.each = True
        if open_right:
            right = text[f.end : r_hi]
            for name, pat in _CUES_AFTER:
                if name in open_right and pat.match(right):
                    cues.add(name)
            if "each" in open_right and _EACH_AFTER.match(right):
                f.each = True
        if f.text[:6].lower() == "single" and f.noun is not None:
            f.each = True  # "single drones were intercepted over X and Y": one each
        f.cues = frozenset(cues) if cues else empty
