"""A stateful local stand-in for the Pipedream REST API (v1), following openapi.yaml.

python -m pipedream_sandbox            # http://127.0.0.1:8787/v1, key sandbox-demo-key

from pipedream_sandbox import run_in_thread
with run_in_thread(api_key="test-key") as server:
    server.base_url                    # http://127.0.0.1:<free port>/v1
"""

from .app import create_app
from .server import RunningSandbox, run_in_thread
from .users import API_KEY_ENV, DEMO_API_KEY, OTHER_API_KEY, SandboxUser

__all__ = [
    "API_KEY_ENV",
    "DEMO_API_KEY",
    "OTHER_API_KEY",
    "RunningSandbox",
    "SandboxUser",
    "create_app",
    "run_in_thread",
]
