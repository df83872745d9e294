"""Secrets stay secret: client repr, errors, logs and the user model's api_key."""

from __future__ import annotations

import logging

import pytest
from overlay_fakes import API_KEY, BASE_URL, json_response
from pipedream_rest import AuthenticationError, Pipedream, mask_secret
from pipedream_rest.logs import logger
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client.api.sources import list_sources
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.models import User, UserResponse

USER_KEY = "ffffeeeeddddccccbbbbaaaa99998888"
USER_BODY = {
    "data": {"id": "u_1", "username": "ada", "email": "ada@example.com", "api_key": USER_KEY}
}


def test_the_generated_client_alone_would_leak_the_key() -> None:
    # Why the overlay exists: if this stops being true, the masking below may be dropped.
    assert API_KEY in repr(AuthenticatedClient(base_url=BASE_URL, token=API_KEY))


def test_client_repr_and_str_show_at_most_the_last_four_characters() -> None:
    client = Pipedream(API_KEY, base_url=BASE_URL)
    for text in (repr(client), str(client), f"{client}"):
        assert API_KEY not in text and API_KEY[:-4] not in text and API_KEY[-5:] not in text
        assert "…KRET" in text
    assert repr(client) == f"Pipedream(base_url='{BASE_URL}', api_key='…KRET', max_retries=2)"


@pytest.mark.parametrize("key", ["abc", "0123456789abcde"])
def test_a_short_key_is_not_shown_at_all(key) -> None:
    assert key[-4:] not in repr(Pipedream(key, base_url=BASE_URL))
    assert mask_secret(key) == "***"


def test_user_model_masks_api_key_in_repr(client, server) -> None:
    server.answer(json_response(200, USER_BODY))
    response = get_current_user.sync(client=client)
    assert isinstance(response, UserResponse)
    assert response.data.api_key == USER_KEY  # the value itself is untouched
    for text in (repr(response), str(response), repr(response.data), str(response.data)):
        assert USER_KEY not in text and USER_KEY[:-4] not in text
        assert "api_key='…8888'" in text
    assert "username='ada'" in repr(response.data)


def test_user_model_without_api_key_still_prints() -> None:
    assert "id='u_2'" in repr(User(id="u_2", username="u", email="u@example.com"))


def test_logs_carry_method_path_status_attempt_and_delay_only(
    make_client, server, monkeypatch, caplog, restore_logger
) -> None:
    monkeypatch.setenv("PIPEDREAM_LOG", "debug")
    server.answer(
        json_response(503, {"error": "secret-body-text"}, headers={"x-h": "secret-header"}),
        json_response(200, {"data": [{"id": "body-item-id"}], "page_info": {}}),
    )
    with caplog.at_level(logging.DEBUG, logger="pipedream_rest"), make_client() as client:
        list_sources.sync(client=client, limit=3, include="secret-query-value")
    records = [r for r in caplog.records if r.name == "pipedream_rest"]
    messages = [r.getMessage() for r in records]
    assert messages == [
        "GET /v1/users/me/sources -> 503 (attempt 1 of 3); retrying in 0.50s",
        "GET /v1/users/me/sources -> 200 (attempt 2)",
    ]
    everything = "\n".join(messages)
    for secret in (API_KEY, API_KEY[-4:], "Bearer", "secret-body-text", "secret-header",
                   "body-item-id", "secret-query-value"):  # fmt: skip
        assert secret not in everything


def test_pipedream_log_debug_switches_the_logger_on(monkeypatch, restore_logger) -> None:
    monkeypatch.setenv("PIPEDREAM_LOG", "debug")
    Pipedream(API_KEY, base_url=BASE_URL)
    Pipedream(API_KEY, base_url=BASE_URL)
    assert logger.level == logging.DEBUG
    added = [h for h in logger.handlers if type(h).__name__ == "_StderrHandler"]
    assert len(added) == 1  # not one per client


def test_logger_is_quiet_without_pipedream_log(monkeypatch, restore_logger) -> None:
    monkeypatch.delenv("PIPEDREAM_LOG", raising=False)
    logger.setLevel(logging.NOTSET)
    Pipedream(API_KEY, base_url=BASE_URL)
    assert logger.level == logging.NOTSET and not logger.handlers


def test_error_from_a_bad_key_does_not_echo_it(make_client, server) -> None:
    server.answer(json_response(401, {"error": "invalid api key"}))
    with make_client() as client, pytest.raises(AuthenticationError) as caught:
        get_current_user.sync(client=client)
    assert API_KEY not in str(caught.value) + repr(caught.value)
