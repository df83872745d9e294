"""CPU-heavy work (reading component code) in worker processes, never on the event loop.

A thread is not enough: tree-sitter holds the GIL while it parses (about 0.2 s for 500 KB), and
every other request would wait that long. The pool is shared by every sandbox app of the
process, started on first use with `spawn` (the server has threads, which `fork` does not
copy safely), and stopped by `shutdown()` (the server's lifespan calls it); a worker whose
parent died without stopping it (`kill -9`) exits by itself within a second.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

WORKERS = 2

T = TypeVar("T")

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(
                WORKERS,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_watch_parent,
                initargs=(os.getpid(),),
            )
        return _pool


def _watch_parent(parent: int) -> None:
    """In each worker: exit as soon as the process that started it is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="watch-parent").start()


def shutdown() -> None:
    """Stop the workers (a later call starts new ones). Safe to call when none run."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _forget(broken: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is broken:
            _pool = None
    broken.shutdown(wait=False, cancel_futures=True)


async def in_worker(function: Callable[..., T], *args: object) -> T:
    """`function(*args)` in a worker process (it and its arguments must pickle). A pool whose
    worker died is replaced, and the call tried once more."""
    loop = asyncio.get_running_loop()
    for attempt in range(2):
        pool = _executor()
        try:
            return await loop.run_in_executor(pool, function, *args)
        except BrokenProcessPool:
            _forget(pool)
            if attempt:
                raise
    raise AssertionError("unreachable")
