"""Read a Pipedream component's metadata and props from its JavaScript, as the API reports them.

`read_component(code)` parses with tree-sitter, folds constants (`60 * 15` is 900) and maps the
`props` object to `configurable_props` the way the real service does. Nothing is executed. What
could only be known by running the code (`...common`, `new Date()`) is left out and reported in
`warnings`; a component that cannot be read at all raises ComponentError saying why.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..limits import DEFAULT_LIMITS, Limits
from .folder import Folder
from .syntax import ComponentError, parse
from .values import UNDEFINED, FunctionValue, ImportRef, JSObject, Unresolved

_METADATA_FIELDS = ("key", "name", "version", "description", "type")
_APP_FILE = re.compile(r"(?:^|/)([A-Za-z0-9_-]+)\.app\.(?:m?js|ts)$")

# `propDefinition: [app, "prop"]` points into an app file the sandbox cannot read; these are the
# definitions the registry publishes for the apps of the shipped sample components.
PROP_DEFINITIONS: dict[tuple[str, str], dict[str, Any]] = {
    ("rss", "url"): {
        "type": "string",
        "label": "Feed URL",
        "description": "Enter the URL for any public RSS feed.",
    },
}


@dataclass
class ComponentMeta:
    """What `POST /components` reports about a component's code."""

    code: str
    code_hash: str
    name: str
    configurable_props: list[dict[str, Any]]
    key: str | None = None
    version: str | None = None
    description: str | None = None
    type: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_component(code: str, limits: Limits = DEFAULT_LIMITS) -> ComponentMeta:
    """Parse and fold `code`; raises ComponentError with a message saying what is wrong."""
    source = code.encode("utf-8")
    if len(source) > limits.code_bytes:
        raise ComponentError(f"component code is larger than {limits.code_bytes} bytes")
    if not code.strip():
        raise ComponentError("component code is empty")
    folder = Folder(parse(source))
    definition = folder.component()
    if not isinstance(definition, JSObject):
        raise ComponentError(
            f"the exported component must be an object literal, not {_describe(definition)}"
        )
    warnings = folder.warnings
    warnings.extend(f"ignored the spread `...{s}`" for s in definition.unresolved_spreads)
    metadata = {name: _metadata_string(definition, name) for name in _METADATA_FIELDS}
    name = metadata["name"] or metadata["key"]
    if name is None:
        hint = (
            " (it may come from a spread the sandbox cannot read: "
            + ", ".join(f"`...{s}`" for s in definition.unresolved_spreads)
            + ")"
            if definition.unresolved_spreads
            else ""
        )
        raise ComponentError(f"the component has no `name` or `key`{hint}")
    props = _configurable_props(definition.get("props", UNDEFINED), warnings, _Budget(limits))
    return ComponentMeta(
        code=code,
        code_hash=hashlib.sha256(source).hexdigest(),
        name=name,
        key=metadata["key"],
        version=metadata["version"],
        description=metadata["description"],
        type=metadata["type"],
        configurable_props=props,
        warnings=warnings,
    )


def _describe(value: Any) -> str:
    if isinstance(value, Unresolved):
        text = value.text if len(value.text) <= 60 else value.text[:57] + "..."
        return f"`{text}`"
    if isinstance(value, ImportRef):
        return f"a value imported from {value.spec!r}"
    if isinstance(value, FunctionValue):
        return "a function"
    return type(value).__name__ if value is not UNDEFINED else "undefined"


def _metadata_string(definition: JSObject, name: str) -> str | None:
    value = definition.get(name, UNDEFINED)
    if value is UNDEFINED or value is None:
        return None
    if not isinstance(value, str):
        raise ComponentError(f"the component's `{name}` must be a string, not {_describe(value)}")
    return value


