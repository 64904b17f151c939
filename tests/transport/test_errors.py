"""Error classification and content: the status picks the class before any parsing (F-04)."""

from __future__ import annotations

import json
import pickle

import httpx
import pytest

import pylon._errors as errors
from pylon._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    PylonConfigError,
    PylonError,
    PylonValidationError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    error_for_response,
    response_json,
    response_validation_error,
)

NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    + "<!-- padding -->\r\n" * 200
    + "</body>\r\n</html>\r\n"
)


def response(
    status: int,
    *,
    body: object = None,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    path: str = "/issues/iss_1",
) -> httpx.Response:
    request = httpx.Request(method, f"https://api.usepylon.com{path}")
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (408, APIError),
        (409, ConflictError),
        (413, APIError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (599, ServerError),
        (302, APIError),
    ],
)
@pytest.mark.parametrize("body", ["json", "html", "empty", "truncated"])
def test_status_picks_the_class_whatever_the_body(status: int, cls: type, body: str) -> None:
    texts = {
        "json": json.dumps({"errors": ["boom"], "request_id": "req_1"}),
        "html": NGINX_502,
        "empty": "",
        "truncated": '{"errors": ["bo',
    }
    error = error_for_response(response(status, text=texts[body]))
    assert type(error) is cls
    assert error.status_code == status
    assert isinstance(error, APIError) and isinstance(error, PylonError)
    assert len(error.body) <= 500
    assert len(str(error)) < 1000
    if body == "json":
        assert (error.errors, error.request_id) == (["boom"], "req_1")
    else:
        assert (error.errors, error.request_id) == ([], None)


def test_html_502_is_a_short_server_error() -> None:
    error = error_for_response(response(502, text=NGINX_502, headers={"content-type": "text/html"}))
    assert isinstance(error, ServerError)
    assert error.errors == [] and error.request_id is None and error.json_body is None
    assert error.body == NGINX_502[:500]
    assert "<html" not in str(error) and "nginx" not in str(error)
    assert "not JSON (text/html" in str(error)


def test_request_id_from_body_then_headers() -> None:
    in_body = response(404, body={"errors": ["gone"], "request_id": "req_body"},
                       headers={"x-request-id": "req_header"})  # fmt: skip
    assert error_for_response(in_body).request_id == "req_body"
    header_only = response(404, body={"errors": ["gone"]}, headers={"x-request-id": "req_h"})
    assert error_for_response(header_only).request_id == "req_h"
    assert error_for_response(response(404, body={"request_id": 17})).request_id is None


@pytest.mark.parametrize(
    ("errors_value", "expected"),
    [
        (["a", "b"], ["a", "b"]),
        ([{"message": "bad field"}, {"code": 7}], ["bad field", '{"code": 7}']),
        ("just a string", ["just a string"]),
        ({"message": "one object"}, ["one object"]),
        ([1, None, True], ["1", "null", "true"]),
        (None, []),
    ],
)
def test_errors_tolerate_objects(errors_value: object, expected: list[str]) -> None:
    error = error_for_response(response(400, body={"errors": errors_value}))
    assert error.errors == expected


def test_exists_id_and_duplicate_hint() -> None:
    error = error_for_response(
        response(409, body={"errors": ["duplicate"], "exists_id": "acc_9"}, method="POST")
    )
    assert isinstance(error, ConflictError)
    assert error.exists_id == "acc_9"
    assert "acc_9" in str(error)


def test_body_that_is_json_but_not_an_object() -> None:
    error = error_for_response(response(400, body=["a", "list"]))
    assert error.errors == [] and error.json_body == ["a", "list"]


def test_deeply_nested_json_does_not_escape() -> None:
    error = error_for_response(response(500, text="[" * 100_000 + "]" * 100_000))
    assert isinstance(error, ServerError)


def test_rate_limit_error_reads_retry_after() -> None:
    error = error_for_response(response(429, body={}, headers={"retry-after": "121"}))
    assert isinstance(error, RateLimitError) and error.retry_after == 121.0
    bare = error_for_response(response(429, body={}))
    assert isinstance(bare, RateLimitError) and bare.retry_after is None


