from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.source_response import SourceResponse
from ...models.update_source_request import UpdateSourceRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: UpdateSourceRequest,
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
        "method": "put",
        "url": "/sources/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | SourceResponse]:
    """Update a source

     Change a source's name, active state, component or props. Send only the fields to
    change: pausing a source is `{"active": false}`, resuming it `{"active": true}`.

    The 2020 document says one of `component_id`, `component_code` or `component_url` is
    required here too; real clients send only `name` or only `active`, and the API accepts
    that, so this document requires just one field of any kind. When several component
    fields are present the precedence is as on create.

    Args:
        id (str):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (UpdateSourceRequest): Send only what changes; at least one field. Component fields
            follow the precedence of
            create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | SourceResponse | None:
    """Update a source

     Change a source's name, active state, component or props. Send only the fields to
    change: pausing a source is `{"active": false}`, resuming it `{"active": true}`.

    The 2020 document says one of `component_id`, `component_code` or `component_url` is
    required here too; real clients send only `name` or only `active`, and the API accepts
    that, so this document requires just one field of any kind. When several component
    fields are present the precedence is as on create.

    Args:
        id (str):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (UpdateSourceRequest): Send only what changes; at least one field. Component fields
            follow the precedence of
            create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | SourceResponse]:
    """Update a source

     Change a source's name, active state, component or props. Send only the fields to
    change: pausing a source is `{"active": false}`, resuming it `{"active": true}`.

    The 2020 document says one of `component_id`, `component_code` or `component_url` is
    required here too; real clients send only `name` or only `active`, and the API accepts
    that, so this document requires just one field of any kind. When several component
    fields are present the precedence is as on create.

    Args:
        id (str):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (UpdateSourceRequest): Send only what changes; at least one field. Component fields
            follow the precedence of
            create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: UpdateSourceRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | SourceResponse | None:
    """Update a source

     Change a source's name, active state, component or props. Send only the fields to
    change: pausing a source is `{"active": false}`, resuming it `{"active": true}`.

    The 2020 document says one of `component_id`, `component_code` or `component_url` is
    required here too; real clients send only `name` or only `active`, and the API accepts
    that, so this document requires just one field of any kind. When several component
    fields are present the precedence is as on create.

    Args:
        id (str):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):
        body (UpdateSourceRequest): Send only what changes; at least one field. Component fields
            follow the precedence of
            create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
    ).parsed
