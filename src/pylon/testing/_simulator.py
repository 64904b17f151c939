"""The Simulator: state plus the request pipeline, independent of how requests arrive.

``handle()`` takes a method, a path, a query string, headers and a body and returns a
:class:`SimResponse` — no sockets, no event loop. The pipeline is: request id, auth (401),
route (404), count, rate limit (429), fault injection, required query parameters, the
operation's handler, Pylon's envelope or error shape. The three front ends (ASGI app, in-process
httpx transport, uvicorn server) only translate; they also carry out the timing and connection
parts of a fault (delays, drips, dropped connections), which ``handle()`` returns as data.
"""

from __future__ import annotations

import hmac
import json
import os
import random
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from http import HTTPStatus
from typing import Any

from ._errors import ApiError
from ._faults import NGINX_PAGE, FaultAction, Faults
from ._query import read_query
from ._ratelimit import RateLimiter
from ._resources import NESTED_TOO_DEEPLY, Context, Handler, handler_table
from ._response import SimResponse
from ._routing import Router
from ._state import State
from ._store import RawItems, Store
from ._webhooks import Webhooks

HeadersIn = Mapping[str, str] | Sequence[tuple[str, str]] | Sequence[tuple[bytes, bytes]] | None


@dataclass
class RequestRecord:
    """What the simulator saw (never the Authorization header)."""

    method: str
    path: str
    query: str
    operation: str | None
    status: int
    request_id: str
    body: bytes = b""
    faulted: bool = False


@dataclass
class _Pending:
    events: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = field(default_factory=list)


def _normalise_headers(headers: HeadersIn) -> dict[str, str]:
    result: dict[str, str] = {}
    items: Any = headers.items() if isinstance(headers, Mapping) else (headers or ())
    for key, value in items:
        k = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        v = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        k = k.lower()
        result[k] = f"{result[k]}, {v}" if k in result else v
    return result


