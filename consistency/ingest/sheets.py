"""Tracker sheets: ``.csv`` files and ``.json`` lists of records, one row per date.

A sheet has a date column (detected from its name or its values; ``--date-column``
overrides) and numeric columns. Reading a sheet only parses it: deciding which
columns are running totals and which are per-period counts is normalisation's
job (``consistency.normalise.series``). Bad input is one clear line and exit 2:
no date column, a date that cannot be read, slashed dates whose order
(day-first or month-first) nothing in the column settles.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from consistency.errors import InputError
from consistency.ingest.dates import PartialDate, parse_date, slashed_readings
from consistency.recache import re_compile

_DATE_NAMES = re_compile(
    r"^(?:date|day|as[ _-]?of|as[ _-]?at|report(?:ed|ing)?[ _-]?date|date[ _-]?reported"
    r"|updated?|last[ _-]?updated?|datum|fecha|data|period[ _-]?end(?:ing)?|week[ _-]?ending"
    r"|timestamp|time|dt)$",
    re.I,
)
_NUMBER = re_compile(r"^[~≈]?\s*[+-]?(?:\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?:\.\d+)?$")


@dataclass(slots=True)
class SheetRow:
    """One dated row: its line in the file (1-based), its date and its cells."""

    line: int
    date: _dt.date
    date_text: str
    #: column -> cell text, as written (numbers are parsed by normalisation)
    cells: dict[str, str]
    #: character offset of the row in the file's text
    offset: int = 0
    #: 1-based position among the sheet's rows (records, for JSON)
    index: int = 0


@dataclass
class Sheet:
    path: str
    text: str
    date_column: str
    columns: list[str]
    rows: list[SheetRow] = field(default_factory=list)
    #: rows whose date was written in a different form from the column's usual one
    mixed_formats: bool = False


def parse_number(text: str) -> float | None:
    """A sheet cell as a number: "1,234", "1 234", "12.5"; None for anything else."""
    try:
        return float(text)  # fast path: plain numbers
    except ValueError:
        pass
    s = text.strip()
    if not s or not _NUMBER.match(s):
        return None
    s = re.sub(r"[~≈,\s\u00a0\u202f]", "", s)
    try:
        return float(s)
    except ValueError:
        return None


def _shape(text: str) -> str:
    """A date cell's written form: digits -> 9, letters -> a ("2026-03-01" -> 9999-99-99)."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d", "9", text.strip()))


def _pick_date_column(path: str, columns: list[str], records: list[dict[str, str]],
                      override: str | None) -> str:  # fmt: skip
    if override is not None:
        for c in columns:
            if c == override or c.strip().lower() == override.strip().lower():
                return c
        raise InputError(
            f"{path}: no column named {override!r} for --date-column "
            f"(columns: {', '.join(columns) or 'none'})"
        )
    named = [c for c in columns if _DATE_NAMES.match(c.strip())]
    if named:
        return named[0]
    sample = records[:50]
    for c in columns:
        values = [r.get(c, "") for r in sample if (r.get(c) or "").strip()]
        if values and all(
            parse_date(v, dayfirst=True) is not None and parse_number(v) is None for v in values
        ):
            return c
    raise InputError(
        f"{path}: no date column found (columns: {', '.join(columns) or 'none'}); "
        "name it with --date-column"
    )


def _resolve_dates(path: str, column: str, rows: list[tuple[int, str, int]]) -> list[_dt.date]:
    """Parse every date cell; settle slashed day/month order from the whole column."""
    cache: dict[str, object] = {}
    order: bool | None = None
    ambiguous = []
    out: list[_dt.date | None] = []
    for line, text, _off in rows:
        if text in cache:
            value = cache[text]
        else:
            value = parse_date(text)
            if value is None:
                readings = slashed_readings(text)
                if readings is not None:
                    value = ("ambiguous", readings)
                else:
                    raise InputError(
                        f"{path}:{line}: column {column!r}: cannot read {text.strip()!r} as a date"
                    )
            elif re.fullmatch(r"\s*\d{1,2}/\d{1,2}/\d{2,4}\s*", text):
                a, b = (int(x) for x in text.strip().split("/")[:2])
                order = (a > 12) if (a > 12) != (b > 12) else order
            cache[text] = value
        if isinstance(value, PartialDate):
            raise InputError(f"{path}:{line}: column {column!r}: date {text.strip()!r} has no year")
        if isinstance(value, tuple):
            ambiguous.append((len(out), line, text, value[1]))
            out.append(None)
        else:
            out.append(value)  # type: ignore[arg-type]
    if ambiguous:
        if order is None:
            line, text = ambiguous[0][1], ambiguous[0][2]
            raise InputError(
                f"{path}:{line}: column {column!r}: {text.strip()!r} could be day-first or "
                "month-first and no other date in the column settles it; write dates as YYYY-MM-DD"
            )
        for i, _line, _text, (dayfirst, monthfirst) in ambiguous:
            out[i] = dayfirst if order else monthfirst
    return out  # type: ignore[return-value]


