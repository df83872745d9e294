"""The sandbox's built-in users and their API keys, created at start.

The demo user's key is `sandbox-demo-key` unless the `--api-key` flag or the
`PIPEDREAM_SANDBOX_API_KEY` variable says otherwise; the second user exists so that isolation can
be shown (its objects answer 404 to the demo user, and the other way round). User IDs never
change, so data stored under a key survives a change of key.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

DEMO_API_KEY = "sandbox-demo-key"
OTHER_API_KEY = "sandbox-other-key"
API_KEY_ENV = "PIPEDREAM_SANDBOX_API_KEY"


@dataclass(frozen=True)
class SandboxUser:
    id: str
    username: str
    email: str
    api_key: str
    org_id: str
    org_name: str


DEMO_USER = SandboxUser(
    id="u_demo01",
    username="demo",
    email="demo@example.com",
    api_key=DEMO_API_KEY,
    org_id="o_Qa8I1Z",  # the workspace ID of the API document's examples
    org_name="Demo workspace",
)
OTHER_USER = SandboxUser(
    id="u_other1",
    username="other",
    email="other@example.com",
    api_key=OTHER_API_KEY,
    org_id="o_other1",
    org_name="Other workspace",
)


def default_users(api_key: str | None = None) -> tuple[SandboxUser, ...]:
    """The demo user (key from the argument, else the environment, else the default) and the other."""
    key = api_key or os.environ.get(API_KEY_ENV) or DEMO_API_KEY
    return (replace(DEMO_USER, api_key=key), OTHER_USER)


class UserDirectory:
    """Users by API key; refuses empty or shared keys, which would break isolation."""

    def __init__(self, users: Iterable[SandboxUser]) -> None:
        self._by_key: dict[str, SandboxUser] = {}
        for user in users:
            if not user.api_key.strip():
                raise ValueError(f"user {user.id} has an empty API key")
            if user.api_key in self._by_key:
                raise ValueError(f"API key of user {user.id} is already used by another user")
            self._by_key[user.api_key] = user

    def by_key(self, api_key: str) -> SandboxUser | None:
        return self._by_key.get(api_key)

    def __iter__(self) -> Iterator[SandboxUser]:
        return iter(self._by_key.values())
