"""Render the figures table: rich table, JSON (the contract) or CSV."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from consistency.normalise.tables import FIGURE_COLUMNS, DocumentContext


def figure_records(contexts: list[DocumentContext]) -> list[dict]:
    return [f.contract() for c in contexts for f in c.figures if f.kind != "vague"]


def render_json(contexts: list[DocumentContext], out: TextIO) -> None:
    payload = {
        "figures": figure_records(contexts),
        # which format each file was read as, and what a figure's "line" counts there
        "documents": [
            {"path": c.path, "format": c.format,
             "locations": "paragraph" if c.paragraph_starts else "line"}
            for c in contexts
        ],
    }  # fmt: skip
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_csv(contexts: list[DocumentContext], out: TextIO) -> None:
    from consistency.normalise.tables import Tables

    frame = Tables(documents=contexts).frame("figures")
    frame.to_csv(out, index=False, columns=FIGURE_COLUMNS)


def render_rich(contexts: list[DocumentContext], out: TextIO | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out or sys.stdout, highlight=False)
    for c in contexts:
        title = c.path + (f" ({c.format}; ¶ = paragraph)" if c.paragraph_starts else "")
        table = Table(title=title, title_justify="left", header_style="bold")
        for col in ("¶" if c.paragraph_starts else "line", "text", "value", "low", "high", "qualifier", "unit", "kind", "noun",
                    "places"):  # fmt: skip
            table.add_column(col, overflow="fold")
        for rec in (f.contract() for f in c.figures if f.kind != "vague"):
            table.add_row(
                str(rec["line"]), rec["text"], _n(rec["value"]), _n(rec["low"]), _n(rec["high"]),
                rec["qualifier"], rec["unit"] or "", rec["kind"], rec["noun"] or "",
                ", ".join(rec["places"]) + (" (each)" if rec["each"] else ""),
            )  # fmt: skip
        console.print(table)


def _n(x) -> str:
    if x is None:
        return "∞"
    if isinstance(x, int) or float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1e6 else f"{x:,.0f}"
