"""Resources are written once; the client they hang off decides whether a call is sync or async.

A resource method is a *flow*: a generator that yields `ApiCall`s and receives their results (or has
their errors thrown into it), the way httpx writes an auth flow once for both clients. Decorating it
with `@api_method` makes `client.issues.get(...)` return the result on `Pylon` and an awaitable on
`AsyncPylon`; `@paged_method` methods return a `PageWalk` and become a `SyncPager` or an
`AsyncPager`. Under `with_raw_response` the same methods answer with a `RawResponse` of the result
(of the first page, for paged methods).

The overloaded `__get__` keeps each method's own signature for type checkers, and the callable a
method access returns carries the flow's real signature (`inspect.signature`, `help()`) and its
docstring, so nothing about a method is written twice.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Awaitable, Callable, Generator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from ._conventions import RAISES
from ._errors import PylonValidationError

# Re-exported: the resource modules import the modes from here with the rest of their machinery.
from ._modes import AsyncMode, Mode, SyncMode
from ._modes import M as M
from ._modes import RawAsyncMode as RawAsyncMode
from ._modes import RawSyncMode as RawSyncMode
from ._pagination import AsyncPager, Page, PageWalk, SyncPager
from ._public import publish

if TYPE_CHECKING:
    # Only named in annotations: `from pylon import Pylon` does not load the spec tables.
    from ._calls import ApiCall
    from ._client import BaseClient
    from ._raw_response import RawResponse

P = ParamSpec("P")
T = TypeVar("T")
M_co = TypeVar("M_co", bound="Mode", covariant=True)
S_co = TypeVar("S_co", covariant=True)
A_co = TypeVar("A_co", covariant=True)

Flow = Generator["ApiCall", Any, T]


class Moded(Generic[M_co]):
    """Anything whose methods run on a client of mode `M`: resources, and the models the client
    returned with conveniences bound to it (`issue.resolve()`). It has a `_client`.

    Covariant, so a model parsed under `with_raw_response` (mode `RawSyncMode`) still counts as
    sync: its conveniences run on the real client and return plain results."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def _client(self) -> BaseClient[Any]: ...


class Resource(Moded[M]):
    """A group of operations (`client.issues`). Sub-resources are attributes built on first use."""

    _client: BaseClient[M]

    def __init__(self, client: BaseClient[M]) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class RawResponses(Generic[S_co, A_co]):
    """The `with_raw_response` attribute of a resource class: the same resource, whose methods
    answer with a `RawResponse` (status, headers, request id, and `.parsed` typed as the method's
    result). Each resource class names its own raw forms, so every method stays typed:

        with_raw_response: ClassVar[
            RawResponses[TagsResource[RawSyncMode], TagsResource[RawAsyncMode]]
        ] = RawResponses()
    """

    @overload
    def __get__(self, obj: None, owner: type) -> RawResponses[S_co, A_co]: ...
    @overload
    def __get__(self, obj: Resource[SyncMode], owner: type) -> S_co: ...
    @overload
    def __get__(self, obj: Resource[AsyncMode], owner: type) -> A_co: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        return type(obj)(obj._client._raw_response_view())


