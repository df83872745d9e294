"""Re-record tests/cassettes/ from a running server: `make cassettes`.

Without PIPEDREAM_API_KEY: starts a fresh sandbox on a free loopback port and records from it.
With PIPEDREAM_API_KEY (and optionally PIPEDREAM_BASE_URL): records from the real API instead.
Each cassette folder gets a RECORDED.json naming the server, its version and the date. The
recording key is scrubbed from every cassette (tests/cassette_tools.py), which is then checked.
"""

from __future__ import annotations

import datetime
import json
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "cassettes"
REAL_API = "https://api.pipedream.com/v1"


@contextmanager
def server() -> Iterator[tuple[str, dict[str, str], dict[str, str]]]:
    """Base URL, credentials (as RECORD_* variables) and a description of the server to record from."""
    key = os.environ.get("PIPEDREAM_API_KEY")
    if key:
        base_url = os.environ.get("PIPEDREAM_BASE_URL", REAL_API).rstrip("/")
        credentials = {
            "RECORD_API_KEY": key,
            "RECORD_CLIENT_ID": os.environ.get("PIPEDREAM_CLIENT_ID", ""),
            "RECORD_CLIENT_SECRET": os.environ.get("PIPEDREAM_CLIENT_SECRET", ""),
        }
        yield base_url, credentials, {"server": base_url, "version": "Pipedream REST API v1"}
        return
    from pipedream_sandbox import WebhookDelivery, loopback_only, run_in_thread
    from pipedream_sandbox.users import default_users

    key = f"recording-{secrets.token_hex(8)}"
    secret = f"recording-secret-{secrets.token_hex(8)}"
    # A fixed seed keeps generated IDs stable, so a re-recording only changes what really changed.
    # Webhooks are delivered to loopback addresses only: a recording never posts anywhere else.
    with run_in_thread(
        users=default_users(api_key=key, client_secret=secret),
        seed=2020,
        rate_limit=None,
        webhooks=WebhookDelivery(allow=loopback_only),
    ) as sandbox:
        credentials = {
            "RECORD_API_KEY": key,
            "RECORD_CLIENT_ID": sandbox.client_id,
            "RECORD_CLIENT_SECRET": secret,
        }
        yield sandbox.base_url, credentials, {
            "server": "pipedream_sandbox (this repository's sandbox/)",
            "version": f"pipedream-rest {version('pipedream-rest')} at {git_commit()}",
        }


def git_commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    )
    return result.stdout.strip() or "unknown commit"


def main() -> int:
    shutil.rmtree(CASSETTES, ignore_errors=True)
    with server() as (base_url, credentials, description):
        env = {**os.environ, "RECORD_BASE_URL": base_url, **credentials}
        recorded = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/recorded",
             "--record-mode=rewrite"],
            cwd=ROOT, env=env,
        )
    if recorded.returncode != 0:
        print("recording failed: the cassettes above are incomplete", file=sys.stderr)
        return recorded.returncode
    stamp = {**description, "recorded_at": datetime.date.today().isoformat()}
    for folder in sorted(p for p in CASSETTES.iterdir() if p.is_dir()):
        (folder / "RECORDED.json").write_text(json.dumps(stamp, indent=2) + "\n")
    print(f"recorded {len(list(CASSETTES.rglob('*.yaml')))} cassettes from {stamp['server']}")
    # Replay at once: proves the cassettes are complete and hold no secret.
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/recorded",
         "tests/test_cassettes.py"],
        cwd=ROOT,
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
