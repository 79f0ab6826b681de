"""Speed shortcuts answer exactly as the plain patterns they replace.

Each shortcut (a trie instead of an alternation, a digit-first scanner instead of a
leading lookbehind, lower-cased text instead of ``re.IGNORECASE``, hint words that rule
a sentence out) is checked against the plain formulation on generated text that is
dense in the characters and words the patterns care about.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.extract import kinds
from consistency.extract.text import finditer_from, lowered
from consistency.normalise import changes, conversions, series
from consistency.relate import genre, places

PLAIN_SPORT_WORDS = re.compile(
    r"\b(?:matches|goals?|scored|scorers?|striker|midfielder|defender|goalkeeper|keeper"
    r"|penalt(?:y|ies)|half-time|kick-off|stoppage\s+time|injury[- ]time|referee"
    r"|semi-finals?|quarter-finals?|league|cup|championships?|tournament|seeded|tries"
    r"|wickets?|innings|batsman|bowler|grand\s+slam|tie-break|medals?|olympics?|athletes?"
    r"|athletics|sprint(?:er)?|marathon|squad|fixtures?|fly-half|winger|scrum|lineout|rugby"
    r"|football(?:er)?|tennis|cricket|golf(?:er)?|snooker|boxing|premiership|six\s+nations"
    r"|uefa|fifa|striker|playmaker|caps?|uncapped|defeated|top\s+seed|world\s+cup|transfer"
    r"|coach|stadium|midfield|fans|clubs?|season|team-mates?|champions)\b",
    re.I,
)
PLAIN_SCORE = re.compile(r"(?<![\d/.:£$€-])\b\d{1,2}-\d{1,2}\b(?![\d/.:%-])")
PLAIN_SPORT_DOC = re.compile(
    r"\b(?:kick-off|half-time|full-time|striker|midfielder|goalkeeper|defender|coach|"
    r"manager|penalty|semi-final|quarter-final|championship|premiership|league|cup|seed|"
    r"grand\s+slam|wimbledon|open\s+champion|tries|wickets|innings|rugby|football|tennis|"
    r"cricket|athletics|sprinter|hurdler|marathon|olympic|squad|caps|fixture|derby)\b",
    re.I,
)
PLAIN_RESULT = re.compile(
    r"(?<![\w.,$£€-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%.,-]|\s*(?:%|per|percent|p\.?m|a\.?m))"
)

WORDS = (
    "cup World CUP goal goals Goals seed open champion grand slam Six Nations team-mates "
    "half-time kick-off injury time since the start of so far to date as of death toll "
    "totalled reached this year last week overnight Monday yesterday today daily night's "
    "three per cent points percentage points one two half a ıs ſince İn Kelvin"
).split()
SEPARATORS = [" ", "  ", "\n", "-", "–", ", ", ". ", ":", "%", "/", ".", "£", "$", "1", "12", "3-1"]


@st.composite
def dense_text(draw) -> str:
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(SEPARATORS),
                                     st.text(max_size=3)), max_size=30))  # fmt: skip
    return "".join(pieces)


@settings(max_examples=400, deadline=None)
@given(dense_text())
def test_sport_tries_find_what_the_alternations_find(text):
    assert genre._SPORT_WORDS.findall(text) == PLAIN_SPORT_WORDS.findall(text)
    assert genre._SCORE.findall(text) == PLAIN_SCORE.findall(text)
    assert kinds._SPORT_DOC.findall(text) == PLAIN_SPORT_DOC.findall(text)
    spans = [m.span() for m in kinds._SCORE.finditer(text)]
    assert spans == [m.span() for m in PLAIN_RESULT.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(dense_text())
def test_lower_cased_search_finds_what_ignorecase_finds(text):
    low = lowered(text)
    if low is None:
        return
    plain_hits = len(PLAIN_SPORT_WORDS.findall(text)) + 10 * len(genre._LINEUP.findall(text))
    hits = len(genre._SPORT_WORDS_LOW.findall(low)) + 10 * len(genre._LINEUP_LOW.findall(low))
    assert hits == plain_hits
    assert len(kinds._SPORT_DOC_LOW.findall(low)) == len(PLAIN_SPORT_DOC.findall(text))


@settings(max_examples=400, deadline=None)
@given(dense_text())
def test_digitising_word_numbers_is_the_plain_substitution(text):
    def sub(m):
        v = changes._WORD_NUMS[m.group("word").lower()]
        digits = f"{v:g}"
        word = m.group("word")
        return digits + " " * (len(word) - len(digits)) + m.group(0)[len(word) :]

    assert changes._digitise(text) == changes._WORD_RE.sub(sub, text)


@settings(max_examples=400, deadline=None)
@given(dense_text(), st.integers(0, 40), st.integers(0, 40))
def test_hint_words_never_rule_out_a_sentence_that_matches(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    hints = series._Hints(text)
    assert hints.strong_in(text, start, end) == bool(series._STRONG.search(text, start, end))
    assert hints.period_in(text, start, end) == bool(series._ANY_PERIOD.search(text, start, end))
    plain = [(c.start, c.end, c.kind) for c in series._cues(text, start, end)]
    assert [(c.start, c.end, c.kind) for c in series._cues(text, start, end, hints)] == plain


measure_text = st.lists(
    st.sampled_from(
        ["minus ", "Negative ", "-", "−", "5", "12,000", ".5", "3.25", " to ", "–", " km",
         "C", "F", " feet", " miles", " million ", "x", " ", ",", ".", "$", "m", "n", "(",
         "Mmm", "kg", "-metre"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=300)
@given(measure_text, st.integers(min_value=0, max_value=5))
def test_candidate_starts_find_the_measures_the_whole_scan_finds(text, start):
    pattern, _units = conversions._scanner()
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start)]
    fast = finditer_from(pattern, conversions._MEASURE_STARTS, text, start)
    assert [(m.span(), m.groupdict()) for m in fast] == plain


def _plain_place_cue(text: str, name: str, at: int, group: str) -> bool:
    if places._REGION_WORD.search(name) or places._SEA.search(name):
        return True
    if places._REGION_WORD.search(group.rstrip()) and len(places.split_group(group)) > 1:
        return True
    if at >= 0 and places._HEAD_BEFORE.search(text, max(0, at - 40), at):
        return True
    return at >= 0 and bool(places._REGION_BEFORE.search(text[max(0, at - 20) : at]))


place_words = st.lists(
    st.sampled_from(
        ["the ", "of ", "of the ", "province ", "Province ", "waters ", "region", "regions ",
         "Kursk", "Black Sea", " and ", "Tambov ", "ofthe ", "lathe ", "  ", "\n", "Of ", "x"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=400)
@given(place_words, place_words, st.integers(min_value=-1, max_value=60))
def test_place_cue_shortcuts_answer_as_the_plain_patterns(text, group, at):
    at = min(at, len(text))
    name = (group.split() or ["Kursk"])[-1]
    assert places.has_place_cue(text, name, at, group) == _plain_place_cue(text, name, at, group)


@settings(max_examples=200)
@given(st.text(alphabet="aΣΑσς ΣK\n'İıſ.ÉÀ-ﬁ", max_size=60), st.integers(min_value=2, max_value=9))
def test_lowering_and_counting_in_pieces_is_doing_it_whole(text, piece):
    from consistency.extract import text as text_module

    old = text_module.PIECE_CHARS
    text_module.PIECE_CHARS = piece
    text_module.lower.cache_clear()
    try:
        assert text_module.lower(text) == text.lower()
        assert text_module.count_words(text) == len(text.split())
    finally:
        text_module.PIECE_CHARS = old
        text_module.lower.cache_clear()
