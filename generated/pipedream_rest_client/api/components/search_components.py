from http import HTTPStatus
from typing import Any

import httpx
from pipedream_rest_runtime.errors import response_validation_error

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.component_search_result import ComponentSearchResult
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    app: str | Unset = UNSET,
    similarity_threshold: float | Unset = UNSET,
    debug: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["app"] = app

    params["similarity_threshold"] = similarity_threshold

    params["debug"] = debug

    params["limit"] = limit

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/components/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComponentSearchResult | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ComponentSearchResult.from_dict(response.json())

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
) -> Response[ComponentSearchResult | ErrorBody]:
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
    query: str,
    app: str | Unset = UNSET,
    similarity_threshold: float | Unset = UNSET,
    debug: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ComponentSearchResult | ErrorBody]:
    """Search the registry

     Find registry components for a natural-language query (Pipedream matches by the cosine
    similarity of embeddings). The answer lists component keys and is **not** wrapped in
    `data`. `limit` is not among the documented parameters, yet the docs' own example sends
    `limit=1`: it is accepted and caps each list.

    Args:
        query (str):
        app (str | Unset):
        similarity_threshold (float | Unset):
        debug (bool | Unset):
        limit (int | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComponentSearchResult | ErrorBody]
    """

    kwargs = _get_kwargs(
        query=query,
        app=app,
        similarity_threshold=similarity_threshold,
        debug=debug,
        limit=limit,
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
    query: str,
    app: str | Unset = UNSET,
    similarity_threshold: float | Unset = UNSET,
    debug: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ComponentSearchResult | ErrorBody | None:
    """Search the registry

     Find registry components for a natural-language query (Pipedream matches by the cosine
    similarity of embeddings). The answer lists component keys and is **not** wrapped in
    `data`. `limit` is not among the documented parameters, yet the docs' own example sends
    `limit=1`: it is accepted and caps each list.

    Args:
        query (str):
        app (str | Unset):
        similarity_threshold (float | Unset):
        debug (bool | Unset):
        limit (int | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComponentSearchResult | ErrorBody
    """

    return sync_detailed(
        client=client,
        query=query,
        app=app,
        similarity_threshold=similarity_threshold,
        debug=debug,
        limit=limit,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    app: str | Unset = UNSET,
    similarity_threshold: float | Unset = UNSET,
    debug: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[ComponentSearchResult | ErrorBody]:
    """Search the registry

     Find registry components for a natural-language query (Pipedream matches by the cosine
    similarity of embeddings). The answer lists component keys and is **not** wrapped in
    `data`. `limit` is not among the documented parameters, yet the docs' own example sends
    `limit=1`: it is accepted and caps each list.

    Args:
        query (str):
        app (str | Unset):
        similarity_threshold (float | Unset):
        debug (bool | Unset):
        limit (int | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComponentSearchResult | ErrorBody]
    """

    kwargs = _get_kwargs(
        query=query,
        app=app,
        similarity_threshold=similarity_threshold,
        debug=debug,
        limit=limit,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    app: str | Unset = UNSET,
    similarity_threshold: float | Unset = UNSET,
    debug: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> ComponentSearchResult | ErrorBody | None:
    """Search the registry

     Find registry components for a natural-language query (Pipedream matches by the cosine
    similarity of embeddings). The answer lists component keys and is **not** wrapped in
    `data`. `limit` is not among the documented parameters, yet the docs' own example sends
    `limit=1`: it is accepted and caps each list.

    Args:
        query (str):
        app (str | Unset):
        similarity_threshold (float | Unset):
        debug (bool | Unset):
        limit (int | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComponentSearchResult | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            app=app,
            similarity_threshold=similarity_threshold,
            debug=debug,
            limit=limit,
            include=include,
            exclude=exclude,
        )
    ).parsed
