"""`Pylon` and `AsyncPylon`: configuration, the shared httpx client, and the resource groups.

Both classes share everything but the few lines that send a request (`_execute`) and close the
connection pool. Each builds one httpx client whose transport adds auth, retries, rate limits and
logging; the generated low-level client (`client.raw`) is handed the same httpx client, so a raw call
behaves exactly like a facade call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
from typing_extensions import Self

from . import _transport
from ._calls import ApiCall
from ._config import ClientConfig
from ._errors import PylonConfigError, PylonError
from ._pagination import AsyncPager, PageWalk, SyncPager
from ._resource import AsyncMode, M, SyncMode

if TYPE_CHECKING:
    from pylon_openapi import AuthenticatedClient

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
_UNSET: Any = object()


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What `client.<resource>.with_raw_response.<method>(...)` returns."""

    http_response: httpx.Response
    parsed: T

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        try:
            body = self.http_response.json()
        except ValueError:
            body = None
        found = body.get("request_id") if isinstance(body, dict) else None
        return found if isinstance(found, str) else self.http_response.headers.get("x-request-id")


class BaseClient(Generic[M]):
    """What `Pylon` and `AsyncPylon` share. Not used directly."""

    _mode: type[M]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = _UNSET,
        max_retries: int = _UNSET,
        rate_limit: Any = True,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        shared_state: str | StateStore | None = None,
        **options: Any,
    ) -> None:
        given = {"timeout": timeout, "max_retries": max_retries}
        options.update({k: v for k, v in given.items() if v is not _UNSET})
        if default_headers is not None:
            options["default_headers"] = default_headers
        self._config = ClientConfig.create(
            api_key, base_url=base_url, region=region, rate_limit=rate_limit, **options
        )
        self._shared = _transport.SharedState.create(
            self._config,
            transport=transport,
            http_client=http_client,
            is_async=self._mode.is_async,
            shared_state=shared_state,
        )
        self._http: Any = _transport.build_http_client(self._config, self._shared)
        self._closed = False

    @classmethod
    def _from_parts(cls, config: ClientConfig, shared: Any) -> Self:
        client = cls.__new__(cls)
        client._config = config
        client._shared = shared
        client._http = _transport.build_http_client(config, shared)
        client._closed = False
        return client

    def with_options(self, **changes: Any) -> Self:
        """A client with other settings (`timeout`, `max_retries`, `deadline`, ...) that shares this
        one's connection pool and rate limiters."""
        if "shared_state" in changes:
            raise PylonConfigError(
                "shared_state is chosen once, when the client is created; with_options copies"
                " share the parent's store."
            )
        return self._from_parts(self._config.replace(**changes), self._shared)

    def rate_limit_usage(self, operation_id: str) -> Usage | None:
        """One operation's client-side rate limiter: `limit` per `per_seconds`, `used` in the last
        window and `next_free_in` seconds until a call could start (None when not limited).

        Shared with every `with_options` copy, and with every process using the same
        `shared_state` store; meant for progress bars and ETAs.
        """
        usage: Usage | None = self._shared.root.rate_limit_usage(operation_id)
        return usage

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.base_url!r}, api_key={self._config.masked_api_key!r})"

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def config(self) -> ClientConfig:
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

    def _check_open(self) -> None:
        if self._closed:
            raise PylonError("This Pylon client is closed; create a new one.")

    def _raw_response_view(self) -> Any:
        return _RawResponseView(self)

    # -- running flows: the only part that differs between sync and async ----------------------
    def _run(self, flow: Generator[ApiCall, Any, T]) -> Any:
        raise NotImplementedError

    def _pager(self, walk: PageWalk[T]) -> Any:
        raise NotImplementedError

    # -- resource groups (imported on first use) -----------------------------------------------
    @cached_property
    def issues(self) -> IssuesResource[M]:
        from .resources import IssuesResource

        return IssuesResource(self)

    @cached_property
    def accounts(self) -> AccountsResource[M]:
        from .resources import AccountsResource

        return AccountsResource(self)

    @cached_property
    def contacts(self) -> ContactsResource[M]:
        from .resources import ContactsResource

        return ContactsResource(self)

    @cached_property
    def users(self) -> UsersResource[M]:
        from .resources import UsersResource

        return UsersResource(self)

    @cached_property
    def teams(self) -> TeamsResource[M]:
        from .resources import TeamsResource

        return TeamsResource(self)

    @cached_property
    def tags(self) -> TagsResource[M]:
        from .resources import TagsResource

        return TagsResource(self)

    @cached_property
    def custom_fields(self) -> CustomFieldsResource[M]:
        from .resources import CustomFieldsResource

        return CustomFieldsResource(self)

    @cached_property
    def custom_objects(self) -> CustomObjectsResource[M]:
        from .resources import CustomObjectsResource

        return CustomObjectsResource(self)

    @cached_property
    def tasks(self) -> TasksResource[M]:
        from .resources import TasksResource

        return TasksResource(self)

    @cached_property
    def projects(self) -> ProjectsResource[M]:
        from .resources import ProjectsResource

        return ProjectsResource(self)

    @cached_property
    def milestones(self) -> MilestonesResource[M]:
        from .resources import MilestonesResource

        return MilestonesResource(self)

    @cached_property
    def knowledge_bases(self) -> KnowledgeBasesResource[M]:
        from .resources import KnowledgeBasesResource

        return KnowledgeBasesResource(self)

    @cached_property
    def macros(self) -> MacrosResource[M]:
        from .resources import MacrosResource

        return MacrosResource(self)

    @cached_property
    def ticket_forms(self) -> TicketFormsResource[M]:
        from .resources import TicketFormsResource

        return TicketFormsResource(self)

    @cached_property
    def user_roles(self) -> UserRolesResource[M]:
        from .resources import UserRolesResource

        return UserRolesResource(self)

    @cached_property
    def audit_logs(self) -> AuditLogsResource[M]:
        from .resources import AuditLogsResource

        return AuditLogsResource(self)

    @cached_property
    def attachments(self) -> AttachmentsResource[M]:
        from .resources import AttachmentsResource

        return AttachmentsResource(self)

    @cached_property
    def surveys(self) -> SurveysResource[M]:
        from .resources import SurveysResource

        return SurveysResource(self)

    @cached_property
    def training_data(self) -> TrainingDataResource[M]:
        from .resources import TrainingDataResource

        return TrainingDataResource(self)

    @cached_property
    def feature_requests(self) -> FeatureRequestsResource[M]:
        from .resources import FeatureRequestsResource

        return FeatureRequestsResource(self)

    @cached_property
    def imports(self) -> ImportsResource[M]:
        from .resources import ImportsResource

        return ImportsResource(self)

    @cached_property
    def activity_types(self) -> ActivityTypesResource[M]:
        from .resources import ActivityTypesResource

        return ActivityTypesResource(self)

    @cached_property
    def issue_statuses(self) -> IssueStatusesResource[M]:
        from .resources import IssueStatusesResource

        return IssueStatusesResource(self)

    @cached_property
    def me(self) -> MeResource[M]:
        from .resources import MeResource

        return MeResource(self)


