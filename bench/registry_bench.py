"""Local registry lookup latency: import N synthetic (demo) records, look numbers up in mixed spellings.

Usage: python bench/registry_bench.py [--records 20000] [--lookups 5000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from tools.registry import Registry
from tools.thai_text import THAI_DIGITS


def spelling(number: str, rng: random.Random) -> str:
    """The same licence number as a seller might write it."""
    choice = rng.randrange(4)
    if choice == 0:
        return number
    if choice == 1:
        return number.replace(" ", "")
    if choice == 2:
        return "".join(THAI_DIGITS[int(c)] if c.isdigit() else c for c in number)
    return number.replace("น ", "N").replace("ท ", "T-")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--lookups", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(7)
    records = [
        {"licence_no": f"{rng.choice('นท')} {10000 + i}-{rng.randrange(1, 99)}/{rng.choice(['2879', '2432', '369', '934', '685'])}",
         "type": "น", "tis": "2879-2560", "holder": f"บริษัท ตัวอย่าง {i} จำกัด", "trademarks": [f"DEMO{i}"], "status": "active"}
        for i in range(args.records)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        registry = Registry(Path(tmp) / "registry.sqlite")
        started = time.perf_counter()
        registry.import_records(records, source="bench", demo=True)
        import_s = time.perf_counter() - started
        latencies = []
        for _ in range(args.lookups):
            number = spelling(rng.choice(records)["licence_no"], rng)
            t0 = time.perf_counter()
            assert registry.lookup(number) is not None
            latencies.append((time.perf_counter() - t0) * 1000)
        misses = []
        for i in range(500):
            t0 = time.perf_counter()
            registry.lookup(f"น 9{i:05d}-1/2879")
            misses.append((time.perf_counter() - t0) * 1000)
        registry.close()
    latencies.sort()
    print(f"records={args.records} import_s={import_s:.2f} lookups={args.lookups} "
          f"p50_ms={statistics.median(latencies):.3f} p95_ms={latencies[int(0.95 * len(latencies))]:.3f} miss_p50_ms={statistics.median(misses):.3f}")


if __name__ == "__main__":
    main()
