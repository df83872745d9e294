"""Everything one sandbox app holds: its data, its users, its clock and its settings."""

from __future__ import annotations

from dataclasses import dataclass

from .delivery import WebhookDelivery
from .oauth import TokenIssuer
from .registry import Fetcher
from .service import Service
from .streams import StreamHub
from .subscriptions import Subscriptions
from .throttle import Throttle
from .users import UserDirectory
from .webhooks import Webhooks
from .workspaces import Workspaces

MAX_BODY_BYTES = 1024 * 1024


@dataclass
class Sandbox:
    service: Service
    users: UserDirectory
    fetch: Fetcher
    subscriptions: Subscriptions
    webhooks: Webhooks
    workspaces: Workspaces
    oauth: TokenIssuer
    streams: StreamHub
    throttle: Throttle | None = None
    max_body_bytes: int = MAX_BODY_BYTES

    @property
    def delivery(self) -> WebhookDelivery:
        """The background webhook sender: `delivery.wait()` blocks until it is idle."""
        return self.service.delivery

    def close(self) -> None:
        """End the live streams, stop the webhook workers, then close the database. Safe to
        call twice."""
        self.streams.close()
        self.service.delivery.close()
        self.service.store.close()
