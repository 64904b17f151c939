"""The simulator reads each query parameter in the style the spec declares for it.

`DELETE /training-data/{id}/documents` declares `document_ids` and `external_ids` as
`style: form, explode: false`: one key, items separated by commas. A repeated key is read the
way a server following the document reads it (the first value only), so a client that writes
the wrong style loses ids here just as it would against Pylon.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pylon.testing import Simulator
from pylon.testing._query import read_query, style_of

from .conftest import TOKEN


def _with_documents(sim: Simulator, names: list[str]) -> tuple[str, list[str]]:
    """A training data set holding one document per name; (its id, the document ids)."""
    target = None
    for name in names:
        body: dict[str, Any] = {"content": name, "file_name": name}
        if target:
            body["training_data_id"] = target
        response = sim.handle(
            "POST",
            "/training-data/upload-content",
            headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
            body=httpx.Request("POST", "http://x", json=body).read(),
        )
        assert response.status == 200, response.body
        target = response.json()["data"]["id"]
    assert target is not None
    documents = sim.store.get("training-data", target)["documents"]  # type: ignore[index]
    return target, [d["id"] for d in documents]


def _delete(sim: Simulator, target: str, query: str) -> list[str]:
    """Send the raw query; the ids of the documents left afterwards."""
    response = sim.handle(
        "DELETE",
        f"/training-data/{target}/documents",
        query,
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert response.status == 200, response.body
    return [d["id"] for d in sim.store.get("training-data", target)["documents"]]  # type: ignore[index]


def test_documented_style_deletes_every_id(empty_sim: Simulator) -> None:
    target, (a, b, c) = _with_documents(empty_sim, ["a.md", "b.md", "c.md"])
    assert _delete(empty_sim, target, f"document_ids={a},{b}") == [c]


def test_repeated_key_is_read_as_the_document_reads_it(empty_sim: Simulator) -> None:
    target, (a, b, c) = _with_documents(empty_sim, ["a.md", "b.md", "c.md"])
    # explode: false means one key; a server following the spec takes the first value only.
    assert _delete(empty_sim, target, f"document_ids={a}&document_ids={b}") == [b, c]


def test_an_encoded_comma_separates_too(empty_sim: Simulator) -> None:
    # What httpx writes for params={"document_ids": "a,b"}; common servers decode, then split.
    target, (a, b, c) = _with_documents(empty_sim, ["a.md", "b.md", "c.md"])
    assert _delete(empty_sim, target, f"document_ids={a}%2C{b}") == [c]


@pytest.mark.parametrize(
    ("query", "styles", "expected"),
    [
        ("ids=a,b", {"ids": ("form", False)}, {"ids": ["a", "b"]}),
        ("ids=a&ids=b", {"ids": ("form", False)}, {"ids": ["a"]}),
        ("ids=a&ids=b", {"ids": ("form", True)}, {"ids": ["a", "b"]}),
        ("ids=a,b", {"ids": ("form", True)}, {"ids": ["a,b"]}),
        ("ids=a%2Cb,c", {"ids": ("form", False)}, {"ids": ["a", "b", "c"]}),
        ("ids=a%20b+c", {"ids": ("spaceDelimited", False)}, {"ids": ["a", "b", "c"]}),
        ("ids=a|b%7Cc", {"ids": ("pipeDelimited", False)}, {"ids": ["a", "b", "c"]}),
        (
            "t=2024-01-01T00%3A00%3A00Z&x=1&x=2",
            {},
            {"t": ["2024-01-01T00:00:00Z"], "x": ["1", "2"]},
        ),
        ("flag=", {"flag": ("form", True)}, {"flag": [""]}),
    ],
)
def test_read_query(query: str, styles: Any, expected: dict[str, list[str]]) -> None:
    assert read_query(query, styles) == expected


@pytest.mark.parametrize(
    ("entry", "style"),
    [
        ({}, ("form", True)),
        ({"style": "form", "explode": False}, ("form", False)),
        ({"style": "deepObject"}, ("deepObject", False)),
        ({"style": "pipeDelimited", "explode": True}, ("pipeDelimited", True)),
    ],
)
def test_style_defaults(entry: dict[str, Any], style: tuple[str, bool]) -> None:
    assert style_of(entry) == style
