from http import HTTPStatus
from typing import Any, cast

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    emitter_id: str,
    listener_id: str,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["emitter_id"] = emitter_id

    params["listener_id"] = listener_id

    params["event_name"] = event_name

    params["include"] = include

    params["exclude"] = exclude

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
    *,
    client: AuthenticatedClient,
    emitter_id: str,
    listener_id: str,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Unsubscribe a listener from an emitter

     Remove a subscription, named by the same query parameters that created it. Pass
    `event_name=` (empty) when none was given at creation. The current docs mark `event_name`
    required, yet their own example omits it, as do the 2021 edition and Pipedream's own
    client when no channel was set: here it is optional, and absent means the default
    channel. The answer is documented nowhere: `200` (with or without a body) and `204` both
    mean success.

    Args:
        emitter_id (str):
        listener_id (str):
        event_name (str | Unset):
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
        emitter_id=emitter_id,
        listener_id=listener_id,
        event_name=event_name,
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
    emitter_id: str,
    listener_id: str,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Unsubscribe a listener from an emitter

     Remove a subscription, named by the same query parameters that created it. Pass
    `event_name=` (empty) when none was given at creation. The current docs mark `event_name`
    required, yet their own example omits it, as do the 2021 edition and Pipedream's own
    client when no channel was set: here it is optional, and absent means the default
    channel. The answer is documented nowhere: `200` (with or without a body) and `204` both
    mean success.

    Args:
        emitter_id (str):
        listener_id (str):
        event_name (str | Unset):
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
        client=client,
        emitter_id=emitter_id,
        listener_id=listener_id,
        event_name=event_name,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    emitter_id: str,
    listener_id: str,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Unsubscribe a listener from an emitter

     Remove a subscription, named by the same query parameters that created it. Pass
    `event_name=` (empty) when none was given at creation. The current docs mark `event_name`
    required, yet their own example omits it, as do the 2021 edition and Pipedream's own
    client when no channel was set: here it is optional, and absent means the default
    channel. The answer is documented nowhere: `200` (with or without a body) and `204` both
    mean success.

    Args:
        emitter_id (str):
        listener_id (str):
        event_name (str | Unset):
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
        emitter_id=emitter_id,
        listener_id=listener_id,
        event_name=event_name,
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
    emitter_id: str,
    listener_id: str,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Unsubscribe a listener from an emitter

     Remove a subscription, named by the same query parameters that created it. Pass
    `event_name=` (empty) when none was given at creation. The current docs mark `event_name`
    required, yet their own example omits it, as do the 2021 edition and Pipedream's own
    client when no channel was set: here it is optional, and absent means the default
    channel. The answer is documented nowhere: `200` (with or without a body) and `204` both
    mean success.

    Args:
        emitter_id (str):
        listener_id (str):
        event_name (str | Unset):
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
            client=client,
            emitter_id=emitter_id,
            listener_id=listener_id,
            event_name=event_name,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
    ).parsed
