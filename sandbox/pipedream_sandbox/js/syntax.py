"""Parse JavaScript with tree-sitter, and turn its first error into a message a person can act on."""

from __future__ import annotations

from typing import Any

import tree_sitter
import tree_sitter_javascript

SNIPPET_CHARS = 200  # an error quotes at most this much of one line of the code

_LANGUAGE = tree_sitter.Language(tree_sitter_javascript.language())


class ComponentError(ValueError):
    """The code is not a component the sandbox can read; the message says what and where."""

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.details = details or {}

    def __reduce__(self) -> tuple[type[ComponentError], tuple[str, dict[str, Any]]]:
        return (ComponentError, (str(self), self.details))  # it crosses from worker processes


def parse(source: bytes) -> tree_sitter.Node:
    """The program's root node; raises ComponentError at the first syntax error."""
    tree = tree_sitter.Parser(_LANGUAGE).parse(source)  # a parser per call: cheap, thread-safe
    root = tree.root_node
    if root.has_error:
        raise _syntax_error(source, root)
    return root


def _first_problem(root: tree_sitter.Node) -> tree_sitter.Node:
    """The first ERROR or MISSING node in document order (iterative: trees can be deep)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            return node
        if node.has_error:
            stack.extend(reversed(node.children))
    return root


def _first_leaf(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.child_count:
        node = node.children[0]
    return node


def _syntax_error(source: bytes, root: tree_sitter.Node) -> ComponentError:
    node = _first_problem(root)
    if node.is_missing:
        what = "expected an expression" if node.type == "identifier" else f"missing `{node.type}`"
        at = node
    else:
        children = node.children
        # An ERROR node that starts with a complete expression is an orphaned fragment: the
        # mistake is the token after it (a missing comma before `label`, say).
        if len(children) > 1 and children[0].is_named and not children[0].has_error:
            at = children[1]
        else:
            at = _first_leaf(node) if children else node
        text = at.text.decode("utf-8", "replace") if at.text else ""
        text = text.splitlines()[0] if text.strip() else text
        what = f"unexpected `{text[:40]}`" if text else "unexpected end of input"
    row, byte_column = at.start_point
    lines = source.split(b"\n")
    line_bytes = lines[row] if row < len(lines) else b""
    if node.is_missing:  # point at the token that came instead, as JS engines do
        while line_bytes[byte_column : byte_column + 1] in (b" ", b"\t"):
            byte_column += 1
    column = len(line_bytes[:byte_column].decode("utf-8", "replace")) + 1
    line_text = line_bytes.decode("utf-8", "replace").rstrip("\r")
    message = f"SyntaxError: {what} at line {row + 1}, column {column}"
    start = max(0, min(column - 1 - SNIPPET_CHARS // 2, len(line_text) - SNIPPET_CHARS))
    shown = line_text[start : start + SNIPPET_CHARS]
    snippet = f"{shown}\n{' ' * (column - 1 - start)}^"
    return ComponentError(message, {"line": row + 1, "column": column, "snippet": snippet})
