"""`python -m pipedream_sandbox`: serve the sandbox in the foreground until Ctrl-C."""

from __future__ import annotations

import argparse
import os
import sys

from .app import create_app
from .domain.oauth import TOKEN_TTL_SECONDS
from .outbound import OutboundPolicy
from .server import serve
from .streams import DEFAULT_HEARTBEAT_SECONDS, StreamSettings
from .users import API_KEY_ENV, CLIENT_ID_ENV, CLIENT_SECRET_ENV, OTHER_USER, default_users

DEFAULT_PORT = 8787
DB_ENV = "PIPEDREAM_SANDBOX_DB"
DEFAULT_DB = ".sandbox/pipedream-sandbox.db"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port must be a number, not {text!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"port must be between 1 and 65535, not {port}")
    return port


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return int(text)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m pipedream_sandbox",
        description="A local, stateful stand-in for the Pipedream REST API (v1).",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=None, help=f"port (default: $PORT, else {DEFAULT_PORT})"
    )
    parser.add_argument(
        "--db",
        default=os.environ.get(DB_ENV, DEFAULT_DB),
        help=f"SQLite file (default: ${DB_ENV}, else {DEFAULT_DB}); ':memory:' keeps nothing",
    )
    parser.add_argument(
        "--api-key",
        default=None,
        help=f"the demo user's API key (default: ${API_KEY_ENV}, else sandbox-demo-key)",
    )
    parser.add_argument(
        "--client-id",
        default=None,
        help=f"the demo OAuth client's ID (default: ${CLIENT_ID_ENV}, else sandbox-client-id)",
    )
    parser.add_argument(
        "--client-secret",
        default=None,
        help=f"its secret (default: ${CLIENT_SECRET_ENV}, else sandbox-client-secret)",
    )
    parser.add_argument(
        "--token-ttl",
        type=_positive,
        default=TOKEN_TTL_SECONDS,
        metavar="SECONDS",
        help=f"how long OAuth access tokens live (default {TOKEN_TTL_SECONDS})",
    )
    parser.add_argument(
        "--rate-limit",
        type=_positive,
        default=None,
        metavar="N",
        help="answer 429 after N requests per key per minute (default: off)",
    )
    parser.add_argument(
        "--no-demo-data",
        action="store_true",
        help="do not create the API document's example objects for the demo user",
    )
    parser.add_argument(
        "--allow-private-network",
        action="store_true",
        help="let webhooks and component_url reach private addresses (10/8, 172.16/12, "
        "192.168/16, fc00::/7); public and loopback ones are always allowed, link-local and "
        "metadata ones never",
    )
    parser.add_argument(
        "--heartbeat",
        type=_positive,
        default=DEFAULT_HEARTBEAT_SECONDS,
        metavar="SECONDS",
        help="seconds between the comment lines an idle live stream (GET /sources/{id}/sse) "
        f"sends (default {DEFAULT_HEARTBEAT_SECONDS:g})",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"]
    )
    args = parser.parse_args(argv)
    if args.port is None:
        env_port = os.environ.get("PORT")
        try:
            args.port = _port(env_port) if env_port else DEFAULT_PORT
        except argparse.ArgumentTypeError as error:
            parser.error(f"PORT: {error}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    users = default_users(args.api_key, args.client_id, args.client_secret)
    try:
        app = create_app(
            args.db,
            users=users,
            rate_limit=args.rate_limit,
            demo_data=not args.no_demo_data,
            token_ttl=args.token_ttl,
            outbound=OutboundPolicy(allow_private=args.allow_private_network),
            streams=StreamSettings(heartbeat_seconds=args.heartbeat),
        )
    except ValueError as error:  # a bad setting, or a damaged database file
        print(f"pipedream_sandbox: {error}", file=sys.stderr)
        return 2
    if app.state.sandbox.store.was_empty:
        print(
            f"pipedream_sandbox: {args.db} was an empty file (0 bytes); starting a new database"
            " in it",
            file=sys.stderr,
        )
    root = f"http://{args.host}:{args.port}"
    print(f"Pipedream sandbox: {root}/v1", flush=True)
    print(f"API key (demo user {users[0].id}): {users[0].api_key}", flush=True)
    print(
        f"OAuth client of workspace {users[0].org_id}: {users[0].client_id} / "
        f"{users[0].client_secret} (POST {root}/v1/oauth/token)",
        flush=True,
    )
    print(
        f"Second user for isolation tests ({OTHER_USER.id}): {OTHER_USER.api_key}, OAuth client "
        f"{OTHER_USER.client_id} / {OTHER_USER.client_secret}",
        flush=True,
    )
    print(
        f"Data: {args.db}    Try: curl -H 'Authorization: Bearer {users[0].api_key}' "
        f"{root}/v1/users/me",
        flush=True,
    )
    try:
        serve(app, args.host, args.port, args.log_level)
    except KeyboardInterrupt:  # uvicorn has shut down cleanly and re-raises the Ctrl-C
        print("Pipedream sandbox stopped.", flush=True)
    finally:
        app.state.sandbox.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
