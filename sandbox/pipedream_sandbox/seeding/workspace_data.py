"""Each workspace's connected accounts and project, the same on every run (IDs and fake
credentials derive from the workspace ID), so recordings and tests can rely on them."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.accounts import Account, Project
from ..ids import stable_token
from ..state import Sandbox
from ..users import SandboxUser

CREATED_AT = 1658954272  # 2022-07-27T20:37:52Z, as the docs' account example
UPDATED_AT = 1707625126  # 2024-02-11T04:18:46Z
TOKEN_LIFETIME = 3600


def _token(user: SandboxUser, purpose: str, length: int = 24) -> str:
    return stable_token(f"{user.org_id}:{purpose}", length)


def accounts_of(user: SandboxUser) -> list[Account]:
    """A Google Sheets and a Slack account (OAuth, the second through a custom OAuth app) and a
    Slack Bot account (a key), in this order."""

    def account(
        app: str, app_id: str, name: str, credentials: dict[str, str], **more: str
    ) -> Account:
        return Account(
            seq=0,
            id="apn_" + _token(user, f"account:{app}", 6),
            user_id=user.id,
            org_id=user.org_id,
            app_id=app_id,
            name=name,
            healthy=True,
            oauth_app_id=more.get("oauth_app_id"),
            credentials=credentials,
            created_at=CREATED_AT,
            updated_at=UPDATED_AT,
            expires_at=UPDATED_AT + TOKEN_LIFETIME if "oauth_access_token" in credentials else None,
        )

    def oauth(app: str) -> dict[str, str]:
        return {
            "oauth_access_token": f"sbx-{app}-access-" + _token(user, f"{app}:access"),
            "oauth_client_id": f"sbx-{app}-client-" + _token(user, f"{app}:client", 8),
            "oauth_refresh_token": f"sbx-{app}-refresh-" + _token(user, f"{app}:refresh"),
            "oauth_uid": user.email,
        }

    return [
        account("google_sheets", "app_168hvn", f"Google Sheets — {user.email}", oauth("google")),
        account(
            "slack",
            "app_OkrhR1",
            f"Slack — {user.username}",
            oauth("slack"),
            oauth_app_id="oa_" + _token(user, "oauth-app", 6),
        ),
        account(
            "slack_bot",
            "app_mWnheL",
            "Slack Bot #1",
            {"bot_token": "xoxb-sbx-" + _token(user, "slack_bot:key")},
        ),
    ]


def project_of(user: SandboxUser) -> Project:
    return Project(
        id="proj_" + _token(user, "project", 6),
        org_id=user.org_id,
        user_id=user.id,
        name="Sample Project",
        created_at=CREATED_AT,
        updated_at=UPDATED_AT,
    )


def seed_workspace_data(sandbox: Sandbox, users: Iterable[SandboxUser]) -> None:
    for user in users:
        sandbox.projects.add(project_of(user))
        for account in accounts_of(user):
            sandbox.accounts.add(account)
