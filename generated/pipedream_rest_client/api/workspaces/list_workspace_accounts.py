from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.workspace_account_list import WorkspaceAccountList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    query: str | Unset = UNSET,
    app_slug: str | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["app_slug"] = app_slug

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{id}/accounts".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WorkspaceAccountList | None:
    if response.status_code == 200:
        response_200 = WorkspaceAccountList.from_dict(response.json())

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
) -> Response[ErrorBody | WorkspaceAccountList]:
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
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    app_slug: str | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | WorkspaceAccountList]:
    """List a workspace's connected accounts

     The connected accounts of a workspace, one page at a time. `query` filters by app; the
    2021 edition's text calls this filter `app_slug` while its own example sends `query`, so
    both are accepted.

    Args:
        id (str):
        query (str | Unset):
        app_slug (str | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WorkspaceAccountList]
    """

    kwargs = _get_kwargs(
        id=id,
        query=query,
        app_slug=app_slug,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    app_slug: str | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | WorkspaceAccountList | None:
    """List a workspace's connected accounts

     The connected accounts of a workspace, one page at a time. `query` filters by app; the
    2021 edition's text calls this filter `app_slug` while its own example sends `query`, so
    both are accepted.

    Args:
        id (str):
        query (str | Unset):
        app_slug (str | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WorkspaceAccountList
    """

    return sync_detailed(
        id=id,
        client=client,
        query=query,
        app_slug=app_slug,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    app_slug: str | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | WorkspaceAccountList]:
    """List a workspace's connected accounts

     The connected accounts of a workspace, one page at a time. `query` filters by app; the
    2021 edition's text calls this filter `app_slug` while its own example sends `query`, so
    both are accepted.

    Args:
        id (str):
        query (str | Unset):
        app_slug (str | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WorkspaceAccountList]
    """

    kwargs = _get_kwargs(
        id=id,
        query=query,
        app_slug=app_slug,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    app_slug: str | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | WorkspaceAccountList | None:
    """List a workspace's connected accounts

     The connected accounts of a workspace, one page at a time. `query` filters by app; the
    2021 edition's text calls this filter `app_slug` while its own example sends `query`, so
    both are accepted.

    Args:
        id (str):
        query (str | Unset):
        app_slug (str | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WorkspaceAccountList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            query=query,
            app_slug=app_slug,
            limit=limit,
            after=after,
            before=before,
            include=include,
            exclude=exclude,
        )
    ).parsed
