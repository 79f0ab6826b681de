"""Reading articles: plain text or Markdown, UTF-8, optional YAML front matter.

Offsets reported downstream are offsets into ``Document.text`` (the decoded
file with any BOM removed). Front matter stays in ``text`` so those offsets
match the file, but extraction starts at ``body_start``.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from consistency.errors import InputError
from consistency.ingest.suppressions import find_suppressions

#: Articles are small; anything larger is almost certainly the wrong file.
MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
TABLE_SUFFIXES = (".csv", ".json")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class Document:
    """One article: its text and what we know about it."""

    path: str
    text: str
    body_start: int = 0
    date: _dt.date | None = None
    #: Where ``date`` came from: "front matter", "dateline" or "filename".
    date_source: str | None = None
    title: str | None = None
    source: str | None = None
    metadata: dict = field(default_factory=dict)
    #: Inline ``<!-- consistency off -->`` switches (see ingest/suppressions.py).
    suppressions: list = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


def _coerce_date(value: object, path: str) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y", "%b %d, %Y"):
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return _dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError(
            f"{path}: front matter 'date' is not a date I can read: {text!r} (use YYYY-MM-DD)"
        ) from None


def parse_document(text: str, path: str = "-") -> Document:
    """Split front matter from the body and read ``date``/``title``/``source``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError(f"{path}: looks like a binary file, not text")
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    doc = Document(path=path, text=text, suppressions=find_suppressions(text))
    if re.match(r"---[ \t]*\r?\n", text):  # "---5 drones" is text, not front matter
        match = _FRONT_MATTER.match(text)
        if match is None:
            raise InputError(f"{path}:1: front matter starts with '---' but is never closed")
        import yaml  # only documents with front matter pay for the import

        try:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            meta = yaml.load(match.group(1), Loader=loader) or {}  # noqa: S506 (safe loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 2}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or "invalid YAML"
            raise InputError(f"{path}{line}: malformed front matter: {problem}") from None
        if not isinstance(meta, dict):
            raise InputError(f"{path}:2: malformed front matter: expected 'key: value' lines")
        doc.metadata = meta
        doc.body_start = match.end()
        doc.date = _coerce_date(meta.get("date"), path)
        title = meta.get("title")
        doc.title = str(title) if title is not None else None
        source = meta.get("source")
        doc.source = str(source) if source is not None else None
        if doc.date is not None:
            doc.date_source = "front matter"
    if doc.date is None:  # a dateline ("MOSCOW, Nov 18 (Reuters) -") or the file name
        from consistency.ingest.dates import document_date

        found, where = document_date(text, doc.body_start, path)
        if isinstance(found, _dt.date):
            doc.date, doc.date_source = found, where
    return doc


def _decode(raw: bytes, path: str) -> str:
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8"
        ) from None


def read_document(path: str) -> Document:
    """Read one file (or ``-`` for stdin) into a ``Document``."""
    if path == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        label = "<stdin>"
    else:
        label = path
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file or directory")
        if p.is_dir():
            raise InputError(f"{path}: is a directory")
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise InputError(
                    f"{path}: file is too large ({size // (1024 * 1024)} MiB; the limit is "
                    f"{MAX_BYTES // (1024 * 1024)} MiB)"
                )
            raw = p.read_bytes()
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise InputError(f"{label}: input is too large (limit {MAX_BYTES // (1024 * 1024)} MiB)")
    return parse_document(_decode(raw, label), label)


def collect_paths(args: Iterable[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[str]:
    """Expand directories into the text files they hold (sorted, recursive)."""
    paths: list[str] = []
    for arg in args:
        if arg == "-":
            paths.append(arg)
            continue
        p = Path(arg)
        if p.is_dir():
            found = sorted(
                str(child)
                for child in _walk(p)
                if child.suffix.lower() in suffixes and child.is_file()
            )
            if not found:
                raise InputError(
                    f"{arg}: directory holds no {', '.join('*' + s for s in suffixes)} files"
                )
            paths.extend(found)
        else:
            paths.append(arg)
    # a file named twice (directly and through its directory) is checked once
    seen: set[str] = set()
    unique = []
    for p in paths:
        key = p if p == "-" else os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                yield Path(dirpath) / name


def load_documents(args: Iterable[str]) -> list[Document]:
    """Read every document named on the command line (directories expanded)."""
    return [read_document(p) for p in collect_paths(args)]
