"""Webhook delivery: every event a webhook listens to is POSTed as JSON to its URL.

In the background (the request that caused the emit never waits), with a short timeout, and with
retries on any failure (no answer, or a status outside 2xx) after exponential backoff: 0.5 s, 1 s,
2 s for the default four attempts. Events for one webhook are sent one at a time, in order;
different webhooks are served in parallel. A delivery that fails for good is logged and kept in
`results`; the event stays in its source's list either way.

Sending goes through the outbound policy (`outbound.py`): the address is checked when each
delivery connects, and a refused address is not retried.

Tests inject `post` (the HTTP call), `sleep` (the pause between attempts) and `allow` (which URLs
may be delivered to: `loopback_only` keeps a test on the machine), and call `wait()` to block
until every delivery so far has finished. `close()` stops the workers; pending retries are
abandoned.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from .outbound import OutboundPolicy, OutboundRefused

log = logging.getLogger("pipedream_sandbox.webhooks")

ATTEMPTS = 4
FIRST_RETRY_SECONDS = 0.5
TIMEOUT_SECONDS = 2.0
WORKERS = 4
KEPT_RESULTS = 1000

# (url, JSON body, headers, timeout in seconds) -> HTTP status; raises httpx.HTTPError when no
# answer came.
Poster = Callable[[str, bytes, dict[str, str], float], int]


def deliver_anywhere(url: str) -> bool:
    return True


def loopback_only(url: str) -> bool:
    """True for http(s) URLs on this machine (localhost, 127.0.0.0/8, ::1) only."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Delivery:
    webhook_id: str
    url: str
    event_id: str
    body: bytes
    headers: dict[str, str]


@dataclass(frozen=True)
class DeliveryResult:
    """How one event's delivery to one webhook ended."""

    webhook_id: str
    url: str
    event_id: str
    delivered: bool
    attempts: int
    status: int | None  # the last HTTP status, if any answer came
    error: str | None  # why the last attempt failed


class WebhookDelivery:
    def __init__(
        self,
        *,
        post: Poster | None = None,
        allow: Callable[[str], bool] = deliver_anywhere,
        attempts: int = ATTEMPTS,
        first_retry_seconds: float = FIRST_RETRY_SECONDS,
        timeout_seconds: float = TIMEOUT_SECONDS,
        sleep: Callable[[float], object] | None = None,
        workers: int = WORKERS,
    ) -> None:
        if attempts < 1 or workers < 1:
            raise ValueError("attempts and workers must be at least 1")
        self._post = post if post is not None else OutboundPolicy().post
        self._allow = allow
        self.attempts = attempts
        self.first_retry_seconds = first_retry_seconds
        self.timeout_seconds = timeout_seconds
        self._stopping = threading.Event()
        self._sleep = sleep if sleep is not None else self._stopping.wait
        self._workers = workers
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Condition()
        self._lanes: dict[str, deque[Delivery]] = {}  # webhook ID -> deliveries not yet started
        self._pending = 0
        self._results: deque[DeliveryResult] = deque(maxlen=KEPT_RESULTS)

    def retry_delays(self) -> list[float]:
        """The pauses between attempts: 0.5, 1, 2 seconds by default."""
        return [self.first_retry_seconds * 2**n for n in range(self.attempts - 1)]

    def deliver(self, delivery: Delivery) -> None:
        """Queue a delivery and return at once."""
        with self._lock:
            if self._stopping.is_set():
                self._record(delivery, False, 0, None, "the sandbox is shutting down")
                return
            self._pending += 1
            lane = self._lanes.get(delivery.webhook_id)
            if lane is not None:  # a worker is already sending this webhook's events
                lane.append(delivery)
                return
            self._lanes[delivery.webhook_id] = deque([delivery])
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self._workers, "sandbox-webhook")
            self._executor.submit(self._drain, delivery.webhook_id)

    def _drain(self, webhook_id: str) -> None:
        while True:
            with self._lock:
                lane = self._lanes[webhook_id]
                if not lane:
                    del self._lanes[webhook_id]
                    return
                delivery = lane.popleft()
            try:
                self._send(delivery)
            except Exception:  # a bug must not leave wait() hanging
                log.exception("webhook delivery to %s crashed", delivery.url)
                self._record(delivery, False, 0, None, "internal error")
            finally:
                with self._lock:
                    self._pending -= 1
                    self._lock.notify_all()

    def _send(self, delivery: Delivery) -> None:
        if not self._allow(delivery.url):
            self._record(delivery, False, 0, None, "delivery to this URL is turned off here")
            return
        status: int | None = None
        error: str | None = None
        made = 0
        for delay in [0.0, *self.retry_delays()]:
            if delay:
                self._sleep(delay)
            if self._stopping.is_set():
                error = "the sandbox shut down before the next attempt"
                break
            made += 1
            try:
                status = self._post(
                    delivery.url, delivery.body, delivery.headers, self.timeout_seconds
                )
            except OutboundRefused as refused:  # the address will not change its nature: no retry
                status, error = None, f"refused: {refused}"
                break
            except httpx.HTTPError as failure:
                status, error = None, f"{type(failure).__name__}: {failure}"
                continue
            if 200 <= status < 300:
                self._record(delivery, True, made, status, None)
                return
            error = f"answered {status}"
        log.warning(
            "webhook %s: event %s not delivered to %s after %d attempts (%s)",
            delivery.webhook_id,
            delivery.event_id,
            delivery.url,
            made,
            error,
        )
        self._record(delivery, False, made, status, error)

    def _record(
        self,
        delivery: Delivery,
        delivered: bool,
        attempts: int,
        status: int | None,
        error: str | None,
    ) -> None:
        result = DeliveryResult(
            delivery.webhook_id, delivery.url, delivery.event_id, delivered, attempts, status, error
        )
        with self._lock:
            self._results.append(result)

    @property
    def results(self) -> list[DeliveryResult]:
        """The outcomes of the latest deliveries (up to 1000), oldest first."""
        with self._lock:
            return list(self._results)

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every delivery queued so far has finished; False on timeout."""
        with self._lock:
            return self._lock.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        """Stop: sends in flight finish (within the timeout), retries and queued sends are
        dropped. Safe to call twice."""
        self._stopping.set()
        executor = self._executor
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            self._lanes.clear()
            self._pending = 0
            self._lock.notify_all()
