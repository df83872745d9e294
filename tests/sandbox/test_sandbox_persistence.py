"""Data survives restarts and `kill -9`; concurrent requests are safe."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from loopback_http import free_port
from pipedream_sandbox import DEMO_API_KEY, run_in_thread
from pipedream_sandbox.registry import refuse_fetch
from sandbox_helpers import RSS_PROPS, FakeClock, client_for, create_http_source, create_source


async def test_a_restart_keeps_sources_components_subscriptions_and_events(
    make_app: Any, tmp_path: Path, clock: FakeClock
) -> None:
    db = str(tmp_path / "sandbox.db")
    first = make_app(db)
    assert first.state.sandbox.store.journal_mode() == "wal"
    async with client_for(first) as api:
        component = await api.post(
            "/components", json={"component_code": 'module.exports = {name: "kept"}'}
        )
        emitter = await create_http_source(api)
        listener = await create_source(api, name="listener")
        await api.post(
            "/subscriptions", params={"emitter_id": emitter["id"], "listener_id": listener["id"]}
        )
        first.state.sandbox.emitter.emit(emitter["id"], {"n": 1})
        sources_before = (await api.get("/users/me/sources")).json()
        events_before = (await api.get(f"/sources/{emitter['id']}/event_summaries")).json()
        delivered_before = (await api.get(f"/sources/{listener['id']}/event_summaries")).json()
    first.state.sandbox.store.close()

    second = make_app(db)
    async with client_for(second) as api:
        assert (await api.get("/users/me/sources")).json() == sources_before
        assert (await api.get(f"/sources/{emitter['id']}/event_summaries")).json() == events_before
        assert (
            await api.get(f"/sources/{listener['id']}/event_summaries")
        ).json() == delivered_before
        kept = (await api.get(f"/components/{component.json()['data']['id']}")).json()["data"]
        assert kept["name"] == "kept"
        # the subscription is still there: new events are still delivered
        clock.advance(1)
        second.state.sandbox.emitter.emit(emitter["id"], {"n": 2})
        delivered = (await api.get(f"/sources/{listener['id']}/event_summaries")).json()["data"]
        assert [e["event"] for e in delivered] == [{"n": 2}, {"n": 1}]


async def test_demo_data_is_seeded_once_and_deletions_stick(make_app: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "sandbox.db")
    async with client_for(make_app(db, demo_data=True)) as api:
        page = (await api.get("/sources/dc_abc123/event_summaries", params={"limit": 2})).json()
        assert [e["id"] for e in page["data"]] == ["1589486981599-0", "1589486981598-0"]
        assert (await api.get("/components/sc_JDi8EB")).json()["data"]["name"] == "rss"
        assert (await api.delete("/sources/dc_abc123")).status_code == 204
    async with client_for(make_app(db, demo_data=True)) as api:
        assert (await api.get("/sources/dc_abc123/event_summaries")).status_code == 404
        ids = [s["id"] for s in (await api.get("/users/me/sources")).json()["data"]]
        assert ids == ["dc_K0uAee", "dc_def456"]


def test_acknowledged_writes_survive_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.db"
    port = free_port()
    env = {**os.environ, "PIPEDREAM_SANDBOX_API_KEY": "kill-test-key"}
    command = [
        sys.executable,
        "-m",
        "pipedream_sandbox",
        "--port",
        str(port),
        "--db",
        str(db),
        "--no-demo-data",
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        banner = process.stdout.readline() if process.stdout else ""
        assert f"http://127.0.0.1:{port}/v1" in banner
        base = f"http://127.0.0.1:{port}/v1"
        headers = {"Authorization": "Bearer kill-test-key"}
        with httpx.Client(base_url=base, headers=headers, timeout=5) as client:
            deadline = time.monotonic() + 15
            while True:
                try:
                    if client.get("/users/me").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "the sandbox did not come up"
                time.sleep(0.05)
            created = []
            for n in range(10):
                response = client.post(
                    "/sources",
                    json={
                        "key": "rss-new-item-in-feed",
                        "name": f"s{n}",
                        "configured_props": RSS_PROPS,
                    },
                )
                assert response.status_code == 200
                created.append(response.json()["data"]["id"])
            last = client.put(f"/sources/{created[-1]}", json={"name": "renamed"})
            assert last.status_code == 200
        process.send_signal(signal.SIGKILL)  # right after the last acknowledged write
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()

    with (
        run_in_thread(str(db), api_key="kill-test-key", fetch=refuse_fetch) as server,
        httpx.Client(base_url=server.base_url, headers=headers) as client,
    ):
        sources = client.get("/users/me/sources", params={"limit": 100}).json()["data"]
    assert [s["id"] for s in sources] == created
    assert sources[-1]["name"] == "renamed"


def test_concurrent_requests_are_safe(tmp_path: Path) -> None:
    with run_in_thread(
        str(tmp_path / "sandbox.db"), fetch=refuse_fetch, clock=FakeClock()
    ) as server:
        headers = {"Authorization": f"Bearer {server.api_key}"}

        def worker(n: int) -> list[str]:
            ids = []
            with httpx.Client(base_url=server.base_url, headers=headers, timeout=10) as client:
                for i in range(8):
                    response = client.post(
                        "/sources", json={"key": "http-new-requests", "name": f"w{n}-{i}"}
                    )
                    assert response.status_code == 200, response.text
                    source = response.json()["data"]
                    endpoint = source["configured_props"]["http"]["endpoint_url"]
                    assert client.post(endpoint, json={"n": n}).status_code == 200
                    ids.append(source["id"])
            return ids

        with ThreadPoolExecutor(max_workers=6) as pool:
            created = [sid for ids in pool.map(worker, range(6)) for sid in ids]
        with httpx.Client(base_url=server.base_url, headers=headers) as client:
            listed = client.get("/users/me/sources", params={"limit": 100}).json()
            assert listed["page_info"]["total_count"] == len(set(created)) == 48
            for sid in created[:5]:
                events = client.get(f"/sources/{sid}/event_summaries").json()
                assert events["page_info"]["total_count"] == 1


def test_run_in_thread_serves_on_a_free_port_with_real_endpoint_urls() -> None:
    with run_in_thread(api_key="thread-key", fetch=refuse_fetch) as server:
        assert server.base_url == f"http://127.0.0.1:{server.port}/v1"
        assert server.api_key == "thread-key"
        with httpx.Client(
            base_url=server.base_url, headers={"Authorization": "Bearer thread-key"}
        ) as client:
            assert client.get("/users/me").json()["data"]["id"] == "u_demo01"
            source = client.post("/sources", json={"key": "http-new-requests"}).json()["data"]
            endpoint = source["configured_props"]["http"]["endpoint_url"]
            assert endpoint.startswith(f"http://127.0.0.1:{server.port}/http/en")
            assert client.get(endpoint + "/ping?x=1").status_code == 200
            events = client.get(f"/sources/{source['id']}/event_summaries").json()["data"]
            assert events[0]["event"]["path"] == "/ping"
            assert (
                client.get(
                    "/users/me", headers={"Authorization": f"Bearer {DEMO_API_KEY}"}
                ).status_code
                == 401
            )


async def test_a_restart_keeps_webhooks_subscriptions_and_auto_subscriptions(
    make_app: Any, tmp_path: Path
) -> None:
    db = str(tmp_path / "sandbox.db")
    async with client_for(make_app(db)) as api:
        hook = (await api.post("/webhooks", params={"url": "https://example.com/h"})).json()
        hook_id = hook["data"]["id"]
        team = await create_source(api, org_id="o_Qa8I1Z")
        await api.post("/subscriptions", params={"emitter_id": "dc_*", "listener_id": hook_id})
        await api.post(
            "/auto_subscriptions", params={"event_name": "$errors", "listener_id": hook_id}
        )
        before = {
            path: (await api.get(path)).json()
            for path in [
                "/users/me/webhooks",
                "/users/me/subscriptions",
                "/orgs/o_Qa8I1Z/sources",
                "/workspaces/o_Qa8I1Z/subscriptions",
            ]
        }
    async with client_for(make_app(db)) as api:
        for path, answer in before.items():
            assert (await api.get(path)).json() == answer, path
        later = await create_source(api)  # the auto-subscription still applies
        subscriptions = (await api.get("/users/me/subscriptions")).json()["data"]
        assert (later["id"], hook_id, "$errors") in [
            (s["emitter_id"], s["listener_id"], s["event_name"]) for s in subscriptions
        ]
        assert team["owner_id"] == "o_Qa8I1Z"


async def test_a_database_of_the_first_release_is_upgraded(make_app: Any, tmp_path: Path) -> None:
    """Sources and subscriptions gained `owner_id`; an older database gets it, backfilled."""
    db = str(tmp_path / "sandbox.db")
    first = make_app(db)
    async with client_for(first) as api:
        source = await create_source(api)
        await api.post(
            "/subscriptions", params={"emitter_id": source["id"], "listener_id": "p_abc123"}
        )
    first.state.sandbox.close()
    with sqlite3.connect(db) as conn:
        conn.execute("DROP INDEX sources_by_owner")
        conn.execute("ALTER TABLE sources DROP COLUMN owner_id")
        conn.execute("ALTER TABLE subscriptions DROP COLUMN owner_id")
    conn.close()
    async with client_for(make_app(db)) as api:
        listed = (await api.get("/users/me/sources")).json()["data"]
        assert [(s["id"], s["owner_id"]) for s in listed] == [(source["id"], "u_demo01")]
        assert (await api.get("/workspaces/o_Qa8I1Z/subscriptions")).json() == {"data": []}
