"""Fold the constant parts of a parsed JavaScript module into Python values, without running it.

Only top-level statements are read: imports, `require`s, `const` declarations and the component
export (`module.exports = ...`, `export default ...`, `defineSource({...})`). Function bodies are
never looked at. What needs execution becomes a marker from `values`. Hard caps keep hostile input
(deep nesting, doubling-string bombs, huge literals) cheap: they give a ComponentError, not a crash.
"""

from __future__ import annotations

import math
import re
from typing import Any

import tree_sitter

from .syntax import ComponentError
from .values import (
    MARKERS,
    UNDEFINED,
    FunctionValue,
    ImportRef,
    JSObject,
    Unresolved,
    binary_op,
    is_primitive,
    to_string,
    truthy,
    type_of,
    unary_op,
)

MAX_DEPTH = 200
MAX_NODES = 200_000
MAX_STRING = 64 * 1024
MAX_ITEMS = 10_000

_DEFINE_HELPERS = {"defineSource", "defineAction", "defineComponent", "defineApp"}
_EXPORT_TARGETS = {"module.exports", "exports.default", "module.exports.default"}
_FUNCTION_NODES = {
    "arrow_function",
    "function_expression",
    "function",
    "generator_function",
    "generator_function_declaration",
    "function_declaration",
}
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "0": "\0",
}
_TOO_COMPLEX = (
    f"component is too complex to evaluate (nested deeper than {MAX_DEPTH} levels, more than "
    f"{MAX_NODES} nodes, or a literal with more than {MAX_ITEMS} items)"
)


def _text(node: tree_sitter.Node) -> str:
    return node.text.decode("utf-8", "replace") if node.text else ""


def _short(node: tree_sitter.Node) -> str:
    text = " ".join(_text(node).split())
    return text if len(text) <= 60 else text[:57] + "..."


def decode_escape(escape: str) -> str:
    """The character(s) a JS escape sequence such as `\\n`, `\\x41` or `\\u{1F600}` stands for."""
    body = escape[1:]
    if body in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[body]
    if body.startswith("x") and len(body) == 3:
        return chr(int(body[1:], 16))
    if body.startswith("u{"):
        return chr(min(int(body[2:-1], 16), 0x10FFFF))
    if body.startswith("u") and len(body) == 5:
        return chr(int(body[1:], 16))
    if body.startswith(("\r", "\n", "\u2028", "\u2029")):
        return ""  # a line continuation
    return body


def parse_number(text: str) -> float | Unresolved:
    """A JS numeric literal (`1_000`, `0x10`, `0o17`, `0b101`, `1e3`, `.5`) as a double."""
    if text.endswith("n"):
        return Unresolved(text)  # BigInt has no JSON form
    clean = text.replace("_", "").lower()
    try:
        for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
            if clean.startswith(prefix):
                return float(int(clean[2:], base))
        if re.fullmatch(r"0[0-7]+", clean):
            return float(int(clean, 8))  # legacy octal
        return float(clean)
    except (ValueError, OverflowError):
        return math.inf if clean[:1].isdigit() else Unresolved(text)


