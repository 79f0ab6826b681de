"""English number words -> values ("thirty-one", "one hundred and five", "two dozen").

The parser is a small left-to-right state machine over word tokens, so it is
linear in the length of the phrase and never guesses: a sequence that is not a
well-formed number ("one two") stops at the first token that does not fit.
"""

from __future__ import annotations

import re

from consistency.extract.text import longest_first
from consistency.recache import re_compile

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
#: Words that stand for a number on their own ("a dozen", "a pair").
GROUPS = {"dozen": 12, "score": 20}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip

FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip

NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)

#: One regex alternative matching any number word (longest first).
WORD_ALTERNATION = "|".join(sorted(NUMBER_WORDS, key=longest_first))

_TOKEN = re_compile(r"[a-z]+", re.I)


def parse_number_words(words: list[str]) -> tuple[float, int] | None:
    """Parse a list of lowercase tokens; return (value, tokens used) or None.

    Accepts "and" after a hundred/thousand ("one hundred and five") and "a"
    in place of "one" before a scale word ("a hundred"). Stops at the first
    token that cannot continue the number, so callers can re-scan the rest.
    """
    total = 0
    current = 0
    used = 0
    last = None  # kind of the last consumed token: unit, teen, tens, scale
    seen_any = False
    i = 0
    while i < len(words):
        w = words[i]
        if w == "a" and not seen_any and i + 1 < len(words) and words[i + 1] in SCALES:
            current = 1
            last = "unit"
            seen_any = True
            i += 1
            used = i
            continue
        if w == "and":
            if (
                last == "scale"
                and i + 1 < len(words)
                and (words[i + 1] in UNITS or words[i + 1] in TENS)
            ):
                i += 1
                continue
            break
        if w in UNITS:
            value = UNITS[w]
            if last in ("unit", "teen"):
                break
            if last == "tens" and value >= 10:
                break
            if last == "tens" and value == 0:
                break
            current += value
            last = "teen" if value >= 10 else "unit"
        elif w in TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += TENS[w]
            last = "tens"
        elif w in SCALES:
            scale = SCALES[w]
            if not seen_any:
                break
            if last == "scale" and scale != 100 and current == 0:
                # "thousand million" style: multiply what we have
                total *= scale
            elif scale == 100:
                if current == 0 or current >= 100:
                    break
                current *= 100
            else:
                if current == 0 and total == 0:
                    break
                total += current * scale if current else 0
                if current == 0:
                    total *= scale
                current = 0
            last = "scale"
        else:
            break
        seen_any = True
        i += 1
        used = i
    if not seen_any or used == 0:
        return None
    return float(total + current), used


def words_to_number(text: str) -> float | None:
    """Convenience: "thirty-one" -> 31.0; None if the whole text is not a number."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    result = parse_number_words(tokens)
    if result is None or result[1] != len(tokens):
        return None
    return result[0]


def number_to_words(n: int) -> str:
    """Render a non-negative integer in English words (used by tests and hints)."""
    if n < 0:
        raise ValueError("negative")
    if n < 20:
        return [k for k, v in UNITS.items() if v == n][0]
    if n < 100:
        tens, unit = divmod(n, 10)
        word = [k for k, v in TENS.items() if v == tens * 10][0]
        return word if unit == 0 else f"{word}-{number_to_words(unit)}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{number_to_words(hundreds)} hundred"
        return head if rest == 0 else f"{head} and {number_to_words(rest)}"
    for scale_word, scale in (("trillion", 10**12), ("billion", 10**9), ("million", 10**6),
                              ("thousand", 1000)):  # fmt: skip
        if n >= scale:
            head, rest = divmod(n, scale)
            text = f"{number_to_words(head)} {scale_word}"
            if rest == 0:
                return text
            joiner = " and " if rest < 100 else " "
            return text + joiner + number_to_words(rest)
    raise AssertionError("unreachable")
