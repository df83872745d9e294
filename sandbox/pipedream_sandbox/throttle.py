"""Optional throttling, to show clients a real `429` with `Retry-After` and `X-RateLimit-*`.

Off by default. With `--rate-limit N`, each API key may make N requests per 60-second window;
the next one gets `429 {"error": "Throttled"}`.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

from .errors import ApiError

WINDOW_SECONDS = 60


class Throttle:
    def __init__(
        self, limit: int, clock: Callable[[], float], window: int = WINDOW_SECONDS
    ) -> None:
        if limit < 1:
            raise ValueError(f"rate limit must be at least 1 request per window, not {limit}")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[int, int]] = {}  # key -> (window start, requests)

    def check(self, api_key: str) -> None:
        """Count one request for `api_key`; raise the 429 ApiError once over the limit."""
        now = self._clock()
        start = int(now // self.window) * self.window
        with self._lock:
            window_start, used = self._windows.get(api_key, (start, 0))
            if window_start != start:
                used = 0
            used += 1
            self._windows[api_key] = (start, used)
        if used <= self.limit:
            return
        reset = start + self.window
        headers = {
            "Retry-After": str(max(1, math.ceil(reset - now))),
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(reset),
        }
        raise ApiError(429, "Throttled", headers=headers)
