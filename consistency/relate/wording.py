"""What the words around a figure say about it: what happened to the things it
counts, whether the wording makes it inert, and one-counts written with an article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consistency.extract.model import Figure
from consistency.recache import re_compile
from consistency.relate.lexicon import PREDICATES

if TYPE_CHECKING:
    from consistency.relate.phrases import DocView, Facts

_FILLER = re_compile(
    r"(?:\s+(?:at\s+least|at\s+most|about|around|some|nearly|almost|more\s+than|over|another"
    r"|a\s+further|a\s+total\s+of|the|an\s+estimated|up\s+to|all|only|again|as\s+many\s+as))*\s*$",
    re.I,
)
_DELTA_BEFORE = re_compile(
    r"(?:(?:^|[,;(]\s*|\b(?:was|were|is|are|be|been|and|or)\s+)(?:up|down)"
    r"|\b(?:rose|fell|grew|dropped|declined|increased|decreased|climbed|jumped|slipped|rise"
    r"|fall|increase|decrease|drop|decline|jump|gain|loss)\s+(?:by|of)"
    r"|\b(?:down|up|rising|falling|revised|reduced|corrected)\s+(?:\w+\s+)?from"
    r"|\bfrom\s+(?:an?\s+)?(?:earlier|previous|initial|original)\s+(?:\w+\s+){0,3}?(?:of\s+)?"
    r"|\b(?:compared|comparing)\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bthan"
    r"|\b(?:cut|cutting|reduce|reducing|raise|raising|increase|increasing|lower|lowering"
    r"|boost|boosting|shrink|shrinking)\b[^.;]{0,60}?\bby)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|only\s+|more\s+than\s+)?$",
    re.I,
)
_BRACKETED = re_compile(r"\s*[\w.-]{0,12}\s*\(\s*(?:about\s+|around\s+|some\s+|c\.\s*)?$")
_NAMED_NUMBER_BEFORE = re_compile(
    r"\b(?:Region|District|Zone|Sector|Ward|Block|Phase|Gate|Building|Route|Highway"
    r"|Terminal|Article|Chapter)\s+$"
)
_AGE_BEFORE = re_compile(r"\b(?:aged|ages|age)\s+$", re.I)
_TIME_AFTER = re_compile(
    r"\s*(?:in\s+the\s+(?:morning|evening|afternoon)|at\s+night|o['’]clock|[ap]\.?m\b)", re.I
)
_NOT_ALLOCATED_AFTER = re_compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:needed|required|short\s+of|for\s+a\s+majority|threshold)\b",
    re.I,
)
_SCORE = re_compile(r"\d{1,3}[-–]\d{1,3}\b(?!\s*(?:%|percent|per\s+cent))")
_OR_BEFORE = re_compile(
    r"(?:\bor|\bi\.e\.|\bthat\s+is)\s*,?\s*(?:the\s+|a\s+|an\s+|about\s+|some\s+)?$", re.I
)
_INCREMENT = re_compile(r"\(\s*[+−-]\s*$")
#: "correcting the earlier reported toll of 72", "had been put at 321": a superseded value.
_EARLIER = re_compile(
    r"\b(?:earlier|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|(?:had\s+been|was)\s+(?:put"
    r"|estimated|given|reported|set|placed)\s+at)\b[^.;,]{0,30}$",
    re.I,
)


def is_inert(view: DocView, fa: Facts, prev_end: int) -> bool:
    """Neither total nor part: a change's delta, an age, a score, a time, a restatement,
    a name's number, parallel values given "respectively"."""
    text, f = view.text, fa.fig
    if f.kind == "percent" or f.attributive and not fa.total_word:
        return f.kind == "percent"
    lo = max(prev_end, f.start - 40)
    if (
        _BRACKETED.match(text, prev_end, f.start)
        and prev_end > 0
        and (
            text[f.end : f.end + 1] == ")"
            or text[max(f.end, f.noun_end) : max(f.end, f.noun_end) + 1] == ")"
        )
    ):
        return True  # "$121.9m (£63.3m)": the same amount restated in another unit
    if _NAMED_NUMBER_BEFORE.search(text, max(0, f.start - 12), f.start):
        return True  # "two from Region 6", "Gate 3": a name, not a count
    s_start, s_end = view.sentence_span(f.sentence)
    if "respectively" in text[f.end : s_end]:
        return True  # "tolls have risen to 48, 32 and 30, respectively": parallel values
    if (
        _DELTA_BEFORE.search(text, lo, f.start)
        or _AGE_BEFORE.search(text, max(0, f.start - 12), f.start)
        or _NOT_ALLOCATED_AFTER.match(text, max(f.end, f.noun_end))
        or (f.kind == "count" and _SCORE.match(text, f.start))
        or _INCREMENT.search(text, max(0, f.start - 3), f.start)
        or _OR_BEFORE.search(text, max(prev_end, f.start - 14), f.start)
        or _EARLIER.search(text, max(prev_end, f.start - 50), f.start)
        or _TIME_AFTER.match(text, f.end)
        or text[f.end : f.end + 1] == ":"
        and text[f.end + 1 : f.end + 2].isdigit()
        or text[max(0, f.start - 1) : f.start] == ":"
        and text[f.start - 2 : f.start - 1].isdigit()
    ):
        return True
    # "The suspect, 27, was ...": an age set off by commas
    return (
        f.kind == "count"
        and f.noun is None
        and f.text.isdigit()
        and len(f.text) <= 3
        and text[max(0, f.start - 2) : f.start] == ", "
        and text[f.end : f.end + 2] == ", "
    )


