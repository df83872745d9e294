"""``python -m bench`` (``make bench``): every benchmark row and target, in one run.

``--quick`` runs the same code with tiny sizes in a few seconds (the smoke test in
tests/bench/ uses it); its timings mean nothing. See BENCHMARKS.md for what each row means.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from dataclasses import dataclass

import httpx

from . import concurrency, live, page_costs, sandbox_load, walk
from .processes import fixture_server, sandbox_process, sandbox_server
from .report import Row, Target, render


@dataclass(frozen=True)
class Sizes:
    page_rounds: int
    reference_rounds: int
    walk_items: int
    walk_limit: int
    walk_rounds: int
    async_sources: int
    async_rounds: int
    latency_ms: float
    load_connections: int
    load_seconds: float
    live_latency_events: int
    live_burst_events: int
    live_streams: int
    live_rest_calls: int


FULL = Sizes(
    page_rounds=300,
    reference_rounds=5,
    walk_items=10_000,
    walk_limit=100,
    walk_rounds=5,
    async_sources=20,
    async_rounds=10,
    latency_ms=20.0,
    load_connections=8,
    load_seconds=5.0,
    live_latency_events=300,
    live_burst_events=2_000,
    live_streams=200,
    live_rest_calls=300,
)
QUICK = Sizes(
    page_rounds=3,
    reference_rounds=1,
    walk_items=250,
    walk_limit=100,
    walk_rounds=1,
    async_sources=20,
    async_rounds=1,
    latency_ms=5.0,
    load_connections=2,
    load_seconds=0.3,
    live_latency_events=5,
    live_burst_events=40,
    live_streams=5,
    live_rest_calls=10,
)


def run(sizes: Sizes) -> tuple[list[Row], list[Target]]:
    rows: list[Row] = []
    targets: list[Target] = []
    with fixture_server(sizes.walk_items, sizes.walk_limit, sizes.latency_ms) as root:
        results = [
            page_costs.measure(root, sizes.page_rounds, sizes.reference_rounds),
            walk.measure(root, sizes.walk_items, sizes.walk_limit, sizes.walk_rounds),
            concurrency.measure(root, sizes.async_sources, sizes.async_rounds, sizes.latency_ms),
        ]
    with sandbox_server() as base_url:
        results.append(sandbox_load.measure(base_url, sizes.load_connections, sizes.load_seconds))
    with sandbox_process() as (base_url, pid):
        results.append(
            live.measure(
                base_url,
                pid,
                sizes.live_latency_events,
                sizes.live_burst_events,
                sizes.live_streams,
                sizes.live_rest_calls,
            )
        )
    for more_rows, more_targets in results:
        rows += more_rows
        targets += more_targets
    return rows, targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks, not numbers")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    print(
        f"# {'quick (smoke) run: timings are not meaningful' if args.quick else 'full run'}; "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, httpx {httpx.__version__}",
        flush=True,
    )
    rows, targets = run(sizes)
    print(render(rows, targets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
