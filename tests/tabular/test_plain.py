"""`plain`: the JSON form of a model, taken from its payload while no field was read or set."""

from __future__ import annotations

from pylon_openapi.models import Issue

from pylon.tabular import plain

PAYLOAD = {
    "id": "iss_1",
    "number": 7,
    "title": "Refund",
    "state": "a_state_pylon_added_later",
    "account": {"id": "acc_1", "unknown_nested": [1, 2]},
    "tags": ["a", "b"],
    "unknown_top": {"x": 1},
}


def test_an_untouched_model_gives_its_payload_equal_to_to_dict():
    issue = Issue.from_dict(PAYLOAD)
    data = plain(issue)
    assert data == PAYLOAD == Issue.from_dict(PAYLOAD).to_dict()
    data["issue_id"] = "added by a caller"  # the caller's own dict: the model is unchanged
    assert "issue_id" not in issue.to_dict()


def test_a_model_whose_field_was_set_or_read_is_rebuilt_by_to_dict():
    changed = Issue.from_dict(PAYLOAD)
    changed.title = "Changed"
    assert plain(changed)["title"] == "Changed"
    read = Issue.from_dict(PAYLOAD)
    read.account.id = "acc_2"  # a nested change, through a field read first
    assert plain(read)["account"]["id"] == "acc_2"


def test_models_built_by_init_and_dicts():
    assert plain(Issue(id="iss_2", title="t")) == {"id": "iss_2", "title": "t"}
    assert plain({"a": 1}) == {"a": 1}


def test_a_read_model_with_a_field_of_the_wrong_type_gives_its_payload():
    """`to_dict()` reads every field and raises FieldValueError on one that does not have its
    documented type; `plain` then gives the payload as Pylon sent it (the flattening moves the
    bad value into `extra`) rather than failing the whole table (fails on the old main)."""
    payload = {**PAYLOAD, "account": "acc_as_a_string"}
    issue = Issue.from_dict(payload)
    assert issue.id == "iss_1"  # a field read: the payload is no longer handed out as it is
    assert plain(issue) == payload
