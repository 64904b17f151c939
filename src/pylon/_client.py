"""`Pylon` and `AsyncPylon`: configuration, the shared httpx client, and the resource groups.

Both classes share everything but the few lines that send a request (`_execute`) and close the
connection pool. Each builds one httpx client whose transport adds auth, retries, rate limits and
logging; the generated low-level client (`client.raw`) is handed the same httpx client, so a raw call
behaves exactly like a facade call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Generator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._constants import DEFAULT_HEALTH_TIMEOUT
from ._drive import drive_async, drive_sync
from ._errors import PylonConfigError, PylonError
from ._modes import AsyncMode, M, SyncMode
from ._public import publish
from ._sending import send_async, send_sync
from ._types import NOT_GIVEN, NotGiven, given

# `from pylon import Pylon` loads only what defines the two classes. What building a client needs
# (its configuration, transport, rate limiters, response cache and the modules every call shares)
# is imported by the first `Pylon(...)`, which pays for its TLS context anyway; a program that only
# imports the name, or `pylon --version`, never loads it.
if TYPE_CHECKING:
    from pylon_openapi import AuthenticatedClient
    from typing_extensions import Never, Self

    from ._breaker import CircuitBreaker
    from ._cache import CacheSetting
    from ._calls import ApiCall
    from ._config import ClientConfig, RateLimitSetting
    from ._health import Health
    from ._pagination import AsyncPager, PageWalk, SyncPager
    from ._ratelimit_state import RateLimits
    from .hooks import HooksSetting
    from .resources import (
        AccountsResource,
        ActivityTypesResource,
        AttachmentsResource,
        AuditLogsResource,
        ContactsResource,
        CustomFieldsResource,
        CustomObjectsResource,
        FeatureRequestsResource,
        ImportsResource,
        IssuesResource,
        IssueStatusesResource,
        KnowledgeBasesResource,
        MacrosResource,
        MeResource,
        MilestonesResource,
        ProjectsResource,
        SurveysResource,
        TagsResource,
        TasksResource,
        TeamsResource,
        TicketFormsResource,
        TrainingDataResource,
        UserRolesResource,
        UsersResource,
    )
    from .shared_state import StateStore, Usage

T = TypeVar("T")


class BaseClient(Generic[M]):
    """What `Pylon` and `AsyncPylon` share. Not used directly."""

    _mode: type[M]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        rate_limit: RateLimitSetting = True,
        default_headers: Mapping[str, str] | None = None,
        max_concurrency: int | NotGiven = NOT_GIVEN,
        retry_creates_on_429: bool | NotGiven = NOT_GIVEN,
        allow_insecure: bool | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        shared_state: str | StateStore | None = None,
        hooks: HooksSetting = None,
        cache: CacheSetting = False,
        circuit_breaker: bool | CircuitBreaker | Mapping[str, float] | None = None,
        **misspelt: Never,
    ) -> None:
        """A client for Pylon's API.

        **Parameters** (all but `api_key` keyword-only; `NOT_GIVEN` means the documented default):

        * `api_key` - the API token; default: the `PYLON_API_KEY` environment variable.
        * `base_url` - the API root; default: `PYLON_BASE_URL`, else the region's host.
        * `region` - `"us"` (api.usepylon.com) or `"eu"` (api.eu.usepylon.com); default:
          `PYLON_REGION`, else `"us"`. Give `base_url` or `region`, not both.
        * `timeout` - seconds per network operation, or an `httpx.Timeout` (5 s connect, 60 s read).
        * `max_retries` - retries after the first attempt (2); 0 turns retries off.
        * `deadline` - seconds for one call across all attempts and waits (120); None for none.
        * `rate_limit` - True (Pylon's documented per-operation limits), False, or overrides per
          operation id: `{"SearchIssues": (20, 60.0)}`.
        * `default_headers` - extra headers for every request (never `Authorization`).
        * `max_concurrency` - requests in flight at once (16).
        * `retry_creates_on_429` - retry a create answered 429 (True: nothing was created).
        * `allow_insecure` - allow plain `http://` to a host that is not loopback (False).
        * `http_client` - your own `httpx.Client`/`httpx.AsyncClient`, wrapped with the SDK's policy.
        * `transport` - an httpx transport to send through (a test double, a proxy transport).
        * `shared_state` - where rate limits live when several processes share the key:
          `"sqlite:///path"`, `"redis://host:6379/0"` or a store object (default: this process).
        * `hooks` - `pylon.Hooks(...)` (or a list of them) called on every call's events:
          attempts, responses, retries, rate-limit waits, failures (see `pylon.hooks`).
        * `cache` - keep reads of slow-changing resources (users, teams, tags, ...) for a while:
          True, or TTLs in seconds by resource or read operation id, `{"tags": 60}` (off).
        * `circuit_breaker` - fail fast while Pylon keeps failing: True, or
          `pylon.CircuitBreaker(failures=, window=, recovery=)` (off).

        A misspelt option is a `PylonConfigError` naming the closest option (and a type error).
        """
        from . import _wiring
        from ._bound import prepare_bound_models
        from ._config import ClientConfig, check_option_names
        from ._preload import preload_shared_modules

        check_option_names(misspelt, _option_names())
        options = given(
            timeout=timeout, max_retries=max_retries, deadline=deadline,
            max_concurrency=max_concurrency, retry_creates_on_429=retry_creates_on_429,
            allow_insecure=allow_insecure, cache=cache, circuit_breaker=circuit_breaker,
        )  # fmt: skip
        if default_headers is not None:
            options["default_headers"] = default_headers
        self._config = ClientConfig.create(
            api_key, base_url=base_url, region=region, rate_limit=rate_limit, hooks=hooks,
            **options,
        )  # fmt: skip
        self._shared = _wiring.SharedState.create(
            self._config,
            transport=transport,
            http_client=http_client,
            is_async=self._mode.is_async,
            shared_state=shared_state,
        )
        # The facade sends through the transport itself (see `_sending`); the httpx client on it
        # builds the requests and is what `client.raw` sends through.
        self._transport: Any = _wiring.client_transport(self._config, self._shared)
        self._http: Any = _wiring.build_http_client(self._config, self._shared, self._transport)
        self._closed = False
        preload_shared_modules()
        prepare_bound_models(self)

    @classmethod
    def _from_parts(cls, config: ClientConfig, shared: Any) -> Self:
        from . import _wiring

        client = cls.__new__(cls)
        client._config = config
        client._shared = shared
        client._transport = _wiring.client_transport(config, shared)
        client._http = _wiring.build_http_client(config, shared, client._transport)
        client._closed = False
        return client

    def with_options(self, **changes: Any) -> Self:
        """A client with other settings (`timeout`, `max_retries`, `deadline`, ...) that shares this
        one's connection pool and rate limiters. `hooks=` adds to this client's hooks, so the
        ones it already has (its tracing, say) keep seeing every call."""
        from ._cache import check_cache_setting
        from .hooks import as_hooks_tuple

        if "hooks" in changes:
            changes["hooks"] = self._config.hooks + as_hooks_tuple(changes["hooks"])
        for name in _FAMILY_OPTIONS:
            if name in changes:
                raise PylonConfigError(
                    f"{name} is chosen once, when the client is created; with_options copies"
                    f" share the parent's {_FAMILY_OPTIONS[name]}."
                )
        turns_on = check_cache_setting(changes.get("cache", False)) is not False
        if turns_on and self._shared.root.config.cache is False:
            raise PylonConfigError(
                "cache is turned on when the client is created (Pylon(cache=...)), so that every"
                " copy's writes make cached reads stale; with_options can change its TTLs or"
                " bypass it (cache=False)."
            )
        return self._from_parts(self._config.replace(**changes), self._shared)

    def rate_limit_usage(self, operation_id: str) -> Usage | None:
        """One operation's client-side rate limiter: `limit` per `per_seconds`, `used` in the last
        window and `next_free_in` seconds until a call could start (None when not limited).

        Shared with every `with_options` copy, and with every process using the same
        `shared_state` store; meant for progress bars and ETAs.
        """
        # This client's own settings: a `with_options(rate_limit=...)` copy reports its limit.
        usage: Usage | None = self._shared.transport_for(self._config).rate_limit_usage(
            operation_id
        )
        return usage

    @cached_property
    def rate_limits(self) -> RateLimits:
        """Each operation's rate limiter now: `client.rate_limits["SearchIssues"]` (or
        `["issues.search"]`) is a `RateLimitState` - the limit in force, what the current window
        has used, when the next slot frees, the last 429. Read from the shared-state store on
        every access, so with `shared_state` it counts every process using the key."""
        from ._facade_names import facade_operations
        from ._ratelimit_state import RateLimits

        transport = self._shared.transport_for(self._config)
        return RateLimits(transport, lambda: facade_operations(self))

    def _health(self, timeout: float) -> Any:
        """`health()`, written once: the `Health` (an awaitable of it on `AsyncPylon`)."""
        from ._health import check_timeout, health_flow

        seconds = check_timeout(timeout)
        probe = self.with_options(timeout=httpx.Timeout(seconds), deadline=seconds, max_retries=0)
        probe._closed = self._closed
        return probe._run(health_flow(probe, self.rate_limits))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.base_url!r}, api_key={self._config.masked_api_key!r})"

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._config.base_url

    @property
    def config(self) -> ClientConfig:
        """The validated settings (the API key masked in its repr)."""
        return self._config

    @cached_property
    def raw(self) -> AuthenticatedClient:
        """The generated low-level client, on this client's httpx client (auth, retries, rate limits).

        Use it for any endpoint exactly as openapi-python-client documents, e.g.
        `pylon_openapi.api.me.get_me.sync_detailed(client=client.raw)`.
        """
        from pylon_openapi import AuthenticatedClient

        # The generated client never uses this token (the transport adds auth to each request), so it
        # holds an ASCII placeholder: its repr can't show the key, and a header built from it can't
        # fail to encode.
        raw = AuthenticatedClient(
            base_url=self._config.base_url,
            token="set-by-the-pylon-transport",
            timeout=self._config.timeout,
        )
        if self._mode.is_async:
            raw.set_async_httpx_client(self._http)
        else:
            raw.set_httpx_client(self._http)
        return raw

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
        data: Mapping[str, Any] | None = None,
    ) -> Any:
        """Send any request to Pylon with this client's auth, retries, rate limits and host, and
        return the decoded JSON body (None when empty), whole: envelope and all.

        `path` is relative to the base URL (`"/issues/search"`); `params` go in the query
        string, `json` is the body, `files`/`data` make a multipart body as in httpx. Errors are
        the same typed errors as every other call. On `AsyncPylon` it returns an awaitable.
        """
        from ._calls import RawCall

        call = RawCall.build(
            method, path, {"params": params, "json": json, "files": files, "data": data}
        )
        return self._run(_one(call))

    def _check_open(self) -> None:
        if self._closed:
            raise PylonError("This Pylon client is closed; create a new one.")

    def _raw_response_view(self) -> Any:
        from ._raw_response import RawResponseView

        return RawResponseView(self)

    # -- running flows: the only part that differs between sync and async ----------------------
    def _run(self, flow: Generator[ApiCall, Any, T]) -> Any:
        raise NotImplementedError

    def _pager(self, walk: PageWalk[T]) -> Any:
        raise NotImplementedError

    # -- resource groups (imported on first use) -----------------------------------------------
    @cached_property
    def issues(self) -> IssuesResource[M]:
        """`client.issues`: issues, their messages, followers and threads, and conveniences."""
        from .resources import IssuesResource

        return IssuesResource(self)

    @cached_property
    def accounts(self) -> AccountsResource[M]:
        """`client.accounts`: accounts, their highlights, activities and files."""
        from .resources import AccountsResource

        return AccountsResource(self)

    @cached_property
    def contacts(self) -> ContactsResource[M]:
        """`client.contacts`: the people at customer accounts."""
        from .resources import ContactsResource

        return ContactsResource(self)

    @cached_property
    def users(self) -> UsersResource[M]:
        """`client.users`: the people of the workspace (agents and admins)."""
        from .resources import UsersResource

        return UsersResource(self)

    @cached_property
    def teams(self) -> TeamsResource[M]:
        """`client.teams`: teams of users that issues are routed to."""
        from .resources import TeamsResource

        return TeamsResource(self)

    @cached_property
    def tags(self) -> TagsResource[M]:
        """`client.tags`: the workspace's tags for issues, accounts and contacts."""
        from .resources import TagsResource

        return TagsResource(self)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource[M]:
        """`client.custom_fields`: the custom field definitions of accounts, issues and contacts."""
        from .resources import CustomFieldsResource

        return CustomFieldsResource(self)

    @cached_property
    def custom_objects(self) -> CustomObjectsResource[M]:
        """`client.custom_objects`: records of the workspace's own object types."""
        from .resources import CustomObjectsResource

        return CustomObjectsResource(self)

    @cached_property
    def tasks(self) -> TasksResource[M]:
        """`client.tasks`: to-dos on accounts, projects and issues."""
        from .resources import TasksResource

        return TasksResource(self)

    @cached_property
    def projects(self) -> ProjectsResource[M]:
        """`client.projects`: customer projects (onboardings, rollouts) and their progress."""
        from .resources import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def milestones(self) -> MilestonesResource[M]:
        """`client.milestones`: the milestones of projects."""
        from .resources import MilestonesResource

        return MilestonesResource(self)

    @cached_property
    def knowledge_bases(self) -> KnowledgeBasesResource[M]:
        """`client.knowledge_bases`: help centres, their articles, collections and route redirects."""
        from .resources import KnowledgeBasesResource

        return KnowledgeBasesResource(self)

    @cached_property
    def macros(self) -> MacrosResource[M]:
        """`client.macros`: saved replies and actions, and the groups they are filed in."""
        from .resources import MacrosResource

        return MacrosResource(self)

    @cached_property
    def ticket_forms(self) -> TicketFormsResource[M]:
        """`client.ticket_forms`: the forms customers open issues with."""
        from .resources import TicketFormsResource

        return TicketFormsResource(self)

    @cached_property
    def user_roles(self) -> UserRolesResource[M]:
        """`client.user_roles`: the roles users of the workspace can have."""
        from .resources import UserRolesResource

        return UserRolesResource(self)

    @cached_property
    def audit_logs(self) -> AuditLogsResource[M]:
        """`client.audit_logs`: who changed what in the workspace."""
        from .resources import AuditLogsResource

        return AuditLogsResource(self)

    @cached_property
    def attachments(self) -> AttachmentsResource[M]:
        """`client.attachments`: files uploaded to Pylon, to link from messages and issues."""
        from .resources import AttachmentsResource

        return AttachmentsResource(self)

    @cached_property
    def surveys(self) -> SurveysResource[M]:
        """`client.surveys`: customer surveys (CSAT, NPS) and their responses."""
        from .resources import SurveysResource

        return SurveysResource(self)

    @cached_property
    def training_data(self) -> TrainingDataResource[M]:
        """`client.training_data`: the documents Pylon's AI answers from."""
        from .resources import TrainingDataResource

        return TrainingDataResource(self)

    @cached_property
    def feature_requests(self) -> FeatureRequestsResource[M]:
        """`client.feature_requests`: product feedback gathered from customer conversations."""
        from .resources import FeatureRequestsResource

        return FeatureRequestsResource(self)

    @cached_property
    def imports(self) -> ImportsResource[M]:
        """`client.imports`: bring contacts, issues and their messages over from another system."""
        from .resources import ImportsResource

        return ImportsResource(self)

    @cached_property
    def activity_types(self) -> ActivityTypesResource[M]:
        """`client.activity_types`: the kinds of activity an account timeline can show."""
        from .resources import ActivityTypesResource

        return ActivityTypesResource(self)

    @cached_property
    def issue_statuses(self) -> IssueStatusesResource[M]:
        """`client.issue_statuses`: the workspace's issue states, built-in and custom."""
        from .resources import IssueStatusesResource

        return IssueStatusesResource(self)

    @cached_property
    def me(self) -> MeResource[M]:
        """`client.me`: who the API key belongs to."""
        from .resources import MeResource

        return MeResource(self)


