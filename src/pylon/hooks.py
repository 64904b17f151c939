"""Event hooks: typed events for every call the client makes and every attempt inside it.

    from pylon import Hooks, Pylon
    from pylon.hooks import ResponseReceived, RetryScheduled

    def log_retry(event: RetryScheduled) -> None:
        print(f"{event.call.operation_id}: retry in {event.delay:.1f} s after {event.reason}")

    client = Pylon(hooks=Hooks(on_retry=log_retry))

A *call* is one request as the application sends it (`client.issues.get(...)`, one page of a
listing, a `client.raw` call); an *attempt* is one send of it on the wire (a retried call has
several). Each call gives, in this order:

* `CallStarted` - once, before anything else (before waiting for a rate-limit slot);
* per attempt: `RateLimitWait` (when the client's limiter holds it back), `RequestSent`, then
  `ResponseReceived` or `AttemptFailed` (no response: a connection error, a timeout), then
  `RetryScheduled` when the retry policy will send it again;
* `GaveUp` - when the call fails: the error it raises (an error status, retries exhausted, a
  deadline, a connection failure);
* `CallEnded` - once, last, whatever happened (also when the caller cancelled it).

Every event is a frozen dataclass carrying the `CallDetails` of its call (operation id, method,
path template, host), so events of concurrent calls can be told apart by `call.call_id`.

Events never hold the API key or any header. Request and response bodies are given only to
`Hooks(include_bodies=True)`; otherwise `body` is None. Hooks run synchronously, in the thread or
task that makes the call (on `AsyncPylon` they must not block the event loop), and must be plain
functions: a coroutine function is refused. A hook that raises is logged on the `pylon` logger
(a warning the first time for that hook and event, DEBUG after) and the call goes on as if it had
not been there. A client without hooks builds no event at all.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, TypeAlias

from ._errors import PylonConfigError
from ._public import publish
from ._response_info import OpClass, StopReason

if TYPE_CHECKING:
    from ._errors import PylonError

__all__ = [
    "AttemptFailed",
    "CallDetails",
    "CallEnded",
    "CallStarted",
    "GaveUp",
    "Hooks",
    "HooksSetting",
    "RateLimitWait",
    "RequestSent",
    "ResponseReceived",
    "RetryScheduled",
]


@dataclass(frozen=True, slots=True)
class CallDetails:
    """What is known about a call before it is sent; shared by all of the call's events.

    * `call_id` - unique within the process: tells apart the events of concurrent calls.
    * `operation_id` - the spec's operation id (`"GetIssue"`), None for a path the spec lacks.
    * `method` - the HTTP method, upper case.
    * `path_template` - the spec's path (`"/issues/{id}"`), None for a path the spec lacks.
    * `path` - the concrete path (`"/issues/iss_1"`), without the query string.
    * `server_address`, `server_port` - the host called and its port.
    * `op_class` - `"read"`, `"idempotent"` or `"create"`: how safe it is to repeat.
    """

    call_id: int
    operation_id: str | None
    method: str
    path_template: str | None
    path: str
    server_address: str
    server_port: int | None
    op_class: OpClass


@dataclass(frozen=True, slots=True)
class CallStarted:
    """A call begins (before any rate-limit wait or attempt)."""

    call: CallDetails


@dataclass(frozen=True, slots=True)
class RateLimitWait:
    """The client's rate limiter holds an attempt back for `seconds` before sending it;
    `after_429` when the wait comes from Pylon answering 429 (the operation pauses for every
    caller)."""

    call: CallDetails
    seconds: float
    after_429: bool

    @property
    def operation_id(self) -> str | None:
        return self.call.operation_id


@dataclass(frozen=True, slots=True)
class RequestSent:
    """Attempt number `attempt` (1 for the first) is sent. `body` is the request body when the
    hook asked for bodies and it is in memory (not a one-shot stream), else None."""

    call: CallDetails
    attempt: int
    body: bytes | None = None


@dataclass(frozen=True, slots=True)
class ResponseReceived:
    """An attempt was answered: its status, the `duration` in seconds from send to the whole
    body read, and Pylon's request id. `body` (decoded) only for hooks that asked for bodies."""

    call: CallDetails
    attempt: int
    status_code: int
    duration: float
    request_id: str | None
    body: bytes | None = None


@dataclass(frozen=True, slots=True)
class AttemptFailed:
    """An attempt got no (complete) response: `error` is what it raised (an httpx connection
    error or timeout, the SDK's deadline, a cancellation)."""

    call: CallDetails
    attempt: int
    duration: float
    error: BaseException

    @property
    def error_type(self) -> str:
        """The error's class name, e.g. `"ConnectError"`."""
        return type(self.error).__name__


@dataclass(frozen=True, slots=True)
class RetryScheduled:
    """The retry policy will send the call again after `delay` seconds, because attempt
    `attempt` ended in `reason` (`"503 Service Unavailable"`, `"ReadTimeout"`). `status_code` is
    that attempt's status (None for a connection error); `retry_after` what the server asked."""

    call: CallDetails
    attempt: int
    reason: str
    delay: float
    status_code: int | None
    retry_after: float | None


