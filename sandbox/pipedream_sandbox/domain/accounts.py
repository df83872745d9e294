"""Connected accounts (`apn_...`) and projects (`proj_...`) of a workspace: seeded at start
(`seeding.workspace_data`), read through the API. An account's credentials are secrets: they
are answered only when `include_credentials` asks for them, and never shown by `repr`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..context import DataContext
from ..store import decode, fetch_one, page_rows


@dataclass(frozen=True)
class Account:
    seq: int
    id: str
    user_id: str
    org_id: str
    app_id: str
    name: str | None
    healthy: bool
    oauth_app_id: str | None
    credentials: dict[str, Any] = field(repr=False)  # secrets: never logged
    created_at: int = 0
    updated_at: int = 0
    expires_at: int | None = None


@dataclass(frozen=True)
class Project:
    id: str
    org_id: str
    user_id: str
    name: str
    created_at: int
    updated_at: int


@dataclass(frozen=True)
class AccountQuery:
    """Which of a user's accounts: of one workspace, app or OAuth app (None: any)."""

    org_id: str | None = None
    app_id: str | None = None
    oauth_app_id: str | None = None

    def where(self, user_id: str) -> tuple[str, tuple[str, ...]]:
        clauses, params = ["user_id = ?"], [user_id]
        for column in ("org_id", "app_id", "oauth_app_id"):
            value = getattr(self, column)
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        return " AND ".join(clauses), tuple(params)


class Accounts:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def add(self, account: Account) -> None:
        """Store a seeded account once (a later start leaves it as it is)."""
        with self.context.store.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO accounts (id, user_id, org_id, app_id, name, healthy,"
                " oauth_app_id, credentials, created_at, updated_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account.id,
                    account.user_id,
                    account.org_id,
                    account.app_id,
                    account.name,
                    int(account.healthy),
                    account.oauth_app_id,
                    json.dumps(account.credentials),
                    account.created_at,
                    account.updated_at,
                    account.expires_at,
                ),
            )

    def matching(self, user_id: str, query: AccountQuery) -> list[Account]:
        where, params = query.where(user_id)
        with self.context.store.transaction() as conn:
            rows = conn.execute(
                f"SELECT * FROM accounts WHERE {where} ORDER BY seq", params
            ).fetchall()
        return [decode(Account, row) for row in rows]

    def get(self, user_id: str, account_id: str, org_id: str | None = None) -> Account | None:
        where, params = AccountQuery(org_id=org_id).where(user_id)
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, f"SELECT * FROM accounts WHERE {where} AND id = ?", (*params, account_id)
            )
        return None if row is None else decode(Account, row)

    def position(self, user_id: str, account_id: str) -> int | None:
        account = self.get(user_id, account_id)
        return None if account is None else account.seq

    def page(
        self,
        user_id: str,
        query: AccountQuery,
        *,
        after: int | None,
        before: int | None,
        limit: int,
    ) -> tuple[list[Account], int]:
        where, params = query.where(user_id)
        with self.context.store.transaction() as conn:
            rows, total = page_rows(
                conn, "accounts", where, params, after=after, before=before, limit=limit
            )
        return [decode(Account, row) for row in rows], total


class Projects:
    def __init__(self, context: DataContext) -> None:
        self.context = context

    def add(self, project: Project) -> None:
        with self.context.store.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO projects (id, org_id, user_id, name, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    project.id,
                    project.org_id,
                    project.user_id,
                    project.name,
                    project.created_at,
                    project.updated_at,
                ),
            )

    def of_workspace(self, org_id: str) -> list[Project]:
        with self.context.store.transaction() as conn:
            rows = conn.execute(
                "SELECT * FROM projects WHERE org_id = ? ORDER BY created_at, id", (org_id,)
            ).fetchall()
        return [decode(Project, row) for row in rows]

    def get(self, org_id: str, project_id: str) -> Project | None:
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn, "SELECT * FROM projects WHERE org_id = ? AND id = ?", (org_id, project_id)
            )
        return None if row is None else decode(Project, row)