class pager_property(Generic[T]):
    """An attribute that is a pager: `issue.messages` is `SyncPager[Message]` on `Pylon` and
    `AsyncPager[Message]` on `AsyncPylon`, from a `paged_method` that takes no arguments."""

    def __init__(self, method: paged_method[[], T]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, obj: None, owner: type) -> pager_property[T]: ...
    @overload
    def __get__(self, obj: Moded[SyncMode], owner: type) -> SyncPager[T]: ...
    @overload
    def __get__(self, obj: Moded[AsyncMode], owner: type) -> AsyncPager[T]: ...
    def __get__(self, obj: Moded[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        method: Any = self._method.__get__(obj, owner)
        return method()


def calls(*operation_ids: str) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Name the operations a hand-written method sends, so its docstring states their rate limits
    (read from the spec tables) and the signature test knows which spec parameters it serves."""

    def mark(function: Callable[P, T]) -> Callable[P, T]:
        function.__pylon_operations__ = operation_ids  # type: ignore[attr-defined]
        return function

    return mark


def _document(function: Callable[..., Any], operations: tuple[str, ...]) -> str:
    """The method's docstring, with the rate limits of the operations it sends and what it raises
    added where its own text does not state them."""
    doc = inspect.cleandoc(function.__doc__ or "")
    if operations and "Rate limit" not in doc:
        from ._operations import operation

        limits = [(op, operation(op).rate_limit) for op in operations]
        shown = "; ".join(f"{n} requests per {_per(s)} ({op})" for op, (n, s) in _known(limits))
        doc += f"\n\nRate limit: {shown or 'none documented'}."
    if "Raises" not in doc:
        doc += f"\n\n{RAISES}"
    return doc.strip()


def _known(
    limits: list[tuple[str, tuple[int, float] | None]],
) -> list[tuple[str, tuple[int, float]]]:
    return [(op, limit) for op, limit in limits if limit is not None]


def _per(seconds: float) -> str:
    return {1.0: "second", 60.0: "minute", 3600.0: "hour"}.get(seconds, f"{seconds:g} s")


def _public_signature(signature: inspect.Signature, result: str) -> inspect.Signature:
    """The flow's signature without `self`, returning what a caller gets (`result`)."""
    return signature.replace(
        parameters=list(signature.parameters.values())[1:], return_annotation=result
    )


class _MethodBase:
    # What `api_method` and `paged_method` share: the wrapped flow, its docs and signature. The
    # docs and signature are worked out on first use: importing the resources defines over a
    # hundred methods, and most programs never ask for `help()`.

    # What a call returns, by whether the client is async: plain and under `with_raw_response`.
    _result_form = ("{}", "Awaitable[{}]")
    _raw_form = ("RawResponse[{}]", "Awaitable[RawResponse[{}]]")

    def __init__(self, function: Callable[..., Any]) -> None:
        self._function = function
        self.operations: tuple[str, ...] = getattr(function, "__pylon_operations__", ())
        self.__name__ = function.__name__
        self.__qualname__ = function.__qualname__

    @cached_property
    def _doc(self) -> str:
        return _document(self._function, self.operations)

    @property
    def __doc__(self) -> str:  # type: ignore[override]
        return self._doc

    @cached_property
    def __signature__(self) -> inspect.Signature:
        """The flow's parameters (without `self`), returning what the flow returns."""
        return _public_signature(self._flow_signature, self._result)

    @cached_property
    def _flow_signature(self) -> inspect.Signature:
        # Read once: a method's first binding in a process is on its first call's path.
        return inspect.signature(self._function)

    @cached_property
    def _result(self) -> str:
        annotation = self._flow_signature.return_annotation
        return str(annotation).partition("[")[2].rpartition("]")[0] or "Any"

    def _signature_on(self, client: Any) -> inspect.Signature:
        """The signature as a method of `client`'s resources: returning `Tag` on `Pylon`,
        `Awaitable[Tag]` on `AsyncPylon`, a `RawResponse[...]` under `with_raw_response`."""
        mode = client._mode
        raw = getattr(client, "is_raw_view", False)
        key = (mode, raw)
        cache: dict[Any, inspect.Signature] = self.__dict__.setdefault("_signatures", {})
        if key not in cache:
            result = self._result.replace("[M]", f"[{mode.__name__}]")
            form = self._raw_form if raw else self._result_form
            shown = form[mode.is_async].format(result)
            cache[key] = self.__signature__.replace(return_annotation=shown)
        return cache[key]

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute_names = {*getattr(self, "_attribute_names", ()), name}

    def _bind(self, obj: Moded[Any], run: Callable[[Any], Any]) -> Any:
        """The method bound to `obj`, made once per object: a resource keeps it in its own
        `__dict__`, which Python reads before asking this (non-data) descriptor again. Only
        under the one class attribute name it was defined as (an alias could be any name)."""
        bound = self._make_bound(obj, run)
        names = getattr(self, "_attribute_names", ())
        namespace = getattr(obj, "__dict__", None)
        if namespace is not None and len(names) == 1:
            namespace[next(iter(names))] = bound
        return bound

    def _make_bound(self, obj: Moded[Any], run: Callable[[Any], Any]) -> Any:
        return _BoundMethod(self, obj, run)

    def _argument_error(
        self, owner: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> PylonValidationError | None:
        """A typed error for arguments that do not fit the signature (None if they do, so the
        TypeError came from elsewhere), naming the closest parameter for a misspelt keyword."""
        try:
            self.__signature__.bind(*args, **kwargs)
        except TypeError as exc:
            where = f"{owner}.{self.__name__}"
            known = [p.name for p in self.__signature__.parameters.values()]
            for name in kwargs:
                if name not in known:
                    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
                    hint = f"; did you mean {close[0]}=?" if close else ""
                    return PylonValidationError(f"{where}: unknown argument {name}={hint}")
            return PylonValidationError(f"{where}: {exc}")
        return None


class _BoundMethod:
    """A method bound to a resource or model (`client.issues.get`): calls its flow on the object
    and runs it on the client.

    Its docstring and signature are worked out when read (by `help()`, `inspect.signature`, an
    editor), not when the method is first bound: that happens on a program's first call of each
    method, and reading them took more time than the call's own work. `__get__` makes it a method
    descriptor as `inspect.isroutine` and pydoc see it, so `help()` shows it as the function it
    stands for (its name, signature and docstring), not as this class."""

    # No __slots__: `__module__` and `__qualname__` are per instance, and a slot cannot have
    # either name.

    def __init__(self, method: _MethodBase, obj: Moded[Any], run: Callable[[Any], Any]) -> None:
        self._method, self._obj, self._run = method, obj, run
        self.__name__, self.__qualname__ = method.__name__, method.__qualname__
        self.__module__ = method._function.__module__

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        method = self._method
        try:
            started = method._function(self._obj, *args, **kwargs)
        except TypeError as exc:
            raise method._argument_error(type(self._obj).__name__, args, kwargs) or exc from None
        return self._run(started)

    def __get__(self, obj: object, owner: type | None = None) -> _BoundMethod:
        return self  # already bound; only here so that pydoc documents it as a routine

    @property
    def __doc__(self) -> str:  # type: ignore[override]
        return self._method._doc

    @property
    def __signature__(self) -> inspect.Signature:
        return self._method._signature_on(self._obj._client)

    def __repr__(self) -> str:
        return f"<bound method {self.__qualname__} of {self._obj!r}>"


class api_method(_MethodBase, Generic[P, T]):
    # A class without a docstring still has `__doc__ = None` in its own namespace, which would
    # hide the inherited property: name it again.
    __doc__ = _MethodBase.__dict__["__doc__"]

    def __init__(self, flow: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        super().__init__(flow)

    @overload
    def __get__(self, obj: None, owner: type) -> api_method[P, T]: ...
    @overload
    def __get__(self, obj: Resource[RawSyncMode], owner: type) -> Callable[P, RawResponse[T]]: ...
    @overload
    def __get__(
        self, obj: Resource[RawAsyncMode], owner: type
    ) -> Callable[P, Awaitable[RawResponse[T]]]: ...
    @overload
    def __get__(self, obj: Moded[SyncMode], owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Moded[AsyncMode], owner: type) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: Moded[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        return self._bind(obj, obj._client._run)

    def flow_for(self, obj: Any, *args: P.args, **kwargs: P.kwargs) -> Flow[T]:
        """The method's flow on `obj`, for another method to `yield from` (a bound helper
        running the resource's own method)."""
        flow: Flow[T] = self._function(obj, *args, **kwargs)
        return flow


class paged_method(_MethodBase, Generic[P, T]):
    __doc__ = _MethodBase.__dict__["__doc__"]  # see api_method
    _result_form = ("SyncPager[{}]", "AsyncPager[{}]")
    _raw_form = ("RawResponse[Page[{}]]", "Awaitable[RawResponse[Page[{}]]]")

    def __init__(self, build: Callable[Concatenate[Any, P], PageWalk[T]]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, obj: None, owner: type) -> paged_method[P, T]: ...
    @overload
    def __get__(
        self, obj: Resource[RawSyncMode], owner: type
    ) -> Callable[P, RawResponse[Page[T]]]: ...
    @overload
    def __get__(
        self, obj: Resource[RawAsyncMode], owner: type
    ) -> Callable[P, Awaitable[RawResponse[Page[T]]]]: ...
    @overload
    def __get__(self, obj: Moded[SyncMode], owner: type) -> Callable[P, SyncPager[T]]: ...
    @overload
    def __get__(self, obj: Moded[AsyncMode], owner: type) -> Callable[P, AsyncPager[T]]: ...
    def __get__(self, obj: Moded[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        return self._bind(obj, obj._client._pager)

    def walk_for(self, obj: Any, *args: P.args, **kwargs: P.kwargs) -> PageWalk[T]:
        """The method's page walk on `obj` (see `api_method.flow_for`)."""
        walk: PageWalk[T] = self._function(obj, *args, **kwargs)
        return walk


publish(__name__)
