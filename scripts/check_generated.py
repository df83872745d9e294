"""Fail when generated/ or openapi.json differs from a fresh generation of openapi.yaml.

Usage: python scripts/check_generated.py [GENERATED_DIR]

Regenerates into a temporary folder with the pinned tools and compares every file, byte for byte,
with GENERATED_DIR (default: generated/), and the fresh JSON twin with openapi.json. Prints each
changed, missing or extra file.
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "pipedream_rest_client"


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def differences(expected: Path, actual: Path) -> list[str]:
    """Lines naming every file that differs between two trees."""
    want, have = files_under(expected), files_under(actual)
    problems = [f"missing: {name}" for name in sorted(want - have)]
    problems += [f"extra:   {name}" for name in sorted(have - want)]
    problems += [
        f"changed: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return problems


def json_twin_differences(fresh: Path, committed: Path) -> list[str]:
    """A line naming openapi.json when it is missing or stale, else nothing."""
    if not committed.is_file():
        return [f"missing: {committed.name}"]
    if not filecmp.cmp(fresh, committed, shallow=False):
        return [f"changed: {committed.name}"]
    return []


def main() -> int:
    committed = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "generated"
    with tempfile.TemporaryDirectory() as tmp:
        fresh, fresh_json = Path(tmp) / "generated", Path(tmp) / "openapi.json"
        # The generator and its ruff post-hooks come from this interpreter's environment.
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "generate.sh"), str(fresh), str(fresh_json)],
            check=True,
            cwd=ROOT,
            env=env,
        )
        problems = differences(fresh, committed)
        problems += json_twin_differences(fresh_json, ROOT / "openapi.json")
    if problems:
        print(f"{committed} or openapi.json differs from a fresh generation of openapi.yaml:")
        print("\n".join(f"  {line}" for line in problems))
        print("Run `make generate` and commit the result; never edit generated/ by hand.")
        return 1
    print(f"{committed} is up to date with openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
