"""The review page's server: Starlette routes run by uvicorn.

``GET /`` is the page, ``GET /static/…`` its script and stylesheet (shipped in the
package: nothing comes from a CDN), ``POST /api/check?name=FILE`` checks the request
body (pasted text or a file's bytes) and answers with the review data, or with
``{"error": "…"}`` and a 4xx status for an input that cannot be checked.

Uploads are read into memory up to the size limit and never written to disk; the
article is checked as the command line checks a file of that name.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import PurePosixPath, PureWindowsPath

from consistency.errors import InputError

DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024
LOOPBACK = ("127.0.0.1", "localhost", "::1")
#: What the page accepts; everything else is refused with a clear message.
UPLOAD_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".docx", ".html", ".htm", ".pdf")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 8765
    max_upload: int = DEFAULT_MAX_UPLOAD
    rule_dirs: tuple[str, ...] = ()
    noun_files: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


class UploadError(Exception):
    """An input the page cannot check: the message is shown to the editor as is."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def upload_name(raw_name: str | None) -> str:
    """The file's own name, without any directories a browser or a client sent."""
    name = (raw_name or "").strip()
    name = PureWindowsPath(PurePosixPath(name).name).name
    name = "".join(ch for ch in name if ch.isprintable())[:200]
    return name or "pasted.txt"


class Checker:
    """Rules and extractor loaded once; one check at a time (the extractor's caches
    are not shared between threads)."""

    def __init__(self, options: ServeOptions) -> None:
        from consistency.pipeline import Options, make_extractor, select_rules
        from consistency.rules.loader import load_rules

        self.pipeline_options = Options(
            rule_dirs=options.rule_dirs, noun_files=options.noun_files,
            select=options.select, ignore=options.ignore,
        )  # fmt: skip
        all_rules = load_rules(options.rule_dirs)
        self.known = {r.id for r in all_rules}
        self.rules = select_rules(all_rules, self.pipeline_options)
        self.extractor = make_extractor(self.pipeline_options)
        self.lock = threading.Lock()

    def check(self, raw: bytes, name: str) -> dict:
        from consistency.ingest import document_from_bytes
        from consistency.pipeline import analyse_one, check
        from consistency.report.review import review_data
        from consistency.runner import RunResult

        suffix = PurePosixPath(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise UploadError(
                f"{name}: this kind of file is not supported; use " + ", ".join(UPLOAD_SUFFIXES),
                415,
            )
        if not raw.strip():
            raise UploadError(f"{name}: the file is empty")
        try:
            with self.lock:
                doc = document_from_bytes(raw, name, suffix)
                context = analyse_one(doc, self.extractor)
                findings, tables = check([context], self.rules, self.known)
                result = RunResult(
                    contexts=[context], findings=findings, rules=self.rules, tables=[tables]
                )
                return review_data(result)
        except InputError as exc:
            raise UploadError(str(exc)) from None
        except (RecursionError, MemoryError, OverflowError, ValueError) as exc:
            raise UploadError(f"{name}: could not be checked ({type(exc).__name__})") from None


def create_app(options: ServeOptions | None = None):
    """The Starlette application for ``options`` (the tests drive it directly too)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    from consistency.report.review import asset_text, page_html

    options = options or ServeOptions()
    checker = Checker(options)
    page = page_html(None, served=True, max_upload=options.max_upload)
    assets = {
        "review.js": (asset_text("review.js"), "text/javascript; charset=utf-8"),
        "review.css": (asset_text("review.css"), "text/css; charset=utf-8"),
    }

    async def index(request: Request) -> Response:
        return HTMLResponse(page, headers=SECURITY_HEADERS)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in assets:
            return Response("not found", status_code=404, media_type="text/plain")
        body, media_type = assets[name]
        return Response(body, media_type=media_type, headers=SECURITY_HEADERS)

    def error(message: str, status: int) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status, headers=SECURITY_HEADERS)

    async def api_check(request: Request) -> Response:
        name = upload_name(request.query_params.get("name"))
        limit = options.max_upload
        too_large = (
            f"{name}: the file is too large (the limit is {_mib(limit)}; "
            "start the server with a larger --max-upload)"
        )
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            return error(too_large, 413)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                return error(too_large, 413)
            chunks.append(chunk)
        try:
            data = await run_in_threadpool(checker.check, b"".join(chunks), name)
        except UploadError as exc:
            return error(str(exc), exc.status)
        return JSONResponse(data, headers=SECURITY_HEADERS)

    middleware = []
    if options.host in LOOPBACK:
        # a page on another site cannot reach this server through a rebound DNS name
        hosts = ["127.0.0.1", "localhost", "[::1]", "::1"]
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts))
    routes = [
        Route("/", index),
        Route("/static/{name}", static),
        Route("/api/check", api_check, methods=["POST"]),
    ]
    return Starlette(routes=routes, middleware=middleware)


def _mib(n: int) -> str:
    if n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MiB"
    if n % 1024 == 0 and n < 1024 * 1024:
        return f"{n // 1024} KiB"
    return f"{n / (1024 * 1024):.1f} MiB"


def serve(options: ServeOptions, ready=None) -> None:
    """Listen on ``options.host:options.port`` (port 0: any free port) until Ctrl+C.
    ``ready(url)`` is called once the socket is bound."""
    import socket

    import uvicorn

    family = socket.AF_INET6 if ":" in options.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((options.host, options.port))
    except OSError as exc:
        sock.close()
        hint = "; choose another with --port" if exc.errno in (98, 48, 10048) else ""
        raise InputError(
            f"cannot listen on {options.host}:{options.port}: {exc.strerror or exc}{hint}"
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    port = sock.getsockname()[1]
    shown = f"[{options.host}]" if family == socket.AF_INET6 else options.host
    if shown == "0.0.0.0":
        shown = "127.0.0.1"
    app = create_app(options)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    if ready is not None:
        ready(f"http://{shown}:{port}/")
    server.run(sockets=[sock])
