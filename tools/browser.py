"""Capture a page in the real browser (Playwright + system Chromium) and store its artifacts."""

from __future__ import annotations

import json
import threading
import time
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

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


class Hop(BaseModel):
    """One response of the main-document navigation (redirects included)."""

    url: str
    status: int
    headers: dict[str, str] = Field(default_factory=dict)
    bytes: int = 0


class ImageArtifact(BaseModel):
    url: str
    alt: str = ""
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
    hops: list[Hop] = Field(default_factory=list)
    hidden_text: list[dict[str, str]] = Field(default_factory=list)
    images: list[ImageArtifact] = Field(default_factory=list)
    refused_requests: list[str] = Field(default_factory=list)
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
    for name, value, *_ in probe.get("microdata") or []:
        lines.append(f"itemprop[{name}] = {value}")
    for label, value in probe.get("rows") or []:
        lines.append(f"row[{label}] = {value}")
    for image in probe.get("images") or []:
        if image.get("alt"):
            lines.append(f"img.alt = {image['alt']}")
    return "\n".join(lines)


_local = threading.local()


def _acquire_playwright():
    """One Playwright driver per thread (the sync API allows no second one), shared by every session."""
    if getattr(_local, "count", 0) == 0:
        from playwright.sync_api import sync_playwright

        _local.playwright = sync_playwright().start()
        _local.count = 0
    _local.count += 1
    return _local.playwright


def _release_playwright() -> None:
    _local.count -= 1
    if _local.count == 0:
        _local.playwright.stop()
        _local.playwright = None


