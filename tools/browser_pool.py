"""A pool of browsers usable from any thread: each worker thread owns one Chromium; captures are queued.

Playwright's sync API is bound to the thread that started it, so sharing means handing work to the owner thread.
Each capture gets a fresh browser context; a browser that died is restarted and the capture tried once more.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from pathlib import Path

from agent.errors import BlockedAddress, CaptureError
from agent.settings import BrowserSettings
from tools.browser import BrowserSession, PageCapture

_STOP = object()


class BrowserPool:
    def __init__(self, settings: BrowserSettings, size: int = 1):
        self.settings = settings
        self.size = max(1, size)
        self._jobs: queue.Queue = queue.Queue()
        self._workers: list[threading.Thread] = []
        self._sessions: list[BrowserSession] = []

    def __enter__(self) -> "BrowserPool":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def restarts(self) -> int:
        """How many times a dead browser was replaced."""
        return sum(session.restarts for session in self._sessions)

    @property
    def version(self) -> str:
        return next((s.version for s in self._sessions if s.version != "unknown"), "unknown")

    def start(self) -> None:
        if self._workers:
            return
        ready: list[Future] = []
        for index in range(self.size):
            started: Future = Future()
            ready.append(started)
            worker = threading.Thread(target=self._work, args=(started,), name=f"browser-{index}", daemon=True)
            worker.start()
            self._workers.append(worker)
        for started in ready:
            started.result(timeout=60)  # a browser that cannot start is an error now, not at the first capture

    def _work(self, started: Future) -> None:
        session = BrowserSession(self.settings)
        try:
            session.start()
        except Exception as exc:  # noqa: BLE001 - reported to the caller of start()
            started.set_exception(exc)
            return
        self._sessions.append(session)
        started.set_result(True)
        try:
            while True:
                job = self._jobs.get()
                if job is _STOP:
                    return
                url, out_dir, allowed, result = job
                if not result.set_running_or_notify_cancel():
                    continue
                try:
                    result.set_result(self._capture(session, url, out_dir, allowed))
                except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                    result.set_exception(exc)
        finally:
            session.close()

    def _capture(self, session: BrowserSession, url: str, out_dir: Path, allowed: list[str] | None) -> PageCapture:
        try:
            return session.capture(url, out_dir, allowed)
        except (CaptureError, BlockedAddress):
            if session.alive():
                raise
        except Exception:  # Playwright's own errors: the browser (or its driver) died under us
            pass
        session.restart()
        return session.capture(url, out_dir, allowed)

    def capture(self, url: str, out_dir: Path, allowed_hosts: list[str] | None = None) -> PageCapture:
        """Capture from any thread; blocks until a worker has done it."""
        if not self._workers:
            self.start()
        result: Future = Future()
        self._jobs.put((url, out_dir, allowed_hosts, result))
        return result.result()

    def close(self) -> None:
        for _ in self._workers:
            self._jobs.put(_STOP)
        for worker in self._workers:
            worker.join(timeout=30)
        self._workers.clear()
