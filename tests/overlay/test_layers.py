"""Imports go one way, as the README says: runtime <- generated <- overlay. The runtime package
imports nothing of ours, and the generated client nothing of ours but the runtime."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OURS = {"pipedream_rest", "pipedream_rest_client", "pipedream_rest_runtime", "pipedream_sandbox"}


def _our_imports(package: Path) -> dict[str, set[str]]:
    """Each module of `package` -> the top-level packages of ours it imports."""
    found: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names & OURS
    return found


def test_the_runtime_imports_nothing_of_ours() -> None:
    imports = _our_imports(ROOT / "overlay" / "pipedream_rest_runtime")
    assert imports and {m: n for m, n in imports.items() if n - {"pipedream_rest_runtime"}} == {}


def test_the_generated_client_imports_only_the_runtime() -> None:
    imports = _our_imports(ROOT / "generated" / "pipedream_rest_client")
    allowed = {"pipedream_rest_runtime", "pipedream_rest_client"}
    assert any("pipedream_rest_runtime" in n for n in imports.values())
    assert {m: n for m, n in imports.items() if n - allowed} == {}
