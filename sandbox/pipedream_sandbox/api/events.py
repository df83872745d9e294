"""GET /sources/{id}/event_summaries, DELETE /sources/{id}/events, the 2020 list
GET /sources/{id}/events?n=, and the event lists of
workflows: GET /workflows/{workflow_id}/event_summaries and .../$errors/event_summaries.

`event_name` on a source's list or delete picks one channel, as Pipedream's own client sends it
(`listEvents(id, "$in")`, `deleteEvent(id, eventId, "$in")`); absent, the default channel. A
delete never reaches another channel."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..domain.event_ids import EventKey, parse_event_id
from ..domain.events import MAX_EVENTS_PER_SOURCE
from ..errors import bad_parameter
from . import render
from .common import (
    FieldFilter,
    check_org_id,
    cursor_params,
    event_name_param,
    page,
    parse_limit,
    sandbox_of,
    user_of,
)


def _event_id_param(request: Request, name: str, value: str | None) -> EventKey | None:
    if value is None:
        return None
    key = parse_event_id(value)
    if key is None:
        raise bad_parameter(name, f"{name} must be an event ID such as 1589486981597-0")
    return key


async def list_source_events(request: Request) -> JSONResponse:
    """Newest first, of the `event_name` channel (else the default one); the cursors are event
    IDs; `expand=event` turns truncation off."""
    check_org_id(request)
    sandbox, user = sandbox_of(request), user_of(request)
    checked = EventPageRequest.of(request)  # bad parameters are 400 before a missing source's 404
    source = sandbox.sources.require(user.id, request.path_params["id"])
    return checked.answer(request, source.id, channel=event_name_param(request))


async def list_source_events_legacy(request: Request) -> JSONResponse:
    """The 2020 list, `GET /sources/{id}/events?n=`: the last `n` events (100 unless said) of
    the `event_name` channel, newest first, as event summaries in `data`, without cursors."""
    fields = FieldFilter(request)
    count = parse_limit(request, "n", default=MAX_EVENTS_PER_SOURCE)
    sandbox, user = sandbox_of(request), user_of(request)
    source = sandbox.sources.require(user.id, request.path_params["id"])
    sandbox.emitter.release_due()
    events, _ = sandbox.events.page(
        source.id, after=None, before=None, limit=count, channel=event_name_param(request)
    )
    return JSONResponse({"data": [fields.apply(render.event(e, expand=False)) for e in events]})


async def list_workflow_events(request: Request) -> JSONResponse:
    """What a (seeded) workflow emitted on its default channel, newest first."""
    return _workflow_events(request, channel="")


async def list_workflow_errors(request: Request) -> JSONResponse:
    """A (seeded) workflow's `$errors` channel, newest first."""
    return _workflow_events(request, channel="$errors")


def _workflow_events(request: Request, channel: str) -> JSONResponse:
    checked = EventPageRequest.of(request)
    sandbox, user = sandbox_of(request), user_of(request)
    workflow = sandbox.workflows.require(user.id, request.path_params["workflow_id"])
    return checked.answer(request, workflow.id, channel=channel)


@dataclass
class EventPageRequest:
    """The parameters of an event list, checked."""

    fields: FieldFilter
    expand: bool
    limit: int
    after: EventKey | None
    before: EventKey | None

    @classmethod
    def of(cls, request: Request) -> EventPageRequest:
        fields = FieldFilter(request)
        expand = request.query_params.get("expand")
        if expand is not None and expand != "event":
            raise bad_parameter("expand", "expand must be `event`")
        limit = parse_limit(request)
        after, before = cursor_params(request)
        return cls(
            fields,
            expand == "event",
            limit,
            _event_id_param(request, "after", after),
            _event_id_param(request, "before", before),
        )

    def answer(self, request: Request, emitter_id: str, *, channel: str | None) -> JSONResponse:
        sandbox_of(request).emitter.release_due()  # scheduled emits now due are listed
        events, total = sandbox_of(request).events.page(
            emitter_id, after=self.after, before=self.before, limit=self.limit, channel=channel
        )
        items = [render.event(event, expand=self.expand) for event in events]
        return page(
            items,
            self.fields,
            total=total,
            start_cursor=items[0]["id"] if items else None,
            end_cursor=items[-1]["id"] if items else None,
        )


async def delete_source_events(request: Request) -> Response:
    """`start_id`/`end_id` inclusive, either open, of the `event_name` channel only (else of
    the default one); deletes at once but answers 202 as documented."""
    FieldFilter(request)
    check_org_id(request)
    start = _event_id_param(request, "start_id", request.query_params.get("start_id"))
    end = _event_id_param(request, "end_id", request.query_params.get("end_id"))
    sandbox, user = sandbox_of(request), user_of(request)
    source = sandbox.sources.require(user.id, request.path_params["id"])
    sandbox.emitter.release_due()  # a due scheduled emit is no longer cancellable
    sandbox.events.delete(source.id, start=start, end=end, channel=event_name_param(request))
    return Response(status_code=202)
