"""Row 1: what one 100-item page costs, from raw httpx + ``json.loads`` up to the overlay and
the grouped client (``client.sources.list(...)``, which returns a self-paging first page).

Every client is made once and reused (connection reuse, as a real program does), and every call
is checked to have read the 100 items before timing starts, so no row is timing an error path.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from pipedream import Pipedream as OfficialPipedream
from pipedream_rest import Pipedream, paginate
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client.api.events import list_source_events
from pipedream_rest_client.api.sources import list_sources

from .bodies import PAGE_SIZE
from .report import Row, Target, duration, times
from .timing import interleaved

API_KEY = "bench-key"
SOURCE_ID = "dc_abc123"
FLOOR = "raw httpx + json.loads (floor)"
GENERATED = "generated, bare AuthenticatedClient"
OVERLAY_CALL = "overlay Pipedream client, one call"
OVERLAY_PAGE = "overlay paginate(...).pages(), one page"
GROUPED_PAGE = "grouped client.<tag>.list(...), first page"
OFFICIAL_SDK = "official SDK pipedream 2.3.0 (reference)"
MAX_OVERLAY_VS_FLOOR = 1.2
MAX_OVERLAY_VS_GENERATED = 0.05
MAX_GROUPED_VS_GENERATED = 0.03


@dataclass(frozen=True)
class Case:
    call: Callable[[], Any]
    count: Callable[[Any], int]


def _cases(root: str) -> dict[str, dict[str, Case]]:
    """For each resource, the same page read six ways."""
    base = f"{root}/v1"
    raw = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {API_KEY}"})
    generated = AuthenticatedClient(base_url=base, token=API_KEY)
    overlay = Pipedream(api_key=API_KEY, base_url=base)
    sdk = OfficialPipedream(access_token=API_KEY, project_id="proj_bench", base_url=root)
    triggers = sdk.deployed_triggers
    limit = {"limit": PAGE_SIZE}

    def data(page: Any) -> int:
        return len(page.data)

    def one_page(pages: list[Any]) -> int:
        return len(pages[0].data) if len(pages) == 1 else -1

    sources_path, events_path = "/users/me/sources", f"/sources/{SOURCE_ID}/event_summaries"
    return {
        "sources": {
            FLOOR: Case(
                lambda: json.loads(raw.get(sources_path, params=limit).content),
                lambda body: len(body["data"]),
            ),
            GENERATED: Case(lambda: list_sources.sync(client=generated, limit=PAGE_SIZE), data),
            OVERLAY_CALL: Case(lambda: list_sources.sync(client=overlay, limit=PAGE_SIZE), data),
            OVERLAY_PAGE: Case(
                lambda: list(
                    paginate(list_sources.sync, client=overlay, limit=PAGE_SIZE).pages(max_pages=1)
                ),
                one_page,
            ),
            GROUPED_PAGE: Case(lambda: overlay.sources.list(limit=PAGE_SIZE), data),
            OFFICIAL_SDK: Case(
                lambda: triggers.list(external_user_id="bench-user", limit=PAGE_SIZE),
                lambda pager: len(pager.items or []),
            ),
        },
        "events": {
            FLOOR: Case(
                lambda: json.loads(raw.get(events_path, params=limit).content),
                lambda body: len(body["data"]),
            ),
            GENERATED: Case(
                lambda: list_source_events.sync(SOURCE_ID, client=generated, limit=PAGE_SIZE),
                data,
            ),
            OVERLAY_CALL: Case(
                lambda: list_source_events.sync(SOURCE_ID, client=overlay, limit=PAGE_SIZE), data
            ),
            OVERLAY_PAGE: Case(
                lambda: list(
                    paginate(
                        list_source_events.sync, SOURCE_ID, client=overlay, limit=PAGE_SIZE
                    ).pages(max_pages=1)
                ),
                one_page,
            ),
            GROUPED_PAGE: Case(lambda: overlay.events.list(SOURCE_ID, limit=PAGE_SIZE), data),
            OFFICIAL_SDK: Case(
                lambda: triggers.list_events(SOURCE_ID, external_user_id="bench-user", n=PAGE_SIZE),
                len,
            ),
        },
    }


def _check(resource: str, name: str, case: Case) -> None:
    items = case.count(case.call())
    if items != PAGE_SIZE:
        raise RuntimeError(f"{resource}: {name} read {items} items, expected {PAGE_SIZE}")


def _medians(cases: dict[str, dict[str, Case]], names: list[str], rounds: int) -> dict[str, float]:
    calls = {
        f"{resource}: {name}": by_name[name].call
        for resource, by_name in cases.items()
        for name in names
    }
    return interleaved(calls, rounds)


def measure(root: str, rounds: int, reference_rounds: int) -> tuple[list[Row], list[Target]]:
    """Our rows in ``rounds`` interleaved rounds; the official SDK in ``reference_rounds`` of its
    own afterwards (one of its calls takes hundreds of our rounds, and leaves the next call of any
    row slower, so it would blur the numbers the targets are judged on)."""
    cases = _cases(root)
    for resource, by_name in cases.items():
        for name, case in by_name.items():
            _check(resource, name, case)
    ours = [FLOOR, GENERATED, OVERLAY_CALL, OVERLAY_PAGE, GROUPED_PAGE]
    medians = _medians(cases, ours, rounds) | _medians(cases, [OFFICIAL_SDK], reference_rounds)
    rows: list[Row] = []
    targets: list[Target] = []
    for resource, by_name in cases.items():
        median = {name: medians[f"{resource}: {name}"] for name in by_name}
        floor, generated, overlay = median[FLOOR], median[GENERATED], median[OVERLAY_PAGE]
        for name in by_name:
            compared = "floor" if name == FLOOR else f"{times(median[name] / floor)} floor"
            if name in (OVERLAY_CALL, OVERLAY_PAGE, GROUPED_PAGE):
                compared += f", {median[name] / generated - 1:+.1%} vs generated"
            label = f"{PAGE_SIZE} {resource}/page: {name}"
            rows.append(Row("1", label, duration(median[name]), compared))
        targets.append(
            Target(
                f"overlay page ≤ {MAX_OVERLAY_VS_FLOOR}× raw httpx + json.loads ({resource})",
                f"{times(overlay / floor)} ({duration(overlay)} vs {duration(floor)})",
                overlay / floor <= MAX_OVERLAY_VS_FLOOR,
            )
        )
        targets.append(
            Target(
                f"overlay page ≤ +{MAX_OVERLAY_VS_GENERATED:.0%} over bare generated ({resource})",
                f"{overlay / generated - 1:+.1%} ({duration(overlay)} vs {duration(generated)})",
                overlay / generated - 1 <= MAX_OVERLAY_VS_GENERATED,
            )
        )
        grouped = median[GROUPED_PAGE]
        targets.append(
            Target(
                f"grouped client page ≤ +{MAX_GROUPED_VS_GENERATED:.0%} over bare generated "
                f"({resource})",
                f"{grouped / generated - 1:+.1%} ({duration(grouped)} vs {duration(generated)})",
                grouped / generated - 1 <= MAX_GROUPED_VS_GENERATED,
            )
        )
    return rows, targets
