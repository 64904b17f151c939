"""Auth on a private copy of each request, only for Pylon's origin; the User-Agent; base paths."""

from __future__ import annotations

import httpx
import pytest

import pylon
from pylon._errors import APIConnectionError, error_for_response
from pylon._response_info import call_info
from pylon._transport import USER_AGENT

from ._support import CANARY, FakeClock, Harness, json_response, make_config, respond, wired_client


def capture(seen: list[dict[str, str]], status: int = 200) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.headers))  # copied now: the transport strips auth afterwards
        return httpx.Response(status, json={"errors": ["x"]})

    return handler


def test_the_server_gets_the_key_but_nothing_the_caller_holds_does(harness: Harness) -> None:
    seen: list[dict[str, str]] = []
    response = harness.send(capture(seen, 404), "GET", "/issues/iss_1")  # type: ignore[arg-type]
    assert seen[0]["authorization"] == f"Bearer {CANARY}"
    assert "authorization" not in response.request.headers
    error = error_for_response(response)
    assert "authorization" not in error.response.request.headers
    assert error.request is not None and "authorization" not in error.request.headers
    # The copy the inner transport saw no longer carries it either.
    assert all("authorization" not in request.headers for request in harness.calls)


def test_client_default_headers_never_hold_the_key(clock: FakeClock) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    with wired_client(make_config(), transport=transport, hooks=clock.hooks()) as client:
        assert "authorization" not in client.headers
        assert CANARY not in repr(dict(client.headers))


def test_connection_error_chain_holds_no_key(harness: Harness) -> None:
    with pytest.raises(APIConnectionError) as caught:
        harness.send(respond(httpx.ReadError("reset")), "GET", "/issues/iss_1")
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ReadError)
    assert "authorization" not in cause.request.headers
    assert caught.value.request is not None
    assert "authorization" not in caught.value.request.headers


def test_other_origins_never_get_the_key(harness: Harness) -> None:
    seen: list[dict[str, str]] = []
    for url in (
        "https://files.example.com/attachment.png",
        "http://api.usepylon.com/issues",  # same host, other scheme
        "https://api.usepylon.com:8443/issues",  # same host, other port
        "https://api.eu.usepylon.com/issues",  # the other region
    ):
        harness.send(capture(seen), "GET", url)  # type: ignore[arg-type]
    assert all("authorization" not in headers for headers in seen)
    assert len(seen) == 4


def test_other_origins_have_no_rate_limit(harness: Harness) -> None:
    response = harness.send(capture([]), "GET", "https://files.example.com/issues/iss_1")  # type: ignore[arg-type]
    assert call_info(response).operation_id == "GetIssue"  # type: ignore[union-attr]
    for _ in range(70):
        harness.send(capture([]), "GET", "https://files.example.com/issues/iss_1")  # type: ignore[arg-type]
    assert harness.clock.sleeps == []


def test_user_agent(harness: Harness) -> None:
    seen: list[dict[str, str]] = []
    harness.send(capture(seen), "GET", "/me")  # type: ignore[arg-type]
    assert seen[0]["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith(f"py-usepylon-sdk/{pylon.__version__} python/3.")
    assert " httpx/" in USER_AGENT


def test_custom_user_agent_is_kept(harness: Harness) -> None:
    seen: list[dict[str, str]] = []
    config = make_config(default_headers={"User-Agent": "support-bot/2.0"})
    harness.send(capture(seen), "GET", "/me", config=config)  # type: ignore[arg-type]
    assert seen[0]["user-agent"] == "support-bot/2.0"


def test_raw_httpx_default_user_agent_is_replaced(clock: FakeClock) -> None:
    from pylon._transport import PylonTransport

    seen: list[dict[str, str]] = []
    inner = httpx.MockTransport(capture(seen))  # type: ignore[arg-type]
    pylon = PylonTransport(make_config(), transport=inner, hooks=clock.hooks())
    with httpx.Client(transport=pylon, base_url="https://api.usepylon.com") as plain:
        plain.get("/me")
    assert seen[0]["user-agent"] == USER_AGENT
    assert seen[0]["authorization"] == f"Bearer {CANARY}"


def test_an_authorization_header_from_elsewhere_is_overwritten(clock: FakeClock) -> None:
    seen: list[dict[str, str]] = []
    inner = httpx.MockTransport(capture(seen))  # type: ignore[arg-type]
    with wired_client(make_config(), transport=inner, hooks=clock.hooks()) as client:
        client.get("/me", headers={"Authorization": "Bearer placeholder"})
    assert seen[0]["authorization"] == f"Bearer {CANARY}"


def test_the_callers_headers_reach_the_server_as_sent(clock: FakeClock) -> None:
    """The authorized copy starts from the caller's headers as they are: repeated names, their
    order and non-ASCII (UTF-8) values all arrive, with the key and the User-Agent added once."""
    raw: list[list[tuple[bytes, bytes]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        raw.append(list(request.headers.raw))
        return httpx.Response(200, json={})

    inner = httpx.MockTransport(handler)
    with wired_client(make_config(), transport=inner, hooks=clock.hooks()) as client:
        request = client.build_request("GET", "/me")
        request.headers = httpx.Headers(
            [(b"X-Tag", b"a"), (b"X-Tag", b"b"), (b"X-Name", "Zoë".encode())]
        )
        response = client.send(request)
    sent = raw[0]
    assert sent[:3] == [(b"X-Tag", b"a"), (b"X-Tag", b"b"), (b"X-Name", "Zoë".encode())]
    names = [name.lower() for name, _ in sent]
    assert names.count(b"authorization") == 1 and names.count(b"user-agent") == 1
    # The caller's request is untouched.
    assert response.request.headers.raw == [
        (b"X-Tag", b"a"), (b"X-Tag", b"b"), (b"X-Name", "Zoë".encode())
    ]  # fmt: skip


def test_base_url_with_a_path_prefix(clock: FakeClock) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={})

    config = make_config(base_url="http://127.0.0.1:8080/pylon-api")
    with wired_client(config, transport=httpx.MockTransport(handler), hooks=clock.hooks()) as c:
        response = c.post("/issues/search", json={})
    assert seen == ["/pylon-api/issues/search"]
    assert call_info(response).operation_id == "SearchIssues"  # type: ignore[union-attr]


def test_redirects_are_not_followed(harness: Harness) -> None:
    response = harness.send(
        respond(json_response(302, {}, location="https://evil.example/steal")), "GET", "/me"
    )
    assert response.status_code == 302 and len(harness.calls) == 1
    assert "not followed" in str(error_for_response(response))
