"""`with_raw_response`: the same methods, answering with the HTTP response beside the parsed result.

`client.issues.with_raw_response.get(id)` runs exactly the flow `client.issues.get(id)` runs, through
a stand-in for the client whose `execute` keeps the last httpx response. A paged method answers with
its first page (`RawResponse[Page[Issue]]`): the raw response of one request, never a silent walk.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._drive import drive_async, drive_sync
from ._pagination import Page, PageWalk
from ._public import publish
from ._response_info import request_id_of

if TYPE_CHECKING:
    from ._calls import ApiCall  # annotations only: importing the client stays light

__all__ = ["RawResponse"]

T = TypeVar("T")


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What a method called through `with_raw_response` returns.

    **Attributes:** `http_response` (the `httpx.Response`), `parsed` (what the plain method would
    have returned, typed as it), and the shortcuts `status_code`, `headers`, `request_id`,
    `from_cache`.

    A response served from the response cache is the one Pylon sent when the entry was filled
    (its status, headers, body and request id) with an `Age` header in seconds added.
    """

    http_response: httpx.Response
    parsed: T

    @property
    def status_code(self) -> int:
        """The HTTP status of the response."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response's headers."""
        return self.http_response.headers

    @property
    def from_cache(self) -> bool:
        """True when the response came from the response cache rather than from Pylon."""
        return "pylon.cache" in self.http_response.extensions

    @cached_property
    def request_id(self) -> str | None:
        """Pylon's request id: from the JSON body where Pylon puts it, else a response header
        (found once, on first access)."""
        return request_id_of(self.http_response)


def _first_page(walk: PageWalk[T]) -> Generator[ApiCall, Any, Page[T]]:
    page: Page[T] = yield walk.sources[0](walk.start_cursor)
    return page


class RawResponseView:
    """Stands in for a client under `with_raw_response` (see the module docstring)."""

    is_raw_view = True

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
                result = await drive_async(flow, execute_async)
                return RawResponse(last[-1], result)

            return run()

        def execute(call: ApiCall) -> Any:
            last.append(client._send(call))
            return call.parse(last[-1])

        result = drive_sync(flow, execute)
        return RawResponse(last[-1], result)

    def _pager(self, walk: PageWalk[T]) -> Any:
        return self._run(_first_page(walk))


publish(__name__)