#: "two police officers and a child", "18 drones; an unmanned device of the Lancet type;
#: two Orlan-10": in a list of counts, an item with "a"/"an" counts one.
_ARTICLE_ITEM = re_compile(
    r"(?:;|,|\band)\s+(?:and\s+)?(?P<a>an?)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*))"
    r"(?=\s+(?:of|that|which|who|whose|from|in|at|on|with|and)\b|\s*[,;.]|\s*$)"
)
_NOT_ITEMS = frozenset(
    """total number lot few couple handful dozen third quarter half further record result
    statement report time day week year month night morning evening series range variety
    number share majority minority bit while way part""".split()
)


def article_items(text: str, figures: list[Figure]) -> list[Figure]:
    """One-counts written with an article inside a list of counts (see ``_ARTICLE_ITEM``):
    only right after another count of the same sentence."""
    from bisect import bisect_right

    from consistency.extract.nouns import singular

    counts = sorted((f for f in figures if f.kind == "count" and f.value >= 1), key=lambda f: f.end)
    if len(counts) < 1 or (" a " not in text and " an " not in text):
        return []
    ends = [f.end for f in counts]
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: list[Figure] = []
    for m in _ARTICLE_ITEM.finditer(text):
        if m.group("noun") in _NOT_ITEMS:
            continue
        i = bisect_right(ends, m.start()) - 1
        if i < 0:
            continue
        prev = counts[i]
        gap = text[prev.end : m.start()]
        if len(gap) > 90 or re.search(r"[.!?:]\s|(?<![\w/-])\d+(?![\w/-])", gap):
            continue  # not the next item of the same list
        start, end = m.start("a"), m.end("np")
        line = bisect_right(line_starts, start)
        fig = Figure(start, end, text[start:end], 1.0, 1.0, 1.0, kind="count")
        fig.noun, fig.digits, fig.noun_end = singular(m.group("noun")), "1", end
        fig.path, fig.sentence = prev.path, prev.sentence
        fig.line, fig.column = line, start - line_starts[line - 1] + 1
        out.append(fig)
    return out


_ITEM_END = re_compile(r"[;,:.()]|\s(?:and|or|were|was|are|is|have|has|had)\s")


def noun_in_phrase(text: str, start: int, end: int) -> str | None:
    """ "18 Shahed-136/131 drones;": the counted noun after a name extraction skipped."""
    from consistency.extract.nouns import default_nouns, looks_plural

    chunk = text[start : min(end, start + 50)]
    cut = _ITEM_END.search(chunk)
    words = re.findall(r"[A-Za-z][\w/-]*", chunk[: cut.start() if cut else len(chunk)])
    if not 2 <= len(words) <= 4 or not words[-1].islower() or not looks_plural(words[-1]):
        return None
    if any(not (w[:1].isupper() or re.search(r"[\d-]", w)) for w in words[:-1]):
        return None  # "119 held by independents": a verb, not a name, comes first
    return default_nouns().normalise(words[-1])


def modifier(text: str, f: Figure) -> str:
    if f.noun_end <= f.end:
        return ""
    words = re.findall(r"[A-Za-z][\w-]*", text[f.end : f.noun_end])
    return " ".join(w.lower() for w in words[:-1])


def predicate(
    text: str, clause: int, f: Figure, noun_end: int, own_end: int, follows: bool = False
) -> str | None:
    """The verb a figure goes with: one just before it ("destroyed 56 drones") wins,
    else the first one in its own phrase after it ("11 drones were shot down")."""
    before = text[max(clause, f.start - 60) : f.start]
    found = list(PREDICATES.finditer(before))
    if found and _FILLER.fullmatch(before[found[-1].end() :]):
        return found[-1].lastgroup
    # "collecting seven golds" / "with 2,838 houses suffering partial damage"
    after = text[f.end : max(own_end, noun_end)][:90].split(",", 1)[0]
    m = PREDICATES.search(after)
    if m:
        return m.lastgroup
    if found and not follows:
        # "the death toll in West Rukum has reached 36"; after another figure in the
        # sentence the verb before belongs to that figure (its list's verb is inherited)
        return found[-1].lastgroup
    return None
