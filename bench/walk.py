"""Row 2: walking a long list of sources with the overlay's ``paginate``.

Requests are counted by the server. Memory is traced with ``tracemalloc`` in separate walks (it
slows every allocation, so the timed walks run without it): the peak above the starting point
while walking a tenth of the list, and while walking all of it. A lazy walk holds one page at a
time, so the two peaks should be about the same.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
import tracemalloc

import httpx
from pipedream_rest import Pipedream, paginate
from pipedream_rest_client.api.sources import list_sources

from .page_costs import API_KEY
from .report import Row, Target, duration, megabytes

MAX_GROWTH_BYTES = 2_000_000


def _walk(client: Pipedream, limit: int, max_items: int | None = None) -> int:
    pager = paginate(list_sources.sync, client=client, limit=limit)
    return sum(1 for _ in pager.items(max_items=max_items))


def _traced(client: Pipedream, limit: int, max_items: int) -> tuple[int, int]:
    """Bytes above the starting point: the peak during the walk, and what is left after it."""
    gc.collect()
    start, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    _walk(client, limit, max_items)
    peak = tracemalloc.get_traced_memory()[1]
    gc.collect()
    return peak - start, tracemalloc.get_traced_memory()[0] - start


def _walk_requests(root: str) -> int:
    count: int = httpx.get(f"{root}/stats").json()["walk_requests"]
    return count


def measure(root: str, items: int, limit: int, rounds: int) -> tuple[list[Row], list[Target]]:
    client = Pipedream(api_key=API_KEY, base_url=f"{root}/walk/v1")
    before = _walk_requests(root)
    walked = _walk(client, limit)  # also warms the connection
    requests = _walk_requests(root) - before
    if walked != items:
        raise RuntimeError(f"the walk yielded {walked} sources, expected {items}")
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        _walk(client, limit)
        seconds.append(time.perf_counter() - start)
    walk_time = statistics.median(seconds)
    small = max(1, items // 10)
    tracemalloc.start()
    try:
        _traced(client, limit, small)  # the first traced walk fills caches
        small_peak, _ = _traced(client, limit, small)
        full_peak, retained = _traced(client, limit, items)
    finally:
        tracemalloc.stop()
        client.close()
    growth = full_peak - small_peak
    pages = math.ceil(items / limit)
    label = f"walk {items:,} sources, limit={limit}"
    rows = [
        Row("2", f"{label}: requests", str(requests), f"⌈N/limit⌉ = {pages}"),
        Row("2", f"{label}: time", duration(walk_time), f"median of {rounds}"),
        Row("2", f"{label}: items/s", f"{items / walk_time:,.0f}", ""),
        Row("2", f"{label}: peak traced memory, {small:,} items", megabytes(small_peak), ""),
        Row(
            "2",
            f"{label}: peak traced memory, {items:,} items",
            megabytes(full_peak),
            f"growth {megabytes(growth)}; {megabytes(retained)} left after the walk",
        ),
    ]
    targets = [
        Target(
            f"walk requests = ⌈N/limit⌉ plus at most one empty page ({pages} or {pages + 1})",
            str(requests),
            pages <= requests <= pages + 1,
        ),
        Target(
            f"peak memory growth {small:,} → {items:,} items < {megabytes(MAX_GROWTH_BYTES)}",
            megabytes(growth),
            growth < MAX_GROWTH_BYTES,
        ),
    ]
    return rows, targets
