"""The ``users`` operations as one group: ``client.users.<method>(...)``.

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
from ...models.error_body import ErrorBody
from ...models.user_response import UserResponse
from ...types import UNSET, Unset
from . import get_current_user


class Users:
    """The ``users`` operations: each method sync, and ``async_``-prefixed for ``await``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get_current(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> UserResponse:
        """Get the current user

        Retrieve information on the authenticated user.

        The shape changed over the years: the 2020 edition returns `api_key`,
        `lambda_time_quota` and `lambda_time_used`; later editions drop those in favour of daily
        compute and invocation quotas and add `orgs`. Only `id`, `username` and `email` are
        always present. `api_key` is a secret: never log it.

        ``GET /users/me`` (operation ``get_current_user``).
        """

        answer = get_current_user.sync_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_current_user", answer, UserResponse)

    async def async_get_current(
        self,
        *,
        include: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
    ) -> UserResponse:
        """Get the current user: the async twin of :meth:`get_current`."""
        answer = await get_current_user.asyncio_detailed(
            client=self._client,
            include=include,
            exclude=exclude,
        )
        return success("get_current_user", answer, UserResponse)
