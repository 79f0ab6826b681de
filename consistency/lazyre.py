"""Regexes compiled on first use, so importing a module costs no compilation.

Commands that never reach a table builder (``rules``, ``explain``) then start
without paying for its patterns.
"""

from __future__ import annotations

import re
from typing import Any

from consistency.recache import re_compile


class LazyRe:
    """A pattern compiled on first attribute access (``.search``, ``.finditer``...)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, *args: Any) -> None:
        self._args = args
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re_compile(*self._args)
        return getattr(self._compiled, name)


def lazy(pattern: str, flags: int = 0) -> LazyRe:
    return LazyRe(pattern, flags)
