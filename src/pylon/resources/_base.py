"""What every resource group builds on: one call, a paged list, a search, a file upload.

Each helper is a flow step or a `PageWalk` built from the spec tables (the operation's path, where its
cursor goes, its page-size bounds), so a resource method is one or two lines of intent.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from functools import cache
from typing import IO, TYPE_CHECKING, Any, TypeVar, Union

from .._bound import bound_model
from .._calls import ApiCall, make_call, plain_text_to_html
from .._calls import _check_path_param as check_path_param
from .._errors import PylonValidationError
from .._operations import Operation, model_class, operation
from .._pagination import PageWalk
from .._request_recipe import build_request
from .._resource import Flow, M, Resource
from .._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..filters import Filter

T = TypeVar("T")

# What a search takes as its filter: a `pylon.filters` filter, its text form, or Pylon's wire dict.
SearchFilter = Union["Filter", str, Mapping[str, Any]]

# What an upload accepts: a path (str or os.PathLike), the bytes themselves, or a file object opened
# in binary mode.
FileInput = Union[str, "os.PathLike[str]", bytes, IO[bytes]]


def check_limit(op: Operation, limit: object) -> int | None:
    """Page size within the operation's documented bounds (bools are refused: True is an int)."""
    if limit is None:
        return None
    bounds = op.pagination or {}
    low, high = bounds.get("limit_min") or 1, bounds.get("limit_max")
    if (
        isinstance(limit, bool)
        or not isinstance(limit, int)
        or limit < low
        or (high and limit > high)
    ):
        allowed = f"{low} to {high}" if high else f"at least {low}"
        raise PylonValidationError(
            f"{op.id}: limit must be a whole number from {allowed}, got {limit!r}."
        )
    return limit


def check_max_items(where: str, value: object, name: str = "max_items") -> int | None:
    """A cap on the items a pager yields: a whole number ≥ 1 (bools are refused: True is an
    int), checked before anything is sent."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise PylonValidationError(
            f"{where}: {name} must be a whole number of at least 1 (or None for no cap),"
            f" got {value!r}."
        )
    return value


def present(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not None): optional query and body fields."""
    return {name: value for name, value in values.items() if value is not None}


def plain_text_field(
    operation_id: str, text: str | NotGiven, html_field: str | NotGiven
) -> str | NotGiven:
    """The HTML field of a body given as plain text (`description=` for `body_html`): escaped,
    line breaks kept. Giving both is refused, since one would silently lose."""
    if text is NOT_GIVEN:
        return html_field
    if html_field is not NOT_GIVEN:
        raise PylonValidationError(f"{operation_id}: give the plain text or the HTML, not both.")
    return plain_text_to_html(str(text))


class BaseResource(Resource[M]):
    def _factory(self, op: Operation, item_factory: Any) -> Any:
        """How results are built: as given, else the operation's model, bound to this client where
        the model has conveniences (issues, accounts)."""
        if item_factory is not None or op.data_model is None:
            return item_factory
        return bound_model(op.data_model, self._client)

    def _call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        fields: Mapping[str, Any] | None = None,
        item_factory: Any = None,
    ) -> Flow[T]:
        """One request; its parsed result is the flow's value. The operation id decides the result's
        type at run time, so the calling method's declared return type is what type checkers see."""
        op = operation(operation_id)
        call = make_call(
            op, path=path, query=query, body=body, fields=fields,
            item_factory=self._factory(op, item_factory),
        )  # fmt: skip
        result: T = yield call
        return result

    def _list(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        item_factory: Any = None,
    ) -> PageWalk[Any]:
        """A walk over a list or search, with the cursor wherever the spec says it goes.

        Where the spec makes `limit` a required query parameter (GET /accounts), the documented
        default page size is sent when none is given."""
        op = operation(operation_id)
        item_factory = self._factory(op, item_factory)
        page_size = check_limit(op, limit)
        check_max_items(op.id, max_items)
        if page_size is None and "limit" in op.required_query:
            page_size = (op.pagination or {}).get("limit_default")
        where = op.cursor_in

        def fetch(page_cursor: str | None) -> Any:
            q, b = (
                dict(query or {}),
                dict(body or {}) if (body is not None or where == "body") else None,
            )
            target = q if where == "query" else b
            if target is not None and where is not None:
                if page_cursor:
                    target["cursor"] = page_cursor
                if page_size is not None:
                    target["limit"] = page_size
            return make_call(
                op, path=path, query=q, body=b, paged=True, cursor=page_cursor,
                item_factory=item_factory,
            )  # fmt: skip

        return PageWalk([fetch], start_cursor=cursor, max_items=max_items)

    def _search(
        self,
        operation_id: str,
        filter: Any,
        *,
        path: Mapping[str, Any] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        item_factory: Any = None,
    ) -> PageWalk[Any]:
        """A walk over a filter search: the filter checked for this endpoint, then paged."""
        return self._list(
            operation_id, path=path, body=search_body(operation_id, filter), limit=limit,
            cursor=cursor, max_items=max_items, item_factory=item_factory,
        )  # fmt: skip

    def _upload(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        fields: Mapping[str, Any] | None = None,
        files: Sequence[tuple[str, FileInput]] = (),
        file_name: str | None = None,
        content_type: str | None = None,
        item_factory: Any = None,
    ) -> Flow[T]:
        """One multipart/form-data request.

        `fields` build the operation's generated body model, which encodes them itself
        (`to_multipart`); each `(part name, source)` in `files` becomes a generated `File` sent as a
        file part. Paths are opened for this request only and closed after it. `file_name` and
        `content_type` apply to a single file; by default the name comes from the path or file
        object and the type is guessed from the name.
        """
        op = operation(operation_id)
        model = multipart_model(operation_id)
        if len(files) > 1 and (file_name is not None or content_type is not None):
            raise PylonValidationError(
                f"{op.id}: file_name and content_type describe a single file; got {len(files)}."
            )
        try:
            form = model(**dict(fields or {}))
        except TypeError as exc:
            raise PylonValidationError(f"{op.id}: {exc}") from exc
        # Built here rather than by make_call, which takes JSON bodies only; the path parameters
        # get the same checks.
        params = {
            name: check_path_param(op, name, (path or {}).get(name)) for name in op.path_params
        }
        request = build_request(op.request_recipe, {**params, "body": form})
        # The generated request pins the multipart boundary to "+++" in its Content-Type header,
        # which a file containing "\r\n--+++" would break. Without the header, httpx picks a
        # random boundary and writes the header itself.
        request["headers"] = {
            k: v for k, v in request.get("headers", {}).items() if k.lower() != "content-type"
        }
        with ExitStack() as stack:
            request["files"] = [
                *request.get("files", ()),
                *(
                    (name, upload_file(source, stack, file_name, content_type).to_tuple())
                    for name, source in files
                ),
            ]
            result: T = yield ApiCall(op, request, item_factory=item_factory)
        return result


