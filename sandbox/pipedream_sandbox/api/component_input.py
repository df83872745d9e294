"""Turn a request's component fields into a saved component, with the API's precedence:
`component_id`, then `component_code`, then `component_url`, then `key`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool

from ..domain.components import Component, component_error
from ..errors import ApiError, bad_parameter, not_found
from ..js import ComponentError, ComponentMeta, read_component
from ..offload import in_worker
from ..registry import FetchError, check_url, code_for_url
from ..state import Sandbox
from .common import required_string

COMPONENT_FIELDS = ("component_id", "component_code", "component_url", "key")


@dataclass
class ResolvedComponent:
    component: Component
    warnings: list[str] = field(default_factory=list)


def component_url_of(body: dict[str, Any]) -> str | None:
    url = required_string(body, "component_url")
    if url is not None:
        try:
            check_url(url)
        except FetchError as error:
            raise bad_parameter("component_url", str(error)) from None
    return url


async def read_code(sandbox: Sandbox, code: str) -> ComponentMeta:
    """Parse in a worker process: big code takes a good fraction of a second, during which
    tree-sitter holds the GIL (a thread would still stall every other request)."""
    try:
        return await in_worker(read_component, code, sandbox.limits)
    except ComponentError as error:
        raise component_error(error) from None


async def fetch_code(sandbox: Sandbox, url: str) -> str:
    try:
        return await run_in_threadpool(code_for_url, url, sandbox.fetch)
    except FetchError as error:
        raise bad_parameter("component_url", str(error)) from None


async def save_from_code_or_url(
    sandbox: Sandbox, user_id: str, body: dict[str, Any]
) -> ResolvedComponent | None:
    """`component_code` (with `component_url` as metadata) or else `component_url`, saved."""
    code = required_string(body, "component_code")
    url = component_url_of(body)
    if code is None and url is None:
        return None
    if code is None:
        assert url is not None
        code = await fetch_code(sandbox, url)
    meta = await read_code(sandbox, code)
    saved = sandbox.components.save(user_id, meta, component_url=url)
    return ResolvedComponent(saved, meta.warnings)


async def resolve_component(
    sandbox: Sandbox, user_id: str, body: dict[str, Any]
) -> ResolvedComponent | None:
    """The component the body names, or None when it names none; 400/404 when it is wrong."""
    for name in COMPONENT_FIELDS:
        required_string(body, name)  # type-check every field, even the ones that lose
    component_id = required_string(body, "component_id")
    if component_id is not None:
        found = sandbox.components.find(user_id, component_id)
        if found is None:
            raise not_found("component", component_id)
        return ResolvedComponent(found)
    saved = await save_from_code_or_url(sandbox, user_id, body)
    if saved is not None:
        return saved
    key = required_string(body, "key")
    if key is not None:
        registered = sandbox.components.registry_component(key)
        if registered is None:
            raise not_found("registry component", key)
        return ResolvedComponent(registered)
    return None


def no_component_error(fields: tuple[str, ...] = COMPONENT_FIELDS) -> ApiError:
    names = ", ".join(fields[:-1]) + " or " + fields[-1]
    return ApiError(400, f"one of {names} is required", code="invalid_parameter")
