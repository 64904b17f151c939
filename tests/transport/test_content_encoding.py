"""Bodies whose Content-Encoding lies, and every other httpx failure the transport can meet
(issue 11, item 5): each surfaces as a typed error, decided by the status where there is one."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from pylon import APIConnectionError, APIResponseValidationError

from ._support import Harness

BODY = json.dumps({"data": {"id": "x"}, "request_id": "req_gz"}).encode()


def labelled(status: int, body: bytes, encoding: str = "gzip") -> httpx.Response:
    # A stream, not content=: httpx would try to decode content= right here, in the "server".
    return httpx.Response(
        status,
        headers={"Content-Encoding": encoding, "Content-Type": "application/json"},
        stream=httpx.ByteStream(body),
    )


def test_false_gzip_on_a_200_is_a_response_validation_error(harness: Harness) -> None:
    # Fails on the old main: httpx.DecodingError escaped when httpx read the response.
    with pytest.raises(APIResponseValidationError) as caught:
        harness.send(lambda r: labelled(200, BODY), "GET", "https://api.usepylon.com/issues/i1")
    error = caught.value
    assert error.status_code == 200
    assert "Content-Encoding: gzip" in str(error) and "GET /issues/i1" in str(error)
    assert len(harness.calls) == 1  # a success status is never retried


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_false_gzip_on_a_5xx_read_is_retried_like_any_5xx(harness: Harness, status: int) -> None:
    # Fails on the old main: DecodingError on the first 5xx, no retry.
    response = harness.send(
        lambda r: labelled(status, b"<html>bad gateway</html>"),
        "GET",
        "https://api.usepylon.com/issues/i1",
    )
    assert response.status_code == status
    assert len(harness.calls) == 3
    assert "content-encoding" not in response.headers
    assert response.read() == b"<html>bad gateway</html>"


def test_false_gzip_on_a_5xx_create_is_not_sent_again(harness: Harness) -> None:
    response = harness.send(
        lambda r: labelled(500, b"not gzip"), "POST", "https://api.usepylon.com/issues", json={}
    )
    assert response.status_code == 500
    assert len(harness.calls) == 1


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_honest_encodings_are_decoded_once(harness: Harness, encoding: str) -> None:
    import zlib

    packed = gzip.compress(BODY) if encoding == "gzip" else zlib.compress(BODY)
    response = harness.send(
        lambda r: labelled(200, packed, encoding), "GET", "https://api.usepylon.com/issues/i1"
    )
    assert response.json()["request_id"] == "req_gz"
    assert len(harness.calls) == 1


@pytest.mark.parametrize(
    "error",
    [
        httpx.DecodingError("bad body"),
        httpx.TooManyRedirects("too many"),
        httpx.StreamConsumed(),
        httpx.InvalidURL("bad url"),
        httpx.ResponseNotRead(),
    ],
    ids=lambda e: type(e).__name__,
)
def test_other_httpx_errors_from_the_inner_transport_are_typed(
    harness: Harness, error: Exception
) -> None:
    # Fails on the old main: each escaped as the bare httpx exception.
    def raises(request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(APIConnectionError) as caught:
        harness.send(raises, "GET", "https://api.usepylon.com/issues/i1")
    assert type(error).__name__ in str(caught.value)
    assert caught.value.__cause__ is error
    assert len(harness.calls) == 1
