"""Inline switches that silence findings, in the style of Vale and ruff.

    <!-- consistency off -->                  everything until "on" (or the end)
    <!-- consistency off breakdown-sum -->    only the named rules (comma-separated)
    <!-- consistency on -->                   ends the nearest open "off"
    <!-- consistency ignore percent-sum -->    the paragraph that follows only

HTML comments are invisible in rendered Markdown. A switch that silences
nothing is reported (info) so stale ones get cleaned up, as ruff does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.recache import re_compile

_SWITCH = re_compile(
    r"<!--\s*consistency\s*:?\s*(?P<verb>off|on|ignore|disable|enable)\b(?P<rules>[^>]*?)-->",
    re.I,
)
_RULE_ID = re_compile(r"[a-z][a-z0-9-]*")
_PARAGRAPH_END = re_compile(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*")


@dataclass
class Suppression:
    """Findings anchored in [start, end) are silenced (for ``rules``, or all if None)."""

    start: int
    end: int
    rules: frozenset[str] | None
    line: int
    text: str

    def covers(self, offset: int, rule: str) -> bool:
        return self.start <= offset < self.end and (self.rules is None or rule in self.rules)


def find_suppressions(text: str) -> list[Suppression]:
    if "consistency" not in text or "<!--" not in text:
        return []
    out: list[Suppression] = []
    open_offs: list[Suppression] = []
    for m in _SWITCH.finditer(text):
        verb = m.group("verb").lower()
        ids = frozenset(_RULE_ID.findall(m.group("rules").lower())) or None
        line = text.count("\n", 0, m.start()) + 1
        if verb in ("off", "disable"):
            s = Suppression(m.end(), len(text), ids, line, m.group(0))
            open_offs.append(s)
            out.append(s)
        elif verb in ("on", "enable"):
            if open_offs:
                open_offs.pop().end = m.start()
        else:  # ignore: the next paragraph
            para = _PARAGRAPH_END.search(text, m.end())
            end = para.end() if para else len(text)
            out.append(Suppression(m.end(), end, ids, line, m.group(0)))
    return out
