"""Render findings: ``line`` (one per line), ``json`` (the contract), ``rich``."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import TextIO

from consistency.normalise.tables import DocumentContext
from consistency.rules.model import Finding

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def document_summaries(contexts: list[DocumentContext], findings: list[Finding]) -> list[dict]:
    per_doc = Counter(f.path for f in findings)
    return [
        {
            "path": c.path,
            "date": c.date.isoformat() if c.date else None,
            "figures": c.counted_figures,
            "findings": per_doc.get(c.path, 0),
            "format": c.format,
            # what a finding's "line" counts in this document
            "locations": "paragraph" if c.paragraph_starts else "line",
        }
        for c in contexts
    ]


def render_json(
    contexts: list[DocumentContext],
    findings: list[Finding],
    out: TextIO,
    problems: list | None = None,
) -> None:
    payload = {
        "version": 1,
        "findings": [f.contract() for f in findings],
        "documents": document_summaries(contexts, findings),
        "errors": [p.contract() for p in problems or []],
    }
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_line(findings: list[Finding], out: TextIO) -> None:
    for f in findings:
        out.write(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule}: {f.message}\n")


def summary_line(contexts: list[DocumentContext], findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    figures = sum(c.counted_figures for c in contexts)
    docs = len(contexts)
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 else ''}"
             for s in ("error", "warning", "info")]  # fmt: skip
    return f"{docs} document{'s' if docs != 1 else ''}, {figures} figures checked: " + ", ".join(
        parts
    )


def render_rich(
    contexts: list[DocumentContext],
    findings: list[Finding],
    out: TextIO | None = None,
    problems: list | None = None,
) -> None:
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out or sys.stdout, highlight=False, soft_wrap=False)

    def indented(text: Text, left: int = 2) -> None:
        # wrapped lines keep the indent of the first
        console.print(Padding(text, (0, 0, 0, left), expand=False))

    by_paragraph = {c.path for c in contexts if c.paragraph_starts}
    for f in findings:
        style = SEVERITY_STYLE.get(f.severity, "")
        head = Text()
        where = (
            f"{f.path}, paragraph {f.line}"
            if f.path in by_paragraph
            else f"{f.path}:{f.line}:{f.column}"
        )
        head.append(where, style="bold")
        head.append("  ")
        head.append(f.severity, style=style)
        head.append(f"  {f.rule}", style="magenta")
        console.print(head)
        indented(Text(f.message, style="bold"))
        if f.quote:
            body = Text(f.quote, style="dim")
            for a, b in f.highlights:
                body.stylize(
                    "bold underline " + ("red" if f.severity == "error" else "yellow"), a, b
                )
            indented(body, 4)
        if f.table:
            t = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
            for h in f.table_header or []:
                t.add_column(h)
            for i, row in enumerate(f.table):
                t.add_row(*row, style=("bold red" if i == f.highlight_row else None))
            console.print(t)
        if f.arithmetic:
            indented(Text("= " + f.arithmetic, style="cyan"))
        if f.hint:
            indented(Text("hint: " + f.hint, style="green"))
        console.print()
    summary = summary_line(contexts, findings)
    if problems:
        n = len(problems)
        summary += f"; {n} input{'s' if n != 1 else ''} could not be checked (see above)"
    console.print(Text(summary, style="bold"))
