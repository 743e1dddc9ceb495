"""Capture a page in the real browser (Playwright + system Chromium) and store its artifacts."""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from agent.errors import BlockedAddress, CaptureError
from agent.evidence import sha256_bytes, utc_now
from agent.settings import BrowserSettings
from tools.address_guard import check_url

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-features=Translate,MediaRouter",
]

HTML_TYPES = ("text/html", "application/xhtml+xml")


class Artifact(BaseModel):
    path: str
    sha256: str
    bytes: int
    media_type: str


class PageCapture(BaseModel):
    """What the browser saw, with every artifact hashed."""

    requested_url: str
    final_url: str
    status: int | None
    content_type: str | None
    retrieved_at: str
    browser_version: str
    redirect_chain: list[str] = Field(default_factory=list)
    title: str = ""
    visible_text: str = ""
    structured_text: str = ""
    probe: dict[str, Any] = Field(default_factory=dict)
    artifacts: dict[str, Artifact] = Field(default_factory=dict)
    seconds: float = 0.0


def _probe_script() -> str:
    return resources.files("tools").joinpath("page_probe.js").read_text(encoding="utf-8")


def flatten_structured(probe: dict[str, Any]) -> str:
    """Readable 'key = value' lines of the structured data, so extracted values can be quoted."""
    lines: list[str] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), item)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(f"{prefix}[{index}]", item)
        elif value is not None and str(value).strip():
            lines.append(f"{prefix} = {value}")

    for index, raw in enumerate(probe.get("json_ld") or []):
        try:
            walk(f"jsonld[{index}]", json.loads(raw))
        except ValueError:
            lines.append(f"jsonld[{index}] (unparsed) = {raw[:2000]}")
    state = probe.get("embedded_state")
    if state:
        try:
            walk("state", json.loads(state))
        except ValueError:
            pass
    if (probe.get("title") or "").strip():
        lines.append(f"title = {probe['title']}")
    for key, value in (probe.get("meta") or {}).items():
        lines.append(f"meta[{key}] = {value}")
    for name, value in probe.get("microdata") or []:
        lines.append(f"itemprop[{name}] = {value}")
    for label, value in probe.get("rows") or []:
        lines.append(f"row[{label}] = {value}")
    for image in probe.get("images") or []:
        if image.get("alt"):
            lines.append(f"img.alt = {image['alt']}")
    return "\n".join(lines)


