"""The response cache: reads of slow-changing resources answered from a store for a while.

Off unless a client is created with `cache=`. Then reads of the resources in
`DEFAULT_CACHE_TTLS` (users, teams, tags, custom fields, issue statuses, ticket forms, user roles,
me) that Pylon answered 200 are kept in the client's shared-state store - in-process and bounded
by default, SQLite or Redis when the client has one, so every process using it shares them - and
later identical requests (method, URL with its query, body) are answered from there until the
resource's TTL is up. Errors are never kept.

A write through the SDK to one of those resources (create, update, delete; answered or failed,
since a failed write may still have happened) makes every cached read of that resource stale:
each resource has a *generation* in the store, part of every entry's key, and a write gives it a
new random one. A read that was under way during the write files its answer under the old
generation, so it is never served. Changes made elsewhere (the Pylon UI, other API keys, other
programs) are only seen once the TTL is up.

The cache sits in front of the transport, as a transport of its own: a hit costs no request, no
rate-limit slot, and is served even while the circuit breaker is open. A hit is the response as
Pylon sent it (status, headers, body, the request id of the request that filled the cache) plus
an `Age` header, and `pylon.cache` in its extensions. Store keys carry a hash of the API key,
never the key, so two keys never share entries.

The flow of one request is written once, as a generator of store steps and one send, and run by
the sync and the async driver (`_drive`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import secrets
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias, Union

import httpx

from ._constants import CACHE_MAX_TTL, DEFAULT_CACHE_TTLS
from ._drive import drive_async, drive_sync
from ._errors import PylonConfigError, PylonError
from ._ratelimit import hashed_prefix
from ._response_info import EXTENSION_KEY, CallInfo

if TYPE_CHECKING:
    from ._routes import Route, RouteTable
    from ._transport import AsyncPylonTransport, PylonTransport
    from .shared_state import StateStore

__all__ = [
    "CACHE_EXTENSION",
    "AsyncCachingTransport",
    "CacheSetting",
    "CachingTransport",
    "ResponseCache",
    "check_cache_setting",
]

logger = logging.getLogger("pylon")

CacheSetting: TypeAlias = "bool | Mapping[str, float]"
"""False (no cache), True (every cacheable resource at its default TTL), or TTL overrides in
seconds keyed by resource (`"tags"`) or by read operation id (`"GetTags"`); 0 turns one off."""

CACHE_EXTENSION = "pylon.cache"
"""The key, in a cached response's extensions, of its `CacheHit`."""

# A write to the first resource also makes these stale: updating a user can change `me`.
_ALSO_STALE: Mapping[str, tuple[str, ...]] = MappingProxyType({"users": ("me",)})
# Response headers that describe one connection or set client state, never kept with an entry.
_NOT_KEPT = frozenset({"connection", "keep-alive", "transfer-encoding", "set-cookie", "age"})
# A generation outlives every entry filed under it, so a lapsed one can't revive old entries.
# (In the bounded in-process store a generation can't be evicted before the entries it made
# stale either: it is written after them and read on every read of its resource, so it is always
# the more recently used.)
_GENERATION_TTL = 2 * CACHE_MAX_TTL


@dataclass(frozen=True)
class CacheHit:
    """What `response.extensions["pylon.cache"]` holds on a response served from the cache."""

    age: float
    resource: str


def check_cache_setting(value: object) -> CacheSetting:
    """`cache=` as users write it, checked for type and range (the names are checked against
    the operation table when the client is built)."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if not isinstance(value, Mapping):
        raise PylonConfigError(
            "cache must be True, False, or a mapping of resource (e.g. 'tags') or read operation"
            " id (e.g. 'GetTags') to a TTL in seconds."
        )
    checked: dict[str, float] = {}
    for name, ttl in value.items():
        if (
            not isinstance(ttl, int | float)
            or isinstance(ttl, bool)
            or not (math.isfinite(ttl) and 0 <= ttl <= CACHE_MAX_TTL)
        ):
            raise PylonConfigError(
                f"cache[{name!r}] must be a TTL in seconds from 0 (not cached) to"
                f" {CACHE_MAX_TTL:g}, not {ttl!r}."
            )
        checked[str(name)] = float(ttl)
    return MappingProxyType(checked)


def resource_of(route: Route) -> str | None:
    """The cacheable resource an operation reads or writes (`/custom-fields/{id}` ->
    `custom_fields`), or None."""
    if route.template is None:
        return None
    name = route.template.strip("/").split("/", 1)[0].replace("-", "_")
    return name if name in DEFAULT_CACHE_TTLS else None


@dataclass(frozen=True)
class _Rules:
    """What one client's setting makes of the operation table."""

    reads: Mapping[str, tuple[str, float]]  # read operation id -> (resource, TTL > 0)
    writes: Mapping[str, tuple[str, ...]]  # write operation id -> resources it makes stale