class Folder:
    """Top-level bindings of one module, folded on demand and memoised."""

    def __init__(self, root: tree_sitter.Node) -> None:
        self.warnings: list[str] = []
        self._nodes = 0
        self._bindings: dict[str, tuple[str, tree_sitter.Node, str | None, bool]] = {}
        self._values: dict[str, Any] = {}
        self._resolving: set[str] = set()
        self._component: tree_sitter.Node | None = None
        for statement in root.named_children:
            self._scan(statement)

    # -- the module's top level ----------------------------------------------------------------

    def component(self) -> Any:
        """The folded component definition; ComponentError when the module exports none."""
        if self._component is None:
            raise ComponentError(
                "no component found: expected `module.exports = {...}` or `export default {...}`"
            )
        return self.fold(self._component, 0)

    def _scan(self, statement: tree_sitter.Node) -> None:
        kind = statement.type
        if kind == "import_statement":
            self._scan_import(statement)
        elif kind in ("lexical_declaration", "variable_declaration"):
            self._scan_declaration(statement)
        elif kind in ("function_declaration", "generator_function_declaration"):
            name = statement.child_by_field_name("name")
            if name is not None:
                self._values[_text(name)] = FunctionValue()
        elif kind == "class_declaration":
            name = statement.child_by_field_name("name")
            if name is not None:
                self._values[_text(name)] = Unresolved(f"class {_text(name)}")
        elif kind == "export_statement":
            self._scan_export(statement)
        elif kind == "expression_statement":
            expression = statement.named_children[0] if statement.named_children else None
            if expression is not None and expression.type == "assignment_expression":
                left = expression.child_by_field_name("left")
                right = expression.child_by_field_name("right")
                if left is not None and right is not None and _text(left) in _EXPORT_TARGETS:
                    self._component = right

    def _scan_import(self, statement: tree_sitter.Node) -> None:
        source = statement.child_by_field_name("source")
        if source is None:
            return
        spec = self._string(source)
        for clause in statement.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":  # import x from "spec"
                    self._values[_text(part)] = ImportRef(spec)
                elif part.type == "namespace_import":  # import * as ns from "spec"
                    for ident in part.named_children:
                        self._values[_text(ident)] = ImportRef(spec)
                elif part.type == "named_imports":  # import { a as b } from "spec"
                    for specifier in part.named_children:
                        name = specifier.child_by_field_name("name")
                        alias = specifier.child_by_field_name("alias") or name
                        if name is not None and alias is not None:
                            self._values[_text(alias)] = ImportRef(spec, (_text(name),))

    def _scan_declaration(self, statement: tree_sitter.Node) -> None:
        kind_node = statement.child_by_field_name("kind")
        is_const = kind_node is not None and _text(kind_node) == "const"
        for declarator in statement.named_children:
            if declarator.type != "variable_declarator":
                continue
            name = declarator.child_by_field_name("name")
            value = declarator.child_by_field_name("value")
            if name is None or value is None:
                continue
            if name.type == "identifier":
                self._bindings[_text(name)] = ("value", value, None, is_const)
            elif name.type == "object_pattern":  # const { v4: uuid, x } = require("uuid")
                for part in name.named_children:
                    if part.type == "shorthand_property_identifier_pattern":
                        self._bindings[_text(part)] = ("member", value, _text(part), is_const)
                    elif part.type == "pair_pattern":
                        key = part.child_by_field_name("key")
                        target = part.child_by_field_name("value")
                        if key is not None and target is not None and target.type == "identifier":
                            member = self._property_name(key)
                            self._bindings[_text(target)] = ("member", value, member, is_const)

    def _scan_export(self, statement: tree_sitter.Node) -> None:
        declaration = statement.child_by_field_name("declaration")
        if declaration is not None:
            self._scan(declaration)
            return
        value = statement.child_by_field_name("value")
        if value is not None:
            self._component = value
            return
        for clause in statement.named_children:  # export { component as default }
            if clause.type != "export_clause":
                continue
            for specifier in clause.named_children:
                name = specifier.child_by_field_name("name")
                alias = specifier.child_by_field_name("alias")
                if name is not None and alias is not None and _text(alias) == "default":
                    self._component = name

    def _resolve(self, name: str, depth: int) -> Any:
        if name in self._values:
            return self._values[name]
        binding = self._bindings.get(name)
        if binding is None:
            return {"NaN": math.nan, "Infinity": math.inf, "undefined": UNDEFINED}.get(
                name, Unresolved(name)
            )
        if name in self._resolving:
            return Unresolved(name)  # a cycle: `const a = b; const b = a`
        self._resolving.add(name)
        try:
            kind, node, member, is_const = binding
            value = self.fold(node, depth)
            if kind == "member":
                value = self._member(value, member or "", optional=False, text=name)
            if not is_const and not isinstance(value, ImportRef):
                value = Unresolved(name)  # `let`/`var` may be reassigned later
        finally:
            self._resolving.discard(name)
        self._values[name] = value
        return value

    # -- expressions ---------------------------------------------------------------------------

    def fold(self, node: tree_sitter.Node, depth: int) -> Any:
        """The constant value of an expression node, or a marker."""
        self._nodes += 1
        if depth > MAX_DEPTH or self._nodes > MAX_NODES:
            raise ComponentError(_TOO_COMPLEX)
        kind = node.type
        depth += 1
        if kind == "number":
            return parse_number(_text(node))
        if kind == "string":
            return self._limit_string(self._string(node), node)
        if kind == "template_string":
            return self._template(node, depth)
        if kind in ("true", "false"):
            return kind == "true"
        if kind == "null":
            return None
        if kind == "undefined":
            return UNDEFINED
        if kind == "identifier":
            return self._resolve(_text(node), depth)
        if kind == "parenthesized_expression" and node.named_child_count == 1:
            return self.fold(node.named_children[0], depth)
        if kind == "sequence_expression" and node.named_children:
            return self.fold(node.named_children[-1], depth)
        if kind == "object":
            return self._object(node, depth)
        if kind == "array":
            return self._array(node, depth)
        if kind == "unary_expression":
            return self._unary(node, depth)
        if kind == "binary_expression":
            return self._binary(node, depth)
        if kind == "ternary_expression":
            return self._ternary(node, depth)
        if kind in ("member_expression", "subscript_expression"):
            return self._access(node, depth)
        if kind == "call_expression":
            return self._call(node, depth)
        if kind in _FUNCTION_NODES:
            return FunctionValue()
        return Unresolved(_short(node))

    def _limit_string(self, value: str, node: tree_sitter.Node) -> str | Unresolved:
        if len(value) > MAX_STRING:
            return Unresolved(f"a string longer than {MAX_STRING} characters at {_short(node)}")
        return value

    def _string(self, node: tree_sitter.Node) -> str:
        parts = []
        for child in node.named_children:
            if child.type == "string_fragment":
                parts.append(_text(child))
            elif child.type == "escape_sequence":
                parts.append(decode_escape(_text(child)))
        return "".join(parts)

    def _template(self, node: tree_sitter.Node, depth: int) -> Any:
        parts: list[str] = []
        for child in node.named_children:
            if child.type == "string_fragment":
                parts.append(_text(child))
            elif child.type == "escape_sequence":
                parts.append(decode_escape(_text(child)))
            elif child.type == "template_substitution" and child.named_children:
                value = self.fold(child.named_children[0], depth)
                text = to_string(value) if is_primitive(value) or isinstance(value, list) else None
                if text is None:
                    return Unresolved(_short(node))
                parts.append(text)
            if sum(map(len, parts)) > MAX_STRING:
                return Unresolved(f"a string longer than {MAX_STRING} characters at {_short(node)}")
        return "".join(parts)

    def _property_name(self, key: tree_sitter.Node, depth: int = 0) -> str | None:
        if key.type in ("property_identifier", "identifier", "private_property_identifier"):
            return _text(key)
        if key.type == "string":
            return self._string(key)
        if key.type == "number":
            number = parse_number(_text(key))
            return to_string(number) if isinstance(number, float) else None
        if key.type == "computed_property_name" and key.named_children:
            value = self.fold(key.named_children[0], depth)
            return to_string(value) if is_primitive(value) else None
        return None

    def _object(self, node: tree_sitter.Node, depth: int) -> JSObject:
        result = JSObject()
        for child in node.named_children:
            if child.type == "pair":
                key_node = child.child_by_field_name("key")
                value_node = child.child_by_field_name("value")
                if key_node is None or value_node is None:
                    continue
                key = self._property_name(key_node, depth)
                if key is None:
                    self.warnings.append(f"ignored the computed key {_short(key_node)}")
                    continue
                result[key] = self.fold(value_node, depth)
            elif child.type == "shorthand_property_identifier":
                result[_text(child)] = self._resolve(_text(child), depth)
            elif child.type == "method_definition":
                key_node = child.child_by_field_name("name")
                key = self._property_name(key_node, depth) if key_node is not None else None
                if key is not None:
                    result[key] = FunctionValue()
            elif child.type == "spread_element" and child.named_children:
                self._spread_into(result, child, depth)
            if len(result) > MAX_ITEMS:
                raise ComponentError(_TOO_COMPLEX)
        return result

    def _spread_into(self, result: JSObject, spread: tree_sitter.Node, depth: int) -> None:
        value = self.fold(spread.named_children[0], depth)
        if isinstance(value, JSObject):
            result.update(value)
            result.unresolved_spreads.extend(value.unresolved_spreads)
        elif isinstance(value, list):
            result.update({str(i): item for i, item in enumerate(value)})
        elif isinstance(value, str):
            result.update({str(i): char for i, char in enumerate(value)})
        elif value is None or value is UNDEFINED or isinstance(value, (bool, float)):
            pass  # spreading a primitive adds nothing
        else:
            result.unresolved_spreads.append(_short(spread.named_children[0]))

    def _array(self, node: tree_sitter.Node, depth: int) -> list[Any] | Unresolved:
        items: list[Any] = []
        for child in node.named_children:
            if child.type == "spread_element" and child.named_children:
                value = self.fold(child.named_children[0], depth)
                if isinstance(value, (list, str)):
                    items.extend(value)
                else:
                    return Unresolved(_short(node))
            elif child.type != "comment":
                items.append(self.fold(child, depth))
            if len(items) > MAX_ITEMS:
                raise ComponentError(_TOO_COMPLEX)
        return items

    def _operands_known(self, *values: Any) -> bool:
        return all(is_primitive(v) for v in values)

    def _unknown(self, node: tree_sitter.Node, *operands: Any) -> Unresolved:
        """Unresolved, keeping an operand's own reason (such as a string over the cap)."""
        for operand in operands:
            if isinstance(operand, Unresolved):
                return operand
        return Unresolved(_short(node))

    def _unary(self, node: tree_sitter.Node, depth: int) -> Any:
        operator = node.child_by_field_name("operator")
        argument = node.child_by_field_name("argument")
        if operator is None or argument is None:
            return Unresolved(_short(node))
        op = _text(operator)
        value = self.fold(argument, depth)
        if op == "typeof":
            kind = type_of(value)
            return kind if kind is not None else Unresolved(_short(node))
        if op == "!" and not isinstance(value, MARKERS[1:]):
            return not truthy(value)
        if op == "void":
            return UNDEFINED
        if not self._operands_known(value):
            return self._unknown(node, value)
        try:
            return unary_op(op, value)
        except KeyError:
            return Unresolved(_short(node))

    def _binary(self, node: tree_sitter.Node, depth: int) -> Any:
        operator = node.child_by_field_name("operator")
        left_node = node.child_by_field_name("left")
        right_node = node.child_by_field_name("right")
        if operator is None or left_node is None or right_node is None:
            return Unresolved(_short(node))
        op = _text(operator)
        left = self.fold(left_node, depth)
        if op in ("&&", "||", "??"):
            if isinstance(left, (ImportRef, Unresolved)):
                return Unresolved(_short(node))
            if op == "??":
                keep_left = left is not None and left is not UNDEFINED
            else:
                keep_left = truthy(left) == (op == "||")
            return left if keep_left else self.fold(right_node, depth)
        right = self.fold(right_node, depth)
        if not self._operands_known(left, right):
            return self._unknown(node, left, right)
        try:
            result = binary_op(op, left, right)
        except KeyError:
            return Unresolved(_short(node))  # `in`, `instanceof`
        return self._limit_string(result, node) if isinstance(result, str) else result

    def _ternary(self, node: tree_sitter.Node, depth: int) -> Any:
        condition = node.child_by_field_name("condition")
        consequence = node.child_by_field_name("consequence")
        alternative = node.child_by_field_name("alternative")
        if condition is None or consequence is None or alternative is None:
            return Unresolved(_short(node))
        test = self.fold(condition, depth)
        if isinstance(test, (ImportRef, Unresolved)):
            return Unresolved(_short(node))
        return self.fold(consequence if truthy(test) else alternative, depth)

    def _access(self, node: tree_sitter.Node, depth: int) -> Any:
        target_node = node.child_by_field_name("object")
        if target_node is None:
            return Unresolved(_short(node))
        optional = node.child_by_field_name("optional_chain") is not None
        if node.type == "member_expression":
            property_node = node.child_by_field_name("property")
            if property_node is None or property_node.type == "private_property_identifier":
                return Unresolved(_short(node))
            name: str | None = _text(property_node)
        else:
            index_node = node.child_by_field_name("index")
            index = self.fold(index_node, depth) if index_node is not None else UNDEFINED
            name = to_string(index) if is_primitive(index) else None
        if name is None:
            return Unresolved(_short(node))
        target = self.fold(target_node, depth)
        return self._member(target, name, optional=optional, text=_short(node))

    def _member(self, target: Any, name: str, *, optional: bool, text: str) -> Any:
        if isinstance(target, ImportRef):
            return target.member(name)
        if isinstance(target, JSObject):
            if name not in target and target.unresolved_spreads:
                return Unresolved(text)  # it may come from the spread we could not read
            return target.get(name, UNDEFINED)
        if isinstance(target, (list, str)):
            if name == "length":
                return float(len(target))
            if name.isdigit():
                position = int(name)
                return target[position] if position < len(target) else UNDEFINED
            return Unresolved(text) if isinstance(target, list) else UNDEFINED
        if (target is None or target is UNDEFINED) and optional:
            return UNDEFINED
        return Unresolved(text)

    def _call(self, node: tree_sitter.Node, depth: int) -> Any:
        function = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        if function is None or arguments is None or function.type != "identifier":
            return Unresolved(_short(node))
        name = _text(function)
        args = [a for a in arguments.named_children if a.type != "comment"]
        imported = isinstance(self._values.get(name), ImportRef)
        if name in _DEFINE_HELPERS and len(args) == 1 and (imported or not self._is_local(name)):
            return self.fold(args[0], depth)  # defineSource({...}) returns its argument
        is_require = name == "require" and not self._is_local(name)
        if is_require and len(args) == 1 and args[0].type == "string":
            return ImportRef(self._string(args[0]))
        return Unresolved(_short(node))

    def _is_local(self, name: str) -> bool:
        return name in self._values or name in self._bindings
