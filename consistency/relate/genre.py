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

_SPORT_WORDS = re.compile(
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
#: "2-1", "won 3-0": a score (not a date "2004-05", nor "10-15%").
_SCORE = re.compile(r"(?<![\d/.:£$€-])\b\d{1,2}-\d{1,2}\b(?![\d/.:%-])")
_LINEUP = re.compile(r"\b(?:Subs\s+not\s+used|Booked|Sent\s+off|Att|Referee)\s*:", re.I)
#: Sport words (scores count three) per hundred words from which a text is sport.
SPORT_DENSITY = 2.0


def sport_density(text: str) -> float:
    """Sport words per hundred words, a score weighing three, a line-up ten."""
    words = len(text.split())
    if not words:
        return 0.0
    hits = len(_SPORT_WORDS.findall(text))
    hits += 3 * len(_SCORE.findall(text)) + 10 * len(_LINEUP.findall(text))
    return 100.0 * hits / words


#: Fewer sport words than this never make a sports report ("clashes outside the stadium").
SPORT_MIN_HITS = 4


def is_sports_report(text: str) -> bool:
    """True when the text reads as a sports report (see the module docstring)."""
    if sport_density(text) < SPORT_DENSITY:
        return False
    hits = len(_SPORT_WORDS.findall(text)) + 3 * len(_SCORE.findall(text))
    return hits + 10 * len(_LINEUP.findall(text)) >= SPORT_MIN_HITS


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
