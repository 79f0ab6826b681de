"""Check primitives: the few kinds of arithmetic a YAML rule can ask for.

A primitive takes a rule and the rows of the table the rule names and yields
``Finding`` objects. Every concrete rule is YAML; a new rule of an existing
kind needs no Python. Primitives register themselves with ``@check``; the
loader validates rule files against ``CHECK_MODULES`` alone, so listing or
explaining rules never imports the primitives (or the tables they read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from consistency.normalise.tables import Tables
from consistency.rules.model import Finding, Rule

Check = Callable[[Rule, list[Any], Tables], Iterable[Finding]]

#: check name -> module under consistency.rules.primitives that defines it
CHECK_MODULES: dict[str, str] = {
    "sum": "breakdown",
    "part-whole": "breakdown",
    "count": "breakdown",
    "distinct": "breakdown",
    "monotonic": "series",
    "period": "series",
    "conversion": "conversion",
    "share": "share",
    "change": "change",
    "weekday": "weekday",
    "unused-suppression": "suppression",
}
#: tables a rule may name
TABLES: set[str] = {
    "breakdowns", "series", "conversions", "shares", "changes", "dates", "suppressions",
}  # fmt: skip

#: check name -> function, filled as modules are imported
_REGISTRY: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    def deco(fn: Check) -> Check:
        _REGISTRY[name] = fn
        return fn

    return deco


def get_check(name: str) -> Check:
    """The function behind a check name (imports its module on first use)."""
    if name not in _REGISTRY:
        import importlib

        importlib.import_module(f"consistency.rules.primitives.{CHECK_MODULES[name]}")
    return _REGISTRY[name]


#: names a rule file may use in ``check:``
CHECKS = CHECK_MODULES
