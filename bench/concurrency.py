"""Row 3: the event summaries of many sources with the overlay's async client, all at once
(``asyncio.gather``) against one after another, from a server that answers each after a delay.
"""

from __future__ import annotations

import asyncio

from pipedream_rest import Pipedream
from pipedream_rest_client.api.events import list_source_events

from .bodies import PAGE_SIZE, short_id
from .page_costs import API_KEY
from .report import Row, Target, duration, times
from .timing import interleaved_async

MIN_SPEEDUP = 5.0
SEQUENTIAL = "one after another"
CONCURRENT = "asyncio.gather"


async def _measure(root: str, sources: int, rounds: int) -> dict[str, float]:
    client = Pipedream(api_key=API_KEY, base_url=f"{root}/slow/v1")
    source_ids = [short_id("dc_", n) for n in range(sources)]

    async def events_of(source_id: str) -> int:
        page = await list_source_events.asyncio(source_id, client=client, limit=PAGE_SIZE)
        count = len(page.data) if page is not None and hasattr(page, "data") else -1
        if count != PAGE_SIZE:
            raise RuntimeError(f"{source_id}: read {count} events, expected {PAGE_SIZE}")
        return count

    async def sequential() -> None:
        for source_id in source_ids:
            await events_of(source_id)

    async def concurrent() -> None:
        await asyncio.gather(*(events_of(source_id) for source_id in source_ids))

    try:
        return await interleaved_async({SEQUENTIAL: sequential, CONCURRENT: concurrent}, rounds)
    finally:
        await client.aclose()


def measure(
    root: str, sources: int, rounds: int, latency_ms: float
) -> tuple[list[Row], list[Target]]:
    medians = asyncio.run(_measure(root, sources, rounds))
    speedup = medians[SEQUENTIAL] / medians[CONCURRENT]
    label = f"events of {sources} sources, {latency_ms:g} ms latency"
    rows = [
        Row("3", f"{label}: {SEQUENTIAL}", duration(medians[SEQUENTIAL]), ""),
        Row(
            "3", f"{label}: {CONCURRENT}", duration(medians[CONCURRENT]), f"{times(speedup)} faster"
        ),
    ]
    target = Target(
        f"concurrent ≥ {MIN_SPEEDUP:g}× faster than sequential",
        times(speedup),
        speedup >= MIN_SPEEDUP,
    )
    return rows, [target]
