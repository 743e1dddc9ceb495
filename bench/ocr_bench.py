"""OCR cost: Tesseract (tha+eng) on a listing photo, and a whole investigation of a page whose licence is only in its photo.

Usage: python bench/ocr_bench.py [--runs 10]
(needs tesseract-ocr and tesseract-ocr-tha, and `sodsong knowledge sync && sodsong knowledge index`)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from agent.checkpoints import memory_checkpointer
from agent.runner import Resources, investigate
from agent.settings import REPO_ROOT, Settings
from evals.cases import load_case
from evals.marketplace import Marketplace
from evals.runner import eval_settings
from tools.browser import BrowserSession
from tools.ocr import ocr_available, read_image_text
from tools.registry import Registry

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "cases"
CASE = "fx-licence-in-image"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    settings = eval_settings(Settings())
    if not ocr_available(settings.ocr):
        raise SystemExit("tesseract with Thai is not installed (make setup)")
    label = FIXTURES / CASE / "label.png"
    ocr_ms = []
    for _ in range(args.runs):
        started = time.perf_counter()
        read_image_text(label, settings.ocr)
        ocr_ms.append((time.perf_counter() - started) * 1000)
    resources = Resources.load(settings)
    case = load_case(FIXTURES / CASE)
    seconds: dict[str, list[float]] = {"ocr": [], "no_ocr": []}
    verdicts: dict[str, str] = {}
    with Marketplace(FIXTURES, only=CASE) as market, BrowserSession(settings.browser) as browser:
        for mode in ("ocr", "no_ocr"):
            config = settings if mode == "ocr" else settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"enabled": False})})
            for run in range(args.runs):
                registry = Registry(":memory:")
                registry.import_records(case.registry, source="bench", demo=True)
                with tempfile.TemporaryDirectory() as out:
                    started = time.perf_counter()
                    assessment = investigate(market.url_for(CASE, case.target), settings=config, resources=resources, browser=browser,
                                             registry=registry, checkpointer=memory_checkpointer(), run_id=f"bench-{mode}-{run}",
                                             run_dir=Path(out))
                    seconds[mode].append(time.perf_counter() - started)
                verdicts[mode] = assessment["verdict"]
                registry.close()
    print(json.dumps({"bench": "ocr", "image_bytes": label.stat().st_size, "ocr_p50_ms": round(statistics.median(ocr_ms)),
                      "investigation_p50_s": {m: round(statistics.median(v), 2) for m, v in seconds.items()}, "verdicts": verdicts}))


if __name__ == "__main__":
    main()
