"""Per-file input problems: one bad file is reported and the run goes on.

A problem raised while reading or checking one input (not UTF-8, empty, malformed
front matter, a sheet without dates, ...) is kept as an ``InputProblem`` with the
path it belongs to, printed as ``path: problem`` on stderr, listed under
``errors`` in the JSON and SARIF outputs, and makes the run exit with 2 -- after
every other document has been checked, as ruff and Vale do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class InputProblem:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def contract(self) -> dict:
        out: dict = {"path": self.path, "message": self.message}
        if self.line:
            out["line"] = self.line
        return out


def problem_from(path: str, exc: BaseException) -> InputProblem:
    """The problem an exception describes, with the path prefix its message carries
    ("x.md:2: malformed front matter") split off."""
    text = str(exc)
    label = "<stdin>" if path == "-" else path
    for prefix in (label, path):
        if text.startswith(prefix + ":"):
            rest = text[len(prefix) + 1 :]
            m = re.match(r"(\d+):\s*", rest)
            if m:
                return InputProblem(label, rest[m.end() :].strip(), int(m.group(1)))
            return InputProblem(label, rest.strip())
    if not isinstance(exc, Exception) or type(exc).__name__ != "InputError":
        text = f"internal error while reading this file: {type(exc).__name__}: {text}"
    return InputProblem(label, text)
