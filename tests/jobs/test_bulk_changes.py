"""The bulk changes beyond update and tags, each against the served simulator: assign, snooze,
note, delete, and accounts changes through PATCH /accounts; what the preview shows and what the
store holds afterwards."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from pylon import Pylon
from pylon.jobs.bulk import bulk

from .conftest import Served, _serve


@pytest.fixture
def fresh() -> Iterator[Served]:
    yield from _serve(issues=12, accounts=4, contacts=3)


@pytest.fixture
def client(fresh: Served) -> Iterator[Pylon]:
    with fresh.client() as c:
        yield c


def _operations(served: Served) -> Counter[str]:
    return Counter(r.operation for r in served.sim.requests)


def test_assign_previews_the_current_assignee_from_the_search_then_assigns(
    fresh: Served, client: Pylon
) -> None:
    user = next(iter(fresh.sim.store.collection("users")))["id"]
    new = {i["id"]: i for i in fresh.sim.store.collection("issues") if i["state"] == "new"}
    assert new
    preview = bulk(client, "issues.assign", where="state = new", user_id=user, dry_run=True, bar=False)  # fmt: skip
    for item in preview.items.values():
        current = (new[item.id].get("assignee") or {}).get("id")
        assert item.preview == {"assignee_id": [current, user]}
    bulk(client, "issues.assign", where="state = new", user_id=user, bar=False)
    after = {i["id"]: i for i in fresh.sim.store.collection("issues")}
    assert all(after[i]["assignee"]["id"] == user for i in new)


def test_snooze_note_and_delete_by_id(fresh: Served, client: Pylon) -> None:
    first, second = [i["id"] for i in fresh.sim.store.collection("issues")][:2]
    until = "2030-01-01T00:00:00Z"
    snoozed = bulk(client, "issues.snooze", ids=[first], until=until, bar=False)
    assert snoozed.counts == Counter(done=1)
    assert snoozed.items[first].preview == {"snoozed_until": ["<not read>", until]}
    assert fresh.sim.store.get("issues", first)["snoozed_until_time"] == until
    fresh.sim.reset_stats()
    noted = bulk(client, "issues.note", ids=[first], text="Checked in the weekly sweep", bar=False)
    assert noted.counts == Counter(done=1)
    assert _operations(fresh) == Counter(CreateIssueNote=1)
    assert bulk(client, "issues.delete", ids=[second], bar=False).counts == Counter(done=1)
    assert second not in {i["id"] for i in fresh.sim.store.collection("issues")}


def test_an_accounts_update_of_tags_for_all_goes_through_patch_accounts(
    fresh: Served, client: Pylon
) -> None:
    found = [a["id"] for a in fresh.sim.store.collection("accounts") if "a" in a["name"].lower()]
    assert found
    result = bulk(client, "accounts.update", where="name string_contains a", tags=["t1"], bar=False)  # fmt: skip
    assert result.counts == Counter(done=len(found))
    assert _operations(fresh) == Counter(SearchAccounts=1, UpdateAccounts=1)  # one request
    tags = {a["id"]: a.get("tags") for a in fresh.sim.store.collection("accounts")}
    assert all(tags[a] == ["t1"] for a in found)  # replaced, as one-by-one updates would
    removal = bulk(client, "accounts.remove_tags", where="tags contains t1", tags=["t1"], dry_run=True, bar=False)  # fmt: skip
    assert [item.preview for item in removal.items.values()] == [{"tags": [["t1"], []]}] * len(
        found
    )


def test_an_accounts_update_of_other_fields_is_one_request_per_account(
    fresh: Served, client: Pylon
) -> None:
    ids = [a["id"] for a in fresh.sim.store.collection("accounts")][:2]
    fresh.sim.reset_stats()
    result = bulk(client, "accounts.update", ids=ids, name="Renamed", bar=False)
    assert result.counts == Counter(done=2)
    assert _operations(fresh) == Counter(UpdateAccount=2)
    assert {fresh.sim.store.get("accounts", a)["name"] for a in ids} == {"Renamed"}
