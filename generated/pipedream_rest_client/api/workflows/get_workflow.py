from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.workflow_details import WorkflowDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org_id"] = org_id

    params["workspace_id"] = workspace_id

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WorkflowDetails | None:
    if response.status_code == 200:
        response_200 = WorkflowDetails.from_dict(response.json())

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
) -> Response[ErrorBody | WorkflowDetails]:
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
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | WorkflowDetails]:
    """Get a workflow's details

     A workflow's triggers and steps. Unlike every other single-object answer, the docs print
    this one **without** a `data` wrapper: `{"triggers": [...], "steps": [...]}`. Pass
    `org_id` for a workflow of a workspace when using a user API key.

    Args:
        workflow_id (str):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WorkflowDetails]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        org_id=org_id,
        workspace_id=workspace_id,
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
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | WorkflowDetails | None:
    """Get a workflow's details

     A workflow's triggers and steps. Unlike every other single-object answer, the docs print
    this one **without** a `data` wrapper: `{"triggers": [...], "steps": [...]}`. Pass
    `org_id` for a workflow of a workspace when using a user API key.

    Args:
        workflow_id (str):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WorkflowDetails
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        org_id=org_id,
        workspace_id=workspace_id,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | WorkflowDetails]:
    """Get a workflow's details

     A workflow's triggers and steps. Unlike every other single-object answer, the docs print
    this one **without** a `data` wrapper: `{"triggers": [...], "steps": [...]}`. Pass
    `org_id` for a workflow of a workspace when using a user API key.

    Args:
        workflow_id (str):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WorkflowDetails]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        org_id=org_id,
        workspace_id=workspace_id,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    org_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | WorkflowDetails | None:
    """Get a workflow's details

     A workflow's triggers and steps. Unlike every other single-object answer, the docs print
    this one **without** a `data` wrapper: `{"triggers": [...], "steps": [...]}`. Pass
    `org_id` for a workflow of a workspace when using a user API key.

    Args:
        workflow_id (str):
        org_id (str | Unset):
        workspace_id (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WorkflowDetails
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            org_id=org_id,
            workspace_id=workspace_id,
            include=include,
            exclude=exclude,
        )
    ).parsed
