"""The retry policy: what is retried, how long to wait, and the Retry-After rules.

Pure functions and one frozen dataclass, so the transport stays a short loop and the rules can be
tested as a table. Retried for every method: 408, 429 and connection errors/timeouts (no answer
came back). Retried only for idempotent methods: 500, 502, 503 and 504, because repeating a POST
that the server may have carried out would repeat its side effects.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRIED_FOR_EVERY_METHOD = frozenset({408, 429})
RETRIED_FOR_IDEMPOTENT_METHODS = frozenset({500, 502, 503, 504})


def is_retryable_status(method: str, status_code: int) -> bool:
    """Whether an answer with ``status_code`` to a ``method`` request may be retried."""
    if status_code in RETRIED_FOR_EVERY_METHOD:
        return True
    return status_code in RETRIED_FOR_IDEMPOTENT_METHODS and method.upper() in IDEMPOTENT_METHODS


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` may be seconds or an HTTP-date (compared with ``now``, epoch seconds).
    Zero, negative, past, empty or unparsable values give ``None``: the caller falls back to
    its own backoff.
    """
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        seconds = _positive_finite(raw_ms)
        if seconds is not None:
            return seconds / 1000
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _positive_finite(raw)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive one is read as UTC
        return None
    wait = when.timestamp() - now
    return wait if wait > 0 else None


def _positive_finite(raw: str) -> float | None:
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts; ``sleep``, ``async_sleep``, ``random`` and ``clock``
    are injectable so tests run instantly and exactly.

    The wait before retry ``n`` (1-based) is ``min(initial_delay * 2**(n-1), max_delay)`` shrunk
    by up to 25 % of jitter, unless the server sent a usable ``Retry-After``. A ``Retry-After``
    longer than ``max_retry_after`` is not waited for: the error is raised at once.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    random: Callable[[], float] = field(default=random.random, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def __post_init__(self) -> None:
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise ValueError(f"RetryPolicy.{name} must be a finite number >= 0, got {value!r}")

    def backoff(self, retry_number: int) -> float:
        """The jittered exponential wait before retry ``retry_number`` (1, 2, ...)."""
        delay = min(self.initial_delay * 2.0 ** (retry_number - 1), self.max_delay)
        return delay * (1 - 0.25 * self.random())

    def retry_after(self, headers: Mapping[str, str]) -> float | None:
        """The server's requested wait in seconds, if it sent a usable one."""
        return parse_retry_after(headers, self.clock())
