"""Workflow templates (`tch_...`, from a share link), shipped with the sandbox
(`samples/templates.json`): the steps and triggers a new workflow copies, and the props each one
takes. `build` turns a template and the request's props into the steps and triggers stored."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import bad_parameter
from ..ids import IdFactory, stable_token
from ..registry import shipped_file

NODE_RUNTIME = "nodejs20.x"


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    steps: list[dict[str, Any]]  # {namespace, props: [{name, type, app?, default?}]}
    triggers: list[dict[str, Any]]  # {kind: "http" | "timer", props, interval_seconds?, ...}


@dataclass(frozen=True)
class Built:
    steps: list[dict[str, Any]]
    triggers: list[dict[str, Any]]  # an HTTP trigger holds `endpoint_id`, not its URL
    endpoint_id: str | None


def shipped_templates() -> dict[str, Template]:
    raw = json.loads(shipped_file("templates.json"))
    return {key: Template(id=key, **value) for key, value in raw.items()}


def _configs(given: Any, field: str) -> list[dict[str, Any]]:
    if given is None:
        return []
    if not isinstance(given, list) or not all(isinstance(item, dict) for item in given):
        raise bad_parameter(field, f"{field} must be a list of objects")
    for index, item in enumerate(given):
        if not isinstance(item.get("props", {}), dict):
            raise bad_parameter(field, f"{field}[{index}].props must be an object")
    return given


def _props_for(
    declared: list[dict[str, Any]],
    given: dict[str, Any],
    where: str,
    known_account: Callable[[str], bool],
) -> dict[str, Any]:
    """The template's defaults overlaid with the given values; app props must name one of the
    workspace's connected accounts (`{"authProvisionId": "apn_..."}`)."""
    names = {prop["name"]: prop for prop in declared}
    values = {name: prop["default"] for name, prop in names.items() if "default" in prop}
    for name, value in given.items():
        prop = names.get(name)
        if prop is None:
            raise bad_parameter(where, f"{where} has no prop {name!r}")
        if prop["type"] == "app":
            account = value.get("authProvisionId") if isinstance(value, dict) else None
            if not isinstance(account, str) or not known_account(account):
                raise bad_parameter(
                    where,
                    f'{where}.{name} must be {{"authProvisionId": ...}} naming a connected'
                    " account of the workspace",
                )
        values[name] = value
    return dict(sorted(values.items()))


def _step(
    template: Template, index: int, props: dict[str, Any], org_id: str, ids: IdFactory
) -> dict[str, Any]:
    declared = template.steps[index]
    component_key = f"{template.id}:{declared['namespace']}"
    return {
        "id": ids.new("c"),
        "type": "CodeCell",
        "namespace": declared["namespace"],
        "disabled": False,
        "lang": NODE_RUNTIME,
        "appConnections": [],
        "params_json": "{}",
        "component": True,
        "savedComponent": {
            "id": "sc_" + stable_token(component_key, 6),
            "codeHash": hashlib.sha256(component_key.encode()).hexdigest(),
            "configurableProps": declared["props"],
            "key": None,
            "version": "",
            "apps": sorted({p["app"] for p in declared["props"] if p["type"] == "app"}),
        },
        "component_key": None,
        "component_owner_id": org_id,
        "configured_props_json": json.dumps(props, separators=(",", ":")),
        "authProvisionIdMap": {},
        "authProvisionIds": sorted(
            v["authProvisionId"]
            for v in props.values()
            if isinstance(v, dict) and "authProvisionId" in v
        ),
    }


def _trigger(declared: dict[str, Any], ids: IdFactory, now: int) -> dict[str, Any]:
    if declared["kind"] == "http":
        endpoint_id = "e" + ids.token(14).lower()
        return {
            "id": ids.new("hi"),
            "key": endpoint_id,
            "endpoint_id": endpoint_id,
            "custom_response": False,
            "created_at": now,
            "updated_at": now,
        }
    return {
        "id": ids.new("ti"),
        "interval_seconds": declared.get("interval_seconds"),
        "cron": declared.get("cron"),
        "timezone": declared.get("timezone", "UTC"),
        "schedule_changed_at": now,
        "created_at": now,
        "updated_at": now,
    }


def build(
    template: Template,
    body: dict[str, Any],
    org_id: str,
    ids: IdFactory,
    now: int,
    known_account: Callable[[str], bool],
) -> Built:
    """The steps and triggers of a new workflow: `steps` are matched to the template's by
    `namespace` (else by position), `triggers` by position."""
    namespaces = [step["namespace"] for step in template.steps]
    step_props: dict[int, dict[str, Any]] = {}
    for index, config in enumerate(_configs(body.get("steps"), "steps")):
        namespace = config.get("namespace")
        if namespace is None and index < len(namespaces):
            namespace = namespaces[index]
        if namespace not in namespaces:
            raise bad_parameter(
                "steps", f"steps[{index}]: {namespace!r} is not a step of {template.id}"
            )
        position = namespaces.index(namespace)
        step_props[position] = _props_for(
            template.steps[position]["props"],
            config.get("props", {}),
            f"steps[{index}]",
            known_account,
        )
    trigger_configs = _configs(body.get("triggers"), "triggers")
    if len(trigger_configs) > len(template.triggers):
        raise bad_parameter("triggers", f"{template.id} has {len(template.triggers)} trigger(s)")
    for index, config in enumerate(trigger_configs):
        _props_for(
            template.triggers[index]["props"],
            config.get("props", {}),
            f"triggers[{index}]",
            known_account,
        )
    steps = [
        _step(
            template,
            i,
            step_props.get(i) or _props_for(s["props"], {}, f"steps[{i}]", known_account),
            org_id,
            ids,
        )
        for i, s in enumerate(template.steps)
    ]
    triggers = [_trigger(t, ids, now) for t in template.triggers]
    endpoint_id = next((t["endpoint_id"] for t in triggers if "endpoint_id" in t), None)
    return Built(steps, triggers, endpoint_id)
