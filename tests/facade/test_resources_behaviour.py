"""What the resource groups add beyond one request per operation: uploads, optional and required
filters, the feature-request search body, page sizes, query conveniences and bound accounts."""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from pylon_openapi.models.create_tag_request_body import CreateTagRequestBody

from pylon._client import AsyncPylon, Pylon
from pylon._errors import PylonValidationError

Answer = Callable[[httpx.Request], dict[str, Any]]


class Recorder:
    """Records every request; answers `{"data": ..., "request_id": "r1"}` (or what `answer` says)."""

    def __init__(self, data: Any = None, answer: Answer | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.data = {} if data is None else data
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        body = self.answer(request) if self.answer else {"data": self.data, "request_id": "r1"}
        return httpx.Response(200, json=body)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def new_client(recorder: Recorder, cls: Any = Pylon) -> Any:
    return cls(
        api_key="test-key-0123456789",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(recorder),
        max_retries=0,
        rate_limit=False,
    )


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


@pytest.fixture
def client(rec: Recorder) -> Iterator[Pylon]:
    with new_client(rec) as c:
        yield c


def form_parts(request: httpx.Request) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data request, parsed by the standard library."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    return [
        {
            "name": part.get_param("name", header="content-disposition"),
            "filename": part.get_filename(),
            "type": part.get_content_type(),
            "content": part.get_payload(decode=True),
        }
        for part in message.iter_parts()
    ]


# -- multipart uploads --------------------------------------------------------------------------
def test_account_file_upload_from_a_path_closes_the_file(
    client: Pylon, rec: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7 contents")
    opened: list[Any] = []
    real_open = open

    def spy_open(*args: Any, **kwargs: Any) -> Any:
        handle = real_open(*args, **kwargs)
        opened.append(handle)
        return handle

    monkeypatch.setattr("builtins.open", spy_open)
    rec.data = [{"id": "att-1"}]
    result = client.accounts.files.upload("acc-1", path)
    assert [a.id for a in result] == ["att-1"]
    assert rec.last.method == "POST" and rec.last.url.path == "/accounts/acc-1/files"
    [part] = form_parts(rec.last)
    assert part == {
        "name": "file",
        "filename": "report.pdf",
        "type": "application/pdf",
        "content": b"%PDF-1.7 contents",
    }
    assert opened and all(handle.closed for handle in opened)


def test_upload_uses_a_random_boundary_so_any_content_survives(
    client: Pylon, rec: Recorder
) -> None:
    # The generated builder pins the boundary to "+++"; this content would end that part early.
    content = b"line\r\n--+++\r\nnot a part\r\n--+++--\r\n"
    rec.data = []  # UploadAccountFile documents a list of attachments
    client.accounts.files.upload("acc-1", content, file_name="notes.txt")
    assert "boundary=+++" not in rec.last.headers["content-type"]
    [part] = form_parts(rec.last)
    assert part["filename"] == "notes.txt" and part["type"] == "text/plain"
    assert part["content"] == content


def test_upload_from_a_binary_file_object_keeps_its_name(client: Pylon, rec: Recorder) -> None:
    handle = io.BytesIO(b"\x89PNG...")
    handle.name = "/tmp/logo.png"
    client.attachments.create(handle, description="Logo", content_type="image/x-custom")
    assert rec.last.url.path == "/attachments"
    parts = {p["name"]: p for p in form_parts(rec.last)}
    assert parts["description"]["content"] == b"Logo"
    assert parts["file"]["filename"] == "logo.png"
    assert parts["file"]["type"] == "image/x-custom"
    assert parts["file"]["content"] == b"\x89PNG..."


def test_upload_by_url_sends_no_file_part(client: Pylon, rec: Recorder) -> None:
    rec.data = []
    client.accounts.files.upload("acc-1", file_url="https://example.com/a.csv")
    assert [(p["name"], p["content"]) for p in form_parts(rec.last)] == [
        ("file_url", b"https://example.com/a.csv")
    ]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.accounts.files.upload("acc-1"),
        lambda c: c.accounts.files.upload("acc-1", b"x", file_url="https://example.com/a"),
        lambda c: c.attachments.create(),
        lambda c: c.attachments.create(io.StringIO("text mode")),
        lambda c: c.attachments.create(12345),
        lambda c: c.training_data.upload("one-path.md"),
        lambda c: c.training_data.upload([]),
        lambda c: c.training_data.upload([b"a", b"b"], visibility="public", **{"colour": "x"}),
    ],
)
def test_bad_uploads_are_refused_before_sending(client: Pylon, rec: Recorder, call: Any) -> None:
    with pytest.raises((PylonValidationError, TypeError)):
        call(client)
    assert rec.requests == []