class _Budget:
    """Counts what expanding the props produces, and stops as soon as it is too much: shared
    references (`const b = {x: a, y: a}`) double at every level, so a few hundred bytes of code
    could otherwise expand to gigabytes."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.nodes = 0
        self.chars = 0

    def spend(self, chars: int = 0) -> None:
        self.nodes += 1
        self.chars += chars
        if self.nodes > self.limits.expanded_nodes or self.chars > self.limits.expanded_bytes:
            raise ComponentError(
                "the component's props expand to more than "
                f"{self.limits.expanded_nodes} values or {self.limits.expanded_bytes} characters"
                " (constants referenced many times are copied at each use)"
            )


def _configurable_props(props: Any, warnings: list[str], budget: _Budget) -> list[dict[str, Any]]:
    if props is UNDEFINED or props is None:
        return []
    if not isinstance(props, JSObject):
        raise ComponentError(
            f"the component's `props` must be an object literal, not {_describe(props)}"
        )
    warnings.extend(f"ignored the spread `...{s}` in props" for s in props.unresolved_spreads)
    return [
        _prop(name, value, warnings, budget)
        for name, value in props.items()
        if value is not UNDEFINED
    ]


def _prop(name: str, value: Any, warnings: list[str], budget: _Budget) -> dict[str, Any]:
    budget.spend(len(name))
    if isinstance(value, str):  # db: "$.service.db"
        return {"name": name, "type": value}
    if isinstance(value, ImportRef) and not value.path:  # an app: `rss` imported from rss.app.mjs
        return {"name": name, "type": "app", "app": _app_slug(value, name, warnings)}
    if not isinstance(value, JSObject):
        raise ComponentError(
            f"prop `{name}` must be an object or a type string, not {_describe(value)}"
        )
    prop: dict[str, Any] = {"name": name}
    definition = value.get("propDefinition", UNDEFINED)
    if definition is not UNDEFINED:
        prop.update(_prop_definition(name, definition, warnings))
    for key, item in value.items():
        if key == "propDefinition":
            continue
        if isinstance(item, FunctionValue):
            if key == "options":
                prop["remoteOptions"] = True
            continue
        try:
            converted = _to_json(item, budget)
        except _NeedsCode as unknown:
            warnings.append(
                f"ignored props.{name}.{key}: its value needs the code to run ({unknown})"
            )
            continue
        if converted is not UNDEFINED:
            prop[key] = converted
    if not isinstance(prop.get("type"), str):
        raise ComponentError(f'prop `{name}` has no `type` (a string such as "string")')
    return prop


def _app_slug(ref: ImportRef, name: str, warnings: list[str]) -> str:
    match = _APP_FILE.search(ref.spec)
    if match:
        return match.group(1)
    warnings.append(f"prop `{name}`: could not tell the app from {ref.spec!r}; using `{name}`")
    return name


def _prop_definition(name: str, definition: Any, warnings: list[str]) -> dict[str, Any]:
    if isinstance(definition, list) and len(definition) >= 2 and isinstance(definition[1], str):
        app = definition[0]
        slug = _app_slug(app, name, warnings) if isinstance(app, ImportRef) else app
        if isinstance(slug, str) and (slug, definition[1]) in PROP_DEFINITIONS:
            return dict(PROP_DEFINITIONS[(slug, definition[1])])
        warnings.append(
            f"prop `{name}`: unknown propDefinition {slug}.{definition[1]}; type is `any`"
        )
    else:
        warnings.append(f"prop `{name}`: unreadable propDefinition; type is `any`")
    return {"type": "any"}


class _NeedsCode(Exception):
    """A value (or a part of it) is only known by running the code."""


def _to_json(value: Any, budget: _Budget) -> Any:
    """A folded value as JSON data, by JSON.stringify's rules (functions vanish, NaN is null).

    Raises _NeedsCode when any part needs execution: a half-known value would mislead; and
    ComponentError when the result outgrows the budget.
    """
    budget.spend(len(value) if isinstance(value, str) else 0)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if value is None or isinstance(value, (bool, str)):
        return value
    if value is UNDEFINED or isinstance(value, FunctionValue):
        return UNDEFINED
    if isinstance(value, list):
        items = [_to_json(item, budget) for item in value]
        return [None if item is UNDEFINED else item for item in items]
    if isinstance(value, JSObject):
        if value.unresolved_spreads:
            raise _NeedsCode(f"`...{value.unresolved_spreads[0]}`")
        result = {}
        for key, item in value.items():
            budget.spend(len(key))
            converted = _to_json(item, budget)
            if converted is not UNDEFINED:
                result[key] = converted
        return result
    raise _NeedsCode(_describe(value))
