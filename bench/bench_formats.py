#!/usr/bin/env python3
"""Word and web articles: are the same figures found as in the plain text?

    python bench/bench_formats.py [N]     (default: every BBC article)

Each real BBC article in ../shared/realnews/bbc is written three ways: as its .txt, as
a .docx (python-docx: title as a heading, one paragraph per paragraph, plus a table of
two figures from the story), and as a news web page (the story in <article>, around it
navigation, a "most read" sidebar, reader comments and a footer, all full of numbers of
their own). Each is read through ``consistency``'s ingest and extraction; the script
counts articles whose figure list (text and value, in order) equals the .txt's, figures
lost, and figures picked up from the page furniture (which must be none), and the time
each format takes. Whole articles only; skips when ../shared is absent.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "realnews" / "bbc"

FURNITURE_NUMBERS = ("47", "1,234", "88%", "£9.99", "365")


def news_page(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} - News</title>
<meta property="article:published_time" content="2005-01-10"></head><body>
<header><nav><a href="/">Home</a> <a href="/n">News</a> <a href="/top">Top 47 stories</a></nav></header>
<main><article><h1>{escape(title)}</h1>
{body}
</article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">1,234 readers agree</a></li>
<li><a href="/b">88% of drivers say so</a></li></ol></aside>
<section class="comments" id="comments"><h2>Comments</h2>
<div class="comment"><p>Reader: it cost me £9.99 and took 365 days to arrive, a disgrace.</p></div>
</section></main><footer>Copyright 2005</footer></body></html>"""


def main() -> int:
    if not BBC.is_dir():
        print("skipped: ../shared/realnews/bbc not found")
        return 0
    from consistency.ingest import read_document
    from consistency.pipeline import analyse_one, make_extractor
    from tests.documents import make_docx

    paths = sorted(BBC.rglob("*.txt"))
    if len(sys.argv) > 1:
        random.Random(0).shuffle(paths)
        paths = sorted(paths[: int(sys.argv[1])])
    extractor = make_extractor()

    def figures(path: Path) -> list[tuple[str, float]]:
        ctx = analyse_one(read_document(str(path)), extractor)
        return [(f.text, f.value) for f in ctx.figures if f.kind != "vague"]

    totals = {fmt: {"same": 0, "lost": 0, "extra": 0, "furniture": 0, "seconds": 0.0}
              for fmt in ("txt", "docx", "html")}  # fmt: skip
    n_figures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
            lines = [ln for ln in lines if ln]
            title, paragraphs = lines[0], lines[1:]
            docx_path = Path(tmp) / "a.docx"
            html_path = Path(tmp) / "a.html"
            docx_path.write_bytes(make_docx(paragraphs, title=title))
            html_path.write_text(news_page(title, paragraphs), encoding="utf-8")
            t = time.perf_counter()
            base = figures(path)
            totals["txt"]["seconds"] += time.perf_counter() - t
            n_figures += len(base)
            for fmt, p in (("docx", docx_path), ("html", html_path)):
                t = time.perf_counter()
                got = figures(p)
                totals[fmt]["seconds"] += time.perf_counter() - t
                totals[fmt]["same"] += got == base
                remaining = list(got)
                for fig in base:
                    if fig in remaining:
                        remaining.remove(fig)
                    else:
                        totals[fmt]["lost"] += 1
                totals[fmt]["extra"] += len(remaining)
                totals[fmt]["furniture"] += sum(
                    1 for text, _ in remaining if text in FURNITURE_NUMBERS
                )
    n = len(paths)
    print(f"{n} BBC articles, {n_figures} figures in their .txt")
    print(f"{'format':<6} {'same figures':>14} {'lost':>6} {'extra':>6} {'from furniture':>15} "
          f"{'ms/article':>11}")  # fmt: skip
    for fmt, t in totals.items():
        same = "-" if fmt == "txt" else f"{t['same']}/{n}"
        print(f"{fmt:<6} {same:>14} {t['lost']:>6} {t['extra']:>6} {t['furniture']:>15} "
              f"{1000 * t['seconds'] / n:>11.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
