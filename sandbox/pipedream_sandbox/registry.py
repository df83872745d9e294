"""Where component code comes from: the shipped samples (the sandbox's registry, by key or by the
GitHub URLs the API document uses, offline) and any other http(s) `component_url`, fetched under
the sandbox's outbound policy (`outbound.py`). The samples are written for the sandbox: four
sources and two actions."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from urllib.parse import urlsplit

import httpx

from .outbound import OutboundPolicy, ResponseTooLarge

# Registry key -> sample file in pipedream_sandbox/samples/.
SAMPLE_FILES = {
    "rss-new-item-in-feed": "rss.js",
    "http-new-requests": "http.js",
    "github-new-repository": "github.js",
    "schedule-every-x-minutes": "schedule.js",
    "slack-send-message": "slack_send_message.js",
    "http-custom-request": "http_custom_request.js",
}

# The URLs of the API document (and their `blob/master` form on GitHub) -> registry key.
_GITHUB = "https://github.com/PipedreamHQ/pipedream"
KNOWN_URLS = {
    f"{_GITHUB}/components/rss/rss.js": "rss-new-item-in-feed",
    f"{_GITHUB}/blob/master/components/rss/rss.js": "rss-new-item-in-feed",
    f"{_GITHUB}/components/http/http.js": "http-new-requests",
    f"{_GITHUB}/blob/master/components/http/http.js": "http-new-requests",
}

Fetcher = Callable[[str], str]


class FetchError(ValueError):
    """`component_url` could not be turned into code; the message says why."""


def sample_code(key: str) -> str | None:
    """The code of the shipped sample component with this registry key, if there is one."""
    filename = SAMPLE_FILES.get(key)
    if filename is None:
        return None
    return shipped_file(filename)


def shipped_file(filename: str) -> str:
    """A file of `pipedream_sandbox/samples/` (sample code, the app catalogue, templates)."""
    return resources.files("pipedream_sandbox").joinpath("samples", filename).read_text("utf-8")


def check_url(url: str) -> None:
    """Raise FetchError unless `url` is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"component_url must be an http(s) URL with a host, not {url[:200]!r}")


def fetch_with(policy: OutboundPolicy) -> Fetcher:
    """A fetcher that GETs the code under `policy` (checked addresses on every hop, a total
    deadline, a size cap), text only. Its errors never quote the fetched body."""

    def fetch(url: str) -> str:
        shown = url if len(url) <= 200 else url[:197] + "..."
        try:
            status, body = policy.get_text(url)
        except ResponseTooLarge:
            raise FetchError(
                f"component_url {shown} is larger than {policy.max_bytes} bytes"
            ) from None
        except httpx.HTTPError as error:
            raise FetchError(f"could not fetch component_url {shown}: {error}") from None
        if status != 200:
            raise FetchError(f"could not fetch component_url {shown}: it answered {status}")
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise FetchError(f"component_url {shown} is not UTF-8 text") from None

    return fetch


fetch_over_http = fetch_with(OutboundPolicy())


def refuse_fetch(url: str) -> str:
    """A fetcher for offline runs (tests, fuzzing): only the shipped samples resolve."""
    raise FetchError(f"fetching component_url {url} is turned off in this sandbox")


def code_for_url(url: str, fetch: Fetcher) -> str:
    """The code behind `component_url`: a shipped sample for the known URLs, else `fetch(url)`."""
    check_url(url)
    key = KNOWN_URLS.get(url.rstrip("/"))
    if key is not None:
        code = sample_code(key)
        assert code is not None
        return code
    return fetch(url)
