from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list import AccountList
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app: str | Unset = UNSET,
    oauth_app_id: str | Unset = UNSET,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app"] = app

    params["oauth_app_id"] = oauth_app_id

    params["include_credentials"] = include_credentials

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountList | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AccountList.from_dict(response.json())

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
) -> Response[AccountList | ErrorBody]:
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
    client: AuthenticatedClient,
    app: str | Unset = UNSET,
    oauth_app_id: str | Unset = UNSET,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[AccountList | ErrorBody]:
    """List connected accounts

     The connected accounts the user or workspace can use, filtered by app or by OAuth app.
    Credentials are included only with `include_credentials=true`; they are secrets and must
    never be logged. The docs print this list without `page_info`.

    Args:
        app (str | Unset):
        oauth_app_id (str | Unset):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ErrorBody]
    """

    kwargs = _get_kwargs(
        app=app,
        oauth_app_id=oauth_app_id,
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
    *,
    client: AuthenticatedClient,
    app: str | Unset = UNSET,
    oauth_app_id: str | Unset = UNSET,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> AccountList | ErrorBody | None:
    """List connected accounts

     The connected accounts the user or workspace can use, filtered by app or by OAuth app.
    Credentials are included only with `include_credentials=true`; they are secrets and must
    never be logged. The docs print this list without `page_info`.

    Args:
        app (str | Unset):
        oauth_app_id (str | Unset):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ErrorBody
    """

    return sync_detailed(
        client=client,
        app=app,
        oauth_app_id=oauth_app_id,
        include_credentials=include_credentials,
        org_id=org_id,
        workspace_id=workspace_id,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    app: str | Unset = UNSET,
    oauth_app_id: str | Unset = UNSET,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[AccountList | ErrorBody]:
    """List connected accounts

     The connected accounts the user or workspace can use, filtered by app or by OAuth app.
    Credentials are included only with `include_credentials=true`; they are secrets and must
    never be logged. The docs print this list without `page_info`.

    Args:
        app (str | Unset):
        oauth_app_id (str | Unset):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ErrorBody]
    """

    kwargs = _get_kwargs(
        app=app,
        oauth_app_id=oauth_app_id,
        include_credentials=include_credentials,
        org_id=org_id,
        workspace_id=workspace_id,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    app: str | Unset = UNSET,
    oauth_app_id: str | Unset = UNSET,
    include_credentials: bool | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> AccountList | ErrorBody | None:
    """List connected accounts

     The connected accounts the user or workspace can use, filtered by app or by OAuth app.
    Credentials are included only with `include_credentials=true`; they are secrets and must
    never be logged. The docs print this list without `page_info`.

    Args:
        app (str | Unset):
        oauth_app_id (str | Unset):
        include_credentials (bool | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            app=app,
            oauth_app_id=oauth_app_id,
            include_credentials=include_credentials,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
    ).parsed
