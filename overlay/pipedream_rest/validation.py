"""Reject bad input before a request leaves the machine, for every generated operation.

The checks read the outgoing request (path and query), so they need no per-endpoint code: an
empty or blank path parameter (``DELETE /sources/`` would hit another resource), a ``limit``
outside 1..100, a malformed event ID in ``start_id``/``end_id``, and ``before`` with ``after``.
Each raises ``ValueError`` naming the parameter.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote

import httpx

LIMIT_MIN, LIMIT_MAX = 1, 100
EVENT_ID = re.compile(r"^[0-9]+-[0-9]+$")
EVENT_ID_PARAMS = ("start_id", "end_id")
_PLACEHOLDER = re.compile(r"\{([^}/]+)\}")


def check_request(request: httpx.Request, base_path: str) -> None:
    """Raise ``ValueError`` naming the parameter when ``request`` carries bad input."""
    raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    path = raw_path.removeprefix(base_path)
    segments = path.split("/")[1:]
    if any(not unquote(segment).strip() for segment in segments):
        _check_path_parameters(request.method, path)
    if request.url.query:
        _check_query(request.url.params)


def _check_query(params: httpx.QueryParams) -> None:
    if "before" in params and "after" in params:
        raise ValueError("pass either 'before' or 'after', not both: one walks back, one forward")
    limit = params.get("limit")
    if limit is not None:
        try:
            number = int(limit)
        except ValueError:
            number = LIMIT_MIN - 1
        if not LIMIT_MIN <= number <= LIMIT_MAX:
            raise ValueError(
                f"limit must be an integer from {LIMIT_MIN} to {LIMIT_MAX}, got {limit}"
            )
    for name in EVENT_ID_PARAMS:
        value = params.get(name)
        if value is not None and not EVENT_ID.match(value):
            raise ValueError(
                f"{name} must be an event ID like '1589486981598-0' (<epoch ms>-<sequence>), "
                f"got {value!r}"
            )


def _check_path_parameters(method: str, path: str) -> None:
    """Name the path parameter that is empty or blank, if ``path`` fills an operation's template."""
    for template, pattern, names in _path_templates():
        match = pattern.match(path)
        if match is None:
            continue
        for name, value in zip(names, match.groups(), strict=True):
            if not unquote(value).strip():
                raise ValueError(
                    f"path parameter {name!r} of {method} {template} is empty or blank; "
                    "pass a non-empty ID"
                )


@functools.cache
def _path_templates() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """Every templated path of the spec (the generated ``PATH_TEMPLATES``), compiled once.

    Only called when a path already looks wrong, so the hot path never pays for it.
    """
    from pipedream_rest_client.api import PATH_TEMPLATES

    return tuple(_compile(t) for t in sorted(PATH_TEMPLATES) if _PLACEHOLDER.search(t))


def _compile(template: str) -> tuple[str, re.Pattern[str], tuple[str, ...]]:
    names = tuple(_PLACEHOLDER.findall(template))
    literal_parts = _PLACEHOLDER.split(template)[::2]
    pattern = "([^/]*)".join(re.escape(part) for part in literal_parts)
    return template, re.compile(f"^{pattern}$"), names
