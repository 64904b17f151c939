"""One API call: build its request as the generated code does, and turn its response into a result.

Both halves are pure (no I/O), so the sync and async clients share them and only the single line that
sends the request differs. The status is classified before anything is parsed: the spec documents no
401 or 429 and the generated parsers assume a documented status means a JSON body, so letting them see
an error response first would turn a proxy's HTML page into a JSONDecodeError.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx

from ._body_types import check_body_types
from ._constants import ERROR_DETAIL_CHARS, MAX_ID_LENGTH
from ._errors import (
    APIConnectionError,
    PylonValidationError,
    error_for_response,
    response_json,
    response_validation_error,
)
from ._operations import Operation
from ._pagination import Page
from ._request_recipe import build_request
from ._response_info import request_id

_INVALID_IDS = {"", ".", ".."}


def _check_path_param(op: Operation, name: str, value: object) -> str:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise PylonValidationError(
            f"{op.id}: `{name}` must be a string id, got {type(value).__name__}."
        )
    text = str(value)
    if not _encodable(text):
        raise PylonValidationError(
            f"{op.id}: `{name}` contains text that cannot be encoded as UTF-8 (a lone surrogate?)."
        )
    if text.strip() in _INVALID_IDS:
        raise PylonValidationError(
            f"{op.id}: `{name}` must be a non-empty id (got {text!r}); an empty or dot-only id"
            " would address a different endpoint."
        )
    if len(text) > MAX_ID_LENGTH:
        raise PylonValidationError(
            f"{op.id}: `{name}` is {len(text)} characters long; ids are at most {MAX_ID_LENGTH}."
        )
    return text


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _to_plain(value: Any) -> Any:
    """Generated models (anywhere in a structure) become the plain JSON they stand for."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    return value


@cache
def _body_params(op: Operation) -> type | None:
    """The request body's generated TypedDict (its fields as the API spells them, with the
    spec's types), or None for a body that has none (multipart)."""
    params: type | None = getattr(
        importlib.import_module("pylon_openapi.params"), f"{op.request_body}Params", None
    )
    return params


@cache
def _wire_fields(op: Operation) -> frozenset[str]:
    """The request body's field names as the API spells them (the generated TypedDict's keys,
    or for multipart bodies the model's attrs names)."""
    params: Any = _body_params(op)
    if params is not None:
        return frozenset(params.__required_keys__ | params.__optional_keys__)
    return frozenset(a.name for a in op.body_model.__attrs_attrs__) - {"additional_properties"}


def build_body(op: Operation, body: Any, fields: Mapping[str, Any]) -> Any:
    """The request body model for `op`, from a generated model, a plain dict, or keyword arguments.

    Unknown keyword arguments are refused before anything is sent: a typo would otherwise be sent as
    an extra field and silently ignored by Pylon.
    """
    model = op.body_model
    if model is None:
        if body is not None or fields:
            raise PylonValidationError(f"{op.id} takes no request body.")
        return None
    if body is not None and fields:
        raise PylonValidationError(
            f"{op.id}: pass either a body model or keyword fields, not both."
        )
    if isinstance(body, model):
        return body
    data = dict(_to_plain(body)) if body is not None else _to_plain(dict(fields))
    known = _wire_fields(op)
    unknown = sorted(set(data) - known)
    if unknown and body is None:
        raise PylonValidationError(
            f"{op.id}: unknown field(s) {', '.join(unknown)}; known fields: {', '.join(sorted(known))}."
        )
    check_body_types(op.id, _body_params(op), data)
    try:
        built = model.from_dict(data)
        # Models parse their fields when first read; read them all now, so a body that does not
        # fit is refused here with the operation's name rather than while the request is built.
        built.to_dict()
        return built
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise PylonValidationError(
            f"{op.id}: the request body does not fit {model.__name__}: {exc}"
        ) from exc


class typed_send_errors:  # lower case: used like a function, `with typed_send_errors(label):`
    """Types what httpx raises while building or reading a request outside the transport (which
    types everything it sends): text that cannot be encoded, an invalid URL, a stream that cannot
    be read. `label` names the call (an operation id) in the message.

    A class rather than a generator-based context manager: it is entered on every call."""

    __slots__ = ("label",)

    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        if exc is None:
            return
        label = self.label
        if isinstance(exc, UnicodeEncodeError):
            raise PylonValidationError(
                f"{label}: an argument contains text that cannot be encoded as UTF-8 (for"
                " example a lone surrogate from a badly decoded file); clean it before sending."
            ) from None
        if isinstance(exc, httpx.InvalidURL):
            raise PylonValidationError(
                f"{label}: the request URL is invalid ({exc}); check the ids and parameters."
            ) from None
        if isinstance(exc, (httpx.HTTPError, httpx.StreamError)):
            raise APIConnectionError(
                f"{label}: {type(exc).__name__} while sending or reading the response"
                f" ({str(exc)[:ERROR_DETAIL_CHARS]}); the request may have reached Pylon.",
                maybe_processed=True,
            ) from exc


