"""Row 4: how many list requests per second the sandbox serves on this machine.

The sandbox runs as ``make sandbox`` runs it (its own process, uvicorn, SQLite in memory), holds
10 sources (3 demo ones, 7 made through the overlay), and answers ``GET /users/me/sources``, a
fixed number of connections for a fixed time (bounded, loopback only). The load comes from
Debian's ``wrk`` (``make bench`` installs it): one C thread that costs the sandbox almost no CPU.
Without ``wrk``, an async httpx loop in this process stands in; it needs about as much CPU per
request as the sandbox itself, so its figure is a lower bound, and the row says so.
"""

from __future__ import annotations

import asyncio
import math
import re
import shutil
import subprocess
import time

import httpx
from pipedream_rest import Pipedream
from pipedream_rest_client.api.sources import create_source, list_sources
from pipedream_rest_client.models import CreateSourceRequest

from .processes import SANDBOX_API_KEY
from .report import Row, Target

LIST_SIZE = 10
DEMO_COMPONENT = "sc_def456"  # the HTTP source of the sandbox's demo data
MIN_REQUESTS_PER_SECOND = 500
PATH = f"/users/me/sources?limit={LIST_SIZE}"


def _fill(base_url: str) -> None:
    with Pipedream(api_key=SANDBOX_API_KEY, base_url=base_url) as client:
        page = list_sources.sync(client=client, limit=LIST_SIZE)
        have = len(page.data) if page is not None and hasattr(page, "data") else 0
        for number in range(have, LIST_SIZE):
            body = CreateSourceRequest(component_id=DEMO_COMPONENT, name=f"bench-{number}")
            create_source.sync(client=client, body=body)


def _with_wrk(wrk: str, base_url: str, connections: int, seconds: float) -> tuple[float, str]:
    """(requests/s, how it was measured) from ``wrk``, which must see only 2xx answers."""
    whole_seconds = max(1, math.ceil(seconds))  # wrk takes whole seconds
    command = [wrk, "-t1", f"-c{connections}", f"-d{whole_seconds}s"]
    command += ["-H", f"Authorization: Bearer {SANDBOX_API_KEY}", base_url + PATH]
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=whole_seconds + 30
    ).stdout
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    requests = re.search(r"^\s*(\d+) requests in", output, re.MULTILINE)
    if rate is None or requests is None:
        raise RuntimeError(f"cannot read wrk's output:\n{output}")
    if "Non-2xx" in output or "Socket errors" in output:
        raise RuntimeError(f"the sandbox failed some requests under load:\n{output}")
    how = f"wrk -t1 -c{connections} -d{whole_seconds}s: {int(requests[1]):,} requests"
    return float(rate[1]), how


async def _async_loop(base_url: str, connections: int, seconds: float) -> tuple[float, str]:
    """(requests/s, how it was measured) from ``connections`` async httpx workers."""
    headers = {"Authorization": f"Bearer {SANDBOX_API_KEY}"}
    limits = httpx.Limits(max_connections=connections)
    async with httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits) as client:

        async def worker(deadline: float) -> int:
            done = 0
            while time.perf_counter() < deadline:
                response = await client.get(PATH)
                if response.status_code != 200:
                    raise RuntimeError(
                        f"the sandbox answered {response.status_code}: {response.text[:200]}"
                    )
                done += 1
            return done

        await asyncio.gather(*(worker(time.perf_counter() + 0.2) for _ in range(connections)))
        start, cpu_start = time.perf_counter(), time.process_time()
        counts = await asyncio.gather(*(worker(start + seconds) for _ in range(connections)))
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    how = (
        f"async httpx loop, {connections} connections (wrk not installed): {sum(counts):,} "
        f"requests, loop CPU {cpu / wall:.0%}, a lower bound"
    )
    return sum(counts) / wall, how


def measure(base_url: str, connections: int, seconds: float) -> tuple[list[Row], list[Target]]:
    _fill(base_url)
    wrk = shutil.which("wrk")
    if wrk is not None:
        rate, how = _with_wrk(wrk, base_url, connections, seconds)
    else:
        rate, how = asyncio.run(_async_loop(base_url, connections, seconds))
    label = f"sandbox GET /users/me/sources ({LIST_SIZE} items): requests/s"
    target = Target(
        f"sandbox ≥ {MIN_REQUESTS_PER_SECOND} list requests/s",
        f"{rate:,.0f}/s",
        rate >= MIN_REQUESTS_PER_SECOND,
    )
    return [Row("4", label, f"{rate:,.0f}", how)], [target]
