"""The objects the API document's examples name, for the demo user, so that its `curl` examples
work verbatim against the sandbox (apart from host and key).

Seeding happens once per database: what a user deletes afterwards stays deleted after a restart.
"""

from __future__ import annotations

from ..js import read_component
from ..props import configure
from ..registry import KNOWN_URLS, sample_code
from ..state import Sandbox

RSS_URL = "https://github.com/PipedreamHQ/pipedream/components/rss/rss.js"
HTTP_URL = "https://github.com/PipedreamHQ/pipedream/components/http/http.js"

# (source ID, component ID, name, configured_props) in creation order.
DEMO_SOURCES = [
    (
        "dc_K0uAee",
        "sc_JDi8EB",
        "rss-news",
        {"url": "https://rss.m.pipedream.net", "timer": {"intervalSeconds": 900}},
    ),
    ("dc_abc123", "sc_def456", "test", {}),
    (
        "dc_def456",
        "sc_JDi8EB",
        "your-name-here",
        {"url": "https://rss.m.pipedream.net", "timer": {"intervalSeconds": 60}},
    ),
]
DEMO_EVENTS = [  # of dc_abc123, oldest first, as the document's event examples list them
    ((1589486981597, 0), {"method": "GET", "path": "/", "query": {}, "headers": {}, "body": ""}),
    (
        (1589486981598, 0),
        {"method": "GET", "path": "/hello", "query": {"q": "1"}, "headers": {}, "body": ""},
    ),
    (
        (1589486981599, 0),
        {
            "method": "POST",
            "path": "/",
            "query": {},
            "headers": {"content-type": "application/json"},
            "body": {"name": "Luke"},
        },
    ),
]


def seed_demo_data(sandbox: Sandbox, user_id: str) -> None:
    milestone = f"demo-data:{user_id}"
    if sandbox.milestones.done(milestone):
        return
    components = {}
    for component_id, url in (("sc_JDi8EB", RSS_URL), ("sc_def456", HTTP_URL)):
        existing = sandbox.components.find(user_id, component_id)
        if existing is None:
            code = sample_code(KNOWN_URLS[url])
            assert code is not None
            existing = sandbox.components.save(
                user_id, read_component(code), component_url=url, component_id=component_id
            )
        components[component_id] = existing
    for source_id, component_id, name, props in DEMO_SOURCES:
        if sandbox.sources.get(user_id, source_id) is not None:
            continue
        component = components[component_id]
        configured = configure(component.configurable_props, props, component.name)
        sandbox.sources.create(user_id, component, name, configured, source_id=source_id)
    if not sandbox.events.page("dc_abc123", after=None, before=None, limit=1)[0]:
        for event_key, payload in DEMO_EVENTS:
            sandbox.events.add("dc_abc123", event_key, payload)
    sandbox.milestones.mark(milestone)  # last: an interrupted seeding is completed next start
