"""The sandbox's built-in users, their credentials and workspaces, created at start.

The demo user's key is `sandbox-demo-key` unless the `--api-key` flag or the
`PIPEDREAM_SANDBOX_API_KEY` variable says otherwise; its OAuth client is `sandbox-client-id` /
`sandbox-client-secret` unless `--client-id` / `--client-secret` or `PIPEDREAM_SANDBOX_CLIENT_ID` /
`PIPEDREAM_SANDBOX_CLIENT_SECRET` say otherwise. The second user exists so that isolation can be
shown (its objects answer 404 to the demo user, and the other way round). User IDs never change,
so data stored under a key survives a change of key.

Each user has one workspace (`org_id`), of which it is the only member, and a couple of workflows:
the API cannot create workflows, so the sandbox seeds them (see `workflows`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

DEMO_API_KEY = "sandbox-demo-key"
OTHER_API_KEY = "sandbox-other-key"
API_KEY_ENV = "PIPEDREAM_SANDBOX_API_KEY"
DEMO_CLIENT_ID = "sandbox-client-id"
DEMO_CLIENT_SECRET = "sandbox-client-secret"
OTHER_CLIENT_ID = "sandbox-other-client-id"
OTHER_CLIENT_SECRET = "sandbox-other-client-secret"
CLIENT_ID_ENV = "PIPEDREAM_SANDBOX_CLIENT_ID"
CLIENT_SECRET_ENV = "PIPEDREAM_SANDBOX_CLIENT_SECRET"


@dataclass(frozen=True)
class SandboxUser:
    id: str
    username: str
    email: str
    api_key: str
    org_id: str
    org_name: str
    client_id: str | None = None  # the OAuth client of the user's workspace, if any
    client_secret: str | None = None
    workflows: tuple[tuple[str, str], ...] = ()  # (ID, name) of the seeded workflows


DEMO_USER = SandboxUser(
    id="u_demo01",
    username="demo",
    email="demo@example.com",
    api_key=DEMO_API_KEY,
    org_id="o_Qa8I1Z",  # the workspace ID of the API document's examples
    org_name="Demo workspace",
    client_id=DEMO_CLIENT_ID,
    client_secret=DEMO_CLIENT_SECRET,
    workflows=(("p_abc123", "example-rss-sql-workflow"), ("p_Lf2QdX", "order-alerts")),
)
OTHER_USER = SandboxUser(
    id="u_other1",
    username="other",
    email="other@example.com",
    api_key=OTHER_API_KEY,
    org_id="o_other1",
    org_name="Other workspace",
    client_id=OTHER_CLIENT_ID,
    client_secret=OTHER_CLIENT_SECRET,
    workflows=(("p_other1", "other-workflow"), ("p_other2", "other-alerts")),
)


def default_users(
    api_key: str | None = None, client_id: str | None = None, client_secret: str | None = None
) -> tuple[SandboxUser, ...]:
    """The demo user and the other one. The demo user's key and OAuth client come from the
    arguments, else the environment, else the defaults."""
    demo = replace(
        DEMO_USER,
        api_key=api_key or os.environ.get(API_KEY_ENV) or DEMO_API_KEY,
        client_id=client_id or os.environ.get(CLIENT_ID_ENV) or DEMO_CLIENT_ID,
        client_secret=client_secret or os.environ.get(CLIENT_SECRET_ENV) or DEMO_CLIENT_SECRET,
    )
    return (demo, OTHER_USER)


class UserDirectory:
    """Users by API key; refuses empty or shared keys, client IDs, workspaces or workflows,
    which would break isolation."""

    def __init__(self, users: Iterable[SandboxUser]) -> None:
        self._by_key: dict[str, SandboxUser] = {}
        self._by_id: dict[str, SandboxUser] = {}
        taken: dict[str, str] = {}  # client ID, workspace or workflow -> user ID
        for user in users:
            if not user.api_key.strip():
                raise ValueError(f"user {user.id} has an empty API key")
            if user.api_key in self._by_key:
                raise ValueError(f"API key of user {user.id} is already used by another user")
            if user.id in self._by_id:
                raise ValueError(f"user ID {user.id} is used twice")
            if (user.client_id is None) != (user.client_secret is None):
                raise ValueError(f"user {user.id} needs both an OAuth client ID and a secret")
            if user.client_id is not None and not (user.client_id.strip() and user.client_secret):
                raise ValueError(f"user {user.id} has an empty OAuth client ID or secret")
            owned = [user.org_id, *(w[0] for w in user.workflows)]
            for name in ([user.client_id] if user.client_id else []) + owned:
                if name in taken:
                    raise ValueError(f"{name} of user {user.id} is already used by another user")
                taken[name] = user.id
            self._by_key[user.api_key] = user
            self._by_id[user.id] = user

    def by_key(self, api_key: str) -> SandboxUser | None:
        return self._by_key.get(api_key)

    def by_id(self, user_id: str) -> SandboxUser | None:
        return self._by_id.get(user_id)

    def __iter__(self) -> Iterator[SandboxUser]:
        return iter(self._by_key.values())
