"""The reference page (`make docs`) renders every operation in a real browser, with the network off.

Debian's Chromium (`make chromium`) is driven by Playwright; no browser is ever downloaded. Every
request that is not for a local file is blocked and recorded. Screenshots are left in build/ as
test artifacts.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page, Route, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from spec_tools import ROOT, Operation, operations

DOCS_HTML = ROOT / "build" / "api-reference.html"
SCREENSHOTS = ROOT / "build"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Redoc 3 shows an "API docs by Redocly" badge whose logo is an <img> on Redocly's CDN; it hides
# the image when the load fails, so the page reads the same offline. Nothing else may be fetched.
ATTRIBUTION_LOGOS = {
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
    "https://cdn.redoc.ly/redoc/logo-mini.svg",
}
OPERATIONS = operations()


@dataclass
class Visit:
    """What the browser showed and complained about while every operation was opened."""

    not_rendered: dict[str, str] = field(default_factory=dict)  # operationId -> what was missing
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    outbound: list[str] = field(default_factory=list)


def docs_page() -> Path:
    """The built page; fails clearly when `make docs` has not run since the spec changed."""
    if not DOCS_HTML.is_file():
        pytest.fail(f"{DOCS_HTML} is missing: run `make docs`")
    sources = [ROOT / "openapi.yaml", ROOT / "redocly.yaml"]
    if any(DOCS_HTML.stat().st_mtime < source.stat().st_mtime for source in sources):
        pytest.fail(f"{DOCS_HTML} is older than openapi.yaml or redocly.yaml: run `make docs`")
    return DOCS_HTML


def open_operation(page: Page, url: str, op: Operation) -> str | None:
    """Show one operation (Redoc routes it as #/<tag>/<operationId>); name what is missing, if anything."""
    page.goto(f"{url}#/{op.spec['tags'][0]}/{op.operation_id}")
    summary = page.get_by_role("heading", name=op.spec["summary"], level=2)
    endpoint = page.get_by_role("button", name=f"{op.method.upper()} {op.path}", exact=True)
    try:
        expect(summary).to_be_visible(timeout=5000)
    except AssertionError:
        return f"summary {op.spec['summary']!r}"
    try:
        expect(endpoint).to_be_visible(timeout=5000)
    except AssertionError:
        return f"endpoint {op.method.upper()} {op.path}"
    return None


@pytest.fixture(scope="module")
def visit() -> Visit:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium` (Debian's chromium package)")
    url = docs_page().as_uri()
    seen = Visit()

    def only_local_files(route: Route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            seen.outbound.append(route.request.url)
            route.abort()

    def record_console_error(message: ConsoleMessage) -> None:
        # "Failed to load resource" is how a blocked request shows; `outbound` already has those.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            seen.console_errors.append(message.text)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.route("**/*", only_local_files)
            page = context.new_page()
            page.on("pageerror", lambda error: seen.page_errors.append(str(error)))
            page.on("console", record_console_error)
            page.goto(url, wait_until="load")
            page.screenshot(path=SCREENSHOTS / "api-reference.png")
            for op in OPERATIONS:
                problem = open_operation(page, url, op)
                if problem:
                    seen.not_rendered[op.operation_id] = problem
            operation_page = context.new_page()
            operation_page.goto(f"{url}#/sources/list_sources", wait_until="load")
            with contextlib.suppress(PlaywrightError):  # a screenshot of a broken page helps too
                operation_page.get_by_role("heading", name="Responses").wait_for(timeout=5000)
            operation_page.screenshot(path=SCREENSHOTS / "api-reference-list_sources.png")
        except PlaywrightError as error:
            pytest.fail(f"Chromium could not show {url}: {error}")
        finally:
            browser.close()
    return seen


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_every_operation_shows_its_summary_and_path(visit: Visit, op: Operation) -> None:
    problem = visit.not_rendered.get(op.operation_id)
    assert problem is None, f"{op.operation_id}: the page does not show its {problem}"


def test_the_page_fetches_nothing_from_the_network(visit: Visit) -> None:
    unexpected = sorted(set(visit.outbound) - ATTRIBUTION_LOGOS)
    assert not unexpected, f"the page tried to fetch {unexpected}; it must work offline"


def test_the_page_has_no_script_errors(visit: Visit) -> None:
    assert not visit.page_errors, f"uncaught errors: {visit.page_errors}"
    assert not visit.console_errors, f"console errors: {visit.console_errors}"
