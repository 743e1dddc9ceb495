"""Batch throughput: listings per hour over the local marketplace with 1 and 2 workers (offline reasoner).

Usage: python bench/batch_bench.py [--listings 40] [--workers 1 2]
(needs `sodsong knowledge sync && sodsong knowledge index`; writes batches and runs into the data dir)
"""

from __future__ import annotations

import argparse
import json
import resource
import time

from agent.batch import run_batch
from agent.batch_store import BatchStore
from agent.runner import Resources
from agent.settings import REPO_ROOT, Settings
from evals.cases import load_cases
from evals.marketplace import Marketplace
from evals.runner import eval_settings

CASES_ROOT = REPO_ROOT / "evals" / "cases"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--listings", type=int, default=40)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    settings = eval_settings(Settings())
    cases = [c for c in load_cases(CASES_ROOT) if c.kind == "listing" and not c.id.startswith("demo-")][: args.listings]
    resources = Resources.load(settings)
    rows = []
    with Marketplace(CASES_ROOT) as market:
        urls = [market.url_for(c.id, c.target) for c in cases]
        for workers in args.workers:
            store = BatchStore(settings.batches_path)
            batch_id = store.create(urls, source=f"bench workers={workers}")
            started = time.monotonic()
            summary = run_batch(batch_id, store=store, settings=settings, resources=resources, workers=workers)
            seconds = time.monotonic() - started
            store.close()
            rows.append({"workers": workers, "listings": len(urls), "seconds": round(seconds, 1),
                         "per_hour": round(len(urls) / seconds * 3600), "counts": summary.counts,
                         "python_max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})
            print(json.dumps(rows[-1]))
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
