from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_list import AppList
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    has_components: bool | Unset = UNSET,
    has_actions: bool | Unset = UNSET,
    has_triggers: bool | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["has_components"] = has_components

    params["has_actions"] = has_actions

    params["has_triggers"] = has_triggers

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppList | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AppList.from_dict(response.json())

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
) -> Response[AppList | ErrorBody]:
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
    q: str | Unset = UNSET,
    has_components: bool | Unset = UNSET,
    has_actions: bool | Unset = UNSET,
    has_triggers: bool | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[AppList | ErrorBody]:
    """List apps

     The apps integrated with Pipedream, one page at a time, filtered by name and by whether
    they have public components. Each app carries a `featured_weight` (the sort order of
    pipedream.com/apps, set by Pipedream).

    Args:
        q (str | Unset):
        has_components (bool | Unset):
        has_actions (bool | Unset):
        has_triggers (bool | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppList | ErrorBody]
    """

    kwargs = _get_kwargs(
        q=q,
        has_components=has_components,
        has_actions=has_actions,
        has_triggers=has_triggers,
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
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    has_components: bool | Unset = UNSET,
    has_actions: bool | Unset = UNSET,
    has_triggers: bool | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> AppList | ErrorBody | None:
    """List apps

     The apps integrated with Pipedream, one page at a time, filtered by name and by whether
    they have public components. Each app carries a `featured_weight` (the sort order of
    pipedream.com/apps, set by Pipedream).

    Args:
        q (str | Unset):
        has_components (bool | Unset):
        has_actions (bool | Unset):
        has_triggers (bool | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppList | ErrorBody
    """

    return sync_detailed(
        client=client,
        q=q,
        has_components=has_components,
        has_actions=has_actions,
        has_triggers=has_triggers,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    has_components: bool | Unset = UNSET,
    has_actions: bool | Unset = UNSET,
    has_triggers: bool | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[AppList | ErrorBody]:
    """List apps

     The apps integrated with Pipedream, one page at a time, filtered by name and by whether
    they have public components. Each app carries a `featured_weight` (the sort order of
    pipedream.com/apps, set by Pipedream).

    Args:
        q (str | Unset):
        has_components (bool | Unset):
        has_actions (bool | Unset):
        has_triggers (bool | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppList | ErrorBody]
    """

    kwargs = _get_kwargs(
        q=q,
        has_components=has_components,
        has_actions=has_actions,
        has_triggers=has_triggers,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    has_components: bool | Unset = UNSET,
    has_actions: bool | Unset = UNSET,
    has_triggers: bool | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> AppList | ErrorBody | None:
    """List apps

     The apps integrated with Pipedream, one page at a time, filtered by name and by whether
    they have public components. Each app carries a `featured_weight` (the sort order of
    pipedream.com/apps, set by Pipedream).

    Args:
        q (str | Unset):
        has_components (bool | Unset):
        has_actions (bool | Unset):
        has_triggers (bool | Unset):
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppList | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            has_components=has_components,
            has_actions=has_actions,
            has_triggers=has_triggers,
            limit=limit,
            after=after,
            before=before,
            include=include,
            exclude=exclude,
        )
    ).parsed
