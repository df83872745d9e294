"""The ``components`` operations as one group: ``client.components.<method>(...)``.

Generated from openapi.yaml by ``make generate``; do not edit.
"""

import builtins
from typing import Any, cast

from pipedream_rest_runtime.paging import AsyncPager, SyncPage
from pipedream_rest_runtime.responses import (
    empty,
    success,
    success_list,
    success_or_empty,
)

from ...client import AuthenticatedClient
from ...models.component_response import ComponentResponse
from ...models.component_search_result import ComponentSearchResult
from ...models.create_component_request import CreateComponentRequest
from ...models.error_body import ErrorBody
from ...types import UNSET, Unset
from . import create_component, get_component, get_registry_component, search_components


class Components:
    """The ``components`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreateComponentRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> ComponentResponse:
        """Create a component

        Save the code of a component in the account. Before you can create a source from code
        you have written, you create a component: this returns its `id`, `code`,
        `configurable_props` and the other metadata you need to deploy a source from it.

        One of `component_code` or `component_url` is required. If both are present,
        `component_code` is used and `component_url` is kept only as metadata identifying where
        the code lives.

        ``POST /components`` (operation ``create_component``).

        Args:
            body: One of `component_code` or `component_url` is required; `component_code` wins when
                both
                are present.
        """

        answer = create_component.sync_detailed(
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("create_component", answer, ComponentResponse)

    async def async_create(
        self,
        *,
        body: CreateComponentRequest,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> ComponentResponse:
        """Create a component: the async twin of :meth:`create`."""
        answer = await create_component.asyncio_detailed(
            client=self._client,
            body=body,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("create_component", answer, ComponentResponse)

    def get(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> ComponentResponse:
        """Get a component

        Retrieve a saved component by ID, to read its metadata and configurable props.
        Later editions also accept a component key in place of the ID.

        ``GET /components/{id}`` (operation ``get_component``).
        """

        answer = get_component.sync_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("get_component", answer, ComponentResponse)

    async def async_get(
        self,
        id: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> ComponentResponse:
        """Get a component: the async twin of :meth:`get`."""
        answer = await get_component.asyncio_detailed(
            id=id,
            client=self._client,
            include=include,
            exclude=exclude,
            org_id=org_id,
            workspace_id=workspace_id,
        )
        return success("get_component", answer, ComponentResponse)

    def get_registry(
        self,
        key: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> ComponentResponse:
        """Get a registry component

        Read a component published in Pipedream's public registry by its key, in the same shape as
        `GET /components/{id}`. A source can then be deployed from it with `POST /sources` and
        `key`.

        ``GET /components/registry/{key}`` (operation ``get_registry_component``).
        """

        answer = get_registry_component.sync_detailed(
            key=key,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_registry_component", answer, ComponentResponse)

    async def async_get_registry(
        self,
        key: str,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> ComponentResponse:
        """Get a registry component: the async twin of :meth:`get_registry`."""
        answer = await get_registry_component.asyncio_detailed(
            key=key,
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_registry_component", answer, ComponentResponse)

    def search(
        self,
        *,
        query: str,
        app: str | Unset = UNSET,
        similarity_threshold: float | Unset = UNSET,
        debug: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> ComponentSearchResult:
        """Search the registry

        Find registry components for a natural-language query (Pipedream matches by the cosine
        similarity of embeddings). The answer lists component keys and is **not** wrapped in
        `data`. `limit` is not among the documented parameters, yet the docs' own example sends
        `limit=1`: it is accepted and caps each list.

        ``GET /components/search`` (operation ``search_components``).
        """

        answer = search_components.sync_detailed(
            client=self._client,
            query=query,
            app=app,
            similarity_threshold=similarity_threshold,
            debug=debug,
            limit=limit,
            include=include,
            exclude=exclude,
        )
        return success("search_components", answer, ComponentSearchResult)

    async def async_search(
        self,
        *,
        query: str,
        app: str | Unset = UNSET,
        similarity_threshold: float | Unset = UNSET,
        debug: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> ComponentSearchResult:
        """Search the registry: the async twin of :meth:`search`."""
        answer = await search_components.asyncio_detailed(
            client=self._client,
            query=query,
            app=app,
            similarity_threshold=similarity_threshold,
            debug=debug,
            limit=limit,
            include=include,
            exclude=exclude,
        )
        return success("search_components", answer, ComponentSearchResult)
