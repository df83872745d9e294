from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | OAuthToken | None:
    if response.status_code == 200:
        response_200 = OAuthToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorBody.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | OAuthToken]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise response_validation_error(response, error) from None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[ErrorBody | OAuthToken]:
    """Get an OAuth access token

     Exchange OAuth client credentials for an access token (the client credentials grant).
    The token is then sent as `Authorization: Bearer <token>` and expires after
    `expires_in` seconds (an hour). OAuth tokens act for their workspace; components,
    create source, create and update workflow and users/me need a user API key. This
    operation takes no Bearer header. `scope` (space-separated, default `*`) comes from
    Pipedream's published OpenAPI document; the REST API docs do not mention it.

    Args:
        body (OAuthTokenRequest): The OAuth client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> ErrorBody | OAuthToken | None:
    """Get an OAuth access token

     Exchange OAuth client credentials for an access token (the client credentials grant).
    The token is then sent as `Authorization: Bearer <token>` and expires after
    `expires_in` seconds (an hour). OAuth tokens act for their workspace; components,
    create source, create and update workflow and users/me need a user API key. This
    operation takes no Bearer header. `scope` (space-separated, default `*`) comes from
    Pipedream's published OpenAPI document; the REST API docs do not mention it.

    Args:
        body (OAuthTokenRequest): The OAuth client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OAuthToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[ErrorBody | OAuthToken]:
    """Get an OAuth access token

     Exchange OAuth client credentials for an access token (the client credentials grant).
    The token is then sent as `Authorization: Bearer <token>` and expires after
    `expires_in` seconds (an hour). OAuth tokens act for their workspace; components,
    create source, create and update workflow and users/me need a user API key. This
    operation takes no Bearer header. `scope` (space-separated, default `*`) comes from
    Pipedream's published OpenAPI document; the REST API docs do not mention it.

    Args:
        body (OAuthTokenRequest): The OAuth client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> ErrorBody | OAuthToken | None:
    """Get an OAuth access token

     Exchange OAuth client credentials for an access token (the client credentials grant).
    The token is then sent as `Authorization: Bearer <token>` and expires after
    `expires_in` seconds (an hour). OAuth tokens act for their workspace; components,
    create source, create and update workflow and users/me need a user API key. This
    operation takes no Bearer header. `scope` (space-separated, default `*`) comes from
    Pipedream's published OpenAPI document; the REST API docs do not mention it.

    Args:
        body (OAuthTokenRequest): The OAuth client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OAuthToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
