"""Reading articles: plain text or Markdown (UTF-8, optional YAML front matter), and
Word, web and PDF articles through ``ingest.formats``.

Offsets reported downstream are offsets into ``Document.text`` (the decoded
file with any BOM removed, or the text extracted from a .docx/.html/.pdf). Front
matter stays in ``text`` so those offsets match the file, but extraction starts at
``body_start``.
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
from consistency.ingest.formats import EXTRACTED_SUFFIXES
from consistency.ingest.suppressions import find_suppressions
from consistency.recache import re_compile

#: Articles are small; anything larger is almost certainly the wrong file.
MAX_BYTES = 20 * 1024 * 1024

#: Articles read as they are.
PLAIN_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: Every article format a directory is searched for.
TEXT_SUFFIXES = PLAIN_SUFFIXES + EXTRACTED_SUFFIXES
TABLE_SUFFIXES = (".csv", ".json")

_FRONT_MATTER = re_compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)


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
    #: What was read: "text" (.txt/.md/stdin), "docx", "html" or "pdf".
    format: str = "text"
    #: For extracted formats, where each paragraph starts in ``text``: locations are
    #: reported as paragraph numbers, since the file has no lines of its own.
    paragraph_starts: list[int] | None = None

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
        except (ValueError, OverflowError, TypeError) as exc:
            # "date: 2026-02-30": YAML reads it as a timestamp and the day does not exist
            raise InputError(f"{path}: malformed front matter: {exc}") from None
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
        raise InputError(f"{path}: looks like a binary file, not text (not supported)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8"
        ) from None


def read_document(path: str, max_bytes: int | None = None) -> Document:
    """Read one file (or ``-`` for stdin) into a ``Document``; larger than ``max_bytes``
    (default ``MAX_BYTES``) is refused."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if path == "-":
        raw = sys.stdin.buffer.read(limit + 1)
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
            if size > limit:
                raise InputError(
                    f"{path}: file is too large ({_mib(size)}; the limit is {_mib(limit)}, "
                    "raise it with --max-size)"
                )
            raw = p.read_bytes()
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if len(raw) > limit:
        raise InputError(
            f"{label}: input is too large (the limit is {_mib(limit)}, see --max-size)"
        )
    return document_from_bytes(raw, label, None if path == "-" else Path(path).suffix)


def document_from_bytes(raw: bytes, label: str, suffix: str | None = None) -> Document:
    """A ``Document`` from a file's bytes: Word, web and PDF articles by ``suffix``
    (judged from the bytes when there is none, as for stdin), everything else as text."""
    if suffix is None:
        from consistency.ingest.formats import sniff_suffix

        suffix = sniff_suffix(raw) or ""
    suffix = suffix.lower()
    if suffix in EXTRACTED_SUFFIXES:
        return extracted_document(raw, suffix, label)
    _refuse_other_formats(raw, label)
    return parse_document(_decode(raw, label), label)


def extracted_document(raw: bytes, suffix: str, label: str) -> Document:
    """A Word, web or PDF article as a ``Document`` of its extracted paragraphs."""
    from consistency.ingest.formats import extract

    got = extract(raw, suffix, label)
    text = got.text
    doc = Document(
        path=label,
        text=text,
        title=got.title,
        suppressions=find_suppressions(text),
        format=got.format,
        paragraph_starts=got.paragraph_starts(),
    )
    if got.date:
        try:
            doc.date, doc.date_source = _coerce_date(got.date, label), "metadata"
        except InputError:
            pass  # a page's unreadable date is no reason to refuse its article
    if doc.date is None:
        from consistency.ingest.dates import document_date

        found, where = document_date(text, 0, label)
        if isinstance(found, _dt.date):
            doc.date, doc.date_source = found, where
    return doc


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n % (1024 * 1024) else f"{n // (1024 * 1024)} MiB"


#: Formats recognised by their first bytes in a file not named for them.
_MAGIC = (
    (b"%PDF", "a PDF document read as text; name it .pdf to have its text extracted"),
    (b"PK\x03\x04", "a zip archive (a Word file? name it .docx to have it read)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc), which is not supported; "
     "save it as .docx"),
    (b"{\\rtf", "an RTF document, which is not supported; save it as .docx or .txt"),
)  # fmt: skip


def _refuse_other_formats(raw: bytes, label: str) -> None:
    """A clear message for documents of other formats, before any decoding."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"{label}: {what}")
    head = raw[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise InputError(
            f"{label}: an HTML page read as text; name it .html to have its article extracted"
        )


def collect_paths(
    args: Iterable[str],
    suffixes: tuple[str, ...] = TEXT_SUFFIXES,
    problems: list | None = None,
) -> list[str]:
    """Expand directories into the text files they hold (sorted, recursive). With
    ``problems``, a missing path or an empty directory is recorded there and the
    other paths are kept; without, it raises."""
    from consistency.ingest.problems import InputProblem

    def bad(arg: str, message: str) -> None:
        if problems is None:
            raise InputError(f"{arg}: {message}")
        problems.append(InputProblem(arg, message))

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
                bad(arg, f"directory holds no {', '.join('*' + s for s in suffixes)} files")
            paths.extend(found)
        elif not p.exists():
            bad(arg, "no such file or directory")
        else:
            paths.append(arg)
    # a file named twice (directly and through its directory) is checked once
    seen: set[str] = set()
    unique = []
    real_dirs: dict[str, str] = {}
    for p in paths:
        key = p if p == "-" else real_path(p, real_dirs)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def real_path(path: str, real_dirs: dict[str, str]) -> str:
    """``os.path.realpath(path)``, resolving each directory once (``real_dirs``, kept by
    the caller across calls): a folder of thousands of articles is one resolution. A
    symbolic link is resolved whole, so it lands where its target is."""
    if os.path.islink(path):
        return os.path.realpath(path)
    head, tail = os.path.split(os.path.abspath(path))
    real = real_dirs.get(head)
    if real is None:
        real = real_dirs[head] = os.path.realpath(head)
    return os.path.join(real, tail)


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                yield Path(dirpath) / name


def load_documents(args: Iterable[str]) -> list[Document]:
    """Read every document named on the command line (directories expanded)."""
    return [read_document(p) for p in collect_paths(args)]
