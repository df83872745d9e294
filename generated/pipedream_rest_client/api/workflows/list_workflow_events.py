from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.event_summary_list import EventSummaryList
from ...models.expand import Expand
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    expand: Expand | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand.value

    params["expand"] = json_expand

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{workflow_id}/event_summaries".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | EventSummaryList | None:
    if response.status_code == 200:
        response_200 = EventSummaryList.from_dict(response.json())

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
) -> Response[ErrorBody | EventSummaryList]:
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
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    expand: Expand | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | EventSummaryList]:
    """List a workflow's emitted events

     The events a workflow emitted, newest first, one page at a time; each `event` is
    `{"raw_event": {...}}`. Cursors are event IDs.

    Args:
        workflow_id (str):
        expand (Expand | Unset): What to expand in a list of events; `event` returns every event
            in full.
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EventSummaryList]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        expand=expand,
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
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    expand: Expand | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | EventSummaryList | None:
    """List a workflow's emitted events

     The events a workflow emitted, newest first, one page at a time; each `event` is
    `{"raw_event": {...}}`. Cursors are event IDs.

    Args:
        workflow_id (str):
        expand (Expand | Unset): What to expand in a list of events; `event` returns every event
            in full.
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EventSummaryList
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        expand=expand,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    expand: Expand | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | EventSummaryList]:
    """List a workflow's emitted events

     The events a workflow emitted, newest first, one page at a time; each `event` is
    `{"raw_event": {...}}`. Cursors are event IDs.

    Args:
        workflow_id (str):
        expand (Expand | Unset): What to expand in a list of events; `event` returns every event
            in full.
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | EventSummaryList]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        expand=expand,
        limit=limit,
        after=after,
        before=before,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    expand: Expand | Unset = UNSET,
    limit: int | Unset = 10,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | EventSummaryList | None:
    """List a workflow's emitted events

     The events a workflow emitted, newest first, one page at a time; each `event` is
    `{"raw_event": {...}}`. Cursors are event IDs.

    Args:
        workflow_id (str):
        expand (Expand | Unset): What to expand in a list of events; `event` returns every event
            in full.
        limit (int | Unset):  Default: 10.
        after (str | Unset):
        before (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | EventSummaryList
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            expand=expand,
            limit=limit,
            after=after,
            before=before,
            include=include,
            exclude=exclude,
        )
    ).parsed
