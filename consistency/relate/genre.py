"""Genre: is this a sports report, whose many numbers (scores, minutes, seedings,
line-ups, results) do not divide one another?

Sports copy is the largest single source of false breakdowns on real news: "Chelsea
2-1 Arsenal ... (45 mins)" holds a dozen counts and none is a total. A document that
reads as a sports report abstains from the breakdown rules; the evidence is the
density of words only sport uses, scores ("won 3-1"), and the layout of a line-up
("Subs Not Used:", "Booked:"). The words are chosen so war and election reports
("victory", "defeat", "round", "final") do not trip it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consistency.extract.text import count_words, lowered, trie_pattern
from consistency.recache import re_compile

#: Words only sport uses (matched whole, case-insensitively; a space matches any run
#: of whitespace). Compiled as a trie: one branch per character, not one try per word.
SPORT_WORDS = (
    "matches goal goals scored scorer scorers striker midfielder defender goalkeeper keeper "
    "penalty penalties half-time kick-off stoppage_time injury-time injury_time referee "
    "semi-final semi-finals quarter-final quarter-finals league cup championship "
    "championships tournament seeded tries wicket wickets innings batsman bowler grand_slam "
    "tie-break medal medals olympic olympics athlete athletes athletics sprint sprinter "
    "marathon squad fixture fixtures fly-half winger scrum lineout rugby football footballer "
    "tennis cricket golf golfer snooker boxing premiership six_nations uefa fifa playmaker "
    "cap caps uncapped defeated top_seed world_cup transfer coach stadium midfield fans club "
    "clubs season team-mate team-mates champions"
).split()


def _word_trie(words) -> str:
    return trie_pattern(w.replace("_", " ") for w in words).replace("\\ ", r"\s+")


_SPORT_WORDS = re_compile(r"\b" + _word_trie(SPORT_WORDS) + r"\b", re.I)
#: The same, for lower-cased text (see ``lowered``).
_SPORT_WORDS_LOW = re_compile(_SPORT_WORDS.pattern)
#: "2-1", "won 3-0": a score (not a date "2004-05", nor "10-15%").
#: Written digit-first, the lookbehind after it, so the engine's fast scan applies:
#: the matches of ``(?<![\d/.:£$€-])\b\d{1,2}-\d{1,2}\b(?![\d/.:%-])``.
_SCORE = re_compile(r"\d(?<![\w/.:£$€-]\d)\d?-\d{1,2}\b(?![\d/.:%-])")
_LINEUP = re_compile(r"\b(?:Subs\s+not\s+used|Booked|Sent\s+off|Att|Referee)\s*:", re.I)
_LINEUP_LOW = re_compile(r"\b(?:subs\s+not\s+used|booked|sent\s+off|att|referee)\s*:")
#: Sport words (scores count three) per hundred words from which a text is sport.
SPORT_DENSITY = 2.0


@lru_cache(maxsize=8)  # asked several times per document, by extraction and relation
def _sport_hits(text: str) -> tuple[int, int]:
    """(sport words + 3 per score + 10 per line-up heading, words)."""
    low = lowered(text)
    if low is None:
        hits = len(_SPORT_WORDS.findall(text)) + 10 * len(_LINEUP.findall(text))
    else:
        hits = len(_SPORT_WORDS_LOW.findall(low))
        hits += 10 * len(_LINEUP_LOW.findall(low)) if ":" in low else 0
    hits += 3 * len(_SCORE.findall(text))
    return hits, count_words(text)


def sport_density(text: str) -> float:
    """Sport words per hundred words, a score weighing three, a line-up ten."""
    hits, words = _sport_hits(text)
    return 100.0 * hits / words if words else 0.0


#: Fewer sport words than this never make a sports report ("clashes outside the stadium").
SPORT_MIN_HITS = 4


def is_sports_report(text: str) -> bool:
    """True when the text reads as a sports report (see the module docstring)."""
    hits, words = _sport_hits(text)
    if not words or 100.0 * hits / words < SPORT_DENSITY:
        return False
    return hits >= SPORT_MIN_HITS


#: Examples the tests run: (text, is a sports report).
EXAMPLES: tuple[tuple[str, bool], ...] = (
    (
        "Chelsea beat Arsenal 2-1 in the Premiership. Lampard scored after 20 minutes and "
        "Drogba added a second goal before half-time. The league leaders are five points clear.",
        True,
    ),
    (
        "Russian air defences destroyed 31 Ukrainian drones over eight regions overnight, "
        "the defence ministry said. Ten drones were shot down over the Voronezh region.",
        False,
    ),
    (
        "The ruling party claimed victory in the final round of voting, winning 159 of the "
        "400 seats; the opposition conceded defeat.",
        False,
    ),
)
