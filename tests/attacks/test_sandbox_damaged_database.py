"""A damaged database file: it must be refused at start with one line naming the file and what
to do (exit code 2), not start and answer 500 later, nor die with a traceback; and a file that
existed but was empty is reported, not silently started afresh."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from loopback_http import free_port
from pipedream_sandbox import create_app
from pipedream_sandbox.registry import refuse_fetch
from sandbox_attack_tools import API_KEY, cli_sandbox, start_cli


def _database_with_data(path: Path) -> None:
    """A sandbox file with enough events to span many pages, fully checkpointed."""
    app = create_app(str(path), api_key=API_KEY, fetch=refuse_fetch, demo_data=True)
    for n in range(400):
        app.state.sandbox.emitter.emit("dc_abc123", {"n": n, "padding": "p" * 1000})
    app.state.sandbox.close()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def _garbage_header(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(b"this is not a database at all, " * 4)


def _truncated(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 3)


def _damaged_middle(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as file:
        for offset in range(size // 2 - size // 2 % 4096, size * 3 // 4, 4096):
            file.seek(offset)
            file.write(b"\x0d\x00\x07" + b"\xa5" * 200)  # a leaf page header with nonsense


@pytest.mark.parametrize("damage", [_garbage_header, _truncated, _damaged_middle])
def test_a_damaged_file_is_refused_in_one_line_with_exit_code_2(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    db = tmp_path / "sandbox.db"
    _database_with_data(db)
    damage(db)
    process = start_cli(db, "--port", str(free_port()))
    out, err = process.communicate(timeout=30)
    assert process.returncode == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(db) in lines[0] and "move it away" in lines[0]
    assert "Traceback" not in err


def test_an_empty_file_that_existed_is_reported(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    db.touch()
    with cli_sandbox(db) as sandbox:
        pass
    assert f"{db} was an empty file (0 bytes)" in sandbox.stderr


def test_a_new_file_is_not_reported_as_empty(tmp_path: Path) -> None:
    with cli_sandbox(tmp_path / "new.db") as sandbox:
        pass
    assert "empty" not in sandbox.stderr


def test_python_api_raises_a_value_error_naming_the_file(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    db.write_bytes(b"garbage" * 1000)
    with pytest.raises(ValueError, match="sandbox.db is not a usable SQLite database"):
        create_app(str(db), api_key=API_KEY)