def test_training_data_upload_sends_each_file_as_a_file_part(
    client: Pylon, rec: Recorder, tmp_path: Path
) -> None:
    guide = tmp_path / "guide.md"
    guide.write_text("# Guide")
    rec.data = {"id": "td-1"}
    client.training_data.upload(
        [guide, b"FAQ text"], file_names=["guide.md", "faq.txt"], training_data_id="td-1"
    )
    assert rec.last.url.path == "/training-data/upload"
    parts = form_parts(rec.last)
    files = [(p["filename"], p["content"]) for p in parts if p["name"] == "files"]
    assert files == [("guide.md", b"# Guide"), ("upload", b"FAQ text")]
    fields = [(p["name"], p["content"]) for p in parts if p["name"] != "files"]
    assert fields == [
        ("file_names", b"guide.md"),
        ("file_names", b"faq.txt"),
        ("training_data_id", b"td-1"),
    ]


async def test_async_upload() -> None:
    rec = Recorder(data={"id": "att-1"})
    async with new_client(rec, AsyncPylon) as client:
        result = await client.attachments.create(b"bytes", file_name="a.bin")
    assert result.id == "att-1"
    [part] = form_parts(rec.last)
    assert part["filename"] == "a.bin" and part["type"] == "application/octet-stream"


# -- searches and their bodies ----------------------------------------------------------------
def test_feature_request_search_sends_its_own_fields_not_a_filter(
    client: Pylon, rec: Recorder
) -> None:
    rec.data = []
    client.feature_requests.search("dark mode", account_ids=["a1"], limit=5)
    assert rec.last.url.path == "/feature-requests/search"
    assert rec.json() == {"query": "dark mode", "account_ids": ["a1"], "limit": 5}
    client.feature_requests.search(request_statuses=["planned"])
    assert rec.json() == {"request_statuses": ["planned"]}


def test_optional_filters_send_an_empty_search(client: Pylon, rec: Recorder) -> None:
    rec.data = []
    client.projects.search().collect()
    assert rec.json() == {}
    client.surveys.search(limit=5)
    assert rec.json() == {"limit": 5}


def test_required_filters_are_refused_before_sending(client: Pylon, rec: Recorder) -> None:
    for search in (client.accounts.search, client.contacts.search, client.users.search):
        with pytest.raises(PylonValidationError, match="needs a filter"):
            search()
    assert rec.requests == []


def test_body_cursor_search_walks_pages(client: Pylon, rec: Recorder) -> None:
    def answer(request: httpx.Request) -> dict[str, Any]:
        cursor = json.loads(request.content).get("cursor")
        more = cursor is None
        return {
            "data": [{"id": "c1" if more else "c2"}],
            "pagination": {"cursor": "next" if more else "", "has_next_page": more},
            "request_id": "r1",
        }

    rec.answer = answer
    filter = {"field": "email", "operator": "equals", "value": "a@example.com"}
    ids = [c.id for c in client.contacts.search(filter, limit=10)]
    assert ids == ["c1", "c2"]
    assert rec.json(0) == {"filter": filter, "limit": 10}
    assert rec.json(1) == {"filter": filter, "limit": 10, "cursor": "next"}


# -- page sizes -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.accounts.list(limit=1000),
        lambda c: c.accounts.list(limit=0),
        lambda c: c.contacts.list(limit="10"),
        lambda c: c.tasks.search(limit=True),
        lambda c: c.custom_objects.list("vendor", limit=101),
        lambda c: c.knowledge_bases.articles.list("kb", limit=-1),
        lambda c: c.surveys.responses("s1", limit=1000),
        lambda c: c.surveys.search(limit=0),
        lambda c: c.feature_requests.search("x", limit=2.5),
    ],
)
def test_bad_limit_is_refused_with_no_request_sent(client: Pylon, rec: Recorder, call: Any) -> None:
    with pytest.raises(PylonValidationError, match="limit"):
        result = call(client)
        list(result)
    assert rec.requests == []


async def test_bad_limit_is_refused_by_the_async_client_too() -> None:
    rec = Recorder()
    async with new_client(rec, AsyncPylon) as client:
        with pytest.raises(PylonValidationError, match="1 to 100"):
            client.custom_objects.list("vendor", limit=500)
    assert rec.requests == []


def test_accounts_list_sends_the_required_limit(client: Pylon, rec: Recorder) -> None:
    rec.data = []
    client.accounts.list().collect()
    assert rec.last.url.params["limit"] == "100"
    client.accounts.list(limit=7, cursor="c9").collect()
    assert dict(rec.last.url.params) == {"limit": "7", "cursor": "c9"}


