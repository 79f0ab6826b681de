"""Word, web and PDF articles: read, checked, and located by paragraph."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.documents import make_docx, make_pdf, news_page

STORY = [
    "MOSCOW, Nov 18 (Reuters) - Russian air defences destroyed 31 Ukrainian drones overnight, "
    "the defence ministry said.",
    "Ten drones were downed over the Belgorod region, three over Kursk, three over Bryansk, two "
    "over Oryol, one over Tula, one over Kaluga and one over the Moscow region.",
]


def test_docx_finding_points_at_its_paragraph(tmp_path):
    p = tmp_path / "story.docx"
    p.write_bytes(make_docx(STORY, title="Drones downed"))
    res = run_cli("check", str(p), "--format", "json")
    assert res.code == 0, res.err  # a warning: the default --fail-on is error
    data = res.json()
    (finding,) = [f for f in data["findings"] if f["rule"] == "breakdown-sum"]
    # paragraph 1 is the heading, the total sits in paragraph 2
    assert finding["line"] == 2
    assert "short by 10" in finding["message"]
    (doc,) = data["documents"]
    assert doc["format"] == "docx" and doc["locations"] == "paragraph"


def test_docx_table_cells_are_read_in_order(tmp_path):
    p = tmp_path / "table.docx"
    table = [["Region", "Drones"], ["Belgorod", "10"], ["Kursk", "3"]]
    p.write_bytes(make_docx(["The ministry said 13 drones were downed."], table))
    res = run_cli("figures", str(p), "--format", "json")
    assert res.code == 0, res.err
    figures = res.json()["figures"]
    assert [f["text"] for f in figures] == ["13", "10", "3"]
    # paragraph 1: the sentence; then Region, Drones, Belgorod, 10, Kursk, 3
    assert [f["line"] for f in figures] == [1, 5, 7]


def test_docx_on_the_terminal_says_paragraph(tmp_path):
    p = tmp_path / "story.docx"
    p.write_bytes(make_docx(STORY))
    res = run_cli("check", str(p), "--format", "rich")
    assert "story.docx, " in res.out and "paragraph 1  warning  breakdown-sum" in res.out
    assert "10 + 3 + 3 + 2 + 1 + 1 + 1 = 21" in res.out


def test_web_page_reads_the_story_not_the_navigation_or_comments(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(news_page(STORY[1:] + ["Officials said 31 drones had been destroyed in all."]))
    res = run_cli("figures", str(p), "--format", "json")
    assert res.code == 0, res.err
    texts = [f["text"] for f in res.json()["figures"]]
    assert "31" in texts and "Ten" in texts
    for noise in ("50", "12", "40", "25", "90", "95%", "14", "9"):  # nav, sidebar, comments
        assert noise not in texts, texts
    (doc,) = res.json()["documents"]
    assert doc["format"] == "html"


def test_web_page_finding_has_a_paragraph_and_the_page_date(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(news_page(STORY, date="2024-11-18"))
    res = run_cli("check", str(p), "--format", "json", "--fail-on", "warning")
    assert res.code == 1, res.err
    data = res.json()
    (finding,) = data["findings"]
    assert finding["rule"] == "breakdown-sum" and finding["line"] == 2
    assert data["documents"][0]["date"] == "2024-11-18"


def test_web_page_on_stdin_is_recognised(tmp_path):
    res = run_cli("check", "-", "--format", "line", stdin=news_page(STORY))
    assert res.code == 0, res.err
    assert res.out.startswith("<stdin>:2:")


def test_pdf_with_a_text_layer_is_checked(tmp_path):
    p = tmp_path / "story.pdf"
    p.write_bytes(make_pdf(["It was 20C (78F) in Kyiv on Monday, officials said."]))
    res = run_cli("check", str(p), "--format", "json")
    assert res.code == 1, res.err
    (finding,) = res.json()["findings"]
    assert finding["rule"] == "unit-conversion" and finding["line"] == 1
    assert res.json()["documents"][0]["format"] == "pdf"


def test_scanned_pdf_is_a_clear_not_supported(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([]))
    ok = tmp_path / "ok.txt"
    ok.write_text(STORY[0] + " " + STORY[1] + "\n")
    res = run_cli("check", str(p), str(ok), "--format", "line")
    assert res.code == 2
    assert res.err.strip() == (
        f"consistency: error: {p}: this PDF has no usable text layer (a scan?), which is not "
        "supported; export the article as .txt, .md or .docx"
    )
    assert "breakdown-sum" in res.out  # the other file was still checked


@pytest.mark.parametrize(
    "name, raw, says",
    [
        ("broken.docx", b"PK\x03\x04 not really a zip", "cannot read this Word document"),
        ("broken.pdf", b"%PDF-1.4\nnothing else", "cannot read this PDF"),
        ("empty.html", b"<html><body><nav>Home</nav></body></html>", "no article text found"),
    ],
)
def test_broken_files_get_one_line(tmp_path, name, raw, says):
    p = tmp_path / name
    p.write_bytes(raw)
    res = run_cli("check", str(p))
    assert res.code == 2
    assert says in res.err and len(res.err.strip().splitlines()) == 1
    assert "Traceback" not in res.err


def test_directories_include_word_and_web_articles(tmp_path):
    (tmp_path / "a.docx").write_bytes(make_docx(STORY))
    (tmp_path / "b.html").write_text(news_page(STORY))
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    res = run_cli("check", str(tmp_path), "--format", "json")
    docs = res.json()["documents"]
    assert sorted(d["format"] for d in docs) == ["docx", "html"]


def test_inputs_are_not_modified(tmp_path):
    p = tmp_path / "story.docx"
    raw = make_docx(STORY)
    p.write_bytes(raw)
    run_cli("check", str(p))
    assert p.read_bytes() == raw
