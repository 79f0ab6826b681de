"""The review page in a real browser: Chromium driven by Playwright.

Chromium comes from the system's package manager (``apt-get install -y chromium``,
done by ``.ci/run``); nothing is downloaded. Without it these tests are skipped with
that instruction, unless ``CONSISTENCY_REQUIRE_BROWSER=1`` (CI) makes that a failure.
Screenshots of the main views go to ``CONSISTENCY_SCREENSHOTS`` (a folder) when set.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, SHARED, start_serve
from tests.documents import make_docx

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
    "--disable-dev-shm-usage",
]  # fmt: skip


def chromium_path() -> str | None:
    explicit = os.environ.get("CONSISTENCY_CHROMIUM")
    if explicit:
        return explicit
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def seed_article() -> str:
    """Seed 004 (the drone breakdown the project started from), else the example."""
    seeds = sorted((SHARED / "seeds").glob("004_*.txt"))
    if seeds:
        return seeds[0].read_text(encoding="utf-8")
    return (EXAMPLES / "drone-breakdown.txt").read_text(encoding="utf-8").split("---", 2)[-1]


@pytest.fixture(scope="module")
def server():
    """``consistency serve`` as a user starts it, on a free port, 1 MiB upload limit."""
    proc, url = start_serve("--max-upload", "1MiB")
    yield url
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        message = "Chromium not found: install it with `apt-get install -y chromium`"
        if os.environ.get("CONSISTENCY_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=LAUNCH_ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page with its dialogs, page errors and console errors recorded."""

    def __init__(self, page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    pg = context.new_page()
    watched = Watched(pg)
    yield watched
    context.close()


def screenshot(page, name: str) -> None:
    folder = os.environ.get("CONSISTENCY_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def paste_and_check(page, url: str, text: str) -> None:
    page.goto(url)
    page.fill("#article", text)
    page.click("#check-button")
    page.wait_for_selector("#review:not([hidden])", timeout=30_000)


def test_pasting_seed_004_shows_the_breakdown_finding_and_its_figures(server, page):
    pg = page.page
    pg.goto(server)
    screenshot(pg, "01-paste-or-drop")
    paste_and_check(pg, server, seed_article())
    finding = pg.locator(".finding").filter(has_text="breakdown-sum")
    assert finding.count() == 1
    assert "short by 10" in finding.inner_text()
    assert "10 + 3 + 3 + 2 + 1 + 1 + 1 = 21" in finding.inner_text()
    flagged = set(pg.locator("mark.fig.flagged").all_inner_texts())
    assert {"31", "Ten", "three", "two", "a single"} <= flagged
    assert "eight" not in flagged  # highlighted as a figure, but not one the finding names
    assert "eight" in pg.locator("mark.fig").all_inner_texts()
    assert "1 error" in pg.inner_text("#summary")
    screenshot(pg, "02-review")
    assert not page.errors and not page.dialogs


def test_choosing_a_finding_marks_its_figures_and_keys_move_between_findings(server, page):
    pg = page.page
    text = seed_article() + "\n\nIt was 20C (78F) in Kursk that night, officials said.\n"
    paste_and_check(pg, server, text)
    findings = pg.locator(".finding")
    assert findings.count() == 2
    assert pg.locator("mark.selected").count() == 0
    findings.nth(0).click()
    marked = pg.locator("mark.selected").all_inner_texts()
    assert "31" in marked and "Ten" in marked and "two" in marked
    assert findings.nth(0).get_attribute("aria-pressed") == "true"
    screenshot(pg, "03-finding-selected")
    pg.keyboard.press("j")  # the next finding: the conversion
    assert findings.nth(1).get_attribute("aria-pressed") == "true"
    assert sorted(pg.locator("mark.selected").all_inner_texts()) == ["20C", "78F"]
    assert pg.evaluate("document.activeElement.dataset.index") == "1"
    pg.keyboard.press("ArrowUp")
    assert findings.nth(0).get_attribute("aria-pressed") == "true"
    assert "31" in pg.locator("mark.selected").all_inner_texts()


def test_hovering_or_focusing_a_figure_shows_what_was_read(server, page):
    pg = page.page
    paste_and_check(pg, server, "The bridge is 80 km (50 miles) long and cost $2.7 million.")
    pg.hover("mark.fig >> text=80 km")
    tip = pg.locator("#tooltip")
    assert tip.is_visible()
    text = tip.inner_text()
    assert "80" in text and "km" in text and "kind" in text
    pg.mouse.move(0, 0)
    pg.focus("mark.fig >> text=$2.7 million")
    assert tip.is_visible() and "2,700,000" in tip.inner_text() and "USD" in tip.inner_text()


def test_uploading_a_word_file_reports_paragraph_locations(server, page, tmp_path):
    pg = page.page
    story = [
        "Russian air defences destroyed 31 Ukrainian drones overnight, the ministry said.",
        "Ten drones were downed over Belgorod, three over Kursk, three over Bryansk, two over "
        "Oryol, one over Tula, one over Kaluga and one over the Moscow region.",
    ]
    path = tmp_path / "drones.docx"
    path.write_bytes(make_docx(story, title="Drones downed overnight"))
    pg.goto(server)
    pg.set_input_files("#file", str(path))
    pg.wait_for_selector("#review:not([hidden])", timeout=30_000)
    finding = pg.locator(".finding").first
    assert "breakdown-sum" in finding.inner_text()
    assert "paragraph 2" in finding.inner_text()
    assert "docx" in pg.inner_text(".doc-meta")
    assert pg.inner_text(".doc-title") == "Drones downed overnight"
    screenshot(pg, "04-word-file")


@pytest.mark.parametrize(
    "name, body, says",
    [
        (
            "broken.docx",
            b"PK\x03\x04 this is not a real Word file",
            "cannot read this Word document",
        ),
        ("table.xlsx", b"PK\x03\x04", "this kind of file is not supported"),
        ("huge.txt", b"5 drones. " * 150_000, "too large"),
    ],
    ids=["broken-docx", "unsupported", "too-large"],
)
def test_a_file_that_cannot_be_checked_shows_a_clear_error(
    server, page, tmp_path, name, body, says
):
    pg = page.page
    path = tmp_path / name
    path.write_bytes(body)
    pg.goto(server)
    pg.set_input_files("#file", str(path))
    error = pg.locator("#error")
    error.wait_for(state="visible", timeout=30_000)
    assert says in error.inner_text()
    assert name in error.inner_text()
    assert pg.locator("#review").is_hidden()
    if name == "broken.docx":
        screenshot(pg, "05-broken-file")


HOSTILE = """<script>window.__pwned = 'script'; alert('script ran')</script>
<img src=x onerror="window.__pwned = 'img'; alert('img ran')">
<svg onload="alert('svg ran')"></svg> <iframe src="javascript:alert('iframe ran')"></iframe>
<a href="javascript:alert('link ran')">click</a> </textarea><b onmouseover=alert(1)>bold</b>
Officials said 12 drones were downed: five over Kursk and four over Bryansk.
"""


def test_an_article_full_of_markup_is_shown_as_text_and_runs_nothing(server, page):
    pg = page.page
    paste_and_check(pg, server, HOSTILE)
    pg.hover(".doc-text")
    pg.wait_for_timeout(300)
    assert page.dialogs == []
    assert pg.evaluate("window.__pwned") is None
    shown = pg.inner_text(".doc-text")
    assert "<script>window.__pwned = 'script'" in shown and "<img src=x onerror=" in shown
    assert (
        pg.locator(".doc-text script, .doc-text img, .doc-text svg, .doc-text iframe").count() == 0
    )
    assert "breakdown-sum" in pg.inner_text("#findings")  # and it was still checked


def test_a_web_page_with_scripts_is_read_as_its_story(server, page, tmp_path):
    pg = page.page
    path = tmp_path / "story.html"
    path.write_text(
        "<html><head><title>Drones</title><script>alert('head')</script></head><body>"
        "<nav>Home 45 stories</nav><article><h1>Drones downed</h1>"
        "<p>Officials said 12 drones were downed: five over Kursk and four over Bryansk.</p>"
        "<p><img src=x onerror=\"alert('img')\">The ministry gave no further details of "
        "the attack or of any damage on the ground.</p></article></body></html>"
    )
    pg.goto(server)
    pg.set_input_files("#file", str(path))
    pg.wait_for_selector("#review:not([hidden])", timeout=30_000)
    assert page.dialogs == []
    assert "45" not in pg.locator("mark.fig").all_inner_texts()
    assert "breakdown-sum" in pg.inner_text("#findings")


def test_a_long_article_shows_progress_while_it_is_checked(server, page):
    pg = page.page

    def slow(route):
        response = route.fetch()
        time.sleep(1.5)
        route.fulfill(response=response)

    pg.route("**/api/check*", slow)
    pg.goto(server)
    pg.fill("#article", seed_article() * 20)
    pg.click("#check-button")
    progress = pg.locator("#progress")
    progress.wait_for(state="visible", timeout=5_000)
    assert "Checking" in pg.inner_text("#progress-text") or "Uploading" in pg.inner_text(
        "#progress-text"
    )
    assert pg.locator("#check-button").is_disabled()
    pg.wait_for_selector("#review:not([hidden])", timeout=30_000)
    assert progress.is_hidden()


def test_the_report_downloads_as_json_csv_and_sarif(server, page):
    pg = page.page
    paste_and_check(pg, server, seed_article())
    got = {}
    for kind in ("json", "csv", "sarif"):
        with pg.expect_download() as info:
            pg.click(f"[data-download={kind}]")
        got[kind] = Path(info.value.path()).read_text(encoding="utf-8")
    report = json.loads(got["json"])
    assert [f["rule"] for f in report["findings"]] == ["breakdown-sum"]
    assert got["csv"].splitlines()[0].startswith("path,start,end,line,text,value")
    assert json.loads(got["sarif"])["version"] == "2.1.0"


def test_figures_tab_lists_every_figure_and_filters(server, page):
    pg = page.page
    paste_and_check(pg, server, seed_article())
    pg.click("#tab-figures")
    rows = pg.locator("#figures-table tbody tr")
    n = int(pg.inner_text("#n-figures"))
    assert rows.count() == n and n >= 7
    pg.fill("#figure-filter", "drone")
    visible = [r for r in rows.all() if r.is_visible()]
    assert 0 < len(visible) < n
    screenshot(pg, "06-figures-tab")


def test_check_format_html_is_a_self_contained_page(page, tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "consistency", "check", str(EXAMPLES / "drone-breakdown.txt"),
         "--format", "html"],
        capture_output=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert out.returncode == 1
    html = out.stdout.decode()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    path = tmp_path / "review.html"
    path.write_text(html, encoding="utf-8")
    pg = page.page
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(path.as_uri())
    pg.wait_for_selector("#review:not([hidden])")
    pg.click(".finding")
    assert "31" in pg.locator("mark.selected").all_inner_texts()
    assert not page.errors, page.errors  # the CSP let the page's own script and style run
    assert pg.locator("#input").count() == 0  # a report, not a form
    assert [u for u in requests if not u.startswith(("file:", "data:", "blob:"))] == []


def open_html_report(page, tmp_path: Path, target: Path):
    """``consistency check TARGET --format html > review.html``, opened from disk in the
    browser as an editor would open it; the page, once the review is shown."""
    out = subprocess.run(
        [sys.executable, "-m", "consistency", "check", str(target), "--format", "html"],
        capture_output=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    path = tmp_path / "review.html"
    path.write_bytes(out.stdout)
    pg = page.page
    pg.goto(path.as_uri())
    pg.wait_for_selector("#review:not([hidden])")
    return pg


def test_html_report_of_a_hostile_article_runs_nothing(page, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE + "</script><script>alert('escaped')</script>\n")
    pg = open_html_report(page, tmp_path, article)
    pg.hover(".doc-text")
    assert page.dialogs == [] and pg.evaluate("window.__pwned") is None
    assert "</script><script>alert('escaped')" in pg.inner_text(".doc-text")


def test_a_report_over_many_documents_opens_on_those_with_findings(page, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Officials said 12 drones were downed: five over Kursk and four over Bryansk.\n"
    )
    (folder / "b.txt").write_text("The council approved 40 new homes on Tuesday.\n")
    (folder / "c.txt").write_text("Turnout was 64%, up from 58% in 2019.\n")
    pg = open_html_report(page, tmp_path, folder)
    assert pg.locator("article.document").count() == 1
    assert "a.txt" in pg.inner_text("article.document")
    pg.uncheck("#only-flagged")
    assert pg.locator("article.document").count() == 3
    pg.click("#tab-figures")
    pg.check("#only-flagged")
    pg.click("#figures-table button.link >> text=40")  # a figure in a hidden document
    assert pg.locator("article.document").count() == 3
    assert not page.errors
