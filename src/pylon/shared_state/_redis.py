"""The Redis store (also Valkey): any number of processes on any number of machines.

The limiter runs as Lua scripts (`_redis_lua`), so every step on a bucket is atomic on the
server; webhook claims are one `SET key value NX PX lease GET` (atomic "claim unless present",
answering what was there). Sync callers use `redis.Redis`, async callers `redis.asyncio.Redis`
(one per event loop), so `AsyncPylon` never blocks its loop on the network. Every Redis error
becomes `StoreUnavailableError`, whose message names the server without its password.

Needs the `redis` package: `pip install 'py-usepylon-sdk[redis]'`.
"""

from __future__ import annotations

import secrets
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from .._constants import DEFAULT_STORE_TIMEOUT
from .._errors import PylonConfigError
from . import _redis_lua
from ._schedule import BucketState, LimitSpec
from ._types import Claim, Reservation, StoreUnavailableError, Usage

if TYPE_CHECKING:
    import asyncio

__all__ = ["RedisStore", "redacted_url"]

_T = TypeVar("_T")
_DONE = "done"


def redacted_url(url: str) -> str:
    """`url` without its password (and user name): safe for logs and error messages."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = host + (f":{parts.port}" if parts.port else "")
        if parts.username or parts.password:
            netloc = "***@" + netloc
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:
        return f"{url.split(':', 1)[0]}://<unparsable>"


def _import_redis() -> Any:
    try:
        import redis
    except ImportError:
        raise PylonConfigError(
            "shared_state: a redis:// store needs the redis package:"
            " pip install 'py-usepylon-sdk[redis]'."
        ) from None
    return redis


class RedisStore:
    """Rate-limit schedules, webhook claims and cached responses in Redis.

    **Parameters:**

    * `url` - `redis://[user:password@]host:port/db` or `rediss://...` (TLS).
    * `timeout` - seconds to connect and to wait for an answer before the store counts as
      unavailable (short: the limiter then paces in-process rather than keep a caller waiting).
    * `namespace` - a prefix for every key, to share one Redis between applications.
    * `clock` - for tests only: a time source to use instead of the server's `TIME`.
    """

    blocking = True

    def __init__(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_STORE_TIMEOUT,
        namespace: str = "",
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._redis = _import_redis()
        self._url = url
        self.description = redacted_url(url)
        self.timeout = timeout
        self.namespace = namespace
        self._clock = clock
        options = {"socket_timeout": timeout, "socket_connect_timeout": timeout}
        try:
            self._sync = self._redis.Redis.from_url(url, **options)
        except ValueError as exc:
            raise PylonConfigError(
                f"shared_state: {self.description} is not a valid Redis URL ({type(exc).__name__})."
            ) from None
        self._options = options
        self._scripts = {name: self._sync.register_script(getattr(_redis_lua, name))
                         for name in ("RESERVE", "CANCEL", "SENT", "PENALIZE")}  # fmt: skip
        self._loops: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[Any, dict[str, Any]]
        ] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RedisStore({self.description!r})"

    # -- plumbing ----------------------------------------------------------------------------

    def _async(self) -> tuple[Any, dict[str, Any]]:
        """The asyncio client and scripts of the running event loop."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            found = self._loops.get(loop)
            if found is None:
                client = self._redis.asyncio.Redis.from_url(self._url, **self._options)
                scripts = {name: client.register_script(getattr(_redis_lua, name))
                           for name in ("RESERVE", "CANCEL", "SENT", "PENALIZE")}  # fmt: skip
                found = self._loops[loop] = (client, scripts)
            return found

    def _failed(self, exc: Exception) -> StoreUnavailableError:
        return StoreUnavailableError(
            f"The Redis shared_state store {self.description} did not answer"
            f" ({type(exc).__name__})."
        )

    def _call(self, work: Callable[[], _T]) -> _T:
        try:
            return work()
        except self._redis.RedisError as exc:
            raise self._failed(exc) from None

    async def _acall(self, work: Callable[[], Awaitable[_T]]) -> _T:
        try:
            return await work()
        except self._redis.RedisError as exc:
            raise self._failed(exc) from None

    def _keys(self, bucket: str) -> list[str]:
        tag = f"{self.namespace}{{{bucket}}}"  # one hash tag: one cluster slot for all three
        return [f"{tag}:state", f"{tag}:log", f"{tag}:holes"]

    def _claim_key(self, key: str) -> str:
        return f"{self.namespace}pylon:webhook:{key}"

    def _value_key(self, key: str) -> str:
        return f"{self.namespace}pylon:value:{key}"

    def _packed(self, value: bytes, ttl: float) -> bytes:
        # Redis expires the key itself (PX); the expiry written in front only matters for a
        # test clock, which the server's own expiry can't follow.
        expiry = b"-" if self._clock is None else repr(float(self._clock()) + ttl).encode()
        return expiry + b"\n" + value

    def _unpacked(self, stored: Any) -> bytes | None:
        if stored is None:
            return None
        expiry, _, value = bytes(stored).partition(b"\n")
        if self._clock is not None and expiry != b"-" and float(expiry) <= self._clock():
            return None
        return value

    def _now(self) -> str:
        return "" if self._clock is None else repr(float(self._clock()))

    def _reserve_args(self, spec: LimitSpec) -> list[object]:
        return [spec.requests, repr(spec.per_seconds), spec.burst, repr(spec.margin), self._now()]

    @staticmethod
    def _reservation(answer: list[Any]) -> Reservation:
        at, wait, token, after = answer
        return Reservation(float(at), float(wait), _text(token), bool(int(after)))

    def _penalize_args(self, spec: LimitSpec, delay: float | None) -> list[object]:
        return ["" if delay is None else repr(float(delay)), spec.requests,
                repr(spec.per_seconds), spec.burst, self._now()]  # fmt: skip

    def _cancel_args(self, reservation: Reservation) -> list[object]:
        return [reservation.token or "", repr(reservation.at), self._now()]

    @staticmethod
    def _claim_of(previous: Any, token: str) -> Claim:
        if previous is None:
            return Claim("claimed", token)
        return Claim("done" if _text(previous) == _DONE else "in_progress")

    # -- the store ----------------------------------------------------------------------------

    def ping(self) -> None:
        """Raise `StoreUnavailableError` unless the server answers."""
        self._call(self._sync.ping)

    def reserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        script = self._scripts["RESERVE"]
        answer = self._call(lambda: script(keys=self._keys(bucket), args=self._reserve_args(spec)))
        return self._reservation(answer)

    async def areserve(self, bucket: str, spec: LimitSpec) -> Reservation:
        _, scripts = self._async()
        keys, args = self._keys(bucket), self._reserve_args(spec)
        answer = await self._acall(lambda: scripts["RESERVE"](keys=keys, args=args))
        return self._reservation(answer)

    def _follow_up(self, script: str, bucket: str, reservation: Reservation) -> None:
        """CANCEL or SENT: a reservation's token and time, and the clock."""
        run, keys = self._scripts[script], self._keys(bucket)
        self._call(lambda: run(keys=keys, args=self._cancel_args(reservation)))

    async def _afollow_up(self, script: str, bucket: str, reservation: Reservation) -> None:
        _, scripts = self._async()
        keys, args = self._keys(bucket), self._cancel_args(reservation)
        await self._acall(lambda: scripts[script](keys=keys, args=args))

    def cancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        self._follow_up("CANCEL", bucket, reservation)

    async def acancel(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> None:
        await self._afollow_up("CANCEL", bucket, reservation)

    # The script finds the grant by its token, wherever an earlier SENT moved it: the
    # reservation needs no new time to be followed up again.
    def sent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        self._follow_up("SENT", bucket, reservation)
        return reservation

    async def asent(self, bucket: str, spec: LimitSpec, reservation: Reservation) -> Reservation:
        await self._afollow_up("SENT", bucket, reservation)
        return reservation

    def penalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        script, keys = self._scripts["PENALIZE"], self._keys(bucket)
        self._call(lambda: script(keys=keys, args=self._penalize_args(spec, delay)))

    async def apenalize(self, bucket: str, spec: LimitSpec, delay: float | None) -> None:
        _, scripts = self._async()
        keys, args = self._keys(bucket), self._penalize_args(spec, delay)
        await self._acall(lambda: scripts["PENALIZE"](keys=keys, args=args))

    def usage(self, bucket: str, spec: LimitSpec) -> Usage:
        state_key, log_key, holes_key = self._keys(bucket)

        def read() -> list[Any]:
            pipe = self._sync.pipeline(transaction=True)
            pipe.time().hgetall(state_key)
            pipe.zrange(log_key, 0, -1, withscores=True).zrange(holes_key, 0, -1, withscores=True)
            result: list[Any] = pipe.execute()
            return result

        (seconds, micros), fields, log, holes = self._call(read)
        now = float(self._clock()) if self._clock else seconds + micros / 1e6
        values = {_text(k): float(v) for k, v in fields.items() if _text(k) != "seq"}
        state = BucketState.from_json(
            {**values, "log": [s for _, s in log], "holes": [s for _, s in holes]}
        )
        return Usage.of(state, spec, now)

    def claim(self, key: str, lease: float) -> Claim:
        token = secrets.token_hex(8)
        previous = self._call(
            lambda: self._sync.set(
                self._claim_key(key), f"p:{token}", nx=True, px=_ms(lease), get=True
            )
        )
        return self._claim_of(previous, token)

    async def aclaim(self, key: str, lease: float) -> Claim:
        client, _ = self._async()
        token = secrets.token_hex(8)
        previous = await self._acall(
            lambda: client.set(self._claim_key(key), f"p:{token}", nx=True, px=_ms(lease), get=True)
        )
        return self._claim_of(previous, token)

    def complete(self, key: str, token: str, ttl: float) -> None:
        self._call(lambda: self._sync.set(self._claim_key(key), _DONE, px=_ms(ttl)))

    async def acomplete(self, key: str, token: str, ttl: float) -> None:
        client, _ = self._async()
        await self._acall(lambda: client.set(self._claim_key(key), _DONE, px=_ms(ttl)))

    def release(self, key: str, token: str) -> None:
        # Compare-and-delete in one step: never free a claim another receiver has taken over.
        self._call(lambda: self._sync.eval(_RELEASE, 1, self._claim_key(key), f"p:{token}"))

    async def arelease(self, key: str, token: str) -> None:
        client, _ = self._async()
        await self._acall(lambda: client.eval(_RELEASE, 1, self._claim_key(key), f"p:{token}"))

    def get(self, key: str) -> bytes | None:
        return self._unpacked(self._call(lambda: self._sync.get(self._value_key(key))))

    async def aget(self, key: str) -> bytes | None:
        client, _ = self._async()
        return self._unpacked(await self._acall(lambda: client.get(self._value_key(key))))

    def set(self, key: str, value: bytes, ttl: float) -> None:
        packed = self._packed(value, ttl)
        self._call(lambda: self._sync.set(self._value_key(key), packed, px=_ms(ttl)))

    async def aset(self, key: str, value: bytes, ttl: float) -> None:
        client, _ = self._async()
        packed = self._packed(value, ttl)
        await self._acall(lambda: client.set(self._value_key(key), packed, px=_ms(ttl)))

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        """Close the sync client and the running loop's async one."""
        import asyncio

        self._sync.close()
        with self._lock:
            found = self._loops.pop(asyncio.get_running_loop(), None)
        if found is not None:
            await found[0].aclose()


_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