def _dump(payload: Any) -> bytes:
    data = payload.get("data") if isinstance(payload, dict) else None
    if isinstance(data, RawItems):
        rest = {k: v for k, v in payload.items() if k != "data"}
        tail = json.dumps(rest, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return b'{"data":[' + b",".join(data) + b"]" + (b"," + tail[1:] if len(tail) > 2 else b"}")
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class Simulator:
    """A stateful, spec-faithful fake Pylon API.

    ``api_key``: when given, only that bearer token is accepted (otherwise any non-empty one).
    ``rate_limits``/``time_scale``/``retry_after``: enforce the spec's per-operation limits, with
    windows scaled by ``time_scale``. ``clock`` gives "now" for timestamps (a callable returning
    an aware datetime); ``monotonic`` drives rate limits and cursor expiry. ``seed`` makes ids,
    request ids and probabilistic faults reproducible. ``cursor_ttl`` expires page cursors.
    ``from_export`` loads a directory written by ``pylon export`` (see :meth:`load_export`).
    ``stats`` counts requests per operation id; ``requests`` keeps the last
    ``max_recorded_requests`` requests (method, path, query, body, status — never headers).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        rate_limits: bool = False,
        time_scale: float = 1.0,
        retry_after: str = "seconds",
        clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] | None = None,
        seed: int = 0,
        cursor_ttl: float | None = None,
        issue_number_base: int = 1000,
        max_recorded_requests: int = 10_000,
        from_export: str | os.PathLike[str] | None = None,
    ) -> None:
        self._api_key = api_key
        self._monotonic = monotonic or time.monotonic
        self.state = State(
            seed=seed,
            clock=clock,
            monotonic=self._monotonic,
            cursor_ttl=cursor_ttl,
            issue_number_base=issue_number_base,
        )
        self.rate_limiter = RateLimiter(
            enabled=rate_limits,
            time_scale=time_scale,
            monotonic=self._monotonic,
            wall=lambda: self.state.clock().timestamp(),
            retry_after=retry_after,
        )
        self.faults = Faults(seed)
        self.webhooks = Webhooks(self.state)
        self.stats: Counter[str] = Counter()
        # bounded, so a long-running server does not grow without limit
        self.requests: deque[RequestRecord] = deque(maxlen=max_recorded_requests)
        self.errors: list[BaseException] = []
        self._observers: list[Callable[[RequestRecord, SimResponse], None]] = []
        self._router = Router()
        self._handlers: dict[str, Handler] = handler_table()
        self._lock = threading.RLock()
        self._request_rng = random.Random(seed ^ 0x5EED)
        self._pending = threading.local()
        self.state.emit = self._queue_event
        if from_export is not None:
            self.load_export(from_export)

    def __repr__(self) -> str:  # never show the key
        auth = "strict" if self._api_key else "any token"
        return f"<Simulator auth={auth} issues={self.store.count('issues', ())}>"

    # -- public conveniences ---------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.state.store

    def count(self, collection: str, scope: tuple[str, ...] | None = ()) -> int:
        """How many objects a collection holds (``scope=None``: across all scopes)."""
        return self.store.count(collection, scope)

    def add_observer(self, callback: Callable[[RequestRecord, SimResponse], None]) -> None:
        """Call ``callback(record, response)`` after every request (contract checks, logs)."""
        self._observers.append(callback)

    def seed(self, **sizes: Any) -> Any:
        """Fill the workspace with deterministic, consistent data; see :func:`seed_simulator`."""
        from ._seed import seed_state

        with self._lock:
            return seed_state(self.state, **sizes)

    def load_export(self, directory: str | os.PathLike[str]) -> dict[str, int]:
        """Add the objects of an export (see ``pylon export``) to the workspace; counts per table."""
        from ._from_export import load_export

        with self._lock:
            return load_export(self.state, directory)

    def transport(self) -> Any:
        """An in-process httpx transport (sync and async) bound to this simulator."""
        from ._transport import SimulatorTransport

        return SimulatorTransport(self)

    @property
    def asgi_app(self) -> Any:
        from ._asgi import create_app

        return create_app(self)

    def serve(self, port: int = 0) -> AbstractContextManager[str]:
        """Serve on 127.0.0.1 in a background thread; the context yields the base URL."""
        from ._server import serve

        return serve(self, port=port)

    def rate_limit_used(self, operation_id: str) -> int:
        """Requests of an operation the rate limit admitted in its current window (0 when limits
        are off or the operation has none): the simulator's own accounting."""
        from ._spec import operations

        return self.rate_limiter.used(operation_id, operations()[operation_id].rate_limit)

    def reset_stats(self) -> None:
        self.stats.clear()
        self.requests.clear()

    # -- the pipeline ------------------------------------------------------------------------

    def _new_request_id(self) -> str:
        with self._lock:
            return str(uuid.UUID(int=self._request_rng.getrandbits(128), version=4))

    def _queue_event(
        self, event: str, issue: dict[str, Any], message: dict[str, Any] | None
    ) -> None:
        pending: _Pending | None = getattr(self._pending, "value", None)
        if pending is not None:
            pending.events.append((event, dict(issue), dict(message) if message else None))

    def handle(
        self,
        method: str,
        path: str,
        query: str | bytes = "",
        headers: HeadersIn = None,
        body: bytes = b"",
    ) -> SimResponse:
        """Answer one request. Thread-safe; webhooks fire after the state lock is released."""
        qs = query.decode("latin-1") if isinstance(query, bytes) else query
        hdrs = _normalise_headers(headers)
        request_id = self._new_request_id()
        pending = _Pending()
        self._pending.value = pending
        try:
            response = self._pipeline(method.upper(), path, qs, hdrs, body, request_id)
        finally:
            self._pending.value = None
        record = RequestRecord(
            method.upper(),
            path,
            qs,
            response.operation,
            response.status,
            request_id,
            body,
            response.fault is not None,
        )
        self.requests.append(record)
        for callback in list(self._observers):
            callback(record, response)
        for event, issue, message in pending.events:
            self.webhooks.emit(event, issue, message)
        return response

    def _authorized(self, headers: dict[str, str]) -> bool:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return False
        if self._api_key is None:
            return True
        return hmac.compare_digest(token.encode(), self._api_key.encode())

    def _error(self, request_id: str, error: ApiError, op: str | None) -> SimResponse:
        payload: dict[str, Any] = {"errors": error.messages, "request_id": request_id}
        if error.exists_id:
            payload["exists_id"] = error.exists_id
        headers = [("content-type", "application/json"), *error.headers.items()]
        return SimResponse(error.status, headers, _dump(payload), op)

    def _pipeline(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes, rid: str
    ) -> SimResponse:
        if not self._authorized(headers):
            return self._error(rid, ApiError(401, "missing or invalid API token"), None)
        match = self._router.match(method, path)
        if match is None:
            self.stats["<unknown>"] += 1
            return self._error(rid, ApiError(404, f"no route for {method} {path}"), None)
        op = match.operation
        self.stats[op.id] += 1
        try:
            self.rate_limiter.check(op.id, op.rate_limit)
        except ApiError as exc:
            return self._error(rid, exc, op.id)
        fault = self.faults.pick(op.id, method, op.path, path.split("?", 1)[0])
        run_handler = (
            fault is None
            or fault.processed
            or not (fault.replaces_response or fault.drop == "before_response")
        )
        response = SimResponse(0, [], b"", op.id)
        if run_handler:
            response = self._run(op.id, match.params, query, headers, body, rid)
        if fault is not None:
            response = self._apply_fault(fault, response, rid, op.id)
        return response

    def _run(
        self,
        op_id: str,
        params: dict[str, str],
        query: str,
        headers: dict[str, str],
        body: bytes,
        rid: str,
    ) -> SimResponse:
        op = self._router_op(op_id)
        parsed = read_query(query, op.query_styles)
        try:
            for name in op.required_query:
                if not parsed.get(name) or parsed[name][0] == "":
                    raise ApiError(400, f"missing required query parameter {name!r}")
            ctx = Context(self.state, op, dict(params), parsed, headers, body)
            with self._lock:
                result = self._handlers[op_id](ctx)
        except ApiError as exc:
            return self._error(rid, exc, op_id)
        except RecursionError:  # input nested past what any handler walks: the client's fault
            return self._error(rid, ApiError(400, NESTED_TOO_DEEPLY), op_id)
        except Exception as exc:  # a simulator bug: answer like a server would, and keep it
            self.errors.append(exc)
            return self._error(rid, ApiError(500, "internal error in the simulator"), op_id)
        payload = {**result, "request_id": rid}
        return SimResponse(200, [("content-type", "application/json")], _dump(payload), op_id)

    def _router_op(self, op_id: str) -> Any:
        from ._spec import operations

        return operations()[op_id]

    def _apply_fault(self, fault: FaultAction, real: SimResponse, rid: str, op: str) -> SimResponse:
        response = real
        if fault.replaces_response:
            status = fault.status or 500
            if fault.html:
                reason = (
                    HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
                )
                body = fault.body or NGINX_PAGE.format(status=status, reason=reason).encode()
                ctype = fault.content_type or "text/html"
            elif fault.body is not None:
                body, ctype = fault.body, fault.content_type or "application/json"
            else:
                message = (
                    HTTPStatus(status).phrase
                    if status in HTTPStatus._value2member_map_
                    else "error"
                )
                body, ctype = (
                    _dump({"errors": [message.lower()], "request_id": rid}),
                    "application/json",
                )
            response = SimResponse(status, [("content-type", ctype)], body, op)
        elif not real.status:
            response = SimResponse(500, [("content-type", "application/json")], b"", op)
        existing = {k.lower() for k in fault.headers}
        response.headers = [(k, v) for k, v in response.headers if k.lower() not in existing]
        response.headers.extend(fault.headers.items())
        if fault.truncate is not None:
            cut = len(response.body) // 2 if fault.truncate < 0 else fault.truncate
            response.body = response.body[:cut]
        response.fault = fault
        return response