def _rules(setting: CacheSetting, routes: Iterable[Route]) -> _Rules:
    overrides = setting if isinstance(setting, Mapping) else {}
    by_resource: dict[str, list[Route]] = {}
    for route in routes:
        resource = resource_of(route)
        if resource is not None and route.operation_id is not None:
            by_resource.setdefault(resource, []).append(route)
    read_ids = {r.operation_id for rs in by_resource.values() for r in rs if r.op_class == "read"}
    for name in overrides:
        if name not in DEFAULT_CACHE_TTLS and name not in read_ids:
            raise _not_cacheable(name, by_resource, read_ids)
    reads: dict[str, tuple[str, float]] = {}
    writes: dict[str, tuple[str, ...]] = {}
    for resource, members in by_resource.items():
        ttl = overrides.get(resource, DEFAULT_CACHE_TTLS[resource])
        for route in members:
            operation_id = str(route.operation_id)
            if route.op_class != "read":
                writes[operation_id] = (resource, *_ALSO_STALE.get(resource, ()))
            elif overrides.get(operation_id, ttl) > 0:
                reads[operation_id] = (resource, overrides.get(operation_id, ttl))
    return _Rules(MappingProxyType(reads), MappingProxyType(writes))


def _not_cacheable(
    name: str, by_resource: Mapping[str, list[Route]], read_ids: set[str | None]
) -> PylonConfigError:
    resources = ", ".join(sorted(DEFAULT_CACHE_TTLS))
    if any(r.operation_id == name for rs in by_resource.values() for r in rs):
        return PylonConfigError(
            f"cache names {name!r}, a write: only reads are cached (a write through the SDK"
            f" makes its resource's cached reads stale). Cacheable resources: {resources}."
        )
    import difflib

    known = sorted({*DEFAULT_CACHE_TTLS, *(str(i) for i in read_ids)})
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return PylonConfigError(
        f"cache names {name!r}, which is not a cacheable resource or one of their read"
        f" operations.{hint} Cacheable resources: {resources}; only data that rarely changes"
        " is cached."
    )


def _is_an_answer(response: httpx.Response) -> bool:
    """Only a 200 whose body is a JSON object is kept: a proxy's HTML page or a truncated body
    answered 200 is an error for the caller, and errors are never cached."""
    if response.status_code != 200:
        return False
    try:
        return isinstance(json.loads(response.read()), dict)
    except ValueError:
        return False


# -- the steps of a flow ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Get:
    key: str


@dataclass(frozen=True)
class _Set:
    key: str
    value: bytes
    ttl: float


class _Send:
    """Send the request on to the transport (the only step that talks to Pylon)."""


_SEND = _Send()
_Step = Union[_Get, _Set, _Send]  # noqa: UP007 - a runtime alias, read on Python 3.10
_Flow = Generator[_Step, Any, httpx.Response]