def _drive_sync(flow: Generator[ApiCall, Any, T], execute: Callable[[ApiCall], Any]) -> T:
    """Run a flow to completion, sending each call's result back (or throwing its error in)."""
    try:
        call = next(flow)
        while True:
            try:
                result = execute(call)
            except PylonError as exc:
                call = flow.throw(exc)
            else:
                call = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def _drive_async(
    flow: Generator[ApiCall, Any, T], execute: Callable[[ApiCall], Awaitable[Any]]
) -> T:
    """`_drive_sync` for coroutines: the same loop, awaiting each call."""
    try:
        call = next(flow)
        while True:
            try:
                result = await execute(call)
            except PylonError as exc:
                call = flow.throw(exc)
            else:
                call = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


class Pylon(BaseClient[SyncMode]):
    """The synchronous Pylon client. Use it as a context manager, or call `close()`."""

    _mode = SyncMode

    def _send(self, call: ApiCall) -> httpx.Response:
        self._check_open()
        with call.sending():
            return self._http.request(**call.request)  # type: ignore[no-any-return]

    def _execute(self, call: ApiCall) -> Any:
        return call.parse(self._send(call))

    def _run(self, flow: Generator[ApiCall, Any, T]) -> T:
        return _drive_sync(flow, self._execute)

    def _pager(self, walk: PageWalk[T]) -> SyncPager[T]:
        return SyncPager(walk, self._execute)

    def close(self) -> None:
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
            return await self._http.request(**call.request)  # type: ignore[no-any-return]

    async def _execute(self, call: ApiCall) -> Any:
        return call.parse(await self._send(call))

    def _run(self, flow: Generator[ApiCall, Any, T]) -> Awaitable[T]:
        return _drive_async(flow, self._execute)

    def _pager(self, walk: PageWalk[T]) -> AsyncPager[T]:
        return AsyncPager(walk, self._execute)

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            await self._shared.close_async(self._http)

    close = aclose

    async def __aenter__(self) -> AsyncPylon:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class _RawResponseView:
    """Stands in for a client under `with_raw_response`: runs the same flows with an `execute` that
    keeps the last httpx response, and wraps the result in a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self._mode = client._mode
        self.binding_owner = client  # returned models bind to the real client

    def _run(self, flow: Generator[ApiCall, Any, T]) -> Any:
        client, last = self._client, []

        if self._mode.is_async:

            async def execute_async(call: ApiCall) -> Any:
                last.append(await client._send(call))
                return call.parse(last[-1])

            async def run() -> RawResponse[T]:
                result = await _drive_async(flow, execute_async)
                return RawResponse(last[-1], result)

            return run()

        def execute(call: ApiCall) -> Any:
            last.append(client._send(call))
            return call.parse(last[-1])

        result = _drive_sync(flow, execute)
        return RawResponse(last[-1], result)

    def _pager(self, walk: PageWalk[T]) -> Any:
        return self._client._pager(walk)
