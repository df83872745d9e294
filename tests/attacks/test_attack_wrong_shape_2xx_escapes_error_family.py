"""Attack: a 2xx answer that is valid JSON of the wrong shape must raise the package's
``APIResponseValidationError`` (status, method, path, what did not fit), not the generated
parser's ``KeyError``/``TypeError``/``ValueError``/``AttributeError`` (issue 11, item 2).

It must hold for the plain generated ``sync``/``asyncio`` calls on the generated
``AuthenticatedClient`` too, not only through ``pipedream_rest.Pipedream``: the check lives in the
generated code (templates/endpoint_module.py.jinja), and the class it raises is the one users
catch from ``pipedream_rest``. A real loopback server sends the bodies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from loopback_http import LoopbackServer, Reply
from pipedream_rest import APIError, APIResponseValidationError, Pipedream, PipedreamError
from pipedream_rest_client import AuthenticatedClient
from pipedream_rest_client.api.sources import list_sources
from pipedream_rest_client.api.users import get_current_user
from pipedream_rest_client.models import SourceList

API_KEY = "pd_attack_0123456789abcdef0123456789"
PATH = "/v1/users/me/sources"

# body sent with 200 -> what the error must say did not fit
WRONG_SHAPES = {
    "missing-required": ({"data": []}, "required field 'page_info' is missing"),
    "array-not-object": (
        [{"id": "dc_1"}],
        "does not fit SourceList: expected an object, got an array",
    ),
    "null": (None, "expected an object, got null"),
    "item-is-a-number": (
        {"data": [7], "page_info": {}},
        "does not fit SourceList > Source: expected an object, got a number",
    ),
    "page-info-is-a-string": (
        {"data": [], "page_info": "next"},
        "does not fit SourceList > PageInfo: expected an object, got a string",
    ),
}
CLIENTS: dict[str, Callable[[str], AuthenticatedClient]] = {
    "generated": lambda url: AuthenticatedClient(base_url=url, token=API_KEY),
    "overlay": lambda url: Pipedream(API_KEY, base_url=url, max_retries=0),
}


def assert_reported(error: APIResponseValidationError, fits: str) -> None:
    assert isinstance(error, APIError) and isinstance(error, PipedreamError)
    assert (error.status_code, error.method, error.path) == (200, "GET", PATH)
    assert fits in error.message and f"(GET {PATH})" in str(error)
    assert error.__cause__ is None and error.__suppress_context__


@pytest.mark.parametrize("client_kind", sorted(CLIENTS))
@pytest.mark.parametrize("shape", sorted(WRONG_SHAPES))
def test_a_2xx_of_the_wrong_shape_raises_validation_error(client_kind: str, shape: str) -> None:
    body, fits = WRONG_SHAPES[shape]
    with LoopbackServer(lambda _: Reply.json(200, body)) as server:
        client = CLIENTS[client_kind](f"{server.url}/v1")
        with client, pytest.raises(APIResponseValidationError) as caught:
            list_sources.sync(client=client)
    assert_reported(caught.value, fits)


@pytest.mark.parametrize("client_kind", sorted(CLIENTS))
@pytest.mark.parametrize("shape", sorted(WRONG_SHAPES))
async def test_a_2xx_of_the_wrong_shape_raises_validation_error_async(
    client_kind: str, shape: str
) -> None:
    body, fits = WRONG_SHAPES[shape]
    with LoopbackServer(lambda _: Reply.json(200, body)) as server:
        client = CLIENTS[client_kind](f"{server.url}/v1")
        async with client:
            with pytest.raises(APIResponseValidationError) as caught:
                await list_sources.asyncio(client=client)
    assert_reported(caught.value, fits)


@pytest.mark.parametrize("client_kind", sorted(CLIENTS))
def test_a_2xx_that_is_not_json_raises_validation_error(client_kind: str) -> None:
    reply = Reply(200, b"<html>maintenance</html>", {"content-type": "application/json"})
    with LoopbackServer(lambda _: reply) as server:
        client = CLIENTS[client_kind](f"{server.url}/v1")
        with client, pytest.raises(APIResponseValidationError) as caught:
            list_sources.sync_detailed(client=client)
    assert "is not valid JSON" in caught.value.message
    assert caught.value.body == "<html>maintenance</html>"


def test_the_class_raised_by_generated_code_is_the_one_users_catch() -> None:
    import pipedream_rest
    import pipedream_rest_runtime.errors

    assert pipedream_rest.APIResponseValidationError is (
        pipedream_rest_runtime.errors.APIResponseValidationError
    )
    assert pipedream_rest.PipedreamError is pipedream_rest_runtime.errors.PipedreamError


def test_a_user_body_without_its_data_names_the_model() -> None:
    with LoopbackServer(lambda _: Reply.json(200, {"user": {}})) as server:
        client = AuthenticatedClient(base_url=f"{server.url}/v1", token=API_KEY)
        with client, pytest.raises(APIResponseValidationError) as caught:
            get_current_user.sync(client=client)
    assert "does not fit UserResponse: required field 'data' is missing" in str(caught.value)


@pytest.mark.parametrize("client_kind", sorted(CLIENTS))
def test_a_value_of_another_type_is_kept_as_it_came(client_kind: str) -> None:
    """README: the models check shapes and required fields, "not the type of every value: a
    string where the spec says integer is kept as it came"."""
    source = {
        "id": "dc_1", "component_id": "sc_1", "configured_props": {}, "active": "yes",
        "created_at": "1589486981", "updated_at": 1589486981, "name": "n", "name_slug": "n",
    }  # fmt: skip
    body = {"data": [source], "page_info": {"count": "1"}}
    with LoopbackServer(lambda _: Reply.json(200, body)) as server:
        client = CLIENTS[client_kind](f"{server.url}/v1")
        with client:
            page = list_sources.sync(client=client)
    assert isinstance(page, SourceList)
    parsed = page.data[0]
    assert (parsed.created_at, parsed.active, parsed.updated_at) == (
        "1589486981",
        "yes",
        1589486981,
    )
    assert page.page_info.count == "1"
