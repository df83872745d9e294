"""The ``oauth`` operations as one group: ``client.oauth.<method>(...)``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

from typing import Any, cast

from pipedream_rest_runtime.paging import AsyncPager, SyncPage
from pipedream_rest_runtime.responses import empty, success, success_or_empty

from ...client import AuthenticatedClient
from ...models.error import Error
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import UNSET, Unset
from . import create_oauth_token


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
        create source and users/me need a user API key. This operation takes no Bearer header.

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
        """Get an OAuth access token

        Exchange OAuth client credentials for an access token (the client credentials grant).
        The token is then sent as `Authorization: Bearer <token>` and expires after
        `expires_in` seconds (an hour). OAuth tokens act for their workspace; components,
        create source and users/me need a user API key. This operation takes no Bearer header.

        ``POST /oauth/token`` (operation ``create_oauth_token``).

        Args:
            body: The OAuth client credentials grant.
        """

        answer = await create_oauth_token.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return success("create_oauth_token", answer, OAuthToken)
