"""The generated models keep what they are given: random spec-valid payloads (unknown fields and
unknown enum values included) survive `from_dict` -> `to_dict()` unchanged, for every schema.

This holds for the eager models openapi-python-client writes and for the lazily parsed ones
`codegen/lazy_models.py` makes of them; it is what proves the per-field readers are complete.
"""

from __future__ import annotations

import copy
import json
import pickle
from datetime import datetime, timezone
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pylon_openapi import models

from tests.spec.conftest import SPEC_PATH

SCHEMAS: dict[str, Any] = json.loads(SPEC_PATH.read_text())["components"]["schemas"]
OBJECT_SCHEMAS = sorted(n for n, s in SCHEMAS.items() if s.get("type") == "object")

_json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=6)
json_values = st.recursive(
    _json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
# Prefixed so an unknown key never collides with a declared property.
unknown_keys = st.text("abcdefgh_", min_size=1, max_size=6).map(lambda k: "unknown_" + k)


def strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "$ref" in schema:
        return st.deferred(lambda: named(schema["$ref"].rsplit("/", 1)[-1]))
    kind = schema.get("type")
    if "enum" in schema:
        # Values Pylon adds later must parse and round-trip as well as the documented ones.
        return st.sampled_from(schema["enum"]) | st.text(min_size=1, max_size=8)
    if kind == "string" and schema.get("format") == "date-time":
        # In the form the model writes back (datetime.isoformat), so the round trip is exact.
        return st.datetimes(timezones=st.just(timezone.utc)).map(datetime.isoformat)
    if kind == "string":
        return st.text(max_size=8)
    if kind == "integer":
        return st.integers(-(2**63), 2**63 - 1)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return st.lists(strategy(schema.get("items", {})), max_size=3)
    if kind == "object":
        return _object(schema)
    return json_values


def _object(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", ()))
    declared = st.fixed_dictionaries(
        {k: strategy(v) for k, v in properties.items() if k in required},
        optional={k: strategy(v) for k, v in properties.items() if k not in required},
    )
    extra = schema.get("additionalProperties")
    # Undeclared fields (any JSON) are kept in additional_properties; typed maps keep their type.
    values = strategy(extra) if isinstance(extra, dict) and extra else json_values
    extras = st.dictionaries(unknown_keys, values, max_size=3)
    return st.tuples(declared, extras).map(lambda pair: {**pair[1], **pair[0]})


@cache
def named(name: str) -> st.SearchStrategy[Any]:
    return strategy(SCHEMAS[name])


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_spec_valid_payload_round_trips(name: str) -> None:
    model = getattr(models, name)

    @settings(
        max_examples=15,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(payload=named(name))
    def check(payload: dict[str, Any]) -> None:
        expected = copy.deepcopy(payload)
        parsed = model.from_dict(payload)
        assert parsed.to_dict() == expected
        assert payload == expected  # parsing never changes the caller's dict
        twin = model.from_dict(copy.deepcopy(expected))
        assert twin == parsed
        assert pickle.loads(pickle.dumps(twin)) == parsed
        assert copy.deepcopy(model.from_dict(expected)).to_dict() == expected

    check()


def test_every_generated_model_is_lazy() -> None:
    """codegen/lazy_models.py leaves a model eager when its from_dict has a shape it does not
    know; a generator upgrade that changes the shape must not silently drop the speed-up."""
    from pylon_openapi._lazy import LazyModel

    eager = [
        name
        for name in models.__all__
        if hasattr(getattr(models, name), "from_dict")
        and not issubclass(getattr(models, name), LazyModel)
    ]
    assert eager == []


def test_fields_are_parsed_on_first_read_and_then_stored() -> None:
    payload = {"id": "iss_1", "account": {"id": "acc_1", "name": "Acme"}, "tags": ["a"]}
    issue = models.Issue.from_dict(payload)
    account = issue.account
    assert isinstance(account, models.MiniAccount)
    assert account.additional_properties == {"name": "Acme"}
    assert issue.account is account  # parsed once, then a slot read
    issue.title = "renamed"
    issue.tags.append("b")
    assert issue.to_dict() == {
        "id": "iss_1",
        "account": {"id": "acc_1", "name": "Acme"},
        "tags": ["a", "b"],
        "title": "renamed",
    }


def test_a_value_of_the_wrong_type_fails_when_read_with_a_clear_error() -> None:
    from pylon_openapi._lazy import FieldValueError

    issue = models.Issue.from_dict({"id": "iss_1", "account": 5})
    assert issue.id == "iss_1"
    with pytest.raises(FieldValueError, match=r"Issue\.account") as caught:
        _ = issue.account
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, ValueError)
    assert not hasattr(issue, "no_such_field")


def test_required_keys_are_still_checked_up_front() -> None:
    with pytest.raises(KeyError, match="messages"):
        models.ImportMessagesRequest.from_dict({})
