"""The review page: an article with its figures highlighted and its findings beside it.

One rendering serves two uses: ``check --format html`` writes a self-contained page
(styles, script and data inline, nothing fetched), and ``consistency serve`` sends the
same page with the data fetched after a paste or an upload. The page builds the article
from the data with DOM text nodes, so an article's own markup (``<script>``,
``<img onerror=...>``) is shown as text and never runs; the self-contained page also
carries a Content-Security-Policy that allows only its own inline script, by hash.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from importlib import resources
from typing import TextIO

from consistency import __version__

ASSETS = "consistency.report.assets"


def asset_text(name: str) -> str:
    """A file shipped with the package (template, script, stylesheet)."""
    return resources.files(ASSETS).joinpath(name).read_text(encoding="utf-8")


def _where(located_by_paragraph: bool, line: int) -> str:
    return f"paragraph {line}" if located_by_paragraph else f"line {line}"


def review_data(result, downloads: bool = True) -> dict:
    """Everything the page shows, as JSON-ready data: documents (text and figures),
    findings (with the spans of their figures), counts and the downloadable reports."""
    from consistency.report.findings import summary_line

    by_paragraph = {c.path for c in result.contexts if c.paragraph_starts}
    documents = []
    for i, c in enumerate(result.contexts):
        figures = []
        for f in c.figures:
            if f.kind == "vague":
                continue
            rec = f.contract()
            rec["where"] = _where(c.path in by_paragraph, f.line)
            figures.append(rec)
        documents.append(
            {
                "id": i,
                "path": c.path,
                "title": c.title,
                "date": c.date.isoformat() if c.date else None,
                "format": c.format,
                "locations": "paragraph" if c.paragraph_starts else "line",
                "text": c.text,
                "body_start": c.body_start,
                "figures": figures,
            }
        )
    doc_ids = {d["path"]: d["id"] for d in documents}
    findings = []
    for n, f in enumerate(result.findings):
        findings.append(
            {
                "id": n,
                "rule": f.rule,
                "severity": f.severity,
                "path": f.path,
                "document": doc_ids.get(f.path),
                "line": f.line,
                "column": f.column,
                "where": _where(f.path in by_paragraph, f.line),
                "message": f.message,
                "arithmetic": f.arithmetic or None,
                "hint": f.hint or None,
                "offset": f.offset,
                "spans": [
                    {
                        "document": doc_ids.get(g.path),
                        "start": g.start,
                        "end": g.end,
                        "text": g.text,
                    }
                    for g in f.figures
                ],  # fmt: skip
            }
        )
    data = {
        "version": __version__,
        "summary": summary_line(result.contexts, result.findings),
        "counts": {
            s: sum(1 for f in result.findings if f.severity == s)
            for s in ("error", "warning", "info")
        },
        "documents": documents,
        "findings": findings,
        "errors": [str(p) for p in result.problems],
    }
    if downloads:
        data["downloads"] = downloadable_reports(result)
    return data


def downloadable_reports(result) -> dict[str, str]:
    """The run's report as the JSON contract, the figures table as CSV, and SARIF."""
    from consistency.report import figures as figures_report
    from consistency.report.findings import render_json
    from consistency.report.sarif import render_sarif

    out = {}
    buf = io.StringIO()
    render_json(result.contexts, result.findings, buf, result.problems)
    out["json"] = buf.getvalue()
    buf = io.StringIO()
    figures_report.render_csv(result.contexts, buf)
    out["csv"] = buf.getvalue()
    buf = io.StringIO()
    render_sarif(result, buf)
    out["sarif"] = buf.getvalue()
    return out


def embed_json(data: object) -> str:
    """JSON safe inside a ``<script type="application/json">`` block: no ``<``, ``>``
    or ``&`` survives, so an article's ``</script>`` cannot close the block."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: asset_text(name)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def page_html(data: dict | None, served: bool, max_upload: int | None = None) -> str:
    """The review page. ``served``: the page of ``consistency serve`` (paste and upload,
    scripts and styles fetched from the server); else a self-contained report of ``data``."""
    script = asset_text("review.js")
    style = asset_text("review.css")
    template = _environment().get_template("review.html.j2")
    if served:
        return template.render(
            served=True, inline=False, data_json=None, version=__version__,
            max_upload=max_upload or 0, csp=None, title="consistency review",
        )  # fmt: skip
    csp = (
        "default-src 'none'; "
        f"script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    names = ", ".join(d["path"] for d in (data or {}).get("documents", [])[:3])
    return template.render(
        served=False, inline=True, data_json=embed_json(data), version=__version__,
        script=script, style=style, csp=csp, max_upload=0,
        title=f"consistency review: {names}" if names else "consistency review",
    )  # fmt: skip


def render_html(result, out: TextIO) -> None:
    """``check --format html``: one self-contained annotated page for the whole run."""
    out.write(page_html(review_data(result), served=False))
