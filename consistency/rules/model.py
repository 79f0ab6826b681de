"""Rule and finding records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class RuleExample:
    """One test case a rule carries: documents and whether the rule must fire."""

    expect_finding: bool
    docs: list[dict[str, str]]  # each: {"text": ..., "name": ...}
    line: int = 0


@dataclass
class Rule:
    id: str
    title: str
    severity: str
    table: str
    check: str
    message: str
    source: str
    where: str = "any"
    explain: str = ""
    instead: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    fail_examples: list[RuleExample] = field(default_factory=list)
    pass_examples: list[RuleExample] = field(default_factory=list)
    #: A user rule replacing a rule of the same id loaded before it (``overrides: true``).
    overrides: bool = False
    overrides_line: int = 0
    id_line: int = 1


@dataclass
class FigureRef:
    """A figure involved in a finding, as the JSON contract names it."""

    path: str
    text: str
    value: float
    start: int
    end: int
    line: int = 0
    column: int = 0

    def contract(self) -> dict[str, Any]:
        v = self.value
        return {
            "path": self.path,
            "text": self.text,
            "value": int(v) if float(v).is_integer() else v,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Finding:
    rule: str
    severity: str
    path: str
    line: int
    column: int
    message: str
    figures: list[FigureRef]
    #: The computation written out ("31 stated; 10 + 3 + ... = 21; short by 10").
    arithmetic: str = ""
    #: A reading that would reconcile the figures, if one exists.
    hint: str | None = None
    #: The sentence(s) involved, and the figures' spans relative to ``quote``.
    quote: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)
    #: Optional small table for the terminal report (series steps), rows of strings.
    table: list[list[str]] | None = None
    table_header: list[str] | None = None
    highlight_row: int | None = None
    #: Start offset of the finding in its document (for stable ordering).
    offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON contract spells it."""
        return self.contract()

    def contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "figures": [f.contract() for f in self.figures],
        }
        if self.arithmetic:
            out["arithmetic"] = self.arithmetic
        if self.hint:
            out["hint"] = self.hint
        return out
