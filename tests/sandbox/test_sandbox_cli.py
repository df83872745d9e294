"""`python -m pipedream_sandbox`: options, environment, and the users it creates."""

from __future__ import annotations

from typing import Any

import pytest
from pipedream_sandbox import (
    API_KEY_ENV,
    CLIENT_ID_ENV,
    CLIENT_SECRET_ENV,
    DEMO_API_KEY,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    OTHER_API_KEY,
    OTHER_CLIENT_ID,
)
from pipedream_sandbox.__main__ import DEFAULT_PORT, main, parse_args
from pipedream_sandbox.users import UserDirectory, default_users


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PORT", raising=False)
    monkeypatch.delenv("PIPEDREAM_SANDBOX_DB", raising=False)
    args = parse_args([])
    assert (args.host, args.port, args.api_key, args.rate_limit) == (
        "127.0.0.1",
        DEFAULT_PORT,
        None,
        None,
    )
    assert args.db.endswith(".db") and not args.no_demo_data


def test_port_from_the_environment_and_flags_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "9100")
    assert parse_args([]).port == 9100
    assert parse_args(["--port", "9200"]).port == 9200


@pytest.mark.parametrize(
    "argv", [["--port", "0"], ["--port", "http"], ["--rate-limit", "0"], ["--token-ttl", "0"]]
)
def test_bad_options_exit_with_usage(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        parse_args(argv)
    assert caught.value.code == 2
    assert "error" in capsys.readouterr().err


def test_bad_port_in_the_environment_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PORT", "eighty")
    with pytest.raises(SystemExit):
        parse_args([])
    assert "PORT" in capsys.readouterr().err


def test_demo_key_from_flag_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    assert default_users()[0].api_key == DEMO_API_KEY
    monkeypatch.setenv(API_KEY_ENV, "from-env")
    assert default_users()[0].api_key == "from-env"
    assert default_users("from-flag")[0].api_key == "from-flag"
    assert [u.id for u in default_users()] == ["u_demo01", "u_other1"]


def test_a_key_shared_by_two_users_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="already used"):
        UserDirectory(default_users(OTHER_API_KEY))
    assert main(["--api-key", OTHER_API_KEY, "--db", ":memory:"]) == 2
    assert "already used" in capsys.readouterr().err


def test_oauth_client_from_flags_then_environment_then_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(CLIENT_ID_ENV, raising=False)
    monkeypatch.delenv(CLIENT_SECRET_ENV, raising=False)
    demo = default_users()[0]
    assert (demo.client_id, demo.client_secret) == (DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
    monkeypatch.setenv(CLIENT_ID_ENV, "env-id")
    monkeypatch.setenv(CLIENT_SECRET_ENV, "env-secret")
    demo = default_users()[0]
    assert (demo.client_id, demo.client_secret) == ("env-id", "env-secret")
    demo = default_users(None, "flag-id", "flag-secret")[0]
    assert (demo.client_id, demo.client_secret) == ("flag-id", "flag-secret")
    args = parse_args(["--client-id", "a", "--client-secret", "b", "--token-ttl", "60"])
    assert (args.client_id, args.client_secret, args.token_ttl) == ("a", "b", 60)
    assert parse_args([]).token_ttl == 3600


def test_a_client_id_shared_by_two_users_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match="already used"):
        UserDirectory(default_users(None, OTHER_CLIENT_ID, "x"))
    assert main(["--client-id", OTHER_CLIENT_ID, "--db", ":memory:"]) == 2
    assert "already used" in capsys.readouterr().err


def test_database_from_flag_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """README: PIPEDREAM_SANDBOX_DB (or --db) changes the database file."""
    monkeypatch.delenv("PIPEDREAM_SANDBOX_DB", raising=False)
    assert parse_args([]).db == ".sandbox/pipedream-sandbox.db"
    monkeypatch.setenv("PIPEDREAM_SANDBOX_DB", "/tmp/from-env.db")
    assert parse_args([]).db == "/tmp/from-env.db"
    assert parse_args(["--db", "flag.db"]).db == "flag.db"


def test_the_readme_flags_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SANDBOX_ARGS example of README's sandbox section."""
    monkeypatch.delenv("PORT", raising=False)
    args = parse_args(
        ["--port", "9000", "--api-key", "k", "--db", "path", "--rate-limit", "30", "--no-demo-data"]
    )
    assert (args.port, args.api_key, args.db, args.rate_limit) == (9000, "k", "path", 30)
    assert args.no_demo_data


def test_make_sandbox_prints_its_url_and_the_demo_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: "`make sandbox`   # http://127.0.0.1:8787/v1, prints the API key: sandbox-demo-key"."""
    import pipedream_sandbox.__main__ as cli

    for name in ("PORT", API_KEY_ENV, CLIENT_ID_ENV, CLIENT_SECRET_ENV):
        monkeypatch.delenv(name, raising=False)
    served: list[tuple[str, int]] = []
    monkeypatch.setattr(cli, "serve", lambda app, host, port, level: served.append((host, port)))
    assert main(["--db", ":memory:"]) == 0
    out = capsys.readouterr().out
    assert served == [("127.0.0.1", 8787)]
    assert (
        "http://127.0.0.1:8787/v1" in out and f"API key (demo user u_demo01): {DEMO_API_KEY}" in out
    )
    assert f"{DEMO_CLIENT_ID} / {DEMO_CLIENT_SECRET}" in out


def test_heartbeat_and_private_network_flags_reach_the_served_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """README: `--heartbeat SECONDS` sets the live streams' idle comment interval (default 15),
    and `--allow-private-network` the outbound policy, of the app `make sandbox` serves."""
    import pipedream_sandbox.__main__ as cli

    monkeypatch.delenv("PORT", raising=False)
    served: list[Any] = []
    monkeypatch.setattr(cli, "serve", lambda app, host, port, level: served.append(app))
    assert main(["--db", ":memory:"]) == 0
    assert main(["--db", ":memory:", "--heartbeat", "2", "--allow-private-network"]) == 0
    default, chosen = (app.state.sandbox for app in served)
    assert default.streams.settings.heartbeat_seconds == 15
    assert chosen.streams.settings.heartbeat_seconds == 2
    assert not default.outbound.allow_private and chosen.outbound.allow_private


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_a_bad_heartbeat_is_named(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--heartbeat", value])
    assert "--heartbeat" in capsys.readouterr().err
