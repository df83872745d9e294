"""`make demo`: start the sandbox on a free loopback port and run the examples against it.

examples/quickstart.py authenticates with the API key, examples/oauth_workflow_errors.py with
OAuth client credentials; examples/live_tail.py tails a source's events live.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipedream_sandbox import run_in_thread

ROOT = Path(__file__).resolve().parent.parent


def run_example(name: str, env: dict[str, str]) -> int:
    return subprocess.run([sys.executable, str(ROOT / "examples" / name)], env=env).returncode


def main() -> int:
    with run_in_thread() as sandbox:
        print(f"sandbox serving {sandbox.base_url} (API key {sandbox.api_key})")
        # Only the credentials each example is about: neither sees the caller's real ones.
        base = {k: v for k, v in os.environ.items() if not k.startswith("PIPEDREAM_")}
        base["PIPEDREAM_BASE_URL"] = sandbox.base_url
        with_key = {**base, "PIPEDREAM_API_KEY": sandbox.api_key}
        with_oauth = {
            **base,
            "PIPEDREAM_CLIENT_ID": str(sandbox.client_id),
            "PIPEDREAM_CLIENT_SECRET": str(sandbox.client_secret),
        }
        if returncode := run_example("quickstart.py", with_key):
            return returncode
        print(f"\n\n## The same sandbox with OAuth client credentials (client {sandbox.client_id})")
        if returncode := run_example("oauth_workflow_errors.py", with_oauth):
            return returncode
        print("\n\n## Live events: a source's stream, as requests reach its endpoint")
        return run_example("live_tail.py", with_key)


if __name__ == "__main__":
    sys.exit(main())