# Options a client family shares, so with_options can't change them (name -> what is shared).
_FAMILY_OPTIONS = {"shared_state": "store", "circuit_breaker": "circuit breaker"}


def _option_names() -> list[str]:
    import inspect  # httpx loads it only with its command line installed

    return [
        p.name
        for p in inspect.signature(BaseClient.__init__).parameters.values()
        if p.kind is not p.VAR_KEYWORD and p.name != "self"
    ]


def _one(call: Any) -> Generator[Any, Any, Any]:
    result = yield call
    return result


class Pylon(BaseClient[SyncMode]):
    """The synchronous Pylon client. Use it as a context manager, or call `close()`."""

    _mode = SyncMode

    def _send(self, call: ApiCall) -> httpx.Response:
        self._check_open()
        with call.sending():
            return send_sync(self._http, self._transport, call.request)

    def _execute(self, call: ApiCall) -> Any:
        return call.parse(self._send(call))

    def _run(self, flow: Generator[ApiCall, Any, T]) -> T:
        return drive_sync(flow, self._execute)

    def _pager(self, walk: PageWalk[T]) -> SyncPager[T]:
        from ._pagination import SyncPager

        return SyncPager(walk, self._execute)

    def health(self, *, timeout: float = DEFAULT_HEALTH_TIMEOUT) -> Health:
        """Check, with one `GET /me`, that the key works and Pylon answers: a `Health` with
        `ok`, the `reason` when not, the organization, host and region, the round trip and the
        operations the limiter holds back.

        Never retries and never takes longer than about `timeout` seconds (5); an unhealthy
        answer is a result, not an exception. A bad `timeout` is a `PylonConfigError`.
        """
        health: Health = self._health(timeout)
        return health

    def close(self) -> None:
        """Close the client and release its connections; later calls raise `PylonError`."""
        if not self._closed:
            self._closed = True
            self._shared.close_sync(self._http)

    def __enter__(self) -> Pylon:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncPylon(BaseClient[AsyncMode]):
    """The asyncio Pylon client. Use it with `async with`, or `await client.aclose()`."""

    _mode = AsyncMode

    async def _send(self, call: ApiCall) -> httpx.Response:
        self._check_open()
        with call.sending():
            return await send_async(self._http, self._transport, call.request)

    async def _execute(self, call: ApiCall) -> Any:
        return call.parse(await self._send(call))

    def _run(self, flow: Generator[ApiCall, Any, T]) -> Awaitable[T]:
        return drive_async(flow, self._execute)

    def _pager(self, walk: PageWalk[T]) -> AsyncPager[T]:
        from ._pagination import AsyncPager

        return AsyncPager(walk, self._execute)

    def health(self, *, timeout: float = DEFAULT_HEALTH_TIMEOUT) -> Awaitable[Health]:
        """Check, with one `GET /me`, that the key works and Pylon answers: an awaitable
        `Health` with `ok`, the `reason` when not, the organization, host and region, the round
        trip and the operations the limiter holds back.

        Never retries and never takes longer than about `timeout` seconds (5); an unhealthy
        answer is a result, not an exception. A bad `timeout` is a `PylonConfigError`.
        """
        health: Awaitable[Health] = self._health(timeout)
        return health

    async def aclose(self) -> None:
        """Close the client and release its connections; later calls raise `PylonError`."""
        if not self._closed:
            self._closed = True
            await self._shared.close_async(self._http)

    close = aclose

    async def __aenter__(self) -> AsyncPylon:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


publish(__name__)