class BrowserSession:
    """One Chromium for many captures; each capture gets a fresh context. Restarts if it died."""

    def __init__(self, settings: BrowserSettings):
        self.settings = settings
        self._playwright = None
        self._browser = None
        self.restarts = 0

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
        if self._playwright is None:
            self._playwright = _acquire_playwright()
        self._browser = self._playwright.chromium.launch(executable_path=str(path), args=CHROMIUM_ARGS, headless=True)

    def alive(self) -> bool:
        return self._browser is not None and self._browser.is_connected()

    def restart(self) -> None:
        """Throw the (dead) browser away and launch a new one."""
        self.restarts += 1
        if self._browser is not None:
            try:
                self._browser.close()
            except Exception:  # noqa: BLE001 - it is already gone
                pass
            self._browser = None
        self.start()

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
            _release_playwright()
            self._playwright = None

    def capture(self, url: str, out_dir: Path, allowed_hosts: list[str] | None = None) -> PageCapture:
        """Open url in a fresh context, wait for scripts, store html/text/screenshot/structured data/MHTML/images."""
        allowed = self.settings.allowed_hosts if allowed_hosts is None else allowed_hosts
        check_url(url, allowed)
        self.start()
        if not self._browser.is_connected():
            self._browser = None
            self.start()
        out_dir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        limits = self.settings
        nav_ms = limits.navigation_timeout_s * 1000
        options = dict(viewport={"width": limits.viewport_width, "height": limits.viewport_height},
                       accept_downloads=False, service_workers="block", locale="th-TH")
        try:
            context = self._browser.new_context(**options)
        except Exception:  # the browser died since the last capture: start a new one
            self.restart()
            context = self._browser.new_context(**options)
        context.set_default_timeout(nav_ms)
        hops: list[Hop] = []
        refused: list[str] = []
        images: list[Any] = []
        blocked_navigation: list[str] = []

        def route_request(route, request) -> None:
            main = request.is_navigation_request() and request.frame.parent_frame is None
            try:
                check_url(request.url, allowed)
            except (BlockedAddress, CaptureError) as exc:
                refused.append(f"{request.url}: {exc}")
                if main:
                    blocked_navigation.append(f"{request.url}: {exc}")
                route.abort("blockedbyclient")
                return
            try:
                final_url, response, body, chain = _follow_guarded(route, request, allowed, nav_ms, limits.max_redirects)
            except (BlockedAddress, CaptureError) as exc:
                refused.append(f"{request.url}: {exc}")
                route.abort("blockedbyclient")
                return
            except Exception as exc:  # Playwright's own error types (timeouts, resets)
                refused.append(f"{request.url}: {str(exc).splitlines()[0]}")
                route.abort("failed")
                return
            if main:
                hops.extend(chain)
                if len(body) > limits.max_page_bytes:
                    refused.append(f"{request.url}: page is {len(body)} bytes, over the {limits.max_page_bytes}-byte cap")
                    route.abort("blockedbyclient")
                    return
                if final_url != request.url:
                    body = _with_base(body, final_url, response.headers.get("content-type", ""))
            route.fulfill(response=response, body=body)

        context.route("**/*", route_request)
        try:
            page = context.new_page()
            page.on("dialog", lambda dialog: dialog.dismiss())
            page.on("response", lambda r: images.append(r) if r.request.resource_type == "image" and len(images) < 40 else None)
            try:
                page.goto(url, wait_until="load", timeout=nav_ms)
            except Exception as exc:
                raise _navigation_error(url, exc, refused, hops) from exc
            last = hops[-1] if hops else None
            final_url = last.url if last else page.url
            check_url(final_url, allowed)
            content_type = (last.headers.get("content-type", "") if last else "").split(";")[0].strip().lower()
            if content_type and content_type not in HTML_TYPES:
                raise CaptureError(f"{final_url} is {content_type}, not an HTML page")
            page.wait_for_timeout(limits.settle_ms)
            try:
                probe = page.wait_for_function(f"() => ({_probe_script()})()", timeout=limits.probe_timeout_s * 1000).json_value()
            except Exception as exc:
                raise CaptureError(f"the page's scripts did not let it be read within {limits.probe_timeout_s:.0f}s: {str(exc).splitlines()[0]}") from exc
            if len(blocked_navigation) > (0 if hops else 1):
                raise BlockedAddress(f"the page tried to navigate to a refused address: {blocked_navigation[-1]}")
            html_bytes = probe.pop("html", "").encode("utf-8")
            if len(html_bytes) > limits.max_page_bytes:
                raise CaptureError(f"rendered page is {len(html_bytes)} bytes, over the {limits.max_page_bytes}-byte cap")
            shot_path = out_dir / "screenshot.png"
            height = min(int(page.evaluate("() => document.documentElement.scrollHeight") or limits.viewport_height), limits.max_screenshot_height)
            page.screenshot(path=str(shot_path), full_page=True, timeout=nav_ms,
                            clip={"x": 0, "y": 0, "width": limits.viewport_width, "height": max(height, 1)})
            mhtml = _mhtml(context, page)
            saved_images = _save_images(images, out_dir, probe, limits.max_images, limits.max_image_bytes)
            retrieved_at = utc_now()
            capture = PageCapture(
                requested_url=url,
                final_url=final_url,
                status=last.status if last else None,
                content_type=content_type or None,
                retrieved_at=retrieved_at,
                browser_version=f"Chromium {self.version}",
                redirect_chain=[h.url for h in hops[:-1]],
                hops=hops,
                title=probe.get("title", ""),
                visible_text=probe.get("visible_text", ""),
                structured_text=flatten_structured(probe),
                hidden_text=probe.get("hidden_text", []),
                images=saved_images,
                refused_requests=refused[:50],
                probe=probe,
            )
            artifacts = {
                "html": _write(out_dir / "page.html", html_bytes, "text/html", out_dir),
                "text": _write(out_dir / "text.txt", capture.visible_text.encode("utf-8"), "text/plain", out_dir),
                "structured": _write(out_dir / "structured.txt", capture.structured_text.encode("utf-8"), "text/plain", out_dir),
                "hidden": _write(out_dir / "hidden.txt", hidden_text_report(capture.hidden_text).encode("utf-8"), "text/plain", out_dir),
                "probe": _write(out_dir / "probe.json", json.dumps(probe, ensure_ascii=False, indent=1).encode("utf-8"), "application/json", out_dir),
                "screenshot": _artifact(shot_path, "image/png", out_dir),
            }
            if mhtml is not None:
                artifacts["mhtml"] = _write(out_dir / "snapshot.mhtml", mhtml, "multipart/related", out_dir)
            for index, image in enumerate(saved_images):
                artifacts[f"image{index}"] = _artifact(out_dir / image.path, image.media_type, out_dir)
            capture.artifacts = artifacts
            capture.seconds = round(time.monotonic() - started, 3)
            if capture.seconds > limits.total_timeout_s:
                raise CaptureError(f"capture took {capture.seconds:.1f}s, over the {limits.total_timeout_s:.0f}s limit")
            return capture
        finally:
            try:
                context.close()
            except Exception:  # noqa: BLE001 - a crashed browser is restarted on the next capture
                self._browser = None


REDIRECTS = (301, 302, 303, 307, 308)


def _follow_guarded(route, request, allowed: list[str], timeout_ms: float, max_redirects: int):
    """Fetch a request and follow its redirects ourselves, checking every hop with the address guard.

    Playwright routes only the first URL of a redirect chain, so Chromium must never follow one on its own.
    """
    url = request.url
    chain: list[Hop] = []
    for _ in range(max_redirects + 1):
        fetch_url, headers = _loopback_target(url, request.headers)
        response = route.fetch(url=fetch_url, headers=headers, max_redirects=0, timeout=timeout_ms)
        body = response.body()
        chain.append(Hop(url=url, status=response.status, headers=_kept_headers(response.headers), bytes=len(body)))
        location = response.headers.get("location")
        if response.status not in REDIRECTS or not location:
            return url, response, body, chain
        url = urljoin(url, location)
        check_url(url, allowed)
    raise CaptureError(f"redirect loop: more than {max_redirects} redirects from {request.url}")


