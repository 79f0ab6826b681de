"""Ingest: paths, stdin or uploaded bytes -> ``Document`` objects (text plus metadata)."""

from consistency.ingest.documents import (
    MAX_BYTES,
    Document,
    collect_paths,
    document_from_bytes,
    load_documents,
    parse_document,
    read_document,
)

__all__ = [
    "MAX_BYTES",
    "Document",
    "collect_paths",
    "document_from_bytes",
    "load_documents",
    "parse_document",
    "read_document",
]
