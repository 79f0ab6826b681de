"""Word, web and PDF articles: the story's text, paragraph by paragraph.

* ``.docx`` through python-docx: body paragraphs and table cells in reading order;
* ``.html``/``.htm`` through trafilatura, an article extractor: the story, not the
  navigation, adverts or comments; its title and publication date become metadata;
* ``.pdf`` through pypdf, when the file holds a text layer (a scanned PDF does not:
  that is a clear "not supported").

Paragraphs are joined by blank lines, so sentences never run across them, and every
offset reported downstream is an offset into this extracted text. Findings on these
formats give the paragraph number as their line.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from consistency.errors import InputError

EXTRACTED_SUFFIXES = (".docx", ".html", ".htm", ".pdf")
#: Fewer words than this is a page's furniture ("Home", "Sign in"), not an article.
MIN_WORDS = 8
FORMAT_NAMES = {".docx": "docx", ".html": "html", ".htm": "html", ".pdf": "pdf"}


def sniff_suffix(raw: bytes) -> str | None:
    """The suffix a nameless input (stdin, an upload without a name) should have had,
    judged by its first bytes; None for anything else, which is read as text."""
    if raw.startswith(b"%PDF"):
        return ".pdf"
    if raw.startswith(b"PK\x03\x04") and b"word/" in raw:
        return ".docx"
    head = raw[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return ".html"
    return None


@dataclass
class Extracted:
    format: str
    paragraphs: list[str]
    title: str | None = None
    date: str | None = None
    metadata: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def paragraph_starts(self) -> list[int]:
        starts, pos = [], 0
        for p in self.paragraphs:
            starts.append(pos)
            pos += len(p) + 2
        return starts


def _clean(paragraphs) -> list[str]:
    out = []
    for p in paragraphs:
        p = re.sub(r"[ \t\u00a0]+", " ", p.replace("\r", "")).strip()
        if p:
            out.append(p)
    return out


def extract(raw: bytes, suffix: str, label: str) -> Extracted:
    """The article text of a Word, web or PDF file; a clear error for a broken one."""
    fmt = FORMAT_NAMES[suffix]
    try:
        if fmt == "docx":
            got = _docx(raw)
        elif fmt == "html":
            got = _html(raw)
        else:
            got = _pdf(raw, label)
    except InputError:
        raise
    except Exception as exc:  # a broken file: the library's own complaint, one line
        what = {"docx": "Word document", "html": "web page", "pdf": "PDF"}[fmt]
        raise InputError(
            f"{label}: cannot read this {what} ({type(exc).__name__}: {exc})"
        ) from None
    if sum(len(p.split()) for p in got.paragraphs) < MIN_WORDS:
        raise InputError(f"{label}: no article text found in this {fmt} file")
    return got


def _docx(raw: bytes) -> Extracted:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(raw))
    paragraphs: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs.append(Paragraph(child, document).text)
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell appears once per column it spans
                        continue
                    seen.add(id(cell._tc))
                    paragraphs.extend(p.text for p in cell.paragraphs)
    props = document.core_properties
    return Extracted("docx", _clean(paragraphs), title=props.title or None)


def _decode_html(raw: bytes) -> str:
    head = raw[:4096].decode("ascii", "ignore")
    m = re.search(r"""charset\s*=\s*["']?([\w-]+)""", head, re.I)
    for encoding in ([m.group(1)] if m else []) + ["utf-8", "cp1252"]:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def _html(raw: bytes) -> Extracted:
    import trafilatura

    html = _decode_html(raw)
    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_precision=True
    ) or trafilatura.extract(html, include_comments=False, include_tables=True)
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta is not None else None
    date = getattr(meta, "date", None) if meta is not None else None
    return Extracted("html", _clean((text or "").split("\n")), title=title, date=date)


def _pdf(raw: bytes, label: str) -> Extracted:
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(raw))
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(pages)
    letters = sum(ch.isalpha() for ch in text)
    if letters < 20 or letters < 0.3 * len(text.strip()):
        raise InputError(
            f"{label}: this PDF has no usable text layer (a scan?), which is not supported; "
            "export the article as .txt, .md or .docx"
        )
    # a paragraph ends at a blank line, or at a line ending a sentence
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line  # a word hyphenated across lines
        else:
            current.append(line)
        if re.search(r"[.!?]['\"”’)]?$", line) and len(" ".join(current)) > 200:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return Extracted("pdf", _clean(paragraphs), title=(reader.metadata or {}).get("/Title"))
