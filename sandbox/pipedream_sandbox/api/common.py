"""Request parsing shared by every operation: the credential, the JSON body (size-capped),
`include`/`exclude`, `limit`, cursors, `org_id`, and the `{data: ...}` envelopes."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..errors import ApiError, bad_parameter
from ..state import Sandbox
from ..users import SandboxUser

DEFAULT_LIMIT = 10
MAX_LIMIT = 100
_ORG_ID = re.compile(r"o_[A-Za-z0-9]+")


def sandbox_of(request: Request) -> Sandbox:
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox


def user_of(request: Request) -> SandboxUser:
    """The authenticated user (set by the auth guard around /v1)."""
    user: SandboxUser = request.state.user
    return user


@dataclass(frozen=True)
class Credential:
    """What the Bearer credential was: a user API key, or an OAuth token acting for a workspace."""

    bearer: str  # the Bearer value itself (the throttle counts per credential)
    workspace_id: str | None = None  # set for OAuth access tokens only

    @property
    def is_oauth(self) -> bool:
        return self.workspace_id is not None


def credential_of(request: Request) -> Credential:
    credential: Credential = request.state.credential
    return credential


def require_api_key(request: Request) -> None:
    """403 for an OAuth access token: components, `POST /sources` and `GET /users/me` work with
    user API keys only."""
    if credential_of(request).is_oauth:
        operation = f"{request.method} {request.url.path.removeprefix('/v1')}"
        raise ApiError(
            403,
            f"{operation} needs a user API key: OAuth access tokens act for a workspace",
            code="api_key_required",
        )


def too_large(limit: int) -> ApiError:
    return ApiError(413, f"request body is larger than {limit} bytes", code="payload_too_large")


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refusing (413) anything over `limit` bytes without reading it all."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and (len(declared) > 15 or int(declared) > limit):
        raise too_large(limit)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise too_large(limit)
    return bytes(body)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


async def json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object (an empty body is `{}`); 400 for anything else."""
    limits = sandbox_of(request).limits
    raw = await read_body(request, limits.body_bytes)
    if not raw.strip():
        return {}
    depth = limits.body_depth
    try:
        body = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise too_deep(depth) from None
    except ValueError as error:
        reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        raise ApiError(
            400, f"request body is not valid JSON: {reason}", code="invalid_json"
        ) from None
    if not isinstance(body, dict):
        raise ApiError(400, "request body must be a JSON object", code="invalid_json")
    if nesting_depth(body, depth) > depth:
        raise too_deep(depth)
    if not is_valid_unicode(body):
        raise ApiError(
            400,
            "request body is not valid JSON: a \\u escape is a lone surrogate",
            code="invalid_json",
        )
    return body


def too_deep(limit: int) -> ApiError:
    return ApiError(400, f"request body is nested deeper than {limit} levels", code="body_too_deep")


def nesting_depth(value: Any, stop_past: int) -> int:
    """How deep arrays and objects nest in parsed JSON (a scalar is 0), counted without
    recursion; counting stops once past `stop_past`."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            depth += 1
            deepest = max(deepest, depth)
            if depth > stop_past:
                return depth
            stack.extend(
                (child, depth) for child in (item.values() if isinstance(item, dict) else item)
            )
    return deepest


def is_valid_unicode(value: Any) -> bool:
    """False when parsed JSON holds a lone surrogate (`"\\ud800"`), which no UTF-8 can carry."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _field_list(request: Request, body: dict[str, Any] | None, name: str) -> list[str] | None:
    value: Any = request.query_params.get(name)
    if value is None and body is not None:
        value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_parameter(name, f"{name} must be a comma-separated string of field names")
    fields = [part.strip() for part in value.split(",") if part.strip()]
    return fields or None


class FieldFilter:
    """`include`/`exclude` from the query (or, for POST/PUT, the JSON body), applied to objects."""

    def __init__(self, request: Request, body: dict[str, Any] | None = None) -> None:
        self.include = _field_list(request, body, "include")
        self.exclude = _field_list(request, body, "exclude")

    def apply(self, item: dict[str, Any]) -> dict[str, Any]:
        if self.include is not None:
            item = {key: value for key, value in item.items() if key in self.include}
        if self.exclude is not None:
            item = {key: value for key, value in item.items() if key not in self.exclude}
        return item


def parse_limit(request: Request, name: str = "limit", default: int = DEFAULT_LIMIT) -> int:
    """A page size from the query (`limit`, or the 2020 list's `n`), 1 to MAX_LIMIT."""
    raw = request.query_params.get(name)
    if raw is None:
        return default
    message = f"{name} must be an integer between 1 and {MAX_LIMIT}"
    if not re.fullmatch(r"[+-]?[0-9]{1,6}", raw.strip()):
        raise bad_parameter(name, f"{message}, not {raw[:40]!r}")
    limit = int(raw)
    if not 1 <= limit <= MAX_LIMIT:
        raise bad_parameter(name, f"{message}, not {limit}")
    return limit


def cursor_params(request: Request) -> tuple[str | None, str | None]:
    """`after` and `before`; never both, never empty."""
    after = request.query_params.get("after")
    before = request.query_params.get("before")
    if after is not None and before is not None:
        raise bad_parameter("before", "pass either after or before, not both")
    for name, value in (("after", after), ("before", before)):
        if value is not None and not value:
            raise bad_parameter(name, f"{name} must be a cursor from page_info, not empty")
    return after, before


def item_cursor(ident: str) -> str:
    """Opaque list cursor: unpadded URL-safe base64 of the item's ID (`ZGNfSzB1QWVl`)."""
    return base64.urlsafe_b64encode(ident.encode()).decode().rstrip("=")


