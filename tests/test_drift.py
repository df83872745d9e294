"""`make check` (scripts/check_generated.py) passes on a fresh tree and names every drifted file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "scripts" / "check_generated.py"
PACKAGE = "pipedream_rest_client"


def run_check(generated: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECK), str(generated)], capture_output=True, text=True, cwd=ROOT
    )


@pytest.fixture(scope="module")
def committed_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("committed") / "generated"
    shutil.copytree(ROOT / "generated", copy)
    return copy


def test_check_passes_on_the_committed_tree() -> None:
    result = run_check(ROOT / "generated")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_names_edited_added_and_removed_files(committed_copy: Path, tmp_path: Path) -> None:
    tree = tmp_path / "generated"
    shutil.copytree(committed_copy, tree)
    pkg = tree / PACKAGE
    with (pkg / "models" / "source.py").open("a") as f:
        f.write("# a hand edit\n")
    (pkg / "models" / "hand_written.py").write_text("X = 1\n")
    (pkg / "api" / "users" / "get_current_user.py").unlink()

    result = run_check(tree)

    assert result.returncode == 1
    assert f"changed: {PACKAGE}/models/source.py" in result.stdout
    assert f"extra:   {PACKAGE}/models/hand_written.py" in result.stdout
    assert f"missing: {PACKAGE}/api/users/get_current_user.py" in result.stdout
    assert "make generate" in result.stdout
