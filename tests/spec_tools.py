"""Read openapi.yaml the way the tests need it: operations, resolved refs, and example checks."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SPEC_URI = "urn:pipedream-rest:openapi"


@functools.cache
def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    pointer: str  # JSON pointer of the operation object inside the spec
    spec: dict[str, Any]  # the operation object
    parameters: tuple[dict[str, Any], ...]  # path-level + operation-level, refs resolved

    @property
    def operation_id(self) -> str:
        return str(self.spec["operationId"])

    def parameter(self, name: str) -> dict[str, Any] | None:
        return next((p for p in self.parameters if p["name"] == name), None)


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(spec, node["$ref"].removeprefix("#"))
    return node


def resolve_pointer(spec: dict[str, Any], pointer: str) -> Any:
    node: Any = spec
    for token in pointer.strip("/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def operations(spec: dict[str, Any] | None = None) -> list[Operation]:
    spec = spec or load_spec()
    found = []
    for path, item in spec["paths"].items():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                own = [resolve(spec, p) for p in op.get("parameters", [])]
                names = {(p["name"], p["in"]) for p in own}
                params = tuple(own + [p for p in shared if (p["name"], p["in"]) not in names])
                pointer = f"/paths/{escape(path)}/{method}"
                found.append(Operation(method, path, pointer, op, params))
    return found


@dataclass(frozen=True)
class Example:
    where: str  # a readable location, for messages
    schema_pointer: str  # JSON pointer of the schema the value must satisfy
    value: Any


def _media_examples(spec: dict[str, Any], media: dict[str, Any], pointer: str) -> Iterator[Example]:
    if "schema" not in media:
        return
    schema_pointer = f"{pointer}/schema"
    if "example" in media:
        yield Example(pointer, schema_pointer, media["example"])
    for name, example in media.get("examples", {}).items():
        yield Example(f"{pointer}/examples/{name}", schema_pointer, resolve(spec, example)["value"])


def _holder_examples(holder: dict[str, Any], pointer: str) -> Iterator[Example]:
    """Examples of a parameter or header object, checked against its schema."""
    if "schema" not in holder:
        return
    if "example" in holder:
        yield Example(pointer, f"{pointer}/schema", holder["example"])
    for name, example in holder.get("examples", {}).items():
        yield Example(f"{pointer}/examples/{name}", f"{pointer}/schema", example["value"])


def _schema_examples(node: Any, pointer: str) -> Iterator[Example]:
    """Every `examples` list written inside a schema, checked against that schema."""
    if isinstance(node, dict):
        if isinstance(node.get("examples"), list) and "$ref" not in node:
            for i, value in enumerate(node["examples"]):
                yield Example(f"{pointer}/examples/{i}", pointer, value)
        for key, child in node.items():
            if key != "examples":
                yield from _schema_examples(child, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _schema_examples(child, f"{pointer}/{i}")


def all_examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every example in the spec with the schema it illustrates."""
    components = spec.get("components", {})
    for name, param in components.get("parameters", {}).items():
        yield from _holder_examples(param, f"/components/parameters/{name}")
    for name, header in components.get("headers", {}).items():
        yield from _holder_examples(header, f"/components/headers/{name}")
    for name, response in components.get("responses", {}).items():
        for mtype, media in response.get("content", {}).items():
            yield from _media_examples(spec, media, f"/components/responses/{name}/content/{escape(mtype)}")
    yield from _schema_examples(components.get("schemas", {}), "/components/schemas")
    for op in operations(spec):
        for i, param in enumerate(op.spec.get("parameters", [])):
            if "$ref" not in param:
                yield from _holder_examples(param, f"{op.pointer}/parameters/{i}")
        path_item = f"/paths/{escape(op.path)}"
        for i, param in enumerate(spec["paths"][op.path].get("parameters", [])):
            if "$ref" not in param:
                yield from _holder_examples(param, f"{path_item}/parameters/{i}")
        body = op.spec.get("requestBody", {})
        for mtype, media in body.get("content", {}).items():
            yield from _media_examples(spec, media, f"{op.pointer}/requestBody/content/{escape(mtype)}")
        for status, response in op.spec["responses"].items():
            if "$ref" in response:
                continue  # checked once, under components/responses
            for mtype, media in response.get("content", {}).items():
                yield from _media_examples(
                    spec, media, f"{op.pointer}/responses/{status}/content/{escape(mtype)}"
                )


def example_errors(spec: dict[str, Any]) -> list[str]:
    """One line per example that does not validate against its schema."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    problems = []
    for example in all_examples(spec):
        validator = Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{example.schema_pointer}"},
            registry=registry,
            format_checker=FormatChecker(),
        )
        for error in validator.iter_errors(example.value):
            problems.append(f"{example.where}: {error.message}")
    return problems
