from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.webhook_response import WebhookResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    url_query: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["url"] = url_query

    params["name"] = name

    params["description"] = description

    params["include"] = include

    params["exclude"] = exclude

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WebhookResponse | None:
    if response.status_code == 200:
        response_200 = WebhookResponse.from_dict(response.json())

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
) -> Response[ErrorBody | WebhookResponse]:
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
    url_query: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | WebhookResponse]:
    """Create a webhook

     Register a URL that receives events: subscribe the webhook (`wh_...`) to a source with
    `POST /subscriptions`, and each event the source emits is `POST`ed to the URL as JSON. A
    failed delivery never removes the event from the source. All parameters are query
    parameters. The current docs mark `name` and `description` required, but their own
    answer shows both `null` and the 2021 and docs-v2 editions leave them optional: here they
    are optional.

    Args:
        url_query (str):
        name (str | Unset):
        description (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookResponse]
    """

    kwargs = _get_kwargs(
        url_query=url_query,
        name=name,
        description=description,
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
    url_query: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | WebhookResponse | None:
    """Create a webhook

     Register a URL that receives events: subscribe the webhook (`wh_...`) to a source with
    `POST /subscriptions`, and each event the source emits is `POST`ed to the URL as JSON. A
    failed delivery never removes the event from the source. All parameters are query
    parameters. The current docs mark `name` and `description` required, but their own
    answer shows both `null` and the 2021 and docs-v2 editions leave them optional: here they
    are optional.

    Args:
        url_query (str):
        name (str | Unset):
        description (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookResponse
    """

    return sync_detailed(
        client=client,
        url_query=url_query,
        name=name,
        description=description,
        include=include,
        exclude=exclude,
        org_id=org_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    url_query: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> Response[ErrorBody | WebhookResponse]:
    """Create a webhook

     Register a URL that receives events: subscribe the webhook (`wh_...`) to a source with
    `POST /subscriptions`, and each event the source emits is `POST`ed to the URL as JSON. A
    failed delivery never removes the event from the source. All parameters are query
    parameters. The current docs mark `name` and `description` required, but their own
    answer shows both `null` and the 2021 and docs-v2 editions leave them optional: here they
    are optional.

    Args:
        url_query (str):
        name (str | Unset):
        description (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WebhookResponse]
    """

    kwargs = _get_kwargs(
        url_query=url_query,
        name=name,
        description=description,
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
    url_query: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> ErrorBody | WebhookResponse | None:
    """Create a webhook

     Register a URL that receives events: subscribe the webhook (`wh_...`) to a source with
    `POST /subscriptions`, and each event the source emits is `POST`ed to the URL as JSON. A
    failed delivery never removes the event from the source. All parameters are query
    parameters. The current docs mark `name` and `description` required, but their own
    answer shows both `null` and the 2021 and docs-v2 editions leave them optional: here they
    are optional.

    Args:
        url_query (str):
        name (str | Unset):
        description (str | Unset):
        include (str | Unset):
        exclude (str | Unset):
        org_id (str | Unset):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WebhookResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            url_query=url_query,
            name=name,
            description=description,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
    ).parsed
