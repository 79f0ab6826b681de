"""Check primitives: the few kinds of arithmetic a YAML rule can ask for.

A primitive takes a rule and the rows of the table the rule names and yields
``Finding`` objects. Every concrete rule is YAML; a new rule of an existing
kind needs no Python. Primitives register themselves in ``CHECKS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from consistency.normalise.tables import Tables
from consistency.rules.model import Finding, Rule

Check = Callable[[Rule, list[Any], Tables], Iterable[Finding]]

#: check name -> function
CHECKS: dict[str, Check] = {}
#: tables a rule may name
TABLES: set[str] = {"breakdowns", "series", "conversions", "shares", "changes", "dates"}


def check(name: str) -> Callable[[Check], Check]:
    def deco(fn: Check) -> Check:
        CHECKS[name] = fn
        return fn

    return deco


def _load() -> None:
    import importlib

    for mod in ("breakdown", "series", "conversion", "share", "change", "weekday"):
        try:
            importlib.import_module(f"consistency.rules.primitives.{mod}")
        except ModuleNotFoundError as exc:
            if exc.name != f"consistency.rules.primitives.{mod}":
                raise


_load()