class ResponseCache:
    """One client's view of the cache: its TTLs (or a bypass), over the family's store.

    `active=False` is `with_options(cache=False)`: nothing is read from or kept in the cache,
    but writes still make cached reads stale for the rest of the family.
    """

    def __init__(
        self,
        setting: CacheSetting,
        *,
        routes: RouteTable,
        store: StateStore,
        api_key: str,
        wall_clock: Callable[[], float],
    ) -> None:
        self.store = store
        self.routes = routes
        self.active = setting is not False
        self._rules = _rules(setting, routes)
        self._prefix = hashed_prefix(api_key, "cache", "cache")
        self._wall_clock = wall_clock

    def flow(self, request: httpx.Request, route: Route) -> _Flow | None:
        """The cache's part in answering `request`, or None when it has none."""
        operation_id = route.operation_id
        if operation_id is None:
            return None
        read = self._rules.reads.get(operation_id)
        if read is not None:
            if not self.active or not isinstance(request.stream, httpx.ByteStream):
                return None
            return self._read(request, route, *read)
        stale = self._rules.writes.get(operation_id)
        return None if stale is None else self._write(stale)

    def _read(self, request: httpx.Request, route: Route, resource: str, ttl: float) -> _Flow:
        generation: bytes | None = yield _Get(self._generation_key(resource))
        key = self._entry_key(resource, generation or b"0", request)
        stored: bytes | None = yield _Get(key)
        if stored is not None:
            hit = self._hit(stored, request, route, resource, ttl)
            if hit is not None:
                return hit
        response: httpx.Response = yield _SEND
        if _is_an_answer(response):
            yield _Set(key, self._entry(response), ttl)
        return response

    def _write(self, resources: tuple[str, ...]) -> _Flow:
        # A failed write may have happened (a 5xx, a dropped connection), so it counts too.
        try:
            response: httpx.Response = yield _SEND
        except PylonError:
            yield from self._stale(resources)
            raise
        yield from self._stale(resources)
        return response

    def _stale(self, resources: tuple[str, ...]) -> Generator[_Step, Any, None]:
        for resource in resources:
            token = secrets.token_hex(8).encode()
            yield _Set(self._generation_key(resource), token, _GENERATION_TTL)

    def _generation_key(self, resource: str) -> str:
        return f"{self._prefix}:{resource}:generation"

    def _entry_key(self, resource: str, generation: bytes, request: httpx.Request) -> str:
        digest = hashlib.sha256()
        for part in (request.method.encode(), str(request.url).encode(), request.content):
            digest.update(len(part).to_bytes(8, "big") + part)
        return f"{self._prefix}:{resource}:{generation.decode('ascii', 'replace')}:{digest.hexdigest()}"

    def _entry(self, response: httpx.Response) -> bytes:
        headers = [[k, v] for k, v in response.headers.items() if k.lower() not in _NOT_KEPT]
        head = {"status": response.status_code, "headers": headers, "at": self._wall_clock()}
        return json.dumps(head).encode() + b"\n" + response.read()

    def _hit(
        self, stored: bytes, request: httpx.Request, route: Route, resource: str, ttl: float
    ) -> httpx.Response | None:
        try:
            head_line, _, body = stored.partition(b"\n")
            head = json.loads(head_line)
            age = max(self._wall_clock() - float(head["at"]), 0.0)
            status, headers = int(head["status"]), [(str(k), str(v)) for k, v in head["headers"]]
        except (ValueError, KeyError, TypeError):
            return None  # not an entry this SDK wrote: a miss, and the next answer replaces it
        if age >= ttl:
            return None
        headers.append(("age", str(int(age))))
        logger.debug(
            "%s %s served from the cache (age %.0f s)", request.method, request.url.path, age
        )
        info = CallInfo(operation_id=route.operation_id, op_class=route.op_class, attempts=0)
        return httpx.Response(
            status,
            headers=headers,
            stream=httpx.ByteStream(body),
            request=request,
            extensions={EXTENSION_KEY: info, CACHE_EXTENSION: CacheHit(age, resource)},
        )


class CachingTransport(httpx.BaseTransport):
    """`inner` (the client's `PylonTransport`) with the response cache in front of it."""

    def __init__(self, inner: PylonTransport, cache: ResponseCache) -> None:
        self.inner = inner
        self.cache = cache

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flow = self.cache.flow(request, self.inner.route_for(request))
        if flow is None:
            return self.inner.handle_request(request)
        store, inner = self.cache.store, self.inner

        def run(step: _Step) -> Any:
            if isinstance(step, _Get):
                return store.get(step.key)
            if isinstance(step, _Set):
                return store.set(step.key, step.value, step.ttl)
            return inner.handle_request(request)

        return drive_sync(flow, run)

    def close(self) -> None:
        self.inner.close()


class AsyncCachingTransport(httpx.AsyncBaseTransport):
    """`CachingTransport` for `AsyncPylon`: a store that may block is awaited, never called."""

    def __init__(self, inner: AsyncPylonTransport, cache: ResponseCache) -> None:
        self.inner = inner
        self.cache = cache

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        flow = self.cache.flow(request, self.inner.route_for(request))
        if flow is None:
            return await self.inner.handle_async_request(request)
        store, inner = self.cache.store, self.inner

        async def run(step: _Step) -> Any:
            if isinstance(step, _Get):
                return await store.aget(step.key) if store.blocking else store.get(step.key)
            if isinstance(step, _Set):
                if store.blocking:
                    return await store.aset(step.key, step.value, step.ttl)
                return store.set(step.key, step.value, step.ttl)
            return await inner.handle_async_request(request)

        return await drive_async(flow, run)

    async def aclose(self) -> None:
        await self.inner.aclose()
