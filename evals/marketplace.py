"""The local marketplace: serves case <id> at http://<id>.localhost:<port>/ chosen by the Host header."""

from __future__ import annotations

import mimetypes
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from evals.cases import Behaviour, Case, load_cases

ALLOWED_HOST_PATTERN = "*.localhost"


MAX_DELAY_S = 120.0


def _pages(cases: list[Case]) -> dict[str, dict[str, Path]]:
    return {case.id: {url_path: case.directory / name for url_path, name in case.pages.items()} for case in cases}


def _behaviours(cases: list[Case]) -> dict[str, dict[str, Behaviour]]:
    return {case.id: dict(case.serve) for case in cases}


def make_handler(pages: dict[str, dict[str, Path]], behaviours: dict[str, dict[str, Behaviour]] | None = None):
    behaviours = behaviours or {}

    class Handler(BaseHTTPRequestHandler):
        server_version = "SodsongMarketplace/1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            case_id = host[: -len(".localhost")] if host.endswith(".localhost") else None
            path = urlsplit(self.path).path
            file = pages.get(case_id or "", {}).get(path)
            behaviour = behaviours.get(case_id or "", {}).get(path)
            if behaviour is not None:
                self._behave(behaviour, file)
                return
            if file is None or not file.is_file():
                body = b"<!doctype html><meta charset=utf-8><title>404</title><h1>404 Not Found</h1>"
                self._send(404, body, "text/html; charset=utf-8")
                return
            media = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            if media.startswith("text/") or media in ("application/javascript", "application/json"):
                media += "; charset=utf-8"
            self._send(200, file.read_bytes(), media)

        def _behave(self, behaviour: Behaviour, file: Path | None) -> None:
            """Hostile or broken server behaviour described by the case (bounded delays)."""
            if behaviour.delay_s:
                time.sleep(min(behaviour.delay_s, MAX_DELAY_S))
            if behaviour.redirect is not None:
                self.send_response(behaviour.status or 302)
                self.send_header("Location", behaviour.redirect)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = file.read_bytes() if file is not None and file.is_file() else b""
            if behaviour.pad_bytes:
                body += b"<!-- " + b"x" * behaviour.pad_bytes + b" -->"
            media = behaviour.content_type or (mimetypes.guess_type(file.name)[0] if file else None) or "text/html; charset=utf-8"
            self._send(behaviour.status or 200, body, media, behaviour.headers)

        def _send(self, status: int, body: bytes, media: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

    return Handler


class Marketplace:
    """Start in a background thread (port 0 = any free port); stop when done."""

    def __init__(self, cases_root: Path, port: int = 0, host: str = "127.0.0.1", only: str | None = None):
        self.cases = load_cases(cases_root, only)
        self.server = ThreadingHTTPServer((host, port), make_handler(_pages(self.cases), _behaviours(self.cases)))
        self.server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def url_for(self, case_id: str, path: str) -> str:
        return f"http://{case_id}.localhost:{self.port}{path}"

    def __enter__(self) -> "Marketplace":
        self._thread = threading.Thread(target=self.server.serve_forever, name="marketplace", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def serve_forever(self) -> None:
        try:
            self.server.serve_forever()
        finally:
            self.server.server_close()
