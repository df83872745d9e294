from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.subscription_list_response import SubscriptionListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_id: str,
    *,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{org_id}/subscriptions".format(
            org_id=quote(str(org_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SubscriptionListResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionListResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SubscriptionListResponse]:
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
    org_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | SubscriptionListResponse]:
    """List a workspace's subscriptions (older path)

     The earlier name of `GET /workspaces/{id}/subscriptions`, still called by older tools: the
    same list, in one answer (no `page_info`).

    Args:
        org_id (str):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SubscriptionListResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        include=include,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | SubscriptionListResponse | None:
    """List a workspace's subscriptions (older path)

     The earlier name of `GET /workspaces/{id}/subscriptions`, still called by older tools: the
    same list, in one answer (no `page_info`).

    Args:
        org_id (str):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SubscriptionListResponse
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | SubscriptionListResponse]:
    """List a workspace's subscriptions (older path)

     The earlier name of `GET /workspaces/{id}/subscriptions`, still called by older tools: the
    same list, in one answer (no `page_info`).

    Args:
        org_id (str):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SubscriptionListResponse]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | SubscriptionListResponse | None:
    """List a workspace's subscriptions (older path)

     The earlier name of `GET /workspaces/{id}/subscriptions`, still called by older tools: the
    same list, in one answer (no `page_info`).

    Args:
        org_id (str):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SubscriptionListResponse
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            include=include,
            exclude=exclude,
        )
    ).parsed
