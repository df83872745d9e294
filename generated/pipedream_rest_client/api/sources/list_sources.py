from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.source_list import SourceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["include"] = include

    params["exclude"] = exclude

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/me/sources",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SourceList | None:
    if response.status_code == 200:
        response_200 = SourceList.from_dict(response.json())

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
) -> Response[ErrorBody | SourceList]:
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
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | SourceList]:
    """List the current user's sources

     List the sources of the authenticated user, one page at a time, in the order they were
    created. The next page is this request with `after` set to `page_info.end_cursor`.
    With `include=id` each item carries only its `id` (the docs' pagination example),
    although `Source` marks more fields required: see `include`.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | SourceList | None:
    """List the current user's sources

     List the sources of the authenticated user, one page at a time, in the order they were
    created. The next page is this request with `after` set to `page_info.end_cursor`.
    With `include=id` each item carries only its `id` (the docs' pagination example),
    although `Source` marks more fields required: see `include`.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | SourceList]:
    """List the current user's sources

     List the sources of the authenticated user, one page at a time, in the order they were
    created. The next page is this request with `after` set to `page_info.end_cursor`.
    With `include=id` each item carries only its `id` (the docs' pagination example),
    although `Source` marks more fields required: see `include`.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | SourceList | None:
    """List the current user's sources

     List the sources of the authenticated user, one page at a time, in the order they were
    created. The next page is this request with `after` set to `page_info.end_cursor`.
    With `include=id` each item carries only its `id` (the docs' pagination example),
    although `Source` marks more fields required: see `include`.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            before=before,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
    ).parsed
