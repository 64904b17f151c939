"""Resources are written once; the client they hang off decides whether a call is sync or async.

A resource method is a *flow*: a generator that yields `ApiCall`s and receives their results (or has
their errors thrown into it), the way httpx writes an auth flow once for both clients. Decorating it
with `@api_method` makes `client.issues.get(...)` return the result on `Pylon` and an awaitable on
`AsyncPylon`; `@paged_method` methods return a `PageWalk` and become a `SyncPager` or an
`AsyncPager`. The overloaded `__get__` keeps each method's own signature (typed keyword arguments
included) for type checkers, so nothing about a method is written twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._calls import ApiCall
from ._pagination import AsyncPager, PageWalk, SyncPager

if TYPE_CHECKING:
    from ._client import BaseClient

P = ParamSpec("P")
T = TypeVar("T")
M = TypeVar("M", bound="Mode")

Flow = Generator[ApiCall, Any, T]


class Mode:
    """Marks a client as sync or async for the type checker (and at run time)."""

    is_async = False


class SyncMode(Mode):
    pass


class AsyncMode(Mode):
    is_async = True


class Resource(Generic[M]):
    """A group of operations (`client.issues`). Sub-resources are attributes built on first use."""

    def __init__(self, client: BaseClient[M]) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    @property
    def with_raw_response(self) -> Any:
        """The same resource, whose methods return a `RawResponse` (status, headers, request id)."""
        return type(self)(self._client._raw_response_view())


class api_method(Generic[P, T]):
    def __init__(self, flow: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        self._flow = flow
        self.__doc__ = flow.__doc__
        self.__name__ = flow.__name__

    @overload
    def __get__(self, obj: None, owner: type) -> api_method[P, T]: ...
    @overload
    def __get__(self, obj: Resource[SyncMode], owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[AsyncMode], owner: type) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        flow, client = self._flow, obj._client

        def call(*args: P.args, **kwargs: P.kwargs) -> Any:
            return client._run(flow(obj, *args, **kwargs))

        call.__doc__, call.__name__ = self.__doc__, self.__name__
        return call


class paged_method(Generic[P, T]):
    def __init__(self, build: Callable[Concatenate[Any, P], PageWalk[T]]) -> None:
        self._build = build
        self.__doc__ = build.__doc__
        self.__name__ = build.__name__

    @overload
    def __get__(self, obj: None, owner: type) -> paged_method[P, T]: ...
    @overload
    def __get__(self, obj: Resource[SyncMode], owner: type) -> Callable[P, SyncPager[T]]: ...
    @overload
    def __get__(self, obj: Resource[AsyncMode], owner: type) -> Callable[P, AsyncPager[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        build, client = self._build, obj._client

        def call(*args: P.args, **kwargs: P.kwargs) -> Any:
            return client._pager(build(obj, *args, **kwargs))

        call.__doc__, call.__name__ = self.__doc__, self.__name__
        return call
