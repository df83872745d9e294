from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_source_request import CreateSourceRequest
from ...models.error_body import ErrorBody
from ...models.source_response import SourceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params["exclude"] = exclude

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sources",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SourceResponse | None:
    if response.status_code == 200:
        response_200 = SourceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

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
) -> Response[ErrorBody | SourceResponse]:
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
    body: CreateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | SourceResponse]:
    """Create a source

     Deploy a source from a component.

    One of `component_id`, `component_code`, `component_url` or `key` is required. When
    several are present the precedence is `component_id`, then `component_code`, then
    `component_url`, then `key`; `component_url` is then kept only as metadata identifying
    where the code lives.

    `configured_props` sets the component's props. Timer props are written
    `{"intervalSeconds": 60}` or `{"cron": "..."}` here, and echoed back as
    `{"cron": null, "interval_seconds": 60}`; timers under 15 seconds are rejected.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (CreateSourceRequest): One of `component_id`, `component_code`, `component_url` or
            `key` is required.
            Precedence: `component_id`, `component_code`, `component_url`, `key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CreateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | SourceResponse | None:
    """Create a source

     Deploy a source from a component.

    One of `component_id`, `component_code`, `component_url` or `key` is required. When
    several are present the precedence is `component_id`, then `component_code`, then
    `component_url`, then `key`; `component_url` is then kept only as metadata identifying
    where the code lives.

    `configured_props` sets the component's props. Timer props are written
    `{"intervalSeconds": 60}` or `{"cron": "..."}` here, and echoed back as
    `{"cron": null, "interval_seconds": 60}`; timers under 15 seconds are rejected.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (CreateSourceRequest): One of `component_id`, `component_code`, `component_url` or
            `key` is required.
            Precedence: `component_id`, `component_code`, `component_url`, `key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | SourceResponse]:
    """Create a source

     Deploy a source from a component.

    One of `component_id`, `component_code`, `component_url` or `key` is required. When
    several are present the precedence is `component_id`, then `component_code`, then
    `component_url`, then `key`; `component_url` is then kept only as metadata identifying
    where the code lives.

    `configured_props` sets the component's props. Timer props are written
    `{"intervalSeconds": 60}` or `{"cron": "..."}` here, and echoed back as
    `{"cron": null, "interval_seconds": 60}`; timers under 15 seconds are rejected.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (CreateSourceRequest): One of `component_id`, `component_code`, `component_url` or
            `key` is required.
            Precedence: `component_id`, `component_code`, `component_url`, `key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CreateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | SourceResponse | None:
    """Create a source

     Deploy a source from a component.

    One of `component_id`, `component_code`, `component_url` or `key` is required. When
    several are present the precedence is `component_id`, then `component_code`, then
    `component_url`, then `key`; `component_url` is then kept only as metadata identifying
    where the code lives.

    `configured_props` sets the component's props. Timer props are written
    `{"intervalSeconds": 60}` or `{"cron": "..."}` here, and echoed back as
    `{"cron": null, "interval_seconds": 60}`; timers under 15 seconds are rejected.
    (The 2020 document writes the path with a trailing slash; both forms reach the same
    resource.)

    Args:
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (CreateSourceRequest): One of `component_id`, `component_code`, `component_url` or
            `key` is required.
            Precedence: `component_id`, `component_code`, `component_url`, `key`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
    ).parsed