def decode_item_cursor(cursor: str, prefix: str) -> str | None:
    """The ID (starting `<prefix>_`, unless the prefix is empty) inside a cursor, or None when
    it is not one of ours."""
    padded = cursor + "=" * (-len(cursor) % 4)
    try:
        decoded = base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeError):
        return None
    if item_cursor(decoded) != cursor or (prefix and not decoded.startswith(f"{prefix}_")):
        return None
    return decoded


def cursor_positions(
    request: Request, prefix: str, position_of: Callable[[str], int | None]
) -> tuple[int | None, int | None]:
    """`after` / `before` of a creation-ordered list, as positions (400 for a foreign cursor)."""
    after, before = cursor_params(request)
    positions: dict[str, int | None] = {"after": None, "before": None}
    for name, cursor in (("after", after), ("before", before)):
        if cursor is None:
            continue
        ident = decode_item_cursor(cursor, prefix)
        position = position_of(ident) if ident else None
        if position is None:
            raise bad_parameter(name, f"{name} is not a cursor of this list: {cursor[:60]!r}")
        positions[name] = position
    return positions["after"], positions["before"]


def _workspace_param(request: Request, body: dict[str, Any] | None) -> tuple[str, Any]:
    """`org_id`, or the 2021 edition's `workspace_id` (query or body): (name given, value)."""
    given: dict[str, Any] = {}
    for name in ("org_id", "workspace_id"):
        value: Any = request.query_params.get(name)
        if value is None and body is not None:
            value = not_null(body, name)
        if value is not None:
            given[name] = value
    if len(given) > 1:
        raise bad_parameter("workspace_id", "send org_id or workspace_id (its 2021 name), not both")
    return next(iter(given.items()), ("org_id", None))


def check_org_id(request: Request, body: dict[str, Any] | None = None) -> str | None:
    """`org_id` (or `workspace_id`), when given, must be one of the user's workspaces (and, for
    an OAuth token, the token's own). Returns it."""
    name, value = _workspace_param(request, body)
    if value is None:
        return None
    if not isinstance(value, str) or not _ORG_ID.fullmatch(value):
        raise bad_parameter(name, f"{name} must be a workspace ID such as o_Qa8I1Z")
    token_workspace = credential_of(request).workspace_id
    mine = sandbox_of(request).workspaces.get(user_of(request).id, value) is not None
    if not mine or token_workspace not in (None, value):
        raise bad_parameter(name, f"{name} {value} is not a workspace of this user")
    return value


def acting_org(request: Request, body: dict[str, Any] | None = None) -> str | None:
    """The workspace a request acts for: `org_id`, else an OAuth token's workspace, else none."""
    return check_org_id(request, body) or credential_of(request).workspace_id


def query_flag(request: Request, name: str) -> bool | None:
    """A boolean query parameter: `1`/`true` or `0`/`false` (the docs send one form, Pipedream's
    own client the other); None when absent."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    flags = {"1": True, "true": True, "0": False, "false": False}
    if raw.lower() not in flags:
        raise bad_parameter(name, f"{name} must be true, false, 1 or 0, not {raw[:40]!r}")
    return flags[raw.lower()]


def required_query(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if not value:
        raise bad_parameter(name, f"{name} is required (a query parameter)")
    return value


def short_query(request: Request, name: str, most: int) -> str | None:
    """An optional text parameter of at most `most` characters, none of them control
    characters; absent or empty is None."""
    value = request.query_params.get(name)
    if not value:
        return None
    if len(value) > most:
        raise bad_parameter(name, f"{name} must be at most {most} characters, not {len(value)}")
    if any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in value):
        raise bad_parameter(name, f"{name} must not contain control characters")
    return value


def event_name_param(request: Request, *, required: bool = False) -> str:
    """`event_name`, a channel: absent or empty is the default channel `""` (or a 400 when
    `required`); capped by `Limits.event_name_chars`."""
    if required:
        required_query(request, "event_name")
    most = sandbox_of(request).limits.event_name_chars
    return short_query(request, "event_name", most) or ""


def not_null(body: dict[str, Any], name: str) -> Any:
    """An optional body field: None when left out; 400 when sent as null (the spec's request
    fields are not nullable, and the sandbox must refuse what the spec forbids)."""
    if name in body and body[name] is None:
        raise bad_parameter(name, f"{name} must not be null (leave it out instead)")
    return body.get(name)


def required_string(body: dict[str, Any], name: str) -> str | None:
    """An optional body field that, when present, must be a non-empty string."""
    value = not_null(body, name)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise bad_parameter(name, f"{name} must be a non-empty string")
    return value


def data(item: dict[str, Any], fields: FieldFilter) -> JSONResponse:
    return JSONResponse({"data": fields.apply(item)})


def page(
    items: Iterable[dict[str, Any]],
    fields: FieldFilter,
    *,
    total: int,
    start_cursor: str | None,
    end_cursor: str | None,
) -> JSONResponse:
    rows = [fields.apply(item) for item in items]
    page_info = {
        "total_count": total,
        "count": len(rows),
        "start_cursor": start_cursor,
        "end_cursor": end_cursor,
    }
    return JSONResponse({"page_info": page_info, "data": rows})


def keyed_page(
    keys: list[str], items: Iterable[dict[str, Any]], fields: FieldFilter, *, total: int
) -> JSONResponse:
    """A page of a creation-ordered list: its cursors are `item_cursor` of the first and last
    items' keys (an ID, or an app's name slug)."""
    return page(
        items,
        fields,
        total=total,
        start_cursor=item_cursor(keys[0]) if keys else None,
        end_cursor=item_cursor(keys[-1]) if keys else None,
    )
