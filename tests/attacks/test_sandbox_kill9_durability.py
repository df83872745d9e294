"""Durability under `kill -9`: writers POST concurrently, the server is killed mid-way, and on a
restart on the same file every write it acknowledged is there. Prints its figures."""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from pipedream_sandbox import run_in_thread
from pipedream_sandbox.registry import refuse_fetch
from sandbox_attack_tools import API_KEY, HEADERS, RSS_SOURCE, cli_sandbox

WRITERS = 4
MAX_WRITES_EACH = 150
KILL_AFTER_SECONDS = 1.0


def test_every_acknowledged_write_survives_kill_9_mid_way(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    acknowledged: list[str] = []
    lock = threading.Lock()
    with cli_sandbox(db) as sandbox:
        with sandbox.client() as client:  # start the worker processes: they must not outlive it
            code = "module.exports = { name: 'parsed' }"
            assert client.post("/components", json={"component_code": code}).status_code == 200

        def writer(n: int) -> int:
            failures = 0
            with sandbox.client() as client:
                for i in range(MAX_WRITES_EACH):
                    try:
                        response = client.post("/sources", json={**RSS_SOURCE, "name": f"w{n}-{i}"})
                    except httpx.TransportError:
                        failures += 1
                        break  # the server is gone: what was not acknowledged may be lost
                    assert response.status_code == 200, response.text
                    with lock:
                        acknowledged.append(response.json()["data"]["id"])
            return failures

        with ThreadPoolExecutor(WRITERS) as pool:
            futures = [pool.submit(writer, n) for n in range(WRITERS)]
            time.sleep(KILL_AFTER_SECONDS)
            sandbox.process.send_signal(signal.SIGKILL)
            sandbox.process.wait(timeout=10)
            cut = sum(future.result(timeout=30) for future in futures)
    assert sandbox.process.returncode == -signal.SIGKILL

    with (
        run_in_thread(str(db), api_key=API_KEY, fetch=refuse_fetch) as server,
        httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=10) as client,
    ):
        stored: set[str] = set()
        after = None
        while True:
            params = {"limit": 100, **({"after": after} if after else {})}
            page = client.get("/users/me/sources", params=params).json()
            stored.update(source["id"] for source in page["data"])
            after = page["page_info"]["end_cursor"]
            if not page["data"] or not after:
                break
    lost = [ident for ident in acknowledged if ident not in stored]
    print(
        f"\nkill -9 durability: {len(acknowledged)} acknowledged writes from {WRITERS} writers, "
        f"{cut} cut off mid-request, {len(stored)} stored after restart, {len(lost)} lost"
    )
    assert acknowledged and not lost
