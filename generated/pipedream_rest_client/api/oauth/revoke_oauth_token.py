from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.o_auth_revoke_request import OAuthRevokeRequest
from ...models.o_auth_revoke_result import OAuthRevokeResult
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthRevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/revoke",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | OAuthRevokeResult | None:
    if response.status_code == 200:
        response_200 = OAuthRevokeResult.from_dict(response.json())

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
) -> Response[ErrorBody | OAuthRevokeResult]:
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
    body: OAuthRevokeRequest,
) -> Response[ErrorBody | OAuthRevokeResult]:
    """Revoke an OAuth access token

     Make an access token invalid for every later request. The OAuth client's credentials go in
    the body with the token; this operation takes no Bearer header. A successful revocation
    answers `200` with an empty object `{}`.

    Args:
        body (OAuthRevokeRequest): The token to revoke and the credentials of the OAuth client
            that obtained it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OAuthRevokeResult]
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
    body: OAuthRevokeRequest,
) -> ErrorBody | OAuthRevokeResult | None:
    """Revoke an OAuth access token

     Make an access token invalid for every later request. The OAuth client's credentials go in
    the body with the token; this operation takes no Bearer header. A successful revocation
    answers `200` with an empty object `{}`.

    Args:
        body (OAuthRevokeRequest): The token to revoke and the credentials of the OAuth client
            that obtained it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OAuthRevokeResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthRevokeRequest,
) -> Response[ErrorBody | OAuthRevokeResult]:
    """Revoke an OAuth access token

     Make an access token invalid for every later request. The OAuth client's credentials go in
    the body with the token; this operation takes no Bearer header. A successful revocation
    answers `200` with an empty object `{}`.

    Args:
        body (OAuthRevokeRequest): The token to revoke and the credentials of the OAuth client
            that obtained it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OAuthRevokeResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthRevokeRequest,
) -> ErrorBody | OAuthRevokeResult | None:
    """Revoke an OAuth access token

     Make an access token invalid for every later request. The OAuth client's credentials go in
    the body with the token; this operation takes no Bearer header. A successful revocation
    answers `200` with an empty object `{}`.

    Args:
        body (OAuthRevokeRequest): The token to revoke and the credentials of the OAuth client
            that obtained it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OAuthRevokeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
