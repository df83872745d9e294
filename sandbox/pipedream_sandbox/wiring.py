"""`build_sandbox(...)`: the repositories wired together on one database, the configured users
installed and the shipped data seeded. Route mounting is `app.create_app`'s job."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from .context import DataContext
from .delivery import WebhookDelivery
from .domain.accounts import Accounts, Projects
from .domain.apps import Catalogue
from .domain.components import Components
from .domain.emit import Emitter
from .domain.events import EventLog
from .domain.milestones import Milestones
from .domain.oauth import TokenIssuer, check_token_ttl
from .domain.sources import Sources
from .domain.subscriptions import Subscriptions
from .domain.templates import shipped_templates
from .domain.webhooks import Webhooks
from .domain.workflows import Workflows
from .domain.workspaces import Workspaces
from .ids import IdFactory
from .limits import Limits
from .outbound import OutboundPolicy
from .registry import Fetcher, fetch_with
from .seeding import seed
from .state import Sandbox
from .store import Store
from .throttle import Throttle
from .users import SandboxUser, UserDirectory


def build_sandbox(
    db_path: str | Path,
    *,
    users: Sequence[SandboxUser],
    clock: Callable[[], float],
    seed_ids: int | None,
    fetch: Fetcher | None,
    rate_limit: int | None,
    demo_data: bool,
    limits: Limits,
    outbound: OutboundPolicy,
    token_ttl: int,
    webhooks: WebhookDelivery | None,
) -> Sandbox:
    """See `create_app` for what each argument means."""
    directory = UserDirectory(users)
    check_token_ttl(token_ttl)  # before the database is opened
    context = DataContext(Store(db_path), clock, IdFactory(seed_ids))
    subscriptions = Subscriptions(context)
    events = EventLog(context)
    sandbox = Sandbox(
        context=context,
        users=directory,
        fetch=fetch or fetch_with(outbound),
        components=Components(context),
        sources=Sources(context, subscriptions),
        events=events,
        emitter=Emitter(context, events, webhooks or WebhookDelivery(post=outbound.post)),
        workflows=Workflows(context, subscriptions),
        subscriptions=subscriptions,
        webhooks=Webhooks(context),
        workspaces=Workspaces(context),
        oauth=TokenIssuer(context, token_ttl),
        milestones=Milestones(context),
        accounts=Accounts(context),
        projects=Projects(context),
        catalogue=Catalogue(),
        templates=shipped_templates(),
        throttle=Throttle(rate_limit, clock) if rate_limit else None,
        limits=limits,
        outbound=outbound,
    )
    sandbox.workspaces.install(directory)
    sandbox.oauth.install_clients(directory)
    seed(sandbox, directory, demo_data=demo_data)
    sandbox.catalogue = Catalogue.shipped(sandbox.components.registry())
    return sandbox
