"""How long the server needs to run each page once, as a participant's tap would (AppTest, no browser).

Run: python bench/page_speed.py [repeats]. Prints the median and worst time per page in milliseconds,
first with the content cache cold (the first visitor after a restart), then warm.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.rerun_ratio import app_on_page  # noqa: E402
from minplan.catalogue import load_content  # noqa: E402


def run_page(url_path: str, query: dict[str, str]) -> float:
    """Seconds for one full run of the page at `url_path`."""
    app = app_on_page(url_path, query)
    started = time.perf_counter()
    app.run()
    return time.perf_counter() - started


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    started = time.perf_counter()
    load_content()
    print(f"content load (cold, once per process): {1000 * (time.perf_counter() - started):.0f} ms")
    pages = ["", *(lesson.id for lesson in load_content().lessons), "ordliste", "selvtest", "fra-jobb-til-plan"]
    for query in ({}, {"lang": "ar"}, {"mode": "projector"}):
        print(f"\nURL parameters {query or '(none)'}: page, median ms, worst ms over {repeats} runs")
        for page in pages:
            times = [run_page(page, query) for _ in range(repeats)]
            print(f"  /{page:<32} {1000 * statistics.median(times):6.0f} {1000 * max(times):6.0f}")


if __name__ == "__main__":
    main()
