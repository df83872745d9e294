"""The secret mask as a table: which echoes of a secret it finds, and what it leaves alone."""

from __future__ import annotations

import httpx
import pytest
from pipedream_rest_runtime.masking import (
    MASK,
    SECRETS_EXTENSION,
    SecretMask,
    mask_for,
    secret_fields_in,
)

SECRET = "pd_k3y/with+plus=and0123456789abcdef"
MASK_OF_SECRET = SecretMask([SECRET])


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"bad key {SECRET}!", "bad key ***!"),
        (f"bad key {SECRET.upper()}", "bad key ***"),
        ("key=pd_k3y%2Fwith%2bplus%3Dand0123456789abcdef&x=1", "key=***&x=1"),
        ("pd_k3y\\/with\\u002bplus=and0123456789abcdef", "***"),
        (f"cut: {SECRET[:14]}…", "cut: ***…"),
        (f"tail: {SECRET[-12:]}", "tail: ***"),
        (f"short: {SECRET[-11:]}", f"short: {SECRET[-11:]}"),  # 11 characters: left alone
        ("nothing secret here", "nothing secret here"),
    ],
)
def test_mask_table(text: str, shown: str) -> None:
    assert MASK_OF_SECRET.text(text) == shown


def test_very_short_secrets_are_not_masked() -> None:
    assert SecretMask(["abc"]).text("abcabc") == "abcabc" and not SecretMask(["abc"])


def test_parsed_json_is_masked_keys_and_values() -> None:
    value = {SECRET: [SECRET, 1, None, {"k": f"x{SECRET}"}]}
    assert MASK_OF_SECRET.value(value) == {MASK: [MASK, 1, None, {"k": f"x{MASK}"}]}


def test_a_request_gives_its_bearer_credential_and_the_overlays_secrets() -> None:
    request = httpx.Request(
        "GET",
        "http://x/v1",
        headers={"Authorization": "Bearer tok_0123456789abcdef"},
        extensions={SECRETS_EXTENSION: ("client-secret-0123456789",)},
    )
    shown = mask_for(request).text("tok_0123456789abcdef client-secret-0123456789")
    assert shown == f"{MASK} {MASK}"


def test_secret_fields_are_found_at_any_depth() -> None:
    body = {"data": [{"access_token": "a" * 20, "other": {"api_key": "k" * 20}}], "n": 1}
    assert secret_fields_in(body) == {"a" * 20, "k" * 20}