class BrowserSession:
    """One Chromium for many captures; each capture gets a fresh context. Restarts if it died."""

    def __init__(self, settings: BrowserSettings):
        self.settings = settings
        self._playwright = None
        self._browser = None

    def __enter__(self) -> "BrowserSession":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        if self._browser is not None and self._browser.is_connected():
            return
        path = Path(self.settings.chromium_path)
        if not path.exists():
            raise CaptureError(f"Chromium not found at {path}; install Debian's chromium (make setup) or set SODSONG_BROWSER__CHROMIUM_PATH")
        from playwright.sync_api import sync_playwright

        if self._playwright is None:
            self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(executable_path=str(path), args=CHROMIUM_ARGS, headless=True)

    @property
    def version(self) -> str:
        return self._browser.version if self._browser else "unknown"

    def close(self) -> None:
        if self._browser is not None:
            try:
                self._browser.close()
            except Exception:  # noqa: BLE001 - closing a dead browser is not an error worth raising
                pass
            self._browser = None
        if self._playwright is not None:
            self._playwright.stop()
            self._playwright = None

    def capture(self, url: str, out_dir: Path, allowed_hosts: list[str] | None = None) -> PageCapture:
        """Open url in a fresh context, wait for scripts, store html/text/screenshot/structured data."""
        allowed = self.settings.allowed_hosts if allowed_hosts is None else allowed_hosts
        self.start()
        if not self._browser.is_connected():
            self._browser = None
            self.start()
        check_url(url, allowed)
        out_dir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        context = self._browser.new_context(
            viewport={"width": self.settings.viewport_width, "height": self.settings.viewport_height},
            accept_downloads=False,
            service_workers="block",
            locale="th-TH",
        )
        context.set_default_timeout(self.settings.navigation_timeout_s * 1000)
        blocked: list[str] = []

        def guard(route, request) -> None:
            try:
                check_url(request.url, allowed)
            except (BlockedAddress, CaptureError) as exc:
                if not request.url.startswith("data:"):
                    blocked.append(f"{request.url}: {exc}")
                    route.abort("blockedbyclient")
                    return
            route.continue_()

        context.route("**/*", guard)
        try:
            page = context.new_page()
            page.on("dialog", lambda dialog: dialog.dismiss())
            try:
                response = page.goto(url, wait_until="load", timeout=self.settings.navigation_timeout_s * 1000)
            except Exception as exc:  # Playwright raises its own Error/TimeoutError types
                reason = str(exc).splitlines()[0]
                if blocked:
                    raise BlockedAddress(f"navigation refused by the address guard: {blocked[0]}") from exc
                raise CaptureError(f"could not open {url}: {reason}") from exc
            if response is None:
                raise CaptureError(f"no response for {url}")
            chain: list[str] = []
            request = response.request.redirected_from
            while request is not None:
                chain.insert(0, request.url)
                request = request.redirected_from
            final_url = page.url
            check_url(final_url, allowed)
            content_type = (response.headers.get("content-type") or "").split(";")[0].strip().lower()
            if content_type and content_type not in HTML_TYPES:
                raise CaptureError(f"{final_url} is {content_type}, not an HTML page")
            page.wait_for_timeout(self.settings.settle_ms)
            html = page.content()
            html_bytes = html.encode("utf-8")
            if len(html_bytes) > self.settings.max_page_bytes:
                raise CaptureError(f"page is {len(html_bytes)} bytes, over the {self.settings.max_page_bytes}-byte cap")
            probe = page.evaluate(_probe_script())
            shot_path = out_dir / "screenshot.png"
            page.screenshot(path=str(shot_path), full_page=True, timeout=self.settings.navigation_timeout_s * 1000)
            retrieved_at = utc_now()
            capture = PageCapture(
                requested_url=url,
                final_url=final_url,
                status=response.status,
                content_type=content_type or None,
                retrieved_at=retrieved_at,
                browser_version=f"Chromium {self.version}",
                redirect_chain=chain,
                title=probe.get("title", ""),
                visible_text=probe.get("visible_text", ""),
                structured_text=flatten_structured(probe),
                probe=probe,
            )
            capture.artifacts = {
                "html": _write(out_dir / "page.html", html_bytes, "text/html", out_dir),
                "text": _write(out_dir / "text.txt", capture.visible_text.encode("utf-8"), "text/plain", out_dir),
                "structured": _write(out_dir / "structured.txt", capture.structured_text.encode("utf-8"), "text/plain", out_dir),
                "probe": _write(out_dir / "probe.json", json.dumps(probe, ensure_ascii=False, indent=1).encode("utf-8"), "application/json", out_dir),
                "screenshot": _artifact(shot_path, "image/png", out_dir),
            }
            capture.seconds = round(time.monotonic() - started, 3)
            if capture.seconds > self.settings.total_timeout_s:
                raise CaptureError(f"capture took {capture.seconds:.1f}s, over the {self.settings.total_timeout_s:.0f}s limit")
            return capture
        finally:
            context.close()


def _write(path: Path, data: bytes, media_type: str, root: Path) -> Artifact:
    path.write_bytes(data)
    return Artifact(path=str(path.relative_to(root)), sha256=sha256_bytes(data), bytes=len(data), media_type=media_type)


def _artifact(path: Path, media_type: str, root: Path) -> Artifact:
    data = path.read_bytes()
    return Artifact(path=str(path.relative_to(root)), sha256=sha256_bytes(data), bytes=len(data), media_type=media_type)
