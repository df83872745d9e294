"""Every cap the sandbox puts on what a client sends, in one place (README: "Security and
limits" lists them with the answer a client gets past each). Requests the sandbox makes itself
have theirs in `outbound.OutboundPolicy`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    body_bytes: int = 1024 * 1024
    """A request body (JSON of /v1, or a request to an HTTP endpoint): 413 past it."""
    body_depth: int = 64
    """Nesting of arrays and objects in a JSON body, of /v1 or sent to an HTTP endpoint (where
    deeper data could not be read back when listed): 400 `body_too_deep` past it."""
    search_query_chars: int = 256
    """Search text: `query` of GET /components/search, `q` of GET /apps, `query` (or
    `app_slug`) of GET /workspaces/{id}/accounts: 400 past it."""
    event_name_chars: int = 256
    """`event_name` (a channel) wherever it is sent: subscriptions, auto-subscriptions, event
    lists and deletes. 400 past it, or with a control character (it is stored, and sent as a
    webhook's `X-Sandbox-Event-Name` header)."""
    code_bytes: int = 512 * 1024
    """Component code (`component_code`, or what `component_url` gives): 400 past it."""
    expanded_nodes: int = 20_000
    """Values (objects, arrays, strings, numbers...) in a component's props once constants
    are expanded (`{x: a, y: a}` counts `a` twice): 400 past it."""
    expanded_bytes: int = 1024 * 1024
    """Characters of the expanded props (strings and keys): 400 past it."""
    streams_per_user: int = 256
    """Live streams (`GET /sources/{id}/sse`) one user may have open at once, over all their
    sources: 429 `too_many_streams` past it (each stream holds a connection and a queue)."""


DEFAULT_LIMITS = Limits()
