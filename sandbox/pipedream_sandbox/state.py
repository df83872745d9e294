"""Everything one sandbox app holds: its data, its users, its clock and its settings."""

from __future__ import annotations

from dataclasses import dataclass

from .delivery import WebhookDelivery
from .limits import DEFAULT_LIMITS, Limits
from .oauth import TokenIssuer
from .outbound import OutboundPolicy
from .registry import Fetcher
from .service import Service
from .subscriptions import Subscriptions
from .throttle import Throttle
from .users import UserDirectory
from .webhooks import Webhooks
from .workspaces import Workspaces


@dataclass
class Sandbox:
    service: Service
    users: UserDirectory
    fetch: Fetcher
    subscriptions: Subscriptions
    webhooks: Webhooks
    workspaces: Workspaces
    oauth: TokenIssuer
    throttle: Throttle | None = None
    limits: Limits = DEFAULT_LIMITS
    outbound: OutboundPolicy = OutboundPolicy()

    @property
    def max_body_bytes(self) -> int:
        return self.limits.body_bytes

    @property
    def delivery(self) -> WebhookDelivery:
        """The background webhook sender: `delivery.wait()` blocks until it is idle."""
        return self.service.delivery

    def close(self) -> None:
        """Stop the webhook workers, then close the database. Safe to call twice."""
        self.service.delivery.close()
        self.service.store.close()
