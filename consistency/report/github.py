"""GitHub Actions workflow commands: each finding becomes an annotation on the line
it is about (``::error file=...,line=...,col=...,title=...::message``)."""

from __future__ import annotations

from typing import TextIO

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result, out: TextIO) -> None:
    for f in result.findings:
        message = f.message + (f" ({f.arithmetic})" if f.arithmetic else "")
        out.write(
            f"::{COMMAND[f.severity]} file={_prop(f.path)},line={f.line},col={f.column},"
            f"title={_prop('consistency ' + f.rule)}::{_data(message)}\n"
        )
    for p in result.problems:
        line = f",line={p.line}" if p.line else ""
        out.write(f"::error file={_prop(p.path)}{line},title=consistency::{_data(p.message)}\n")
