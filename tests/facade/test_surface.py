"""The public surface: exactly the names in `pylon.__all__`, shown as `pylon.X`, loaded lazily;
a constructor that names every option; `filter=` on every search; `with_raw_response` on every
kind of method."""

from __future__ import annotations

import inspect
import json
import pickle
import subprocess
import sys
import types
from typing import Any

import httpx
import pytest

import pylon
from pylon import (
    NOT_GIVEN,
    AsyncPylon,
    Page,
    Pylon,
    PylonConfigError,
    PylonValidationError,
    RawResponse,
)
from pylon._public import ALIASES, LOCATIONS

from .conftest import KEY, envelope
from .test_signatures import all_methods

FILTER = {"field": "name", "operator": "equals", "value": "x"}


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


# -- one public surface ------------------------------------------------------------------------
def test_all_is_exactly_the_public_names() -> None:
    assert pylon.__all__ == sorted({*LOCATIONS, *ALIASES, "__version__"})
    for name in pylon.__all__:
        getattr(pylon, name)
    loaded = {
        name
        for name, value in vars(pylon).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert loaded <= set(pylon.__all__)


def test_public_classes_show_as_pylon() -> None:
    for name in pylon.__all__:
        value = getattr(pylon, name)
        if isinstance(value, type):
            assert value.__module__ == "pylon", name
            assert repr(value) == f"<class 'pylon.{value.__qualname__}'>"
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
    error = PylonValidationError("bad id")
    assert type(pickle.loads(pickle.dumps(error))) is PylonValidationError


def test_an_error_raised_before_pylon_X_is_touched_still_shows_as_pylon() -> None:
    out = run_python(
        "import traceback\n"
        "from pylon._errors import PylonValidationError\n"
        "try:\n    raise PylonValidationError('bad id')\n"
        "except PylonValidationError:\n    print(traceback.format_exc().splitlines()[-1])\n"
    )
    assert out.strip() == "pylon.PylonValidationError: bad id"


def test_subpackages_load_on_first_use_only() -> None:
    out = run_python(
        "import sys, pylon\n"
        "before = sorted(m for m in sys.modules if m.startswith(('pylon.', 'httpx')))\n"
        "print(before)\n"
        "print(pylon.filters.F.state == 'new')\n"
        "print('pylon.webhooks' in sys.modules, 'pylon._client' in sys.modules)\n"
        "print(pylon.webhooks.WebhookHandler.__name__, pylon.testing.Simulator.__name__)\n"
    )
    before, condition, loaded, names = out.splitlines()
    assert before == "['pylon._version']"
    assert "state" in condition
    assert loaded == "False False"  # only what was asked for: no client stack
    assert names == "WebhookHandler Simulator"


# -- the constructor ---------------------------------------------------------------------------
OPTIONS = [
    name
    for name, parameter in inspect.signature(Pylon.__init__).parameters.items()
    if name != "self" and parameter.kind is not parameter.VAR_KEYWORD
]


def test_the_constructor_names_every_option_with_a_type_and_a_line_of_docs() -> None:
    signature = inspect.signature(Pylon.__init__)
    assert len(OPTIONS) == 17  # shared_state, hooks, cache and circuit_breaker included
    (rest,) = [p for p in signature.parameters.values() if p.kind is p.VAR_KEYWORD]
    assert rest.annotation == "Never"  # any extra keyword is a type error
    doc = inspect.getdoc(Pylon.__init__) or ""
    for name in OPTIONS:
        assert signature.parameters[name].annotation is not inspect.Parameter.empty
        assert f"`{name}` -" in doc, name
    assert "<object object" not in str(signature)
    assert "max_retries: 'int | NotGiven' = NOT_GIVEN" in str(signature)


@pytest.mark.parametrize(
    ("typo", "closest"),
    [("max_retry", "max_retries"), ("timout", "timeout"), ("defaultheaders", "default_headers")],
)
@pytest.mark.parametrize("cls", [Pylon, AsyncPylon])
def test_a_misspelt_option_names_the_closest(cls: Any, typo: str, closest: str) -> None:
    with pytest.raises(PylonConfigError) as caught:
        cls(api_key=KEY, **{typo: 1})
    message = str(caught.value)
    assert f"{typo!r}" in message and f"Did you mean {closest}=?" in message
    assert KEY not in message


def test_every_option_reaches_the_config() -> None:
    client = Pylon(
        api_key=KEY, region="eu", timeout=7.0, max_retries=4, deadline=30.0, max_concurrency=3,
        retry_creates_on_429=False, allow_insecure=True, default_headers={"X-Team": "a"},
        rate_limit={"GetMe": None},
    )  # fmt: skip
    config = client.config
    assert (config.base_url, config.timeout.read, config.max_retries) == (
        "https://api.eu.usepylon.com", 7.0, 4,
    )  # fmt: skip
    assert (config.deadline, config.max_concurrency) == (30.0, 3)
    assert (config.retry_creates_on_429, config.allow_insecure) == (False, True)
    assert dict(config.default_headers) == {"X-Team": "a"}
    client.close()


# -- filter= on every search, with_raw_response on every kind of method ---------------------------
SEARCHES = [
    where
    for where, bound, _ in all_methods()
    if where.endswith(".search") and "filter" in inspect.signature(bound).parameters
]


def recording_client(answer: Any) -> tuple[Pylon, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    client = Pylon(api_key=KEY, base_url="http://127.0.0.1:9", max_retries=0, rate_limit=False,
                   transport=httpx.MockTransport(handler))  # fmt: skip
    return client, seen


def resolve(client: Any, where: str) -> Any:
    target = client
    for part in where.split(".")[1:]:
        target = getattr(target, part)
    return target


@pytest.mark.parametrize("where", SEARCHES)
def test_every_search_takes_filter_by_keyword_and_positionally(where: str) -> None:
    client, seen = recording_client(lambda r: envelope([], pagination={"has_next_page": False}))
    search = resolve(client, where)
    leading = ["vendor"] if "custom_objects" in where else []
    for call in (lambda: search(*leading, FILTER), lambda: search(*leading, filter=FILTER)):
        result = call()
        if hasattr(result, "collect"):
            result.collect()
    assert len(seen) == 2
    first, second = (json.loads(r.content) for r in seen)
    assert first == second and first["filter"] == FILTER
    client.close()


def test_a_positional_and_a_keyword_filter_together_is_a_clear_error() -> None:
    client, seen = recording_client(lambda r: envelope([]))
    with pytest.raises(PylonValidationError, match=r"IssuesResource\.search: .* 'filter'"):
        client.issues.search(FILTER, filter=FILTER)  # type: ignore[misc]
    assert not seen
    client.close()


def test_with_raw_response_on_a_paged_method_answers_with_its_first_page() -> None:
    page = {"data": [{"id": "t1", "value": "vip"}], "request_id": "req_9",
            "pagination": {"cursor": "c2", "has_next_page": True}}  # fmt: skip
    client, seen = recording_client(lambda r: httpx.Response(200, json=page))
    raw = client.issues.with_raw_response.search(FILTER)
    assert isinstance(raw, RawResponse) and isinstance(raw.parsed, Page)
    assert (raw.status_code, raw.request_id, raw.parsed.next_cursor) == (200, "req_9", "c2")
    assert [item.id for item in raw.parsed] == ["t1"]
    assert len(seen) == 1  # the first page only, never a silent walk
    listed = client.tags.with_raw_response.list()
    assert isinstance(listed.parsed, Page) and len(seen) == 2
    client.close()


async def test_with_raw_response_on_the_async_client() -> None:
    page = {"data": [{"id": "t1"}], "request_id": "req_9", "pagination": {"has_next_page": False}}
    client = AsyncPylon(api_key=KEY, base_url="http://127.0.0.1:9", rate_limit=False,
                        transport=httpx.MockTransport(lambda r: httpx.Response(200, json=page)))  # fmt: skip
    raw = await client.accounts.with_raw_response.search(FILTER)
    assert raw.request_id == "req_9" and [a.id for a in raw.parsed] == ["t1"]
    bound = raw.parsed.items[0]
    assert bound.activities  # parsed models bind to the real client, not the raw view
    await client.aclose()


def test_raw_view_of_every_group_keeps_the_group_type() -> None:
    client, _ = recording_client(lambda r: envelope({}))
    for where, _, _ in all_methods():
        group = resolve(client, where.rsplit(".", 1)[0])
        assert type(group.with_raw_response) is type(group)
    client.close()


def test_method_arguments_that_do_not_fit_are_typed_errors() -> None:
    client, seen = recording_client(lambda r: envelope({}))
    with pytest.raises(
        PylonValidationError, match=r"create: unknown argument titel=; did you mean title="
    ):
        client.issues.create(titel="x")  # type: ignore[call-arg]
    with pytest.raises(PylonValidationError, match=r"IssuesResource\.get"):
        client.issues.get()  # type: ignore[call-arg]
    assert not seen
    client.close()


# -- the plan's names Pylon serves under another name ------------------------------------------
def test_projects_list_is_a_search_without_a_filter() -> None:
    client, seen = recording_client(
        lambda r: envelope([{"id": "p1"}], pagination={"has_next_page": False})
    )
    assert [p.id for p in client.projects.list()] == ["p1"]
    (request,) = seen
    assert (request.method, request.url.path) == ("POST", "/projects/search")
    assert "filter" not in json.loads(request.content)
    client.close()


def test_attachments_create_from_url_sends_the_url_for_pylon_to_fetch() -> None:
    client, seen = recording_client(lambda r: envelope({"id": "a1", "url": "https://x/y.png"}))
    attachment = client.attachments.create_from_url("https://example.com/y.png")
    assert attachment.id == "a1"
    (request,) = seen
    assert request.url.path == "/attachments"
    assert b'name="file_url"' in request.content and b"https://example.com/y.png" in request.content
    client.close()


def test_a_misspelt_with_options_setting_names_the_closest() -> None:
    client = Pylon(api_key=KEY)
    with pytest.raises(PylonConfigError, match=r"'max_retry'.*Did you mean max_retries=\?"):
        client.with_options(max_retry=5)
    client.close()