def test_authentication_error_names_the_host_and_regions() -> None:
    eu = response(401, body={"errors": ["unauthorized"]})
    eu.request = httpx.Request("GET", "https://api.eu.usepylon.com/me")
    message = str(error_for_response(eu))
    assert "https://api.eu.usepylon.com" in message
    assert "region" in message and "PYLON_API_KEY" in message


def test_redirect_is_an_api_error_naming_the_location() -> None:
    error = error_for_response(response(302, text="", headers={"location": "https://evil.example"}))
    assert "evil.example" in str(error) and "not followed" in str(error)


def test_response_without_request() -> None:
    error = error_for_response(httpx.Response(500, text="oops"))
    assert isinstance(error, ServerError) and error.request is None


def test_maybe_processed_follows_the_status() -> None:
    assert error_for_response(response(503, body={})).maybe_processed
    assert error_for_response(response(408, body={})).maybe_processed
    assert not error_for_response(response(404, body={})).maybe_processed


# -- the class tree and the plan's names ------------------------------------------------------


def test_plan_aliases_are_the_same_objects() -> None:
    assert errors.PylonAPIError is APIError
    assert errors.PylonAuthenticationError is AuthenticationError
    assert errors.PylonRateLimitError is RateLimitError
    assert errors.PylonNotFoundError is NotFoundError
    assert errors.PylonServerError is ServerError


@pytest.mark.parametrize(
    ("status", "caught"), [(400, True), (422, True), (404, False), (409, False)]
)
def test_pylon_validation_error_catches_400_and_422(status: int, caught: bool) -> None:
    error = error_for_response(response(status, body={}))
    assert isinstance(error, PylonValidationError) is caught
    assert isinstance(error, APIError)


def test_value_error_compatibility() -> None:
    assert issubclass(PylonConfigError, ValueError)
    assert issubclass(PylonValidationError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIResponseValidationError, APIError)


# -- success bodies that are not JSON (F-05, F-12) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content_type"),
    [("<html>captive portal</html>", "text/html"), ('{"data": {"id": "iss', "application/json")],
)
def test_response_json_raises_a_typed_error(text: str, content_type: str) -> None:
    ok = response(200, text=text, headers={"content-type": content_type})
    with pytest.raises(APIResponseValidationError) as caught:
        response_json(ok)
    assert caught.value.status_code == 200
    assert content_type in str(caught.value)
    assert len(caught.value.body) <= 500


def test_response_json_and_validation_error() -> None:
    ok = response(200, body={"data": [], "request_id": "req_7"})
    assert response_json(ok) == {"data": [], "request_id": "req_7"}
    error = response_validation_error(ok, "wrong shape")
    assert isinstance(error, APIResponseValidationError)
    assert (str(error), error.request_id) == ("wrong shape", "req_7")


# -- pickling ---------------------------------------------------------------------------------------


def all_errors() -> list[PylonError]:
    made: list[PylonError] = [
        error_for_response(response(status, body={"errors": ["x"], "request_id": "r"}))
        for status in (400, 401, 403, 404, 408, 409, 422, 429, 500)
    ]
    made += [
        PylonConfigError("bad config"),
        PylonValidationError("bad id"),
        APIConnectionError(
            "down", request=httpx.Request("GET", "https://x/"), maybe_processed=False
        ),
        APITimeoutError("slow", retries_taken=2),
        response_validation_error(response(200, text="<html>"), "not json"),
    ]
    return made


