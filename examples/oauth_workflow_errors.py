"""Authenticate with OAuth client credentials and read a workflow's errors.

Runs against whatever PIPEDREAM_CLIENT_ID, PIPEDREAM_CLIENT_SECRET and PIPEDREAM_BASE_URL point
at (`make demo` starts the sandbox and sets them). The client fetches an access token on first
use and refreshes it before it expires; neither the secret nor the token is ever printed.
"""

from __future__ import annotations

import sys

from pipedream_rest import PermissionDeniedError, Pipedream

WORKFLOW = sys.argv[1] if len(sys.argv) > 1 else "p_abc123"


def main() -> None:
    with Pipedream() as client:  # PIPEDREAM_CLIENT_ID / PIPEDREAM_CLIENT_SECRET
        print(f"client: {client!r}")
        for workspace in client.workspaces.list().data:
            print(f"acting for workspace {workspace.id} ({workspace.name})")

        print(f"\n== The last errors of workflow {WORKFLOW}")
        for summary in client.workflows.list_errors(WORKFLOW, limit=5).data:
            error = summary.event.error
            print(f"{summary.id}  {error.code} in step {error.cell_id}")

        try:
            client.users.get_current()
        except PermissionDeniedError as err:
            print(f"\nusers/me needs a user API key: {err}")


if __name__ == "__main__":
    main()
