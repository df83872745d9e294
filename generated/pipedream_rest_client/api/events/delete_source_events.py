from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    event_name: str | Unset = UNSET,
    start_id: str | Unset = UNSET,
    end_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_name"] = event_name

    params["start_id"] = start_id

    params["end_id"] = end_id

    params["include"] = include

    params["exclude"] = exclude

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sources/{id}/events".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorBody]:
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
    event_name: str | Unset = UNSET,
    start_id: str | Unset = UNSET,
    end_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Delete a source's events

     Delete all events of a source, or a range of them. Without parameters every event is
    deleted. `start_id` alone deletes that event and every later one; `end_id` alone deletes
    every event up to and including that one; both delete the inclusive range (the same ID
    twice deletes one event). Deletion happens asynchronously: the docs answer
    `202 Accepted`; third-party clients expect `204`, and `200` is accepted too.

    `event_name` picks the channel whose events are deleted (Pipedream's own client sends it);
    without it, the default channel. A delete never touches another channel's events.

    Args:
        id (str):
        event_name (str | Unset):
        start_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        end_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        event_name=event_name,
        start_id=start_id,
        end_id=end_id,
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
    id: str,
    *,
    client: AuthenticatedClient,
    event_name: str | Unset = UNSET,
    start_id: str | Unset = UNSET,
    end_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Delete a source's events

     Delete all events of a source, or a range of them. Without parameters every event is
    deleted. `start_id` alone deletes that event and every later one; `end_id` alone deletes
    every event up to and including that one; both delete the inclusive range (the same ID
    twice deletes one event). Deletion happens asynchronously: the docs answer
    `202 Accepted`; third-party clients expect `204`, and `200` is accepted too.

    `event_name` picks the channel whose events are deleted (Pipedream's own client sends it);
    without it, the default channel. A delete never touches another channel's events.

    Args:
        id (str):
        event_name (str | Unset):
        start_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        end_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
        event_name=event_name,
        start_id=start_id,
        end_id=end_id,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    event_name: str | Unset = UNSET,
    start_id: str | Unset = UNSET,
    end_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Delete a source's events

     Delete all events of a source, or a range of them. Without parameters every event is
    deleted. `start_id` alone deletes that event and every later one; `end_id` alone deletes
    every event up to and including that one; both delete the inclusive range (the same ID
    twice deletes one event). Deletion happens asynchronously: the docs answer
    `202 Accepted`; third-party clients expect `204`, and `200` is accepted too.

    `event_name` picks the channel whose events are deleted (Pipedream's own client sends it);
    without it, the default channel. A delete never touches another channel's events.

    Args:
        id (str):
        event_name (str | Unset):
        start_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        end_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        event_name=event_name,
        start_id=start_id,
        end_id=end_id,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    event_name: str | Unset = UNSET,
    start_id: str | Unset = UNSET,
    end_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Delete a source's events

     Delete all events of a source, or a range of them. Without parameters every event is
    deleted. `start_id` alone deletes that event and every later one; `end_id` alone deletes
    every event up to and including that one; both delete the inclusive range (the same ID
    twice deletes one event). Deletion happens asynchronously: the docs answer
    `202 Accepted`; third-party clients expect `204`, and `200` is accepted too.

    `event_name` picks the channel whose events are deleted (Pipedream's own client sends it);
    without it, the default channel. A delete never touches another channel's events.

    Args:
        id (str):
        event_name (str | Unset):
        start_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        end_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time.
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            event_name=event_name,
            start_id=start_id,
            end_id=end_id,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
    ).parsed