def _csv_records(path: str, text: str) -> tuple[list[str], list[tuple[int, int, dict[str, str]]]]:
    import csv
    import io

    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{path}: sheet is empty") from None
    except csv.Error as exc:
        raise InputError(f"{path}:1: malformed CSV: {exc}") from None
    columns = [h.strip() for h in header]
    if not any(columns):
        raise InputError(f"{path}:1: the first row must name the columns")
    line_starts = [0]
    for m in re.finditer("\n", text):
        line_starts.append(m.end())
    records = []
    prev_line = reader.line_num
    try:
        for row in reader:
            line = prev_line + 1
            prev_line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            off = line_starts[line - 1] if line - 1 < len(line_starts) else 0
            records.append((line, off, dict(zip(columns, row, strict=False))))
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: malformed CSV: {exc}") from None
    return columns, records


def _json_records(path: str, text: str) -> tuple[list[str], list[tuple[int, int, dict[str, str]]]]:
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: malformed JSON: {exc.msg}") from None
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) != 1:
            raise InputError(f"{path}: expected a list of records (or an object holding one)")
        data = lists[0]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError(f"{path}: expected a list of records ({{column: value}} objects)")
    columns: list[str] = []
    seen: set[str] = set()
    for r in data:
        for k in r:
            if k not in seen:
                seen.add(k)
                columns.append(str(k))
    # a record's line: where its opening brace sits (records are top-level list items)
    starts = [m.start() for m in re.finditer(r"\{", text)]
    out = []
    idx = 0
    for r in data:
        off = starts[idx] if idx < len(starts) else 0
        idx += 1 + sum(1 for v in r.values() if isinstance(v, dict))
        line = text.count("\n", 0, off) + 1
        cells = {str(k): ("" if v is None else str(v)) for k, v in r.items()
                 if not isinstance(v, (dict, list))}  # fmt: skip
        out.append((line, off, cells))
    return columns, out


def read_sheet(path: str, date_column: str | None = None) -> Sheet:
    """Read one ``.csv`` or ``.json`` tracker sheet."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if not text.strip():
        raise InputError(f"{path}: sheet is empty")
    if path.lower().endswith(".json"):
        columns, records = _json_records(path, text)
    else:
        columns, records = _csv_records(path, text)
    if not records:
        raise InputError(f"{path}: sheet has a header but no rows")
    column = _pick_date_column(path, columns, [r for _l, _o, r in records], date_column)
    dated = [(line, cells.get(column, ""), off) for line, off, cells in records]
    for line, text_, _off in dated:
        if not text_.strip():
            raise InputError(f"{path}:{line}: column {column!r}: the date is missing")
    dates = _resolve_dates(path, column, dated)
    shapes = {_shape(t) for _l, t, _o in dated[:2000]}
    sheet = Sheet(path, text, column, [c for c in columns if c != column],
                  mixed_formats=len(shapes) > 1)  # fmt: skip
    for i, ((line, off, cells), (_l, date_text, _o), d) in enumerate(
        zip(records, dated, dates, strict=True), 1
    ):
        sheet.rows.append(SheetRow(line, d, date_text.strip(), cells, off, i))
    return sheet


def read_sheets(
    paths: list[str], date_column: str | None = None, problems: list | None = None
) -> list[Sheet]:
    """Every sheet; with ``problems``, a bad sheet is recorded there and the rest go on."""
    if problems is None:
        return [read_sheet(p, date_column) for p in paths]
    from consistency.ingest.problems import problem_from

    out = []
    for p in paths:
        try:
            out.append(read_sheet(p, date_column))
        except (InputError, ValueError, OverflowError, RecursionError) as exc:
            problems.append(problem_from(p, exc))
    return out
