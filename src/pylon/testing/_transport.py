"""An in-process httpx transport: the simulator without sockets, for sync and async clients.

Faults are acted out the way a real connection would surface them to httpx: a dropped
connection raises ``httpx.RemoteProtocolError`` (FIN) or ``httpx.ReadError`` (RST), mid-body
drops raise while the body is being read after the headers arrived, delays and drips sleep (with
``time.sleep`` or ``asyncio.sleep``) and honour the request's read timeout by raising
``httpx.ReadTimeout``, as httpx's own transports do.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from ._faults import FaultAction
from ._response import SimResponse, iter_chunks

if TYPE_CHECKING:
    from ._simulator import Simulator


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if isinstance(value, (int, float)) else None


def _drop_error(
    fault: FaultAction, request: httpx.Request, received: int, expected: int
) -> Exception:
    if fault.drop == "reset":
        return httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    if fault.drop == "before_response":
        return httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body "
        f"(received {received} bytes, expected {expected})",
        request=request,
    )


def _plan(response: SimResponse) -> tuple[list[bytes], float, bool]:
    """Body chunks to send, the pause before each chunk, and whether the stream breaks."""
    fault = response.fault
    body = response.body
    if fault is None:
        return [body], 0.0, False
    if fault.drop in ("mid_body", "reset"):
        cut = fault.drop_after_bytes
        if cut is None:
            cut = max(1, min(90, len(body) // 2))
        return (
            list(iter_chunks(body[:cut], fault.drip_chunk))
            if fault.drip_interval
            else [body[:cut]],
            fault.drip_interval,
            True,
        )
    if fault.drip_interval:
        return list(iter_chunks(body, fault.drip_chunk)), fault.drip_interval, False
    return [body], 0.0, False


def _headers(response: SimResponse) -> list[tuple[str, str]]:
    headers = [(k, v) for k, v in response.headers if k.lower() != "content-length"]
    headers.append(("content-length", str(len(response.body))))
    return headers


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, response: SimResponse, request: httpx.Request) -> None:
        self._response, self._request = response, request

    def __iter__(self) -> Iterator[bytes]:
        chunks, pause, breaks = _plan(self._response)
        limit = _read_timeout(self._request)
        sent = 0
        for chunk in chunks:
            if pause:
                if limit is not None and pause > limit:
                    time.sleep(limit)
                    raise httpx.ReadTimeout(
                        "timed out while reading the body", request=self._request
                    )
                time.sleep(pause)
            sent += len(chunk)
            yield chunk
        if breaks:
            assert self._response.fault is not None
            raise _drop_error(self._response.fault, self._request, sent, len(self._response.body))


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, response: SimResponse, request: httpx.Request) -> None:
        self._response, self._request = response, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks, pause, breaks = _plan(self._response)
        limit = _read_timeout(self._request)
        sent = 0
        for chunk in chunks:
            if pause:
                if limit is not None and pause > limit:
                    await asyncio.sleep(limit)
                    raise httpx.ReadTimeout(
                        "timed out while reading the body", request=self._request
                    )
                await asyncio.sleep(pause)
            sent += len(chunk)
            yield chunk
        if breaks:
            assert self._response.fault is not None
            raise _drop_error(self._response.fault, self._request, sent, len(self._response.body))


def _check_length(request: httpx.Request, body: bytes) -> None:
    """Refuse, as an HTTP/1.1 client library does, a body that does not match its declared
    Content-Length: the request never completes, so the simulator must not act on it."""
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit() or int(declared) == len(body):
        return
    side = "little" if len(body) < int(declared) else "much"
    raise httpx.LocalProtocolError(
        f"Too {side} data for declared Content-Length ({len(body)} of {declared} bytes)",
        request=request,
    )


class _EitherStream(_SyncStream, _AsyncStream):
    """A body both a sync and an async client can read, for callers (respx side effects) that
    can't tell which kind of client sent the request."""


class SimulatorTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """``httpx.Client(transport=sim.transport())`` or ``httpx.AsyncClient(transport=...)``."""

    def __init__(self, simulator: Simulator) -> None:
        self.simulator = simulator

    def _answer(self, request: httpx.Request, body: bytes) -> SimResponse:
        _check_length(request, body)
        return self.simulator.handle(
            request.method,
            request.url.raw_path.split(b"?", 1)[0].decode("ascii"),
            request.url.query,
            request.headers.raw,
            body,
        )

    def _before_headers(self, response: SimResponse, request: httpx.Request) -> float:
        """Seconds to wait before the headers; raises for drops that send nothing."""
        fault = response.fault
        if fault is None:
            return 0.0
        if fault.drop == "before_response":
            raise _drop_error(fault, request, 0, 0)
        return fault.delay

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.respond(request, _SyncStream)

    def respond(
        self, request: httpx.Request, stream: type[_SyncStream] = _EitherStream
    ) -> httpx.Response:
        """The simulator's answer to ``request``, waiting as a delay fault says, with a body that
        sync and async clients can both read (or only sync ones, with ``_SyncStream``)."""
        response = self._answer(request, request.read())
        delay = self._before_headers(response, request) if response.fault else 0.0
        if delay:
            limit = _read_timeout(request)
            if limit is not None and delay > limit:
                time.sleep(limit)
                raise httpx.ReadTimeout("timed out waiting for the response", request=request)
            time.sleep(delay)
        return httpx.Response(
            response.status,
            headers=_headers(response),
            stream=stream(response, request),
            request=request,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self._answer(request, await request.aread())
        delay = self._before_headers(response, request) if response.fault else 0.0
        if delay:
            limit = _read_timeout(request)
            if limit is not None and delay > limit:
                await asyncio.sleep(limit)
                raise httpx.ReadTimeout("timed out waiting for the response", request=request)
            await asyncio.sleep(delay)
        return httpx.Response(
            response.status,
            headers=_headers(response),
            stream=_AsyncStream(response, request),
            request=request,
        )
