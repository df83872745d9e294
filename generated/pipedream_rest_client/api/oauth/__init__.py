"""The ``oauth`` operations as one group: ``client.oauth.<method>(...)``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

import builtins
from typing import Any, cast

from pipedream_rest_runtime.paging import AsyncPager, SyncPage
from pipedream_rest_runtime.responses import (
    empty,
    success,
    success_list,
    success_or_empty,
)

from ...client import AuthenticatedClient
from ...models.error_body import ErrorBody
from ...models.o_auth_revoke_request import OAuthRevokeRequest
from ...models.o_auth_revoke_result import OAuthRevokeResult
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import UNSET, Unset
from . import create_oauth_token, revoke_oauth_token


class Oauth:
    """The ``oauth`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_token(
        self,
        *,
        body: OAuthTokenRequest,
    ) -> OAuthToken:
        """Get an OAuth access token

        Exchange OAuth client credentials for an access token (the client credentials grant).
        The token is then sent as `Authorization: Bearer <token>` and expires after
        `expires_in` seconds (an hour). OAuth tokens act for their workspace; components,
        create source, create and update workflow and users/me need a user API key. This
        operation takes no Bearer header. `scope` (space-separated, default `*`) comes from
        Pipedream's published OpenAPI document; the REST API docs do not mention it.

        ``POST /oauth/token`` (operation ``create_oauth_token``).

        Args:
            body: The OAuth client credentials grant.
        """

        answer = create_oauth_token.sync_detailed(
            client=self._client,
            body=body,
        )
        return success("create_oauth_token", answer, OAuthToken)

    async def async_create_token(
        self,
        *,
        body: OAuthTokenRequest,
    ) -> OAuthToken:
        """Get an OAuth access token: the async twin of :meth:`create_token`."""
        answer = await create_oauth_token.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return success("create_oauth_token", answer, OAuthToken)

    def revoke_token(
        self,
        *,
        body: OAuthRevokeRequest,
    ) -> OAuthRevokeResult:
        """Revoke an OAuth access token

        Make an access token invalid for every later request. The OAuth client's credentials go in
        the body with the token; this operation takes no Bearer header. A successful revocation
        answers `200` with an empty object `{}`.

        ``POST /oauth/revoke`` (operation ``revoke_oauth_token``).

        Args:
            body: The token to revoke and the credentials of the OAuth client that obtained it.
        """

        answer = revoke_oauth_token.sync_detailed(
            client=self._client,
            body=body,
        )
        return success("revoke_oauth_token", answer, OAuthRevokeResult)

    async def async_revoke_token(
        self,
        *,
        body: OAuthRevokeRequest,
    ) -> OAuthRevokeResult:
        """Revoke an OAuth access token: the async twin of :meth:`revoke_token`."""
        answer = await revoke_oauth_token.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return success("revoke_oauth_token", answer, OAuthRevokeResult)
