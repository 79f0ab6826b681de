"""Word, web and PDF articles made inside tests (no binary fixtures to go stale)."""

from __future__ import annotations

import io


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None,
              title: str | None = None) -> bytes:  # fmt: skip
    """A .docx with a heading, the paragraphs, then the table (if any) and a closing line."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
        document.add_heading(title, 1)
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
        document.add_paragraph("Reporting by the newsroom.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (Helvetica), one line per string; an empty
    list gives a page with no text at all, as a scan has."""
    content = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"({safe}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def news_page(paragraphs: list[str], title: str = "Drones downed overnight",
              date: str | None = "2024-11-18") -> str:  # fmt: skip
    """A web page as news sites serve it: navigation, the story, a sidebar, comments."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Daily News</title>{meta}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/top-50">Top 50 stories</a>
</nav></header>
<main><article>
<h1>{title}</h1>
{body}
</article>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">7 things about 3 towns</a></li>
<li><a href="/b">12 of 40 new cafes</a></li></ol></aside>
<section id="comments" class="comments"><h2>Comments (25)</h2>
<div class="comment"><p>Reader: there were 90 drones, of which 2 hit, 95% of them missed</p></div>
</section></main>
<footer>Copyright 2024. 14 offices in 9 countries.</footer>
</body></html>"""
