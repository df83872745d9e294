from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.legacy_event_list import LegacyEventList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    n: int | Unset = UNSET,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["n"] = n

    params["event_name"] = event_name

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sources/{id}/events".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | LegacyEventList | None:
    if response.status_code == 200:
        response_200 = LegacyEventList.from_dict(response.json())

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
) -> Response[ErrorBody | LegacyEventList]:
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
    n: int | Unset = UNSET,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | LegacyEventList]:
    """List a source's last events (2020 form)

     The 2020 way to read a source's events, still shown by the 2020 RSS walkthrough and still
    called by older tools: the last `n` events, newest first. Use
    `GET /sources/{id}/event_summaries` (cursors, `limit`) instead. The walkthrough prints no
    answer: see `LegacyEvent` for the shapes accepted.

    Args:
        id (str):
        n (int | Unset):
        event_name (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LegacyEventList]
    """

    kwargs = _get_kwargs(
        id=id,
        n=n,
        event_name=event_name,
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
    n: int | Unset = UNSET,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | LegacyEventList | None:
    """List a source's last events (2020 form)

     The 2020 way to read a source's events, still shown by the 2020 RSS walkthrough and still
    called by older tools: the last `n` events, newest first. Use
    `GET /sources/{id}/event_summaries` (cursors, `limit`) instead. The walkthrough prints no
    answer: see `LegacyEvent` for the shapes accepted.

    Args:
        id (str):
        n (int | Unset):
        event_name (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LegacyEventList
    """

    return sync_detailed(
        id=id,
        client=client,
        n=n,
        event_name=event_name,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    n: int | Unset = UNSET,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | LegacyEventList]:
    """List a source's last events (2020 form)

     The 2020 way to read a source's events, still shown by the 2020 RSS walkthrough and still
    called by older tools: the last `n` events, newest first. Use
    `GET /sources/{id}/event_summaries` (cursors, `limit`) instead. The walkthrough prints no
    answer: see `LegacyEvent` for the shapes accepted.

    Args:
        id (str):
        n (int | Unset):
        event_name (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LegacyEventList]
    """

    kwargs = _get_kwargs(
        id=id,
        n=n,
        event_name=event_name,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    n: int | Unset = UNSET,
    event_name: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | LegacyEventList | None:
    """List a source's last events (2020 form)

     The 2020 way to read a source's events, still shown by the 2020 RSS walkthrough and still
    called by older tools: the last `n` events, newest first. Use
    `GET /sources/{id}/event_summaries` (cursors, `limit`) instead. The walkthrough prints no
    answer: see `LegacyEvent` for the shapes accepted.

    Args:
        id (str):
        n (int | Unset):
        event_name (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LegacyEventList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            n=n,
            event_name=event_name,
            include=include,
            exclude=exclude,
        )
    ).parsed
