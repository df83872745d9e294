"""A stateful local stand-in for the Pipedream REST API (v1), following openapi.yaml.

python -m pipedream_sandbox            # http://127.0.0.1:8787/v1, key sandbox-demo-key

from pipedream_sandbox import run_in_thread
with run_in_thread(api_key="test-key") as server:
    server.base_url                    # http://127.0.0.1:<free port>/v1
    server.wait_for_webhooks()         # until every queued webhook delivery has finished
"""

from .app import create_app
from .delivery import DeliveryResult, WebhookDelivery, deliver_anywhere, loopback_only
from .domain.oauth import TOKEN_TTL_SECONDS
from .limits import Limits
from .outbound import OutboundPolicy, OutboundRefused
from .server import RunningSandbox, run_in_thread
from .users import (
    API_KEY_ENV,
    CLIENT_ID_ENV,
    CLIENT_SECRET_ENV,
    DEMO_API_KEY,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    OTHER_API_KEY,
    OTHER_CLIENT_ID,
    OTHER_CLIENT_SECRET,
    SandboxUser,
)

__all__ = [
    "API_KEY_ENV",
    "CLIENT_ID_ENV",
    "CLIENT_SECRET_ENV",
    "DEMO_API_KEY",
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "OTHER_API_KEY",
    "OTHER_CLIENT_ID",
    "OTHER_CLIENT_SECRET",
    "TOKEN_TTL_SECONDS",
    "DeliveryResult",
    "Limits",
    "OutboundPolicy",
    "OutboundRefused",
    "RunningSandbox",
    "SandboxUser",
    "WebhookDelivery",
    "create_app",
    "deliver_anywhere",
    "loopback_only",
    "run_in_thread",
]
