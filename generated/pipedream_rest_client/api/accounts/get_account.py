from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_response import AccountResponse
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_credentials"] = include_credentials

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AccountResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

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
) -> Response[AccountResponse | ErrorBody]:
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
    account_id: str,
    *,
    client: AuthenticatedClient,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[AccountResponse | ErrorBody]:
    """Get a connected account

     One connected account's metadata, and with `include_credentials=true` its credentials:
    `oauth_access_token`, `oauth_client_id`, `oauth_refresh_token` and `oauth_uid` for OAuth
    apps, app-specific fields (for example `api_key`) otherwise. Credentials are secrets:
    never log them.

    Args:
        account_id (str):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        include_credentials=include_credentials,
        org_id=org_id,
        workspace_id=workspace_id,
        include=include,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> AccountResponse | ErrorBody | None:
    """Get a connected account

     One connected account's metadata, and with `include_credentials=true` its credentials:
    `oauth_access_token`, `oauth_client_id`, `oauth_refresh_token` and `oauth_uid` for OAuth
    apps, app-specific fields (for example `api_key`) otherwise. Credentials are secrets:
    never log them.

    Args:
        account_id (str):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountResponse | ErrorBody
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        include_credentials=include_credentials,
        org_id=org_id,
        workspace_id=workspace_id,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[AccountResponse | ErrorBody]:
    """Get a connected account

     One connected account's metadata, and with `include_credentials=true` its credentials:
    `oauth_access_token`, `oauth_client_id`, `oauth_refresh_token` and `oauth_uid` for OAuth
    apps, app-specific fields (for example `api_key`) otherwise. Credentials are secrets:
    never log them.

    Args:
        account_id (str):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        include_credentials=include_credentials,
        org_id=org_id,
        workspace_id=workspace_id,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> AccountResponse | ErrorBody | None:
    """Get a connected account

     One connected account's metadata, and with `include_credentials=true` its credentials:
    `oauth_access_token`, `oauth_client_id`, `oauth_refresh_token` and `oauth_uid` for OAuth
    apps, app-specific fields (for example `api_key`) otherwise. Credentials are secrets:
    never log them.

    Args:
        account_id (str):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            include_credentials=include_credentials,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
    ).parsed
