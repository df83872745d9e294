"""What cassette-backed tests share: where cassettes live, the server to record from, secret scrubbing.

`make cassettes` (scripts/record_cassettes.py) runs these tests with `--record-mode=rewrite` and
RECORD_BASE_URL / RECORD_API_KEY pointing at a freshly started sandbox, or at the real API when
PIPEDREAM_API_KEY is set. Otherwise they replay `tests/cassettes/<module>/<test>.yaml` with the
network blocked, and fail when a recorded interaction was not played.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

CASSETTES = Path(__file__).resolve().parent / "cassettes"
REDACTED = "<redacted>"
# Replay never touches the network, so any base URL works; matching ignores scheme, host and port.
BASE_URL = os.environ.get("RECORD_BASE_URL", "http://127.0.0.1:8787/v1")
API_KEY = os.environ.get("RECORD_API_KEY", "replay-key")
# OAuth client credentials to record with. Both are stored as REDACTED (the real API's client ID
# names the account), so a replay sends REDACTED and the recorded token request still matches.
CLIENT_ID = os.environ.get("RECORD_CLIENT_ID", REDACTED)
CLIENT_SECRET = os.environ.get("RECORD_CLIENT_SECRET", REDACTED)
# A key no server knows, for the 401 paths.
WRONG_KEY = "wrong-key-0000"
# JSON fields that hold a credential, masked wherever they appear (`token` is the one revoked).
SECRET_FIELDS = {"api_key", "access_token", "client_id", "client_secret", "refresh_token", "token"}
# A connected account's credentials: every field in it is a secret, whatever the app names it.
SECRET_OBJECTS = {"credentials"}


def _is_secret(key: str, value: Any) -> bool:
    return key in SECRET_FIELDS and not isinstance(value, (dict, list))


def _mask_field(key: str, value: Any) -> Any:
    if _is_secret(key, value):
        return REDACTED
    if key in SECRET_OBJECTS and isinstance(value, dict):
        return {field: REDACTED for field in value}
    return mask_secrets(value)


def mask_secrets(value: Any) -> Any:
    """The same JSON with every credential field and the recording key replaced."""
    if isinstance(value, dict):
        return {k: _mask_field(k, v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_secrets(v) for v in value]
    if isinstance(value, str) and API_KEY in value:
        return value.replace(API_KEY, REDACTED)
    return value


def _scrub_text(text: str, separators: tuple[str, str] | None = None) -> str:
    try:
        return json.dumps(mask_secrets(json.loads(text)), separators=separators)
    except ValueError:
        return text.replace(API_KEY, REDACTED)


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response["body"]["string"]
    cleaned = _scrub_text(body.decode() if isinstance(body, bytes) else body)
    response["body"]["string"] = cleaned.encode() if isinstance(body, bytes) else cleaned
    return response


def scrub_request(request: Any) -> Any:
    """A vcr request with the credentials in its JSON body (the token request's secret) masked."""
    if request.body:
        text = request.body.decode() if isinstance(request.body, bytes) else request.body
        # Compact separators, as httpx sends JSON, so a replayed request body matches.
        request.body = _scrub_text(text, separators=(",", ":")).encode()
    return request


def find_leaks(cassette: dict[str, Any], known_keys: list[str]) -> list[str]:
    """Every place in a loaded cassette where a credential survived the scrubbing."""
    leaks = []
    for n, interaction in enumerate(cassette.get("interactions", [])):
        for auth in interaction["request"]["headers"].get("authorization", []):
            if auth != f"Bearer {REDACTED}":
                leaks.append(f"interaction {n}: authorization header {auth[:12]}...")
        for part in ("request", "response"):
            body = interaction[part]["body"]
            text = body.get("string", "") if isinstance(body, dict) else (body or "")
            text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
            leaks += [f"interaction {n}: {part} body holds a known key" for k in known_keys if k in text]
            try:
                document = json.loads(text)
            except ValueError:
                continue
            leaks += [f"interaction {n}: {part} {k} not masked" for k, v in _secret_fields(document) if v != REDACTED]
    return leaks


def _secret_fields(value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        found = [(k, v) for k, v in value.items() if _is_secret(k, v)]
        for key, inner in value.items():
            if key in SECRET_OBJECTS and isinstance(inner, dict):
                found += [(f"{key}.{field}", secret) for field, secret in inner.items()]
            else:
                found += _secret_fields(inner)
        return found
    if isinstance(value, list):
        return [x for v in value for x in _secret_fields(v)]
    return []
