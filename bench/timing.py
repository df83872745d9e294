"""Side-by-side timing: every row is timed in every round, in a shuffled order (seeded, so runs
compare), and the median of each row's rounds is its result. Drift of the machine (CPU frequency,
another process) then hits all rows alike, and no row always runs right after the same other row
(a slow row leaves cold caches and an idle server behind it).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping


class _Samples:
    """The plan of calls (untimed warm-up rounds first) and the times recorded for each name."""

    def __init__(self, names: list[str], rounds: int, warmup: int) -> None:
        if rounds < 1:
            raise ValueError(f"rounds must be at least 1, got {rounds}")
        self.names, self.rounds, self.warmup = names, rounds, warmup
        self.times: dict[str, list[float]] = {name: [] for name in names}

    def plan(self) -> Iterator[tuple[str, bool]]:
        """(name, timed) for every call, round after round."""
        shuffler = random.Random(0)
        for index in range(self.warmup + self.rounds):
            for name in shuffler.sample(self.names, len(self.names)):
                yield name, index >= self.warmup

    def medians(self) -> dict[str, float]:
        return {name: statistics.median(times) for name, times in self.times.items()}


def interleaved(
    calls: Mapping[str, Callable[[], object]], rounds: int, warmup: int = 2
) -> dict[str, float]:
    """Median seconds per call of each of ``calls``, after ``warmup`` untimed rounds."""
    samples = _Samples(list(calls), rounds, warmup)
    for name, timed in samples.plan():
        start = time.perf_counter()
        calls[name]()
        if timed:
            samples.times[name].append(time.perf_counter() - start)
    return samples.medians()


async def interleaved_async(
    calls: Mapping[str, Callable[[], Awaitable[object]]], rounds: int, warmup: int = 1
) -> dict[str, float]:
    """The async twin of :func:`interleaved`: ``calls`` are awaited one after another."""
    samples = _Samples(list(calls), rounds, warmup)
    for name, timed in samples.plan():
        start = time.perf_counter()
        await calls[name]()
        if timed:
            samples.times[name].append(time.perf_counter() - start)
    return samples.medians()