def _with_base(body: bytes, final_url: str, content_type: str) -> bytes:
    """A redirected HTML document is served under its first URL, so relative links need the final one as base."""
    if "html" not in content_type.lower():
        return body
    tag = f'<base href="{final_url}">'.encode("utf-8")
    lowered = body[:4096].lower()
    at = lowered.find(b"<head>")
    return body[: at + 6] + tag + body[at + 6 :] if at >= 0 else tag + body


def _loopback_target(url: str, headers: dict[str, str]) -> tuple[str, dict[str, str]]:
    """'*.localhost' is loopback (RFC 6761) but Node's resolver does not know it: fetch 127.0.0.1 with the Host kept."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        netloc = "127.0.0.1" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc)), {**headers, "host": parts.netloc}
    return url, headers


KEPT_HEADERS = ("content-type", "content-length", "location", "last-modified", "date", "server", "etag", "cache-control")


def _kept_headers(headers: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items() if k.lower() in KEPT_HEADERS}


def _navigation_error(url: str, exc: Exception, refused: list[str], hops: list[Hop]) -> Exception:
    reason = str(exc).splitlines()[0]
    if hops and hops[-1].status >= 400 and "ERR_HTTP_RESPONSE_CODE_FAILURE" in reason:
        return CaptureError(f"could not open {url}: the server answered HTTP {hops[-1].status}")
    guard = [r for r in refused if "refused" in r]
    if guard:
        return BlockedAddress(f"navigation refused by the address guard: {guard[0]}")
    if refused:
        return CaptureError(f"could not open {url}: {refused[0]}")
    if any("redirect loop" in r for r in refused):
        return CaptureError(f"could not open {url}: redirect loop (too many redirects)")
    if "ERR_TOO_MANY_REDIRECTS" in reason:
        return CaptureError(f"could not open {url}: redirect loop (too many redirects)")
    if "Timeout" in reason or "timeout" in reason:
        return CaptureError(f"could not open {url}: the page did not finish loading in time ({reason})")
    if "Download is starting" in reason:
        return CaptureError(f"could not open {url}: the address starts a file download, not a page")
    return CaptureError(f"could not open {url}: {reason}")


def _mhtml(context, page) -> bytes | None:
    try:
        session = context.new_cdp_session(page)
        data = session.send("Page.captureSnapshot", {"format": "mhtml"})["data"]
        session.detach()
        return data.encode("utf-8")
    except Exception:  # noqa: BLE001 - MHTML is a bonus artifact; its absence is recorded by omission
        return None


def _save_images(responses: list[Any], out_dir: Path, probe: dict[str, Any], max_count: int, max_bytes: int) -> list[ImageArtifact]:
    alts = {image.get("src"): image.get("alt", "") for image in probe.get("images") or []}
    saved: list[ImageArtifact] = []
    for response in responses:
        if len(saved) >= max_count:
            break
        try:
            if response.status != 200 or int(response.headers.get("content-length") or 0) > max_bytes:
                continue
            body = response.body()
        except Exception:  # noqa: BLE001 - an image that cannot be read is skipped
            continue
        if not body or len(body) > max_bytes:
            continue
        media = (response.headers.get("content-type") or "image/unknown").split(";")[0]
        suffix = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp", "image/svg+xml": ".svg"}.get(media, ".bin")
        path = out_dir / "images" / f"{len(saved):02d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        saved.append(ImageArtifact(url=response.url, alt=alts.get(response.url, ""), path=str(path.relative_to(out_dir)),
                                   sha256=sha256_bytes(body), bytes=len(body), media_type=media))
    return saved


def hidden_text_report(hidden: list[dict[str, str]]) -> str:
    """One line per text a person cannot see, with why: kept as evidence, never treated as the seller's visible claim."""
    return "\n".join(f"[{item.get('reason')}] {item.get('text')}" for item in hidden)


def _write(path: Path, data: bytes, media_type: str, root: Path) -> Artifact:
    path.write_bytes(data)
    return Artifact(path=str(path.relative_to(root)), sha256=sha256_bytes(data), bytes=len(data), media_type=media_type)


def _artifact(path: Path, media_type: str, root: Path) -> Artifact:
    data = path.read_bytes()
    return Artifact(path=str(path.relative_to(root)), sha256=sha256_bytes(data), bytes=len(data), media_type=media_type)
