"""The retry policy: what is retried, how long to wait, and the Retry-After rules.

Pure functions and one frozen dataclass, so the transport stays a short loop and the rules can be
tested as a table. A request that is not idempotent (POST, PATCH) is sent again only when the
server provably did not act on it: the connection was never made (refused, connect or pool
timeout), or the server said so (408, 429, or a 5xx with ``Retry-After``). A lost answer (read
timeout, connection closed or reset after sending) is not retried: the server may have created
the source already. Idempotent methods are also retried after any connection error and on 500,
502, 503 and 504.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRIED_FOR_EVERY_METHOD = frozenset({408, 429})
RETRIED_FOR_IDEMPOTENT_METHODS = frozenset({500, 502, 503, 504})
"""Also retried for any method when the answer carries a ``Retry-After``."""
NEVER_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
"""Failures before a single byte of the request left: safe to retry for every method."""


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def is_retryable_status(method: str, status_code: int, *, retry_after: float | None = None) -> bool:
    """Whether an answer with ``status_code`` to a ``method`` request may be retried;
    ``retry_after`` is the wait the server asked for, if it sent one."""
    if status_code in RETRIED_FOR_EVERY_METHOD:
        return True
    if status_code not in RETRIED_FOR_IDEMPOTENT_METHODS:
        return False
    return is_idempotent(method) or retry_after is not None


def is_retryable_error(method: str, error: httpx.RequestError) -> bool:
    """Whether a request that failed with ``error`` (no answer) may be sent again."""
    if isinstance(error, NEVER_SENT):
        return True
    return is_idempotent(method) and isinstance(error, httpx.TransportError)


def may_have_been_applied(method: str, error: httpx.RequestError) -> bool:
    """Whether a ``method`` request that failed with ``error`` may have had its side effects."""
    return not is_idempotent(method) and not isinstance(error, NEVER_SENT)


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
