"""The served simulator against nested and oversized request bodies (issue 11, item 9).

Every answer must be one the spec documents for the operation, in Pylon's shape (a 400 is
`{"errors": [...], "request_id": ...}`), never a 5xx, and no handler may crash inside the
simulator. Deeply nested JSON (100,000 nested arrays, a 1,000-deep filter) used to make the
parser raise RecursionError, which the simulator answered with 500.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pylon.testing import Simulator, seeded_simulator

from .conftest import API_KEY, check_response, match

LEAF = '{"field": "state", "operator": "equals", "value": "new"}'


def nested_arrays(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


def nested_objects(depth: int) -> bytes:
    return ('{"a":' * depth + "1" + "}" * depth).encode()


def nested_filter(depth: int) -> bytes:
    head = '{"operator": "and", "subfilters": [' * depth
    return ('{"filter": ' + head + LEAF + "]}" * depth + "}").encode()


def big_string_field(field: str, size: int) -> bytes:
    return json.dumps({field: "x" * size, "body_html": "<p>x</p>"}).encode()


BODIES: dict[str, bytes] = {
    "arrays x100000": nested_arrays(100_000),
    "arrays x1000": nested_arrays(1_000),
    "objects x100000": nested_objects(100_000),
    "objects x1000": nested_objects(1_000),
    "filter x1000": nested_filter(1_000),
    "filter x100": nested_filter(100),
    "filter x3": nested_filter(3),
    "title of 5 MB": big_string_field("title", 5 * 1024 * 1024),
    "values x200000": json.dumps(
        {"filter": {"field": "state", "operator": "in", "values": ["new"] * 200_000}}
    ).encode(),
    "whitespace 2 MB": b" " * (2 * 1024 * 1024) + b"{}",
    "keys x100000": json.dumps({f"k{i}": i for i in range(100_000)}).encode(),
}


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Simulator, httpx.Client, list[tuple[str, str]]]]:
    sim = seeded_simulator(issues=10, accounts=3, contacts=3, seed=5)
    issue_id = next(iter(sim.store.collection("issues")))["id"]
    account_id = next(iter(sim.store.collection("accounts")))["id"]
    targets = [
        ("POST", "/issues/search"),
        ("POST", "/accounts/search"),
        ("POST", "/issues"),
        ("PATCH", f"/issues/{issue_id}"),
        ("POST", f"/issues/{issue_id}/snooze"),
        ("PATCH", f"/accounts/{account_id}"),
        ("POST", "/contacts"),
    ]
    with sim.serve(port=0) as url:
        headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
        with httpx.Client(base_url=url, headers=headers, trust_env=False, timeout=30) as client:
            yield sim, client, targets


def check(sim: Simulator, response: httpx.Response) -> None:
    request = response.request
    found = match(request.method, request.url.path)
    assert found is not None
    op_id = found[0].id
    assert response.status_code < 500, (op_id, response.status_code, response.text[:300])
    assert check_response(op_id, request, response) == []
    if response.status_code == 400:
        body = response.json()
        assert isinstance(body["errors"], list) and body["errors"]
        assert isinstance(body["request_id"], str)
    assert sim.errors == []


@pytest.mark.parametrize("name", list(BODIES))
def test_nested_and_oversized_bodies_get_documented_answers(served: Any, name: str) -> None:
    # Fails on the old main for the deeply nested bodies: 500 "internal error in the simulator".
    sim, client, targets = served
    for method, path in targets:
        check(sim, client.request(method, path, content=BODIES[name]))
    assert client.get("/me").status_code == 200  # and the server is still up


def test_deep_nesting_is_a_400_in_pylons_shape(served: Any) -> None:
    _, client, _ = served
    for body in (nested_arrays(100_000), nested_filter(1_000), nested_objects(100_000)):
        response = client.post("/issues/search", content=body)
        assert response.status_code == 400
        # Where the JSON parser gives up depends on the Python version (3.13's C recursion limit
        # lets a 1,000-deep filter parse, and then the filter check refuses it): either way a 400
        # that says the nesting is the problem.
        [message] = response.json()["errors"]
        assert "nested too deeply" in message


JSON_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)


@st.composite
def nested_documents(draw: st.DrawFn) -> bytes:
    """A random JSON value wrapped in up to 5,000 random list/object levels."""
    leaf = json.dumps(
        draw(st.recursive(JSON_LEAVES, lambda c: st.lists(c, max_size=3), max_leaves=8))
    )
    kinds = draw(st.lists(st.sampled_from(["[", "{"]), min_size=0, max_size=50))
    depth = draw(st.integers(min_value=0, max_value=5_000))
    levels = (kinds or ["["]) * (depth // max(len(kinds), 1) + 1)
    levels = levels[:depth]
    opening = "".join('{"filter":' if k == "{" else "[" for k in levels)
    closing = "".join("}" if k == "{" else "]" for k in reversed(levels))
    return (opening + leaf + closing).encode()


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=nested_documents(), which=st.integers(min_value=0, max_value=6))
def test_random_nesting_never_breaks_the_served_simulator(
    served: Any, body: bytes, which: int
) -> None:
    sim, client, targets = served
    method, path = targets[which]
    check(sim, client.request(method, path, content=body))