@pytest.mark.parametrize("error", all_errors(), ids=lambda e: type(e).__name__)
def test_errors_pickle_round_trip(error: PylonError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    for attribute in ("status_code", "request_id", "errors", "retry_after", "maybe_processed",
                      "retries_taken", "body"):  # fmt: skip
        assert getattr(copy, attribute, None) == getattr(error, attribute, None)
    if isinstance(error, APIError):
        assert copy.response.status_code == error.status_code


def test_repr_is_compact() -> None:
    error = error_for_response(response(404, body={"errors": ["gone"], "request_id": "req_1"}))
    assert repr(error).startswith("NotFoundError(status_code=404, request_id='req_1'")


# -- one home for every error class ------------------------------------------------------------------


def _drawn_tree() -> list[tuple[int, str]]:
    """(depth, class name) for each line of the tree drawn in the errors module's docstring."""
    doc = errors.__doc__ or ""
    drawing = doc.split("```")[1].strip("\n").splitlines()
    rows = []
    for line in drawing:
        name_at = next(i for i, ch in enumerate(line) if ch.isalpha())
        rows.append((name_at // 4, line[name_at:].split()[0]))
    return rows


def _every_error_class() -> dict[str, type]:
    import pylon.filters
    import pylon.webhooks  # noqa: F401 - loads the webhook errors, so they are subclasses too

    found: dict[str, type] = {}
    pending: list[type] = [PylonError]
    while pending:
        cls = pending.pop()
        # Public classes show as `pylon.X`; the simulator's own errors are not the SDK's.
        module = cls.__module__
        if (module == "pylon" or module.startswith("pylon.")) and not module.startswith(
            "pylon.testing"
        ):
            found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    assert {"FilterParseError", "WebhookSignatureError"} <= set(found)
    return found


def test_the_drawn_tree_is_the_class_tree() -> None:
    """Every error class of the SDK is in the drawing, under a class it really subclasses."""
    classes = _every_error_class()
    rows = _drawn_tree()
    assert sorted(name for _, name in rows) == sorted(classes)
    parents: list[str] = []
    for depth, name in rows:
        parents[depth:] = [name]
        if depth:
            assert parents[depth - 1] in {base.__name__ for base in classes[name].__bases__}, name


def test_every_facade_error_is_defined_in_the_errors_module() -> None:
    import ast
    from pathlib import Path

    import pylon
    from pylon import _bound, _pagination

    def classes_in(path: Path) -> set[str]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return {node.name for node in tree.body if isinstance(node, ast.ClassDef)}

    here = Path(errors.__file__)
    defined_here = classes_in(here)
    # Filters' and webhooks' errors live with the pure code that raises them.
    with_their_package = classes_in(here.parent / "filters" / "_errors.py") | classes_in(
        here.parent / "webhooks" / "_errors.py"
    )
    for name, cls in _every_error_class().items():
        assert name in defined_here | with_their_package, name
        assert name not in defined_here or getattr(errors, name) is cls, name
    # Moved here; still importable from where they were.
    assert _pagination.PaginationError is errors.PaginationError is pylon.PaginationError
    unsupported = errors.UnsupportedOperationError
    assert _bound.UnsupportedOperationError is unsupported is pylon.UnsupportedOperationError


def test_the_errors_module_does_not_import_the_retry_policy() -> None:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "_retry" not in imported and "pylon._retry" not in imported


def test_every_request_id_comes_from_the_body_first() -> None:
    """The error, a page, a raw response and the transport's log all read the id the same way."""
    from pylon._calls import ApiCall
    from pylon._operations import operation
    from pylon._raw_response import RawResponse

    def answer(status: int, body: object) -> httpx.Response:
        request = httpx.Request("POST", "https://api.usepylon.com/issues/search")
        return httpx.Response(status, json=body, headers={"x-request-id": "req_header"},
                              request=request)  # fmt: skip

    page_body = {"data": [], "request_id": "req_body", "pagination": {"has_next_page": False}}
    page = ApiCall(operation("SearchIssues"), {}, paged=True).parse(answer(200, page_body))
    assert page.request_id == "req_body"
    assert RawResponse(answer(200, page_body), None).request_id == "req_body"
    assert error_for_response(answer(404, {"request_id": "req_body"})).request_id == "req_body"
    # No id in the body: the header, everywhere.
    assert (
        ApiCall(operation("SearchIssues"), {}, paged=True)
        .parse(answer(200, {"data": []}))
        .request_id
        == "req_header"
    )
    assert RawResponse(answer(200, {"data": []}), None).request_id == "req_header"
