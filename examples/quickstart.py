"""A tour of the Pipedream REST API through pipedream_rest, step by step.

Runs against whatever PIPEDREAM_API_KEY and PIPEDREAM_BASE_URL point at: `make demo` starts the
local sandbox and sets both; with your own key (and no base URL) it runs against the real API.
Everything it creates, it deletes at the end.
"""

from __future__ import annotations

import functools
import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from pipedream_rest import NotFoundError, Pipedream
from pipedream_rest_client.models import (
    CreateComponentRequest,
    CreateSourceRequest,
    UpdateSourceRequest,
)

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
        super().__init__(("127.0.0.1", 0), functools.partial(_ReceiverHandler, self.received))
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/events"


class _ReceiverHandler(BaseHTTPRequestHandler):
    def __init__(self, inbox: queue.Queue[dict[str, object]], *args: Any) -> None:
        self.inbox = inbox  # before the base __init__, which handles the request
        super().__init__(*args)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        self.inbox.put(json.loads(body or b"{}"))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # keep the tour's output readable
        pass


def main() -> None:
    with Pipedream() as client:  # PIPEDREAM_API_KEY, PIPEDREAM_BASE_URL
        print(f"client: {client!r}")
        me = client.users.get_current().data
        print(f"signed in as {me.username} ({me.id})")

        step("Create a component from code")
        component = client.components.create(
            body=CreateComponentRequest(component_code=WEBHOOK_COMPONENT)
        ).data
        props = ", ".join(f"{p.name}: {p.type_}" for p in component.configurable_props)
        print(f"{component.id} {component.name} v{component.version} — props {props}")

        step("Deploy two HTTP sources from it")
        source = client.sources.create(
            body=CreateSourceRequest(component_id=component.id, name="quickstart")
        ).data
        listener = client.sources.create(
            body=CreateSourceRequest(component_id=component.id, name="quickstart-listener")
        ).data
        endpoint = str(source.configured_props["http"]["endpoint_url"])
        print(f"{source.id} listens at {endpoint}; {listener.id} will listen to it")

        try:
            step("Subscribe the second source to the first one's events")
            client.subscriptions.create(emitter_id=source.id, listener_id=listener.id)
            print(f"{listener.id} now receives every event {source.id} emits")

            step("Send the first source five requests")
            with httpx.Client(timeout=10) as http:
                for n in range(1, 6):
                    answer = http.post(endpoint, json={"order": n, "status": "shipped"})
                    print(f"POST order {n} -> {answer.status_code}")

            step("List sources, two per page")
            for s in client.sources.list(limit=2):
                print(f"{s.id}  {s.name:<24} active={s.active}")

            step("List the source's events, newest first, two per page")
            events = list(client.events.list(source.id, limit=2))
            for event in events:
                print(f"{event.id}  {event.event.get('body')}")

            step("Pause the source")
            paused = client.sources.update(source.id, body=UpdateSourceRequest(active=False)).data
            print(f"{paused.id} active={paused.active}")

            step("Delete the two oldest events")
            client.events.delete(source.id, end_id=events[-2].id)
            remaining = [e.id for e in client.events.list(source.id)]
            print(f"{len(remaining)} events left: {', '.join(remaining)}")

            step("The listener received the events through the subscription")
            for event in client.events.list(listener.id):
                print(f"{event.id}  from {event.metadata.emitter_id}: {event.event.get('body')}")

            step("Send the source's events to a webhook on a tiny local receiver")
            show_webhook_delivery(client, source.id, endpoint)
        finally:
            step("Clean up")
            for created in (source.id, listener.id):
                client.sources.delete(created)
                print(f"deleted {created}")

        try:
            client.with_options(max_retries=0).sources.delete(source.id)
        except NotFoundError as error:
            print(f"deleting it again raises NotFoundError: {error}")


def show_webhook_delivery(client: Pipedream, source_id: str, endpoint: str) -> None:
    """Register a webhook, subscribe it to the source, and wait for one event to arrive.

    The real API can only deliver to a receiver it can reach: against it, this step waits briefly
    and says that nothing came.
    """
    receiver = Receiver()
    webhook = client.webhooks.create(url=receiver.url, name="quickstart receiver").data
    try:
        client.subscriptions.create(emitter_id=source_id, listener_id=webhook.id)
        client.sources.update(source_id, body=UpdateSourceRequest(active=True))
        print(f"webhook {webhook.id} -> {receiver.url}, subscribed to {source_id}")
        httpx.post(endpoint, json={"order": 6, "status": "delivered"}, timeout=10)
        try:
            delivered = receiver.received.get(timeout=10)
            print(f"the receiver got the event: {delivered.get('body')}")
        except queue.Empty:
            print("nothing arrived within 10 s (the server cannot reach this machine's receiver)")
    finally:
        client.webhooks.delete(webhook.id)
        receiver.shutdown()
        print(f"deleted {webhook.id}")


if __name__ == "__main__":
    main()
