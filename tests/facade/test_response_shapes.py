"""Success responses whose envelope is not the documented shape, and empty successes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pylon import APIResponseValidationError, AsyncPylon
from tests.facade.conftest import KEY

ISSUE = {"id": "iss_1", "number": 7, "title": "t", "state": "new"}

# (call, whether the operation documents `data` as a list)
CALLS: dict[str, tuple[Callable[[Any], Any], bool]] = {
    "issues.get": (lambda c: c.issues.get("iss_1"), False),
    "me.get": (lambda c: c.me.get(), False),
    "issues.create": (lambda c: c.issues.create(title="t", description="d", account_id="a"), False),
    "issues.followers.list": (lambda c: c.issues.followers.list("iss_1"), True),
    "issues.search page": (
        lambda c: c.issues.search(
            {"field": "state", "operator": "equals", "value": "new"}
        ).first_page(),
        True,
    ),
}


def _bodies(is_list: bool) -> dict[str, dict[str, Any]]:
    wrong = {"id": "x"} if is_list else [ISSUE]
    return {
        "no data": {"request_id": "req_shape"},
        "wrong type": {"data": wrong, "request_id": "req_shape"},
        "null": {"data": None, "request_id": "req_shape"},
        "a string": {"data": "oops", "request_id": "req_shape"},
    }


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("shape", ["no data", "wrong type", "null", "a string"])
def test_a_success_without_documented_data_is_a_typed_error(
    make_client: Any, name: str, shape: str
) -> None:
    # Fails on the old main: a 200 without `data` returned None (or [] / a model built from
    # the wrong JSON type) instead of raising.
    call, is_list = CALLS[name]
    body = _bodies(is_list)[shape]
    client, rec = make_client(lambda request: httpx.Response(200, json=body))
    with pytest.raises(APIResponseValidationError) as caught:
        call(client)
    error = caught.value
    assert error.status_code == 200
    assert error.request_id == "req_shape"
    assert "`data`" in str(error)
    assert len(rec.requests) == 1


def test_async_client_refuses_a_success_without_data() -> None:
    async def go() -> None:
        transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"request_id": "r9"}))
        async with AsyncPylon(
            api_key=KEY, base_url="http://127.0.0.1:9", transport=transport, rate_limit=False
        ) as client:
            with pytest.raises(APIResponseValidationError) as caught:
                await client.issues.get("iss_1")
            assert caught.value.request_id == "r9" and caught.value.status_code == 200

    asyncio.run(go())


def test_well_formed_envelopes_still_parse(make_client: Any) -> None:
    client, _ = make_client(lambda r: httpx.Response(200, json={"data": ISSUE, "request_id": "r"}))
    assert client.issues.get("iss_1").title == "t"
    client, _ = make_client(lambda r: httpx.Response(200, json={"data": [], "request_id": "r"}))
    assert client.issues.followers.list("iss_1") == []


# -- empty successes (issue 11, item 18) ----------------------------------------------------


@pytest.mark.parametrize("status", [200, 202, 204])
def test_delete_answered_with_an_empty_success_is_success(make_client: Any, status: int) -> None:
    # Fails on the old main: DELETE answered 204 with no body raised APIResponseValidationError.
    client, rec = make_client(lambda request: httpx.Response(status))
    assert client.issues.delete("iss_1") is None
    assert client.issues.messages.delete("iss_1", "m_1") is None
    assert [r.method for r in rec.requests] == ["DELETE", "DELETE"]


def test_an_empty_200_to_a_read_is_still_an_error(make_client: Any) -> None:
    client, _ = make_client(lambda request: httpx.Response(200))
    with pytest.raises(APIResponseValidationError):
        client.issues.get("iss_1")
