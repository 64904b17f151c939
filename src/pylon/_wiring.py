"""Wiring a Pylon client to its transport: what a client and its `with_options` clones share,
the check of a caller's `http_client=` / `transport=`, and the one builder of the httpx client.

`SharedState.create` checks what the caller passed against the kind of client (sync or async) and
wraps it in the root `PylonTransport` / `AsyncPylonTransport`; `build_http_client` gives each
Pylon client its own `httpx.Client` / `httpx.AsyncClient` over a clone of that root.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from ._cache import AsyncCachingTransport, CachingTransport, ResponseCache
from ._config import ClientConfig
from ._errors import PylonConfigError
from ._routes import RouteTable
from ._transport import USER_AGENT, AsyncPylonTransport, PylonTransport, TransportHooks
from .shared_state._open import SharedStateSetting

__all__ = ["SharedState", "build_http_client", "client_transport"]


def _client_headers(config: ClientConfig) -> dict[str, str]:
    return {"User-Agent": USER_AGENT, "Accept": "application/json", **config.default_headers}


def _client_options(config: ClientConfig) -> dict[str, Any]:
    # Never the key: it is added by the transport, on a copy of each request.
    return {
        "base_url": config.base_url,
        "timeout": config.timeout,
        "headers": _client_headers(config),
        "follow_redirects": False,
    }


class _ClientSender(httpx.BaseTransport):
    """Sends through a caller's `httpx.Client`, keeping its proxies, TLS and pool settings.

    Only its connection settings apply: base URL, headers and timeouts come from the Pylon
    configuration. It is the caller's client, so closing Pylon leaves it open.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class _AsyncClientSender(httpx.AsyncBaseTransport):
    """Async twin of `_ClientSender`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)


class SharedState:
    """What a Pylon client and all its `with_options` clones share.

    One root transport owns the connection pool (or wraps the caller's `transport=` or
    `http_client=`), the rate limiters and the cap on requests in flight. Each client gets its own
    `httpx.Client` from `build_http_client`, over a clone of the root that carries that client's
    options. Closing a clone closes only its own httpx client; closing the first client, the one
    the state was created for, also closes the pool.
    """

    def __init__(self, root: PylonTransport | AsyncPylonTransport) -> None:
        self.root = root
        self.is_async = isinstance(root, AsyncPylonTransport)
        self._owner: httpx.Client | httpx.AsyncClient | None = None

    @classmethod
    def create(
        cls,
        config: ClientConfig,
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        is_async: bool = False,
        routes: RouteTable | None = None,
        hooks: TransportHooks | None = None,
        shared_state: SharedStateSetting = None,
    ) -> SharedState:
        """Check the caller's `transport` / `http_client` against the client kind and wrap them."""
        if transport is not None and http_client is not None:
            raise PylonConfigError("Pass either transport= or http_client=, not both.")
        if is_async:
            inner = _inner_transport(transport, http_client, is_async=True)
            return cls(
                AsyncPylonTransport(
                    config, routes, transport=inner, hooks=hooks, shared_state=shared_state
                )
            )
        return cls(
            PylonTransport(
                config,
                routes,
                transport=_inner_transport(transport, http_client, is_async=False),
                hooks=hooks,
                shared_state=shared_state,
            )
        )

    def transport_for(self, config: ClientConfig) -> PylonTransport | AsyncPylonTransport:
        return self.root.with_config(config)

    def close_sync(self, http: httpx.Client) -> None:
        http.close()
        if http is self._owner and isinstance(self.root, PylonTransport):
            self.root.close()

    async def close_async(self, http: httpx.AsyncClient) -> None:
        await http.aclose()
        if http is self._owner and isinstance(self.root, AsyncPylonTransport):
            await self.root.aclose()


@dataclass(frozen=True)
class _Kind:
    """What a sync or an async Pylon client accepts as its caller's `http_client` or `transport`."""

    client: type[Any]
    sender: type[Any]
    transport: type[Any]
    wrong_client: str
    wrong_transport: str


_KINDS = {
    False: _Kind(
        httpx.Client, _ClientSender, httpx.BaseTransport,
        "Pylon needs an httpx.Client (AsyncPylon takes httpx.AsyncClient).",
        "Pylon needs a sync transport (httpx.BaseTransport), e.g. httpx.HTTPTransport or"
        " httpx.MockTransport; AsyncPylon takes async ones.",
    ),
    True: _Kind(
        httpx.AsyncClient, _AsyncClientSender, httpx.AsyncBaseTransport,
        "AsyncPylon needs an httpx.AsyncClient (Pylon takes httpx.Client).",
        "AsyncPylon needs an async transport (httpx.AsyncBaseTransport), e.g."
        " httpx.AsyncHTTPTransport, httpx.ASGITransport or httpx.MockTransport.",
    ),
}  # fmt: skip


def _inner_transport(
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
    *,
    is_async: bool,
) -> Any:
    """The caller's transport, or a sender through the caller's httpx client, checked against the
    kind of Pylon client it is given to."""
    kind = _KINDS[is_async]
    if http_client is not None:
        if not isinstance(http_client, kind.client):
            raise PylonConfigError(kind.wrong_client)
        return kind.sender(http_client)
    if transport is not None and not isinstance(transport, kind.transport):
        raise PylonConfigError(kind.wrong_transport)
    return transport


def _response_cache(
    config: ClientConfig, shared: SharedState, pylon: PylonTransport | AsyncPylonTransport
) -> ResponseCache | None:
    """The cache in front of one client's transport, None when its family has none.

    Every client of a family with a cache gets one, even a copy that bypasses it (cache=False),
    so that its writes still make the family's cached reads stale.
    """
    if shared.root.config.cache is False:
        return None
    return ResponseCache(
        config.cache,
        routes=pylon.routes,
        store=pylon.store,
        api_key=config.api_key,
        wall_clock=pylon.hooks.wall_clock,
    )


def client_transport(config: ClientConfig, shared: SharedState) -> Any:
    """The transport one Pylon client sends through: a clone of `shared`'s root with `config`'s
    options, behind the family's response cache when it has one."""
    pylon = shared.transport_for(config)
    cache = _response_cache(config, shared, pylon)
    if cache is None:
        return pylon
    if isinstance(pylon, AsyncPylonTransport):
        return AsyncCachingTransport(pylon, cache)
    return CachingTransport(pylon, cache)


def build_http_client(config: ClientConfig, shared: SharedState, transport: Any = None) -> Any:
    """The httpx client (`Client` or `AsyncClient`, as `shared` is) for one Pylon client, on
    `transport` (default: a new `client_transport`).

    It shares `shared`'s pool, limiters and concurrency cap, with `config`'s options.
    """
    if transport is None:
        transport = client_transport(config, shared)
    http: httpx.Client | httpx.AsyncClient
    if shared.is_async:
        http = httpx.AsyncClient(transport=transport, **_client_options(config))
    else:
        http = httpx.Client(transport=transport, **_client_options(config))
    if shared._owner is None:
        shared._owner = http
    return http
