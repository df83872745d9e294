"""Tail a source live: every request sent to its HTTP endpoint is printed as it arrives.

Runs against whatever PIPEDREAM_API_KEY and PIPEDREAM_BASE_URL point at (`make demo` starts the
local sandbox and sets both). It deploys an HTTP source, opens its event stream, sends the source
a few requests from a second thread a moment apart, prints each event with how long it took from
the request to this loop, and deletes the source at the end. LIVE_TAIL_EVENTS sets how many
requests it sends (default 5).
"""

from __future__ import annotations

import os
import threading
import time

import httpx
from pipedream_rest import Pipedream
from pipedream_rest_client.models import CreateSourceRequest

SENT_AT: dict[int, float] = {}


def send_requests(endpoint: str, count: int) -> None:
    """What a webhook sender would do: POST JSON to the source's endpoint, a moment apart."""
    with httpx.Client(timeout=10) as http:
        for n in range(1, count + 1):
            time.sleep(0.2)
            SENT_AT[n] = time.perf_counter()
            http.post(endpoint, json={"order": n, "status": "paid"}).raise_for_status()


def main() -> None:
    count = int(os.environ.get("LIVE_TAIL_EVENTS", "5"))
    with Pipedream() as client:
        source = client.sources.create(
            body=CreateSourceRequest(key="http-new-requests", name="live-tail")
        ).data
        endpoint = str(source.configured_props["http"]["endpoint_url"])
        print(f"== Tail {source.id} live; sending {count} requests to {endpoint}")
        try:
            # Entering `with` opens the stream: every event emitted from here on arrives.
            with client.events.stream(source.id) as events:
                sender = threading.Thread(target=send_requests, args=(endpoint, count))
                sender.start()
                seen = 0
                for event in events:
                    body = event.event["body"]
                    waited = (time.perf_counter() - SENT_AT[body["order"]]) * 1000
                    print(f"{event.id}  {event.event['method']} {body}  ({waited:.1f} ms after sending)")
                    seen += 1
                    if seen == count:
                        break
                sender.join()
            print(f"== {seen} events arrived live, in order; the stream is closed")
        finally:
            client.sources.delete(source.id)


if __name__ == "__main__":
    main()
