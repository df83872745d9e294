from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workflow_request import CreateWorkflowRequest
from ...models.error_body import ErrorBody
from ...models.workflow_response import WorkflowResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WorkflowResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowResponse.from_dict(response.json())

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
) -> Response[ErrorBody | WorkflowResponse]:
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
    body: CreateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | WorkflowResponse]:
    """Create a workflow from a template

     Create a workflow in a workspace's project from a workflow template (the `tch_...` ID of a
    share link), filling in the template's step and trigger props, connected accounts
    (`authProvisionId`) and settings. With `settings.auto_deploy` the workflow is deployed and
    active at once. Documented by the current docs and the 2021 edition.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        include (str | Unset):
        exclude (str | Unset):
        body (CreateWorkflowRequest): A workflow template to copy into a project, with the props
            it needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WorkflowResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        include=include,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | WorkflowResponse | None:
    """Create a workflow from a template

     Create a workflow in a workspace's project from a workflow template (the `tch_...` ID of a
    share link), filling in the template's step and trigger props, connected accounts
    (`authProvisionId`) and settings. With `settings.auto_deploy` the workflow is deployed and
    active at once. Documented by the current docs and the 2021 edition.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        include (str | Unset):
        exclude (str | Unset):
        body (CreateWorkflowRequest): A workflow template to copy into a project, with the props
            it needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WorkflowResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ErrorBody | WorkflowResponse]:
    """Create a workflow from a template

     Create a workflow in a workspace's project from a workflow template (the `tch_...` ID of a
    share link), filling in the template's step and trigger props, connected accounts
    (`authProvisionId`) and settings. With `settings.auto_deploy` the workflow is deployed and
    active at once. Documented by the current docs and the 2021 edition.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        include (str | Unset):
        exclude (str | Unset):
        body (CreateWorkflowRequest): A workflow template to copy into a project, with the props
            it needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WorkflowResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ErrorBody | WorkflowResponse | None:
    """Create a workflow from a template

     Create a workflow in a workspace's project from a workflow template (the `tch_...` ID of a
    share link), filling in the template's step and trigger props, connected accounts
    (`authProvisionId`) and settings. With `settings.auto_deploy` the workflow is deployed and
    active at once. Documented by the current docs and the 2021 edition.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        include (str | Unset):
        exclude (str | Unset):
        body (CreateWorkflowRequest): A workflow template to copy into a project, with the props
            it needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WorkflowResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include=include,
            exclude=exclude,
        )
    ).parsed
