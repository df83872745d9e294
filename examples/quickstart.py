"""A tour of the Pipedream REST API through pipedream_rest, step by step.

Runs against whatever PIPEDREAM_API_KEY and PIPEDREAM_BASE_URL point at: `make demo` starts the
local sandbox and sets both; with your own key (and no base URL) it runs against the real API.
Everything it creates, it deletes at the end.
"""

from __future__ import annotations

import httpx
from pipedream_rest import NotFoundError, Pipedream, paginate
from pipedream_rest_client.api.components import create_component
from pipedream_rest_client.api.events import delete_source_events, list_source_events
from pipedream_rest_client.api.sources import create_source, delete_source, list_sources, update_source
from pipedream_rest_client.api.subscriptions import create_subscription
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.models import CreateComponentRequest, CreateSourceRequest, UpdateSourceRequest

WEBHOOK_COMPONENT = """\
module.exports = {
  name: "quickstart-webhook",
  version: "0.0.1",
  props: {
    http: "$.interface.http",
  },
  async run(event) {
    this.$emit(event)
  },
}
"""


def step(text: str) -> None:
    print(f"\n== {text}")


def main() -> None:
    with Pipedream() as client:  # PIPEDREAM_API_KEY, PIPEDREAM_BASE_URL
        print(f"client: {client!r}")
        me = get_current_user.sync(client=client)
        print(f"signed in as {me.data.username} ({me.data.id})")

        step("Create a component from code")
        component = create_component.sync(
            client=client, body=CreateComponentRequest(component_code=WEBHOOK_COMPONENT)
        ).data
        props = ", ".join(f"{p.name}: {p.type_}" for p in component.configurable_props)
        print(f"{component.id} {component.name} v{component.version} — props {props}")

        step("Deploy two HTTP sources from it")
        source = create_source.sync(
            client=client, body=CreateSourceRequest(component_id=component.id, name="quickstart")
        ).data
        listener = create_source.sync(
            client=client, body=CreateSourceRequest(component_id=component.id, name="quickstart-listener")
        ).data
        endpoint = source.configured_props["http"]["endpoint_url"]
        print(f"{source.id} listens at {endpoint}; {listener.id} will listen to it")

        try:
            step("Subscribe the second source to the first one's events")
            create_subscription.sync(client=client, emitter_id=source.id, listener_id=listener.id)
            print(f"{listener.id} now receives every event {source.id} emits")

            step("Send the first source five requests")
            with httpx.Client(timeout=10) as http:
                for n in range(1, 6):
                    answer = http.post(endpoint, json={"order": n, "status": "shipped"})
                    print(f"POST order {n} -> {answer.status_code}")

            step("List sources, two per page")
            for s in paginate(list_sources.sync, client=client, limit=2):
                print(f"{s.id}  {s.name:<24} active={s.active}")

            step("List the source's events, newest first, two per page")
            events = list(paginate(list_source_events.sync, source.id, client=client, limit=2))
            for event in events:
                print(f"{event.id}  {event.event.get('body')}")

            step("Pause the source")
            paused = update_source.sync(source.id, client=client, body=UpdateSourceRequest(active=False))
            print(f"{paused.data.id} active={paused.data.active}")

            step("Delete the two oldest events")
            delete_source_events.sync(source.id, client=client, end_id=events[-2].id)
            remaining = [e.id for e in paginate(list_source_events.sync, source.id, client=client)]
            print(f"{len(remaining)} events left: {', '.join(remaining)}")

            step("The listener received the events through the subscription")
            for event in paginate(list_source_events.sync, listener.id, client=client):
                print(f"{event.id}  from {event.metadata.emitter_id}: {event.event.get('body')}")
        finally:
            step("Clean up")
            for created in (source.id, listener.id):
                delete_source.sync(created, client=client)
                print(f"deleted {created}")

        try:
            delete_source.sync(source.id, client=client.with_options(max_retries=0))
        except NotFoundError as error:
            print(f"deleting it again raises NotFoundError: {error}")


if __name__ == "__main__":
    main()
