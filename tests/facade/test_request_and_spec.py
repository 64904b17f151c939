"""`client.request` (any request through the transport) and `pylon.spec` (the operations as data)."""

from __future__ import annotations

import httpx
import pytest

from pylon import AsyncPylon, NotFoundError, Pylon, PylonValidationError, RateLimitError
from pylon.spec import catalog
from pylon.testing import seeded_simulator

KEY = "pylon_test_key_0123456789"


def test_request_sends_anything_with_auth_and_typed_errors() -> None:
    sim = seeded_simulator(issues=12)
    with Pylon(api_key=KEY, transport=sim.transport(), base_url="http://127.0.0.1:1") as client:
        me = client.request("GET", "/me")
        assert set(me) == {"data", "request_id"}
        page = client.request("POST", "/issues/search", json={"filter": {
            "field": "state", "operator": "in", "values": ["new", "on_hold", "closed"]}, "limit": 2})  # fmt: skip
        assert len(page["data"]) == 2 and "cursor" in page["pagination"]
        with pytest.raises(NotFoundError) as caught:
            client.request("GET", "/issues/nope", params={"x": None})
        assert caught.value.request_id
    assert sim.requests[-1].path == "/issues/nope" and sim.requests[-1].query == ""


@pytest.mark.parametrize(
    "path", ["https://user:SECRET@evil.example/me", "//evil.example/me", "me", ""]
)
def test_request_takes_only_a_path_on_the_configured_host(path: str) -> None:
    with (
        Pylon(api_key=KEY, base_url="http://127.0.0.1:1") as client,
        pytest.raises(PylonValidationError, match="path must start with one '/'") as caught,
    ):
        client.request("GET", path)
    assert "SECRET" not in str(caught.value)


def test_request_is_retried_and_typed_like_any_call() -> None:
    calls: list[httpx.Request] = []
    auth: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        auth.append(request.headers.get("authorization"))
        if len(calls) == 1 or request.url.path == "/always-429":
            return httpx.Response(429, headers={"Retry-After": "0"}, json={"errors": ["slow"]})
        return httpx.Response(200, json={"data": {"id": "o1"}, "request_id": "r"})

    transport = httpx.MockTransport(answer)
    with Pylon(api_key=KEY, transport=transport, base_url="http://127.0.0.1:1") as client:
        assert client.request("GET", "/me")["data"]["id"] == "o1"
        assert len(calls) == 2  # retried after the 429, like any read
        assert auth[:2] == [f"Bearer {KEY}"] * 2
        with pytest.raises(RateLimitError):
            client.with_options(max_retries=0).request("GET", "/always-429")


async def test_async_request() -> None:
    sim = seeded_simulator(issues=1)
    async with AsyncPylon(
        api_key=KEY, transport=sim.transport(), base_url="http://127.0.0.1:1"
    ) as client:
        assert (await client.request("GET", "/me"))["data"]["id"]


def test_an_empty_answer_is_none() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    with Pylon(api_key=KEY, transport=transport, base_url="http://127.0.0.1:1") as client:
        assert client.request("DELETE", "/tags/t1") is None


def test_the_catalog_is_the_operation_table_joined_with_the_spec() -> None:
    from pylon_openapi.spec_tables import OPERATIONS

    ops = catalog()
    assert len(ops) == len(OPERATIONS) == 114
    for op in ops:
        assert (op.method, op.path) == (OPERATIONS[op.id]["method"], OPERATIONS[op.id]["path"])
        assert [p.name for p in op.path_params] == list(OPERATIONS[op.id]["path_params"])
        assert [q.name for q in op.query_params] == list(OPERATIONS[op.id]["query_params"])
    update = ops.operation("UpdateIssue")
    fields = {f.name: f for f in update.body_fields}
    assert (
        fields["type"].enum == ("conversation", "ticket") and fields["tags"].item_type == "string"
    )
    assert fields["tags"].accepts(["a"]) and not fields["tags"].accepts("a")
    assert not fields["customer_portal_visible"].accepts(1)
    assert ops.match("POST", "/issues/search").id == "SearchIssues"
    assert ops.match("GET", "/issues/iss_1").id == "GetIssue"
    assert ops.match("GET", "/nowhere") is None
    accounts = ops.operation("GetAccounts")
    assert accounts.paged and accounts.cursor_in == "query" and accounts.limit_max == 999
    assert ops.operation("GetIssues").time_window.max_days == 30  # type: ignore[union-attr]


def test_request_types_what_httpx_raises_before_sending() -> None:
    with (
        Pylon(api_key=KEY, base_url="http://127.0.0.1:1") as client,
        pytest.raises(PylonValidationError, match="cannot be encoded"),
    ):
        client.request("POST", "/issues/search", json={"filter": "\ud800"})


@pytest.mark.parametrize("method", ["GE T", "", 42, "GET\r\nX-Injected: 1"])
def test_request_refuses_a_method_that_is_not_one(method: object) -> None:
    with (
        Pylon(api_key=KEY, base_url="http://127.0.0.1:1") as client,
        pytest.raises(PylonValidationError, match=r"^request: .* is not an HTTP method\.$"),
    ):
        client.request(method, "/me")  # type: ignore[arg-type]


def test_request_answers_none_for_an_empty_body_and_sends_multipart() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200 if request.method == "POST" else 204)

    transport = httpx.MockTransport(answer)
    with Pylon(api_key=KEY, transport=transport, base_url="http://127.0.0.1:1") as client:
        assert client.request("DELETE", "/tags/t1") is None
        files = {"file": ("notes.txt", b"hello", "text/plain")}
        assert client.request("POST", "/attachments", files=files, data={"name": "n"}) is None
    upload = seen[-1]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert b'filename="notes.txt"' in upload.content and b"hello" in upload.content


def test_a_body_field_of_the_wrong_type_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": {"id": "iss_1"}})

    transport = httpx.MockTransport(answer)
    with (
        Pylon(api_key=KEY, transport=transport, base_url="http://127.0.0.1:1") as client,
        pytest.raises(PylonValidationError, match="CreateIssue"),
    ):
        client.issues.create(title=5, body_html="<p>x</p>")  # type: ignore[arg-type]
    assert sent == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": 5}, "CreateIssue: title must be a string, not int (5)."),
        ({"tags": "vip"}, "CreateIssue: tags must be a list of a string, not str ('vip')."),
        ({"tags": ["vip", 3]}, "CreateIssue: tags must be a list of a string, not list"),
        ({"author_unverified": "yes"}, "author_unverified must be true or false, not str"),
        (
            {"destination_metadata": "email"},
            "CreateIssueRequest.destination_metadata",
        ),  # the model judges it
        ({"title": "x" * 100}, None),  # fits: sent
        ({"tags": ("a", "b"), "author_unverified": False, "custom_fields": []}, None),
    ],
)
def test_body_values_are_checked_against_the_spec_types(
    fields: dict[str, object], message: str | None
) -> None:
    """A value of the wrong type is refused before sending, naming the operation, the field,
    what the spec wants and what was given; values that fit go out as given."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": {"id": "iss_1"}})

    body = {"title": "T", "body_html": "<p>x</p>", **fields}
    transport = httpx.MockTransport(answer)
    with Pylon(api_key=KEY, transport=transport, base_url="http://127.0.0.1:1") as client:
        if message is None:
            client.issues.create(**body)  # type: ignore[arg-type]
            assert len(sent) == 1
            return
        with pytest.raises(PylonValidationError) as caught:
            client.issues.create(**body)  # type: ignore[arg-type]
    assert message in str(caught.value)
    assert sent == []