@dataclass(frozen=True, slots=True)
class GaveUp:
    """The call failed: `error` is the typed error it raises (on `client.raw`, the error its
    status stands for). `stop_reason` says why the retry policy stopped when the last outcome
    could have been retried (`"retries_exhausted"`, `"deadline"`, ...), None when it never
    could (a 404, an error raised before sending)."""

    call: CallDetails
    attempts: int
    error: PylonError
    stop_reason: StopReason | None


@dataclass(frozen=True, slots=True)
class CallEnded:
    """The call is over. `duration` counts from `CallStarted`, rate-limit waits included;
    `status_code` and `request_id` are the last response's (None without one); `rate_limit_wait`
    is the seconds the limiter held it back in all; `error` is what the call raised or, on
    `client.raw`, the error its status stands for (None on success)."""

    call: CallDetails
    attempts: int
    duration: float
    status_code: int | None
    request_id: str | None
    rate_limit_wait: float
    error: BaseException | None

    @property
    def retries(self) -> int:
        """Attempts after the first."""
        return max(self.attempts - 1, 0)


@dataclass(frozen=True, slots=True)
class Hooks:
    """Functions to call on the client's events; set any of them.

    Pass to the client (`Pylon(hooks=Hooks(...))`, or a list of `Hooks`), or for some calls
    only through `client.with_options(hooks=Hooks(...))`, which adds them to the client's own.
    See the module docstring for when each event fires.

    * `on_call_start(CallStarted)`, `on_call_end(CallEnded)` - once per call.
    * `on_rate_limit_wait(RateLimitWait)` - the client's limiter holds an attempt back.
    * `on_request(RequestSent)` - each attempt, as it is sent.
    * `on_response(ResponseReceived)`, `on_attempt_error(AttemptFailed)` - how it ended.
    * `on_retry(RetryScheduled)` - the call will be sent again.
    * `on_give_up(GaveUp)` - the call failed.
    * `include_bodies` - give these hooks the request and response bodies (default False).
    """

    on_call_start: Callable[[CallStarted], object] | None = None
    on_rate_limit_wait: Callable[[RateLimitWait], object] | None = None
    on_request: Callable[[RequestSent], object] | None = None
    on_response: Callable[[ResponseReceived], object] | None = None
    on_attempt_error: Callable[[AttemptFailed], object] | None = None
    on_retry: Callable[[RetryScheduled], object] | None = None
    on_give_up: Callable[[GaveUp], object] | None = None
    on_call_end: Callable[[CallEnded], object] | None = None
    include_bodies: bool = False

    def __post_init__(self) -> None:
        for name in HOOK_NAMES:
            _check_hook(name, getattr(self, name))
        if not isinstance(self.include_bodies, bool):
            raise PylonConfigError("Hooks(include_bodies=...) must be True or False.")

    def __repr__(self) -> str:
        shown = [f"{name}={_name_of(getattr(self, name))}" for name in HOOK_NAMES
                 if getattr(self, name) is not None]  # fmt: skip
        if self.include_bodies:
            shown.append("include_bodies=True")
        return f"Hooks({', '.join(shown)})"


HOOK_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Hooks) if f.name.startswith("on_"))
"""The event options of `Hooks`, in the order their events can first occur."""

HooksSetting: TypeAlias = "Hooks | Iterable[Hooks] | None"
"""What the client's `hooks=` option takes: one `Hooks`, several, or None."""


def _check_hook(name: str, hook: object) -> None:
    if hook is None:
        return
    if not callable(hook):
        raise PylonConfigError(
            f"Hooks({name}=...) must be a function taking the event, not"
            f" {type(hook).__name__}; e.g. Hooks({name}=print)."
        )
    if inspect.iscoroutinefunction(hook) or inspect.iscoroutinefunction(
        getattr(hook, "__call__", None)  # noqa: B004 - an object with an async __call__
    ):
        raise PylonConfigError(
            f"Hooks({name}=...) is a coroutine function, but hooks are called synchronously,"
            " inside the call; use a plain function (it may hand the event to a queue or"
            " start a task)."
        )


def _name_of(hook: object) -> str:
    return str(getattr(hook, "__qualname__", None) or type(hook).__qualname__)


def as_hooks_tuple(setting: object) -> tuple[Hooks, ...]:
    """The client's `hooks=` setting as a tuple of `Hooks`, or a `PylonConfigError` naming it."""
    if setting is None:
        return ()
    if isinstance(setting, Hooks):
        return (setting,)
    if isinstance(setting, Iterable) and not isinstance(setting, str | bytes):
        items = tuple(setting)
        if all(isinstance(item, Hooks) for item in items):
            return items
        setting = next(item for item in items if not isinstance(item, Hooks))
    hint = " (wrap it: Hooks(on_call_end=...))" if callable(setting) else ""
    raise PylonConfigError(
        f"hooks must be pylon.Hooks(...) or a list of them, not {type(setting).__name__}{hint}."
    )


publish(__name__)