@dataclass(frozen=True)
class ApiCall:
    """A request ready to send and how to read its answer. `paged` calls answer with a Page."""

    op: Operation
    request: dict[str, Any]
    paged: bool = False
    cursor: str | None = None
    item_factory: Any = None

    def sending(self) -> AbstractContextManager[None]:
        """Types what httpx raises while building or reading this call's request outside the
        transport (which types everything it sends)."""
        return typed_send_errors(self.op.id)

    def parse(self, response: httpx.Response) -> Any:
        if not response.is_success:
            raise error_for_response(response)
        if _is_empty_success(response):
            # A 204, or an empty 2xx to a DELETE: the deletion happened and there is nothing to
            # parse. Any other empty 2xx falls through to the JSON check below and is refused.
            return None
        payload = response_json(response)
        if not isinstance(payload, dict):
            raise response_validation_error(response, f"{self.op.id}: expected a JSON object")
        try:
            if self.paged:
                return self._page(payload, response.headers)
            return self._result(payload)
        except _ShapeError as exc:
            raise response_validation_error(
                response, f"{exc}; check base_url, or report it if it is Pylon's answer."
            ) from None
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise response_validation_error(
                response, f"{self.op.id}: the response does not have the documented shape ({exc})"
            ) from exc

    def _data(self, payload: dict[str, Any], response_kind: str) -> Any:
        """The envelope's `data`, checked against the JSON type the spec documents for it."""
        if "data" not in payload:
            raise _ShapeError(
                f"{self.op.id}: the response has no `data` (Pylon wraps results in it)"
            )
        data = payload["data"]
        expected, kind = (list, "a list") if response_kind == "list" else (dict, "an object")
        if not isinstance(data, expected):
            raise _ShapeError(
                f"{self.op.id}: `data` is {_json_kind(data)} where the spec documents {kind}"
            )
        return data

    def _result(self, payload: dict[str, Any]) -> Any:
        factory = self.item_factory or self.op.result_model
        if self.op.data_model is None:
            return factory.from_dict(payload) if factory else payload
        if self.op.data_is_list:
            return [factory.from_dict(item) for item in self._data(payload, "list")]
        return factory.from_dict(self._data(payload, "object"))

    def _page(self, payload: dict[str, Any], headers: httpx.Headers) -> Page[Any]:
        factory = self.item_factory or self.op.result_model
        raw_items = self._data(payload, "list")
        pagination = payload.get("pagination")
        return Page(
            items=[factory.from_dict(item) for item in raw_items],
            cursor=self.cursor,
            pagination=pagination if isinstance(pagination, dict) else None,
            request_id=request_id(headers, payload),
        )


class _ShapeError(ValueError):
    """The envelope is not the documented shape; `parse` turns it into a typed error."""


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    names = {bool: "a boolean", str: "a string", list: "a list", dict: "an object"}
    return next((n for t, n in names.items() if isinstance(value, t)), "a number")


def _is_empty_success(response: httpx.Response) -> bool:
    try:
        method = response.request.method
    except RuntimeError:  # a Response built by hand has no request
        method = None
    if response.status_code != 204 and method != "DELETE":
        return False
    return not response.read().strip()


@dataclass(frozen=True)
class RawCall:
    """A request to any path (`client.request`): its answer is the decoded JSON body, or None when
    the body is empty; a non-2xx answer raises the same typed error as any other call."""

    request: dict[str, Any]

    @classmethod
    def build(cls, method: str, path: str, parts: Mapping[str, Any]) -> RawCall:
        """`parts`: `params` (query), `json` (body), `files` and `data` (multipart), as in httpx."""
        if not isinstance(method, str) or not method.isalpha():
            raise PylonValidationError(f"request: {method!r} is not an HTTP method.")
        if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
            # Only paths: a full URL would send the key to whatever host it names.
            # The value is not echoed: a URL may carry credentials.
            raise PylonValidationError(
                "request: the path must start with one '/', e.g. /issues/search, not a URL;"
                " the host comes from the client's base_url or region."
            )
        request: dict[str, Any] = {"method": method.upper(), "url": path}
        if parts.get("params"):
            request["params"] = {k: v for k, v in parts["params"].items() if v is not None}
        if parts.get("json") is not None:
            request["json"] = parts["json"]
        for name in ("files", "data"):
            if parts.get(name):
                request[name] = parts[name]
        return cls(request)

    def sending(self) -> AbstractContextManager[None]:
        return typed_send_errors(f"{self.request['method']} request")

    def parse(self, response: httpx.Response) -> Any:
        if not response.is_success:
            raise error_for_response(response)
        if not response.content:
            return None
        return response_json(response)


def make_call(
    op: Operation,
    *,
    path: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Any = None,
    fields: Mapping[str, Any] | None = None,
    paged: bool = False,
    cursor: str | None = None,
    item_factory: Any = None,
) -> ApiCall:
    """Build `op`'s request as the generated module's request builder does, from its recipe."""
    kwargs: dict[str, Any] = {}
    argument = op.arguments
    for name in op.path_params:
        if path is None or name not in path:
            raise PylonValidationError(f"{op.id}: missing path parameter `{name}`.")
        kwargs[argument.get(name, name)] = _check_path_param(op, name, path[name])
    for name, value in (query or {}).items():
        if name not in op.query_params:
            raise PylonValidationError(f"{op.id} has no query parameter `{name}`.")
        if value is not None:
            kwargs[argument.get(name, name)] = value
    missing = [name for name in op.required_query if argument.get(name, name) not in kwargs]
    if missing:
        raise PylonValidationError(f"{op.id}: missing required parameter(s) {', '.join(missing)}.")
    body_model = build_body(op, body, fields or {})
    if body_model is not None:
        kwargs["body"] = body_model
    request = build_request(op.request_recipe, kwargs)
    return ApiCall(op, request, paged=paged, cursor=cursor, item_factory=item_factory)


def plain_text_to_html(text: str) -> str:
    """Plain text as the escaped HTML Pylon's `body_html` fields take, keeping line breaks."""
    paragraphs = [html.escape(p).replace("\n", "<br>") for p in text.split("\n\n")]
    return "".join(f"<p>{p}</p>" for p in paragraphs)
