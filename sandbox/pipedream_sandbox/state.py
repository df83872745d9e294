"""Everything one sandbox app holds: its data (one repository per resource), its users, its
clock and its settings. `wiring.build_sandbox` makes one."""

from __future__ import annotations

from dataclasses import dataclass, field

from .context import DataContext
from .delivery import WebhookDelivery
from .domain.accounts import Accounts, Projects
from .domain.apps import Catalogue
from .domain.components import Components
from .domain.emit import Emitter, LiveListeners
from .domain.events import EventLog
from .domain.milestones import Milestones
from .domain.oauth import TokenIssuer
from .domain.sources import Sources
from .domain.subscriptions import Subscriptions
from .domain.templates import Template
from .domain.webhooks import Webhooks
from .domain.workflows import Workflows
from .domain.workspaces import Workspaces
from .limits import DEFAULT_LIMITS, Limits
from .outbound import DEFAULT_POLICY, OutboundPolicy
from .registry import Fetcher
from .store import Store
from .streams import StreamHub
from .throttle import Throttle
from .users import UserDirectory


@dataclass
class Sandbox:
    context: DataContext
    users: UserDirectory
    fetch: Fetcher
    components: Components
    sources: Sources
    events: EventLog
    emitter: Emitter
    workflows: Workflows
    subscriptions: Subscriptions
    webhooks: Webhooks
    workspaces: Workspaces
    oauth: TokenIssuer
    milestones: Milestones
    accounts: Accounts
    projects: Projects
    catalogue: Catalogue
    templates: dict[str, Template]
    throttle: Throttle | None = None
    limits: Limits = DEFAULT_LIMITS
    outbound: OutboundPolicy = DEFAULT_POLICY
    streams: StreamHub = field(default_factory=StreamHub)  # the open live streams

    @property
    def store(self) -> Store:
        return self.context.store

    @property
    def delivery(self) -> WebhookDelivery:
        """The background webhook sender: `delivery.wait()` blocks until it is idle."""
        return self.emitter.delivery

    @property
    def live(self) -> LiveListeners:
        """In-process listeners of every stored event (`live.add(callback)`), for live streams."""
        return self.emitter.live

    def close(self) -> None:
        """End the live streams, stop the webhook workers, then close the database. Safe to
        call twice."""
        self.streams.close()
        self.emitter.delivery.close()
        self.context.store.close()
