"""SIGTERM (what `docker stop`, systemd and CI send) must shut down as cleanly as Ctrl-C: the
write-ahead log is checkpointed into the database file and the file closed, so a copy of the
`.db` alone holds every acknowledged write; and the component-reading worker processes stop
with it (the `with` block waits for every process holding its output)."""

from __future__ import annotations

import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from sandbox_attack_tools import RSS_SOURCE, cli_sandbox


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_leaves_every_write_in_the_database_file(
    tmp_path: Path, signum: signal.Signals
) -> None:
    db = tmp_path / "sandbox.db"
    with cli_sandbox(db) as sandbox:
        with sandbox.client() as client:
            code = "module.exports = { name: 'parsed', props: { n: { type: 'integer' } } }"
            parsed = client.post("/components", json={"component_code": code})
            assert parsed.status_code == 200  # the worker processes run: they must stop too
            created = []
            for n in range(20):
                response = client.post("/sources", json={**RSS_SOURCE, "name": f"s{n}"})
                assert response.status_code == 200, response.text
                created.append(response.json()["data"]["id"])
        sandbox.process.send_signal(signum)
        sandbox.process.wait(timeout=15)
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "data left in the -wal file"

    copy = tmp_path / "copy" / "sandbox.db"
    copy.parent.mkdir()
    shutil.copy(db, copy)  # the .db alone, as a backup or a `docker cp` would take it
    with sqlite3.connect(copy) as conn:
        kept = [row[0] for row in conn.execute("SELECT id FROM sources ORDER BY seq")]
    assert kept[-20:] == created
