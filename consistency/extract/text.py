"""Sentence boundaries and line/column lookup, both linear in the text length."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from consistency.recache import re_compile


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: longer first (so no word loses to its
    own prefix), then alphabetical, so the pattern is the same in every process (set
    order changes with the hash seed, and compiled patterns are cached by their text)."""
    return -len(word), word


#: Characters per piece when ``lower`` and ``count_words`` work through a long text.
PIECE_CHARS = 1 << 16


@lru_cache(maxsize=1)  # the same document is lowered by several steps; a str caches its hash
def lower(text: str) -> str:
    """``text.lower()``, lowered in pieces cut after a space or a line break.

    CPython lowers a string that is not pure ASCII through a buffer of twelve bytes per
    character (a 4 MB article held 48 MiB for a moment, once per step that lowered it).
    Cut after a space, no piece changes how another lowers: the only context-dependent
    mapping (final sigma) looks across letters and case-ignorable marks, never spaces."""
    if len(text) <= PIECE_CHARS or text.isascii():
        return text.lower()
    return "".join(piece.lower() for piece in _pieces(text, PIECE_CHARS))


def _pieces(text: str, size: int):
    """``text`` in consecutive pieces of about ``size`` characters, each cut right after a
    space or a line break (a piece with none runs on to the next one)."""
    n, i = len(text), 0
    while i < n:
        j = min(n, i + size)
        if j < n:
            cut = max(text.rfind(" ", i, j), text.rfind("\n", i, j))
            if cut < 0:  # no space in the piece: it runs on to the next one
                after = [k for k in (text.find(" ", j), text.find("\n", j)) if k >= 0]
                cut = min(after) if after else n - 1
            j = cut + 1
        yield text[i:j]
        i = j


def count_words(text: str) -> int:
    """``len(text.split())`` without the list: on a 4 MB article that list of words held
    38 MiB for a moment. A piece cut after a space splits no word."""
    if len(text) <= PIECE_CHARS:
        return len(text.split())
    return sum(len(piece.split()) for piece in _pieces(text, PIECE_CHARS))


def lowered(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive pattern of lower-case ASCII words run on it
    finds exactly what the same pattern with ``re.IGNORECASE`` finds on ``text`` (a
    case-insensitive search costs two to three times more); None when it would not:
    a lower-case form of another length (U+0130) or the two letters ``re.IGNORECASE``
    equates with ASCII ones that ``str.lower`` leaves alone (dotless i, long s)."""
    low = lower(text)
    if len(low) != len(text) or "\u0131" in low or "\u017f" in low:
        return None
    return low


def finditer_from(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int = 0):
    """``pattern.finditer(text, pos)`` for a pattern none of whose matches is empty and
    every match of which begins with a character ``starts`` (one character class)
    matches. The regex engine scans quickly only for a pattern that itself begins with a
    character class; one that begins with an optional group or a lookaround ("minus",
    a sign, then digits) is tried at every position. Here it is tried only where
    ``starts`` finds a candidate, in order, so the matches are the same."""
    while True:
        c = starts.search(text, pos)
        if c is None:
            return
        m = pattern.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def trie_pattern(words) -> str:
    """A regex matching any of ``words``, factored as a trie.

    Equivalent to the longest-first alternation of the words (greedy optional
    tails try the longer word first), but the engine follows one branch per
    character instead of trying every word in turn.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st gen lt col sgt capt cmdr adm gov sen rep prof jr sr inc ltd co corp
    vs no nos approx est jan feb mar apr jun jul aug sep sept oct nov dec fig vol dept
    u.s u.k u.n e.g i.e etc al mt ft p.m a.m""".split()
)

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and
# an opening character, or at a blank line / list bullet.
#
# Written with a character class first (a closing character or a space, then
# lookbehinds), so the engine's fast scan for that class applies; the matches
# are those of
#   (?<=[.!?])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9]) | \n[ \t]*\n\s*
#   | \n(?=[ \t]*(?:[-*•·]|\d+[.)])\s) | (?<=[.!?:;”’"'])\n\s*
_BOUNDARY = re_compile(
    r"[\"'”’)\]\s](?:"
    r"(?<=[.!?][\"'”’)\]\s])(?:(?<=[\"'”’)\]])[\"'”’)\]]*\s+|(?<=\s)\s*)(?=[\"'“‘(\[]?[A-Z0-9])"
    r"|(?<=\n)(?:[ \t]*\n\s*|(?=[ \t]*(?:[-*•·]|\d+[.)])\s)|(?<=[.!?:;”’\"']\n)\s*)"
    r")"
)
_WORD_BEFORE = re_compile(r"([A-Za-z.]+)\.$")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return (start, end) spans of sentences in ``text[start:]``.

    Abbreviations ("U.S.", "Gen.") and decimals never end a sentence.
    """
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start):
        cut = m.start()
        if cut <= cursor:
            continue
        before = text[max(cursor, cut - 12) : cut].rstrip("\"'”’)] ")
        wb = _WORD_BEFORE.search(before)
        if wb and "\n" not in m.group(0):
            word = wb.group(1).lower().rstrip(".")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((cursor, cut))
        cursor = m.end()
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


class LineIndex:
    """Offset -> (line, column), 1-based, via binary search over line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def locate(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1