# -- query parameters -------------------------------------------------------------------------
def test_query_conveniences(client: Pylon, rec: Recorder) -> None:
    rec.data = []
    client.macros.list(macro_group_id="g1")
    assert dict(rec.last.url.params) == {"macro_group_id": "g1"}
    client.macros.list()
    assert dict(rec.last.url.params) == {}
    client.knowledge_bases.articles.list("kb-1", language="fr").collect()
    assert rec.last.url.path == "/knowledge-bases/kb-1/articles"
    assert dict(rec.last.url.params) == {"language": "fr"}
    rec.data = {"id": "fr-1"}
    client.feature_requests.get("fr-1", fetch_evidence=True)
    assert dict(rec.last.url.params) == {"fetch_evidence": "true"}
    client.training_data.delete_documents("td-1", document_ids=["d1", "d2"])
    assert rec.last.method == "DELETE"
    # The spec declares document_ids `style: form, explode: false`: one key, comma-separated.
    assert rec.last.url.query == b"document_ids=d1,d2"


def test_delete_documents_needs_ids(client: Pylon, rec: Recorder) -> None:
    with pytest.raises(PylonValidationError, match="document_ids or external_ids"):
        client.training_data.delete_documents("td-1")
    assert rec.requests == []


def test_survey_responses_times_are_rfc3339(client: Pylon, rec: Recorder) -> None:
    rec.data = []
    start = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    client.surveys.responses("s1", submitted_after=start, account_id="a1").collect()
    assert rec.last.url.path == "/surveys/s1/responses"
    assert dict(rec.last.url.params) == {
        "submitted_after": "2026-01-02T03:04:05Z",
        "account_id": "a1",
    }
    with pytest.raises(PylonValidationError, match="naive"):
        client.surveys.responses("s1", submitted_before=datetime(2026, 1, 1)).collect()
    assert len(rec.requests) == 1


def test_surveys_parse_into_the_generated_survey_class(client: Pylon, rec: Recorder) -> None:
    # The spec tables name the model "Survey"; the generator named the class after its title.
    rec.data = {"id": "s1"}
    survey = client.surveys.get("s1")
    assert type(survey).__name__ == "Survey"
    assert survey.id == "s1"


# -- custom objects ---------------------------------------------------------------------------
def test_custom_objects_put_the_object_type_in_the_path(client: Pylon, rec: Recorder) -> None:
    rec.data = {"id": "o1"}
    client.custom_objects.get("vendor", "o1")
    assert rec.last.url.path == "/custom-objects/vendor/o1"
    client.custom_objects.update("vendor", "o1", name="Acme")
    assert rec.last.method == "PATCH" and rec.json() == {"name": "Acme"}


@pytest.mark.parametrize("object_type", ["", "..", None, 3.5])
def test_custom_object_type_is_checked_like_an_id(
    client: Pylon, rec: Recorder, object_type: Any
) -> None:
    with pytest.raises(PylonValidationError, match="`type`"):
        client.custom_objects.get(object_type, "o1")
    assert rec.requests == []


def test_custom_field_type_keyword(client: Pylon, rec: Recorder) -> None:
    client.custom_fields.create(label="Tier", object_type="account", type="text")
    assert rec.json() == {"label": "Tier", "object_type": "account", "type": "text"}


# -- bodies, bound accounts, raw responses ----------------------------------------------------
def test_a_generated_model_is_accepted_as_the_body(client: Pylon, rec: Recorder) -> None:
    rec.data = {"id": "t1", "value": "urgent"}
    tag = client.tags.create(CreateTagRequestBody(object_type="issue", value="urgent"))
    assert tag.id == "t1"
    assert rec.json() == {"object_type": "issue", "value": "urgent"}


def test_unknown_keyword_fields_are_refused(client: Pylon, rec: Recorder) -> None:
    with pytest.raises(PylonValidationError, match="colour"):
        client.tags.update("t1", colour="red")  # type: ignore[call-arg]
    assert rec.requests == []


def test_accounts_the_client_returns_are_bound(client: Pylon, rec: Recorder) -> None:
    rec.data = {"id": "acc-1", "name": "Acme"}
    account = client.accounts.get("acc-1")
    rec.data = {"id": "act-1"}
    account.activities.create(slug="call")
    assert rec.last.url.path == "/accounts/acc-1/activities"
    assert rec.json() == {"slug": "call"}
    rec.data = [{"id": "acc-2"}]
    [listed] = client.accounts.list()
    assert listed.refresh is not None and type(listed).__name__ == "Account"


def test_with_raw_response_works_on_every_group(client: Pylon, rec: Recorder) -> None:
    rec.data = {"id": "u1"}
    raw = client.me.with_raw_response.get()
    assert raw.status_code == 200 and raw.request_id == "r1" and raw.parsed.id == "u1"
