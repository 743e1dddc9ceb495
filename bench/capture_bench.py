"""Capture time per listing (warm browser) and evidence-bundle size per investigated listing.

Usage: python bench/capture_bench.py [CASES_ROOT] [--only 'demo-*'] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from agent.checkpoints import memory_checkpointer
from agent.runner import Resources, investigate
from agent.settings import Settings
from evals.marketplace import Marketplace
from evals.runner import eval_settings
from tools.browser_pool import BrowserPool
from tools.registry import Registry


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("cases_root", nargs="?", default="evals/cases", type=Path)
    parser.add_argument("--only", default="demo-*")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = eval_settings(Settings())
    resources = Resources.load(settings)
    with tempfile.TemporaryDirectory() as tmp, Marketplace(args.cases_root, only=args.only) as market, BrowserPool(settings.browser) as pool:
        cases = [c for c in market.cases if c.kind == "listing"]
        pool.capture(market.url_for(cases[0].id, cases[0].target), Path(tmp) / "warmup")
        seconds = []
        for round_ in range(args.repeat):
            for case in cases:
                started = time.perf_counter()
                try:
                    pool.capture(market.url_for(case.id, case.target), Path(tmp) / f"c{round_}-{case.id}")
                except Exception:  # broken pages are part of the set; their time counts too
                    pass
                seconds.append(time.perf_counter() - started)
        sizes, totals = [], []
        for case in cases:
            registry = Registry(":memory:")
            registry.import_records(case.registry, source="bench", demo=True)
            run_dir = Path(tmp) / "runs" / case.id
            started = time.perf_counter()
            investigate(market.url_for(case.id, case.target), settings=settings, resources=resources, browser=pool, registry=registry,
                        checkpointer=memory_checkpointer(), run_dir=run_dir)
            totals.append(time.perf_counter() - started)
            sizes.append(sum(p.stat().st_size for p in run_dir.rglob("*") if p.is_file()))
    seconds.sort()
    print(f"listings={len(cases)} captures={len(seconds)} capture_p50_s={statistics.median(seconds):.3f} "
          f"capture_p95_s={seconds[int(0.95 * len(seconds))]:.3f} investigate_p50_s={statistics.median(totals):.3f} "
          f"bundle_p50_kb={statistics.median(sizes) / 1024:.0f} bundle_max_kb={max(sizes) / 1024:.0f}")


if __name__ == "__main__":
    main()
