from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.update_workflow_request import UpdateWorkflowRequest
from ...models.workflow_update_result import WorkflowUpdateResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    body: UpdateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workflows/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | WorkflowUpdateResult | None:
    if response.status_code == 200:
        response_200 = WorkflowUpdateResult.from_dict(response.json())

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
) -> Response[Any | ErrorBody | WorkflowUpdateResult]:
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
    body: UpdateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[Any | ErrorBody | WorkflowUpdateResult]:
    """Activate or deactivate a workflow

     Set a workflow's activation status. Steps, triggers and accounts cannot be changed this
    way: create a new workflow from a template instead. The current docs send
    `{"active": false, "org_id": "o_..."}`; the 2021 edition sends `active` alone. The
    answer is documented nowhere: `200` (with the workflow or any object) and `204` both mean
    success.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        workflow_id (str):
        include (str | Unset):
        exclude (str | Unset):
        body (UpdateWorkflowRequest): The workflow's activation status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | WorkflowUpdateResult]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
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
    body: UpdateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Any | ErrorBody | WorkflowUpdateResult | None:
    """Activate or deactivate a workflow

     Set a workflow's activation status. Steps, triggers and accounts cannot be changed this
    way: create a new workflow from a template instead. The current docs send
    `{"active": false, "org_id": "o_..."}`; the 2021 edition sends `active` alone. The
    answer is documented nowhere: `200` (with the workflow or any object) and `204` both mean
    success.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        workflow_id (str):
        include (str | Unset):
        exclude (str | Unset):
        body (UpdateWorkflowRequest): The workflow's activation status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | WorkflowUpdateResult
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[Any | ErrorBody | WorkflowUpdateResult]:
    """Activate or deactivate a workflow

     Set a workflow's activation status. Steps, triggers and accounts cannot be changed this
    way: create a new workflow from a template instead. The current docs send
    `{"active": false, "org_id": "o_..."}`; the 2021 edition sends `active` alone. The
    answer is documented nowhere: `200` (with the workflow or any object) and `204` both mean
    success.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        workflow_id (str):
        include (str | Unset):
        exclude (str | Unset):
        body (UpdateWorkflowRequest): The workflow's activation status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | WorkflowUpdateResult]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateWorkflowRequest,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Any | ErrorBody | WorkflowUpdateResult | None:
    """Activate or deactivate a workflow

     Set a workflow's activation status. Steps, triggers and accounts cannot be changed this
    way: create a new workflow from a template instead. The current docs send
    `{"active": false, "org_id": "o_..."}`; the 2021 edition sends `active` alone. The
    answer is documented nowhere: `200` (with the workflow or any object) and `204` both mean
    success.

    **User API keys only**: an OAuth access token is refused with `403`.

    Args:
        workflow_id (str):
        include (str | Unset):
        exclude (str | Unset):
        body (UpdateWorkflowRequest): The workflow's activation status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | WorkflowUpdateResult
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
            include=include,
            exclude=exclude,
        )
    ).parsed
