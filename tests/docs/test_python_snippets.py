"""The README's Python code blocks and examples/ type-check as a user's editor would see them.

Every ```python block of README.md is written to its own file, and those files plus examples/*.py
must pass ``mypy --strict`` and ``pyright`` in strict mode (pyrightconfig.json, pyright pinned in
package.json) with zero errors, and must not narrow a result by hand: the grouped client's types
are exact, so a ``cast``, ``assert``, ``isinstance`` or ignore comment would hide a regression.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from node_tools import run_node_tool
from spec_tools import ROOT

README = ROOT / "README.md"
SNIPPETS = ROOT / "build" / "python-snippets"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
HAND_NARROWING = re.compile(
    r"\bcast\(|^\s*assert\b|\bisinstance\(|type:\s*ignore|pyright:\s*ignore", re.MULTILINE
)


def readme_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def checked_files() -> Iterator[list[Path]]:
    shutil.rmtree(SNIPPETS, ignore_errors=True)
    SNIPPETS.mkdir(parents=True)
    files = []
    for number, block in enumerate(readme_blocks(), start=1):
        path = SNIPPETS / f"readme_block_{number:02}.py"
        path.write_text(block, encoding="utf-8")
        files.append(path)
    yield [*files, *sorted((ROOT / "examples").glob("*.py"))]
    shutil.rmtree(SNIPPETS, ignore_errors=True)


def test_the_readme_starts_with_the_grouped_client() -> None:
    blocks = readme_blocks()
    assert len(blocks) >= 5
    assert "client.sources.list(" in blocks[0] and "pipedream_rest_client.api" not in blocks[0]


def test_no_snippet_narrows_a_result_by_hand(checked_files: list[Path]) -> None:
    for path in checked_files:
        found = HAND_NARROWING.findall(path.read_text(encoding="utf-8"))
        assert not found, f"{path.name} narrows by hand: {found}"


def test_mypy_strict_passes(checked_files: list[Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *map(str, checked_files)],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyright_strict_passes(checked_files: list[Path]) -> None:
    result = run_node_tool("pyright", "--project", ROOT / "pyrightconfig.json", *checked_files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings" in result.stdout
