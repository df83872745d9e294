"""Work that blocks everyone: CPU-heavy requests (a long search query, parsing big component
code) used to run on the event loop, so every other client waited. Long queries are refused and
the heavy work runs off the loop: a concurrent `GET /users/me/sources` keeps its p99 under
100 ms."""

from __future__ import annotations

import statistics
import threading
import time

import httpx
from pipedream_sandbox import run_in_thread
from pipedream_sandbox.registry import refuse_fetch
from sandbox_attack_tools import API_KEY, HEADERS

HOG_SECONDS = 3.0


def _big_component() -> str:
    """About 400 KB of valid code that takes the parser a good fraction of a second."""
    props = ",".join(
        f"p{n}: {{type: 'string', label: 'Label {n}', default: {n} * 2}}" for n in range(4000)
    )
    filler = "\n".join(f"const c{n} = {n} + {n};" for n in range(9000))
    return f"{filler}\nmodule.exports = {{ name: 'big', props: {{ {props} }} }};"


def test_a_long_search_query_is_refused(tmp_path: object) -> None:
    with (
        run_in_thread(api_key=API_KEY, fetch=refuse_fetch) as server,
        httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=10) as client,
    ):
        started = time.monotonic()
        response = client.get("/components/search", params={"query": "gihub new repo " * 4000})
        assert time.monotonic() - started < 0.5
        assert response.status_code == 400
        assert "query must be at most 256 characters" in response.json()["error"]
        ok = client.get("/components/search", params={"query": "gihub new repositry"})
        assert ok.status_code == 200 and ok.json()["sources"] == ["github-new-repository"]


def test_heavy_requests_leave_other_clients_answered_quickly() -> None:
    code = _big_component()
    query = ("gihub new repositry rss feed slack mesage " * 7)[:256]
    stop = threading.Event()
    hogged = [0]
    with run_in_thread(api_key=API_KEY, fetch=refuse_fetch) as server:

        def hog() -> None:
            with httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=30) as client:
                while not stop.is_set():
                    assert (
                        client.post("/components", json={"component_code": code}).status_code == 200
                    )
                    assert (
                        client.get("/components/search", params={"query": query}).status_code == 200
                    )
                    hogged[0] += 1

        hogs = [threading.Thread(target=hog, daemon=True) for _ in range(2)]
        for thread in hogs:
            thread.start()
        latencies = []
        with httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=10) as client:
            client.get("/users/me/sources")
            deadline = time.monotonic() + HOG_SECONDS
            while time.monotonic() < deadline:
                started = time.perf_counter()
                assert client.get("/users/me/sources").status_code == 200
                latencies.append(time.perf_counter() - started)
                time.sleep(0.01)
        stop.set()
        for thread in hogs:
            thread.join(timeout=30)
    p99 = statistics.quantiles(latencies, n=100)[98]
    print(
        f"\nunder {hogged[0]} heavy request pairs: {len(latencies)} GET /users/me/sources, "
        f"median {statistics.median(latencies) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms"
    )
    assert hogged[0] >= 1
    assert p99 < 0.100