@cache
def multipart_model(operation_id: str) -> Any:
    """The generated body model of a multipart operation (the spec tables' `request_body` names
    only JSON bodies' models, since multipart bodies are inline schemas): the one its request
    recipe names, as read from the generated request builder."""
    op = operation(operation_id)
    recipe = op.request_recipe
    if recipe["body"] != "files":
        raise PylonValidationError(f"{op.id} takes no multipart body.")
    return model_class(recipe["body_model"])


def upload_file(
    source: FileInput,
    stack: ExitStack,
    file_name: str | None = None,
    content_type: str | None = None,
) -> Any:
    """A generated `File` from a path (opened in `stack`), bytes, or a binary file object."""
    from pylon_openapi.types import File

    payload: IO[bytes]
    name: str | None
    if isinstance(source, (str, os.PathLike)):
        payload = stack.enter_context(open(source, "rb"))  # noqa: SIM115 - closed by the stack
        name = file_name or os.path.basename(os.fspath(source))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        payload, name = io.BytesIO(bytes(source)), file_name
    elif isinstance(source, io.TextIOBase):
        raise PylonValidationError("Open files for upload in binary mode ('rb'), not text mode.")
    elif callable(getattr(source, "read", None)):
        own_name = getattr(source, "name", None)
        payload = source
        name = file_name or (os.path.basename(own_name) if isinstance(own_name, str) else None)
    else:
        raise PylonValidationError(
            f"A file to upload is a path, bytes or a binary file object, not {type(source).__name__}."
        )
    shown = name or "upload"
    mime = content_type or mimetypes.guess_type(shown)[0] or "application/octet-stream"
    return File(payload=payload, file_name=shown, mime_type=mime)  # type: ignore[arg-type]


def file_or_url(file: FileInput | None, file_url: str | None) -> list[tuple[str, FileInput]]:
    """The file part of an upload that takes either a file or a `file_url` (exactly one)."""
    if (file is None) == (file_url is None):
        raise PylonValidationError("Give a file to upload or a file_url (exactly one).")
    return [("file", file)] if file is not None else []


def search_body(operation_id: str, filter: Any) -> dict[str, Any]:
    """The `filter` part of a search body: a pylon.filters object or its text form (both checked
    against this endpoint's filterable fields before sending) or a dict in Pylon's wire format,
    passed through as given. Without a filter, the body is empty where the spec
    makes `filter` optional (projects, tasks, surveys) and an error where it requires one."""
    if filter is None:
        if _filter_required(operation_id):
            raise PylonValidationError(
                f"{operation_id} needs a filter (Pylon requires the `filter` key)."
            )
        return {}
    if isinstance(filter, str):
        from .. import filters

        filter = filters.parse(filter)  # the text form: "state in (new, on_hold) and ..."
    if hasattr(filter, "to_dict"):
        validate = getattr(filter, "validate", None)
        if validate is not None:
            validate(operation_id)
        return {"filter": filter.to_dict()}
    if isinstance(filter, Mapping):
        return {"filter": dict(filter)}
    raise PylonValidationError(
        f"{operation_id}: filter must be a pylon.filters filter or a dict, got {type(filter).__name__}."
    )


def _filter_required(operation_id: str) -> bool:
    """Whether the spec requires `filter` in this search's body (read from its generated params)."""
    from pylon_openapi import params

    body = operation(operation_id).request_body
    fields = getattr(params, f"{body}Params", None) if body else None
    return fields is None or "filter" in fields.__required_keys__
