"""How a facade call goes out: httpx builds the request, the client's own transport sends it.

`httpx.Client.send` runs every request through an auth flow, a redirect loop, event hooks, a
stream wrapper and cookie extraction; on a local server that machinery cost about 45 us of a
160 us `issues.get`, more than everything the SDK adds. A Pylon client's httpx client has none
of what the loop is for: no auth (the transport adds the key), no event hooks, redirects never
followed, and its transport has already read and decoded the whole body. So the facade builds
the request with `build_request` (base URL, default headers, cookies, timeouts, as before) and
hands it to the transport itself, keeping what `send` does that a caller can see: the cookies a
response sets are stored, `response.elapsed` is set, and httpx's own INFO line
(`HTTP Request: GET ... "HTTP/1.1 200 OK"`) is logged as httpx logs it.

The generated low-level client (`client.raw`) sends through the httpx client, as before.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = ["send_async", "send_sync"]

_HTTPX_LOG = logging.getLogger("httpx")


def send_sync(
    http: httpx.Client, transport: httpx.BaseTransport, options: Mapping[str, Any]
) -> httpx.Response:
    """`http.request(**options)`, sent through `transport` (the one `http` was built on)."""
    request, start = _built(http, options, httpx.SyncByteStream)
    response = transport.handle_request(request)
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    _received(http, request, response, start)
    return response


async def send_async(
    http: httpx.AsyncClient, transport: httpx.AsyncBaseTransport, options: Mapping[str, Any]
) -> httpx.Response:
    """`await http.request(**options)`, sent through `transport` (the one `http` was built on)."""
    request, start = _built(http, options, httpx.AsyncByteStream)
    response = await transport.handle_async_request(request)
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
    _received(http, request, response, start)
    return response


# httpx's own words for a body of the other kind (an async iterator given to `Pylon`).
_WRONG_STREAM: dict[type, str] = {
    httpx.SyncByteStream: "Attempted to send an async request with a sync Client instance.",
    httpx.AsyncByteStream: "Attempted to send an sync request with an AsyncClient instance.",
}


def _built(
    http: httpx.Client | httpx.AsyncClient, options: Mapping[str, Any], stream: type
) -> tuple[httpx.Request, float]:
    """The request `http` builds from `options` (checked to be of the client's kind), and the
    moment it starts, for `response.elapsed`."""
    request = http.build_request(**options)
    if not isinstance(request.stream, stream):
        raise RuntimeError(_WRONG_STREAM[stream])
    return request, time.perf_counter()


def _received(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    response: httpx.Response,
    start: float,
) -> None:
    """What httpx's client does with each response it receives, as the caller sees it."""
    response.request = request
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
    if "set-cookie" in response.headers:
        http.cookies.extract_cookies(response)
    if _HTTPX_LOG.isEnabledFor(logging.INFO):
        _HTTPX_LOG.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )
