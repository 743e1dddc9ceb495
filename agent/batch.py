"""Batch runs over a URL list: each URL is one investigation; state in SQLite so a crash loses nothing.

Workers share a browser pool; each has its own registry connection, registry backend and checkpointer. An item's
run id is fixed when the batch is created, so a resumed item continues its own checkpointed run.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Callable

from agent.assessment import unusable_page
from agent.batch_store import BatchItem, BatchStore, BatchSummary
from agent.errors import InputError, SodsongError
from agent.runner import Resources, investigate, run_services
from agent.seller import investigate_seller
from agent.settings import Settings
from tools.browser_pool import BrowserPool
from tools.registry import Registry

Progress = Callable[[BatchItem, str], None]  # (item, "done: violation" | "failed: reason")
MAX_URL_CHARS = 4096
SELLER_PREFIX = "seller:"  # a line "seller: https://shop.example/shop/77" is a seller page: every listing on it is investigated


def batch_target(line: str) -> tuple[str, bool]:
    """(URL, is a seller page) for one item of a batch."""
    if line.lower().startswith(SELLER_PREFIX):
        return line[len(SELLER_PREFIX):].strip(), True
    return line, False


def read_url_list(path: Path) -> tuple[list[str], int]:
    """(URLs in file order without repeats, number of repeats dropped). Blank lines and '#' comments are skipped.

    Lines that are not usable URLs are kept: each becomes an item that fails with its reason, so the batch report
    accounts for every line.
    """
    if not path.is_file():
        raise InputError(f"no such URL list: {path}")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc})") from exc
    urls: list[str] = []
    seen: set[str] = set()
    repeats = 0
    for line in lines:
        url = line.strip()[:MAX_URL_CHARS]
        if not url or url.startswith("#"):
            continue
        target, seller = batch_target(url)
        url = f"{SELLER_PREFIX} {target}" if seller else url
        if url in seen:
            repeats += 1
            continue
        seen.add(url)
        urls.append(url)
    if not urls:
        raise InputError(f"{path}: no URLs (one per line; blank lines and # comments are skipped)")
    return urls, repeats


def item_run_dir(settings: Settings, item: BatchItem) -> Path:
    return settings.runs_dir / item.batch_id / f"{item.position:05d}"


def run_batch(batch_id: str, *, store: BatchStore, settings: Settings, resources: Resources, workers: int = 1,
              registry_backend: str | None = None, progress: Progress | None = None,
              stop: threading.Event | None = None) -> BatchSummary:
    """Investigate every unfinished item of the batch; return its summary. Setting `stop` ends it after current items."""
    store.require(batch_id)
    todo: queue.Queue[BatchItem] = queue.Queue()
    for item in store.unfinished(batch_id):
        todo.put(item)
    stop = stop or threading.Event()
    if todo.empty():
        return store.summary(batch_id)
    workers = max(1, min(workers, todo.qsize()))
    errors: list[BaseException] = []
    with BrowserPool(settings.browser, size=workers) as browser:
        threads = [threading.Thread(target=_work, name=f"batch-{n}", daemon=True,
                                    args=(todo, store, settings, resources, browser, registry_backend, progress, stop, errors))
                   for n in range(workers)]
        for thread in threads:
            thread.start()
        try:
            _join(threads)
        except KeyboardInterrupt:
            stop.set()  # let the items under way finish and be recorded; the rest stay pending for resume
            _join(threads)
            raise
    if errors:
        raise errors[0]
    return store.summary(batch_id)


def _join(threads: list[threading.Thread]) -> None:
    for thread in threads:
        while thread.is_alive():
            thread.join(timeout=0.5)  # short joins keep Ctrl-C responsive in the main thread


def _work(todo: queue.Queue, store: BatchStore, settings: Settings, resources: Resources, browser: BrowserPool,
          registry_backend: str | None, progress: Progress | None, stop: threading.Event, errors: list[BaseException]) -> None:
    try:
        with run_services(settings, registry_backend) as (registry, backend, checkpointer):
            while not stop.is_set():
                try:
                    item = todo.get_nowait()
                except queue.Empty:
                    return
                outcome = _investigate_item(item, store, settings, resources, browser, registry, backend, checkpointer)
                if progress:
                    progress(item, outcome)
    except BaseException as exc:  # noqa: BLE001 - the store or a worker resource broke: stop everyone, report it
        errors.append(exc)
        stop.set()


def _investigate_item(item: BatchItem, store: BatchStore, settings: Settings, resources: Resources, browser: BrowserPool,
                      registry: Registry, backend, checkpointer) -> str:
    store.start(item)
    url, seller = batch_target(item.url)
    run = investigate_seller if seller else investigate  # a seller's listings resume from their own checkpoints too
    try:
        assessment = run(url, settings=settings, resources=resources, browser=browser, registry=registry,
                         checkpointer=checkpointer, run_id=item.run_id, run_dir=item_run_dir(settings, item),
                         backend=backend, registry_backend=backend.name, resume=True)
    except SodsongError as exc:
        store.fail(item, f"{type(exc).__name__}: {exc}")
        return f"failed: {exc}"
    except Exception as exc:  # noqa: BLE001 - one broken item must not stop the batch; the reason is kept
        store.fail(item, f"unexpected {type(exc).__name__}: {exc}")
        return f"failed: unexpected {type(exc).__name__}: {exc}"
    problem = unusable_page(assessment)
    store.finish(item, assessment["verdict"], assessment.get("tis"), [f["code"] for f in assessment["findings"]], problem)
    return f"done: {assessment['verdict']}" + (f" ({problem})" if problem else "")
