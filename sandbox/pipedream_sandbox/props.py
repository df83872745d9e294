"""Check a source's `configured_props` against its component's props, and shape them as echoed.

Timers are written `{"intervalSeconds": 60}` or `{"cron": "..."}` and echoed
`{"cron": null, "interval_seconds": 60}`; under 15 seconds is refused. An HTTP interface prop is
not configured by the caller: the sandbox gives it an endpoint (see `endpoints`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .errors import ApiError

MIN_TIMER_SECONDS = 15
HTTP_INTERFACE = "$.interface.http"
TIMER_INTERFACE = "$.interface.timer"
_NOT_CONFIGURABLE = {"$.service.db"}


@dataclass
class ConfiguredProps:
    values: dict[str, Any]  # as echoed, without the HTTP endpoint
    http_prop: str | None  # the prop that gets `{"endpoint_url": ...}`


def _invalid(path: str, message: str) -> ApiError:
    return ApiError(
        400, f"{path} {message}", code="invalid_configured_props", details={"prop": path}
    )


def configure(
    props: list[dict[str, Any]], given: Any, component_name: str, *, lenient: bool = False
) -> ConfiguredProps:
    """Validate `given` (the request's configured_props) against the component's props.

    `lenient` drops values for props the component does not have instead of refusing them; it is
    used when an update swaps the component and carries the old values over.
    """
    if given is None:
        given = {}
    if not isinstance(given, dict):
        raise ApiError(
            400,
            "configured_props must be a JSON object",
            code="invalid_parameter",
            details={"parameter": "configured_props"},
        )
    known = {prop["name"] for prop in props}
    unknown = sorted(set(given) - known)
    if unknown and not lenient:
        names = ", ".join(sorted(known)) or "none"
        raise _invalid(
            f"configured_props.{unknown[0]}",
            f"is not a prop of component {component_name} (its props: {names})",
        )
    values: dict[str, Any] = {}
    http_prop = None
    for prop in props:
        name, kind = prop["name"], prop.get("type")
        path = f"configured_props.{name}"
        if kind == HTTP_INTERFACE:
            http_prop = http_prop or name
            continue
        if kind in _NOT_CONFIGURABLE:
            continue
        if name in given and given[name] is not None:
            value = given[name]
        elif "default" in prop:
            value = prop["default"]
        elif prop.get("optional") is True:
            continue
        else:
            raise _invalid(path, f"is required by component {component_name}")
        values[name] = (
            _timer(path, value) if kind == TIMER_INTERFACE else _checked(path, prop, value)
        )
    return ConfiguredProps(values=values, http_prop=http_prop)


def _timer(path: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(path, 'must be {"intervalSeconds": N} or {"cron": "..."}')
    cron = value.get("cron")
    interval = value.get("intervalSeconds", value.get("interval_seconds"))
    if cron is not None:
        if not isinstance(cron, str) or len(cron.split()) not in (5, 6):
            raise _invalid(f"{path}.cron", "must be a cron expression of 5 or 6 fields")
        return {"cron": cron, "interval_seconds": None}
    if interval is None:
        raise _invalid(path, 'must be {"intervalSeconds": N} or {"cron": "..."}')
    if not _is_number(interval):
        raise _invalid(f"{path}.intervalSeconds", "must be a number of seconds")
    if interval < MIN_TIMER_SECONDS:
        raise _invalid(
            f"{path}.intervalSeconds",
            f"must be at least {MIN_TIMER_SECONDS} seconds, not {interval}",
        )
    if isinstance(interval, float) and interval.is_integer():
        interval = int(interval)
    return {"cron": None, "interval_seconds": interval}


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def _is_integer(value: Any) -> bool:
    return _is_number(value) and (isinstance(value, int) or float(value).is_integer())


def _checked(path: str, prop: dict[str, Any], value: Any) -> Any:
    kind = prop.get("type")
    if kind == "string" and not isinstance(value, str):
        raise _invalid(path, "must be a string")
    if kind == "boolean" and not isinstance(value, bool):
        raise _invalid(path, "must be a boolean")
    if kind == "integer":
        if not _is_integer(value):
            raise _invalid(path, "must be an integer")
        value = int(value)
        if isinstance(prop.get("min"), (int, float)) and value < prop["min"]:
            raise _invalid(path, f"must be at least {prop['min']}")
        if isinstance(prop.get("max"), (int, float)) and value > prop["max"]:
            raise _invalid(path, f"must be at most {prop['max']}")
    if kind == "string[]" and not (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    ):
        raise _invalid(path, "must be a list of strings")
    return value
