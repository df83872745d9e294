"""Hand-written methods on the generated groups: subclass a group here, attach it in ``client.py``.

The generated groups (``pipedream_rest_client.api.<tag>``) hold one method per operation of the
spec. A method that is not one operation (a live event stream, say) goes on a subclass here, and
``Pipedream`` returns the subclass from the group's attribute, so ``client.events.<anything>``
stays one place to look.
"""

from __future__ import annotations

from typing import Any

from pipedream_rest_client.api.events import Events as GeneratedEvents

from . import live


class Events(GeneratedEvents):
    """The ``events`` operations of the spec; hand-written methods for events go here."""

    __slots__ = ()

    def stream(
        self,
        id: str,
        *,
        last_event_id: str | None = None,
        read_timeout: float = live.DEFAULT_READ_TIMEOUT,
        max_failures: int = live.DEFAULT_MAX_FAILURES,
    ) -> live.LiveStream:
        """A source's events as they arrive, as ``EventSummary`` objects, until you stop.

        ``with client.events.stream("dc_abc123") as events: for event in events: ...``. A
        dropped connection is reopened with ``Last-Event-ID`` (nothing lost, nothing twice);
        ``401``/``403``/``404`` raise at once. ``last_event_id`` resumes after that event. See
        :mod:`pipedream_rest.live`.

        ``GET /sources/{id}/sse`` (operation ``stream_source_events``).
        """
        return live.stream(
            id,
            last_event_id=last_event_id,
            read_timeout=read_timeout,
            max_failures=max_failures,
            **self._stream_options(),
        )

    def async_stream(
        self,
        id: str,
        *,
        last_event_id: str | None = None,
        read_timeout: float = live.DEFAULT_READ_TIMEOUT,
        max_failures: int = live.DEFAULT_MAX_FAILURES,
    ) -> live.AsyncLiveStream:
        """The async twin of :meth:`stream`: ``async with client.events.async_stream(id) as
        events: async for event in events: ...``.

        ``GET /sources/{id}/sse`` (operation ``stream_source_events``).
        """
        return live.astream(
            id,
            last_event_id=last_event_id,
            read_timeout=read_timeout,
            max_failures=max_failures,
            **self._stream_options(),
        )

    def _stream_options(self) -> dict[str, Any]:
        options = getattr(self._client, "_stream_options", None)
        if options is not None:  # a Pipedream client: its credential, headers and secrets
            found: dict[str, Any] = options()
            return found
        client = self._client  # a bare generated AuthenticatedClient
        return {"api_key": client.token, "base_url": client._base_url}
