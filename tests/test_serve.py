"""``consistency serve`` over HTTP, as a browser or a script reaches it (no browser needed)."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest

from tests.conftest import run_cli, start_serve
from tests.documents import make_docx


@pytest.fixture(scope="module")
def server():
    proc, url = start_serve("--max-upload", "64KiB")
    yield url
    proc.terminate()
    proc.wait(10)


def post(url: str, body: bytes, name: str, headers: dict | None = None):
    req = urllib.request.Request(
        url + "api/check?name=" + urllib.parse.quote(name), data=body, method="POST",
        headers={"Content-Type": "application/octet-stream", **(headers or {})},
    )  # fmt: skip
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read()), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read()), dict(exc.headers)


STORY = (
    "Air defences downed 12 drones overnight: five over Kursk and four over Bryansk, "
    "the ministry said."
)


def test_pasted_text_comes_back_with_figures_and_findings(server):
    status, data, headers = post(server, STORY.encode(), "pasted.txt")
    assert status == 200
    assert [f["rule"] for f in data["findings"]] == ["breakdown-sum"]
    (doc,) = data["documents"]
    assert doc["text"] == STORY and doc["format"] == "text"
    assert [f["text"] for f in doc["figures"]] == ["12", "five", "four"]
    assert {"json", "csv", "sarif"} <= set(data["downloads"])
    assert "default-src 'none'" in headers["content-security-policy"]


def test_a_word_upload_is_located_by_paragraph(server):
    body = make_docx(["A note first.", STORY], title="Drones")
    status, data, _ = post(server, body, "story.docx")
    assert status == 200
    (finding,) = data["findings"]
    assert finding["where"] == "paragraph 3" and finding["path"] == "story.docx"


def test_upload_names_lose_their_directories(server):
    status, data, _ = post(server, STORY.encode(), "../../etc/passwd.txt")
    assert status == 200 and data["documents"][0]["path"] == "passwd.txt"
    status, data, _ = post(server, STORY.encode(), "C:\\Users\\ed\\story.md")
    assert status == 200 and data["documents"][0]["path"] == "story.md"


@pytest.mark.parametrize(
    "body, name, status, says",
    [
        (b"x" * 70_000, "big.txt", 413, "too large (the limit is 64 KiB"),
        (b"PK\x03\x04", "sheet.xlsx", 415, "not supported"),
        (b"PK\x03\x04 junk", "story.docx", 400, "cannot read this Word document"),
        (b"   \n", "empty.txt", 400, "empty"),
        (b"\xff\xfe\x00bad", "story.txt", 400, "not text"),
    ],
    ids=["too-large", "unsupported", "broken-docx", "empty", "binary"],
)
def test_inputs_that_cannot_be_checked_get_a_clear_error(server, body, name, status, says):
    got, data, _ = post(server, body, name)
    assert got == status
    assert says in data["error"] and name.split("/")[-1] in data["error"]


def test_requests_for_another_host_name_are_refused(server):
    # a page elsewhere cannot reach the local server through a DNS name it controls
    req = urllib.request.Request(server, headers={"Host": "attacker.example"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req, timeout=30)
    assert info.value.code == 400


def test_page_and_assets_are_served_from_the_package(server):
    with urllib.request.urlopen(server, timeout=30) as resp:
        page = resp.read().decode()
    assert 'src="static/review.js"' in page and "https://" not in page
    for name, kind in (("review.js", "javascript"), ("review.css", "css")):
        with urllib.request.urlopen(server + "static/" + name, timeout=30) as resp:
            assert kind in resp.headers["content-type"] and len(resp.read()) > 1000
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(server + "static/../../pyproject.toml", timeout=30)
    assert info.value.code == 404


def test_a_port_in_use_is_one_clear_line():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    port = sock.getsockname()[1]
    try:
        res = run_cli("serve", "--port", str(port))
    finally:
        sock.close()
    assert res.code == 2
    assert res.err.startswith(f"consistency: error: cannot listen on 127.0.0.1:{port}")
    assert "--port" in res.err and len(res.err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args, says",
    [
        (["--max-upload", "lots"], "--max-upload: not a size"),
        (["--port", "70000"], "--port: 70000 is not a port number"),
        (["--select", "no-such-rule"], "unknown rule id 'no-such-rule'"),
    ],
)
def test_bad_serve_options_are_usage_errors(args, says):
    res = run_cli("serve", *args)
    assert res.code == 2 and says in res.err
