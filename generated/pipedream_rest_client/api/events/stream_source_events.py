from http import HTTPStatus
from typing import Any
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
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sources/{id}/sse".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ErrorBody | str]:
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
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Stream a source's events live (SSE)

     A [Server-Sent Events](https://html.spec.whatwg.org/multipage/server-sent-events.html)
    stream of every event the source emits from now on, in order, for as long as the
    connection stays open. It is served at `https://api.pipedream.com/sources/{id}/sse`,
    **without** `/v1`; `pd events -f` and the `EventSource` API follow it.

    - Each message is `id: <event ID>` and one `data:` line holding an `EventSummary` as
      JSON, with the whole payload (never truncated). Messages carry no `event:` field, so
      an `EventSource`'s `onmessage` receives them; the channel is `metadata.name`.
    - While idle the server sends a comment line, `:sse-handshake`, every 15 seconds to keep
      proxies from dropping the connection; clients ignore it.
    - Reconnecting with `Last-Event-ID: <event ID>` first replays the stored events after
      that ID (a source keeps its last 100), then continues live: nothing is missed or
      repeated. The first message may be `retry: <ms>`, the delay a client waits before
      reconnecting.
    - An unknown source, or another user's, is `404` before any stream opens; a missing or
      wrong credential is `401`. These are JSON like every other error.
    - The local sandbox lets one user hold 256 streams open at once; the next is `429` with
      `code: too_many_streams` until one closes.

    Args:
        id (str):
        last_event_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        id=id,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> ErrorBody | str | None:
    """Stream a source's events live (SSE)

     A [Server-Sent Events](https://html.spec.whatwg.org/multipage/server-sent-events.html)
    stream of every event the source emits from now on, in order, for as long as the
    connection stays open. It is served at `https://api.pipedream.com/sources/{id}/sse`,
    **without** `/v1`; `pd events -f` and the `EventSource` API follow it.

    - Each message is `id: <event ID>` and one `data:` line holding an `EventSummary` as
      JSON, with the whole payload (never truncated). Messages carry no `event:` field, so
      an `EventSource`'s `onmessage` receives them; the channel is `metadata.name`.
    - While idle the server sends a comment line, `:sse-handshake`, every 15 seconds to keep
      proxies from dropping the connection; clients ignore it.
    - Reconnecting with `Last-Event-ID: <event ID>` first replays the stored events after
      that ID (a source keeps its last 100), then continues live: nothing is missed or
      repeated. The first message may be `retry: <ms>`, the delay a client waits before
      reconnecting.
    - An unknown source, or another user's, is `404` before any stream opens; a missing or
      wrong credential is `401`. These are JSON like every other error.
    - The local sandbox lets one user hold 256 streams open at once; the next is `429` with
      `code: too_many_streams` until one closes.

    Args:
        id (str):
        last_event_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        id=id,
        client=client,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Stream a source's events live (SSE)

     A [Server-Sent Events](https://html.spec.whatwg.org/multipage/server-sent-events.html)
    stream of every event the source emits from now on, in order, for as long as the
    connection stays open. It is served at `https://api.pipedream.com/sources/{id}/sse`,
    **without** `/v1`; `pd events -f` and the `EventSource` API follow it.

    - Each message is `id: <event ID>` and one `data:` line holding an `EventSummary` as
      JSON, with the whole payload (never truncated). Messages carry no `event:` field, so
      an `EventSource`'s `onmessage` receives them; the channel is `metadata.name`.
    - While idle the server sends a comment line, `:sse-handshake`, every 15 seconds to keep
      proxies from dropping the connection; clients ignore it.
    - Reconnecting with `Last-Event-ID: <event ID>` first replays the stored events after
      that ID (a source keeps its last 100), then continues live: nothing is missed or
      repeated. The first message may be `retry: <ms>`, the delay a client waits before
      reconnecting.
    - An unknown source, or another user's, is `404` before any stream opens; a missing or
      wrong credential is `401`. These are JSON like every other error.
    - The local sandbox lets one user hold 256 streams open at once; the next is `429` with
      `code: too_many_streams` until one closes.

    Args:
        id (str):
        last_event_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        id=id,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    last_event_id: str | Unset = UNSET,
) -> ErrorBody | str | None:
    """Stream a source's events live (SSE)

     A [Server-Sent Events](https://html.spec.whatwg.org/multipage/server-sent-events.html)
    stream of every event the source emits from now on, in order, for as long as the
    connection stays open. It is served at `https://api.pipedream.com/sources/{id}/sse`,
    **without** `/v1`; `pd events -f` and the `EventSource` API follow it.

    - Each message is `id: <event ID>` and one `data:` line holding an `EventSummary` as
      JSON, with the whole payload (never truncated). Messages carry no `event:` field, so
      an `EventSource`'s `onmessage` receives them; the channel is `metadata.name`.
    - While idle the server sends a comment line, `:sse-handshake`, every 15 seconds to keep
      proxies from dropping the connection; clients ignore it.
    - Reconnecting with `Last-Event-ID: <event ID>` first replays the stored events after
      that ID (a source keeps its last 100), then continues live: nothing is missed or
      repeated. The first message may be `retry: <ms>`, the delay a client waits before
      reconnecting.
    - An unknown source, or another user's, is `404` before any stream opens; a missing or
      wrong credential is `401`. These are JSON like every other error.
    - The local sandbox lets one user hold 256 streams open at once; the next is `429` with
      `code: too_many_streams` until one closes.

    Args:
        id (str):
        last_event_id (str | Unset): An event ID, `<epoch ms>-<sequence>`; IDs are ordered by
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            last_event_id=last_event_id,
        )
    ).parsed
