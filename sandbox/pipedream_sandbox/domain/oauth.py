"""OAuth client credentials: `POST /oauth/token` trades a client ID and secret for an access token
that expires (after an hour unless `create_app(token_ttl=...)` says otherwise).

`POST /oauth/revoke` makes a token invalid at once.

Each user's workspace has one client (see `users`), written at every start from the configured
users, so a changed secret takes effect at once. Only SHA-256 hashes of secrets and tokens are
stored; tokens survive a restart until they expire.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..context import DataContext
from ..errors import ApiError
from ..store import fetch_one
from ..users import SandboxUser

TOKEN_TTL_SECONDS = 3600
GRANT_TYPE = "client_credentials"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TokenOwner:
    """Who an access token acts for: a workspace, through its member user."""

    user_id: str
    workspace_id: str


class TokenExpired(Exception):
    pass


def check_token_ttl(ttl: int) -> int:
    if ttl < 1:
        raise ValueError(f"token_ttl must be at least 1 second, not {ttl}")
    return ttl


class TokenIssuer:
    def __init__(self, context: DataContext, ttl: int = TOKEN_TTL_SECONDS) -> None:
        check_token_ttl(ttl)
        self.context = context
        self.ttl = ttl

    def install_clients(self, users: Iterable[SandboxUser]) -> None:
        with self.context.store.transaction() as conn:
            conn.execute("DELETE FROM oauth_clients")
            for user in users:
                if user.client_id and user.client_secret:
                    conn.execute(
                        "INSERT INTO oauth_clients (client_id, secret_sha256, user_id,"
                        " workspace_id) VALUES (?, ?, ?, ?)",
                        (user.client_id, _sha256(user.client_secret), user.id, user.org_id),
                    )

    def issue(self, client_id: str, client_secret: str) -> dict[str, Any]:
        """The OAuthToken answer; 401 for an unknown client or a wrong secret."""
        now = self.context.now()
        token = "sbx_at_" + secrets.token_urlsafe(32)
        with self.context.store.transaction() as conn:
            _check_client(conn, client_id, client_secret)
            conn.execute("DELETE FROM oauth_tokens WHERE expires_at <= ?", (now,))
            conn.execute(
                "INSERT INTO oauth_tokens (token_sha256, client_id, created_at, expires_at)"
                " VALUES (?, ?, ?, ?)",
                (_sha256(token), client_id, now, now + self.ttl),
            )
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": self.ttl,
            "created_at": now,
        }

    def revoke(self, client_id: str, client_secret: str, token: str) -> None:
        """Make a token of this client invalid at once (401 for wrong client credentials). An
        unknown or already revoked token is no error, as RFC 7009 has it."""
        with self.context.store.transaction() as conn:
            _check_client(conn, client_id, client_secret)
            conn.execute(
                "DELETE FROM oauth_tokens WHERE token_sha256 = ? AND client_id = ?",
                (_sha256(token), client_id),
            )

    def owner(self, token: str) -> TokenOwner | None:
        """Who the token acts for; None when it is unknown; TokenExpired once it has expired."""
        with self.context.store.transaction() as conn:
            row = fetch_one(
                conn,
                "SELECT t.expires_at, c.user_id, c.workspace_id FROM oauth_tokens AS t"
                " JOIN oauth_clients AS c ON c.client_id = t.client_id"
                " WHERE t.token_sha256 = ?",
                (_sha256(token),),
            )
        if row is None:
            return None
        if self.context.clock() >= row["expires_at"]:
            raise TokenExpired()
        return TokenOwner(row["user_id"], row["workspace_id"])


def _check_client(conn: sqlite3.Connection, client_id: str, client_secret: str) -> None:
    """401 unless the secret is the client's (compared in constant time, known client or not)."""
    client = fetch_one(
        conn, "SELECT secret_sha256 FROM oauth_clients WHERE client_id = ?", (client_id,)
    )
    expected = client["secret_sha256"] if client else _sha256(secrets.token_hex(16))
    if not hmac.compare_digest(expected, _sha256(client_secret)) or client is None:
        raise ApiError(401, "invalid client_id or client_secret", code="invalid_client")
