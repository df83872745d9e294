"""A tour of the Pipedream REST API through pipedream_rest, step by step.

Runs against whatever PIPEDREAM_API_KEY and PIPEDREAM_BASE_URL point at: `make demo` starts the
local sandbox and sets both; with your own key (and no base URL) it runs against the real API.
Everything it creates, it deletes at the end.
"""

from __future__ import annotations

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from pipedream_rest import NotFoundError, Pipedream, paginate
from pipedream_rest_client.api.components import create_component
from pipedream_rest_client.api.events import delete_source_events, list_source_events
from pipedream_rest_client.api.sources import create_source, delete_source, list_sources, update_source
from pipedream_rest_client.api.subscriptions import create_subscription
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.api.webhooks import create_webhook, delete_webhook
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


class Receiver(ThreadingHTTPServer):
    """A tiny local webhook receiver: every JSON body POSTed to it lands in `received`."""

    def __init__(self) -> None:
        self.received: queue.Queue[dict[str, object]] = queue.Queue()
        super().__init__(("127.0.0.1", 0), _ReceiverHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/events"


class _ReceiverHandler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        self.server.received.put(json.loads(body or b"null"))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:  # keep the tour's output readable
        pass


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

            step("Send the source's events to a webhook on a tiny local receiver")
            show_webhook_delivery(client, source.id, endpoint)
        finally:
            step("Clean up")
            for created in (source.id, listener.id):
                delete_source.sync(created, client=client)
                print(f"deleted {created}")

        try:
            delete_source.sync(source.id, client=client.with_options(max_retries=0))
        except NotFoundError as error:
            print(f"deleting it again raises NotFoundError: {error}")


def show_webhook_delivery(client: Pipedream, source_id: str, endpoint: str) -> None:
    """Register a webhook, subscribe it to the source, and wait for one event to arrive.

    The real API can only deliver to a receiver it can reach: against it, this step waits briefly
    and says that nothing came.
    """
    receiver = Receiver()
    webhook = create_webhook.sync(client=client, url_query=receiver.url, name="quickstart receiver").data
    try:
        create_subscription.sync(client=client, emitter_id=source_id, listener_id=webhook.id)
        update_source.sync(source_id, client=client, body=UpdateSourceRequest(active=True))
        print(f"webhook {webhook.id} -> {receiver.url}, subscribed to {source_id}")
        httpx.post(endpoint, json={"order": 6, "status": "delivered"}, timeout=10)
        try:
            delivered = receiver.received.get(timeout=10)
            body = delivered.get("body") if isinstance(delivered, dict) else delivered
            print(f"the receiver got the event: {body}")
        except queue.Empty:
            print("nothing arrived within 10 s (the server cannot reach this machine's receiver)")
    finally:
        delete_webhook.sync(webhook.id, client=client)
        receiver.shutdown()
        print(f"deleted {webhook.id}")


if __name__ == "__main__":
    main()
