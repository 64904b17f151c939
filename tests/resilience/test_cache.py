"""The response cache against the simulator: the simulator's request counts prove each hit, a
fake clock moves TTLs, and two clients on one SQLite file share entries."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pylon import APIResponseValidationError, NotFoundError, Pylon, PylonConfigError, ServerError
from pylon.filters import F
from pylon.shared_state import InProcessStore
from pylon.testing import Simulator

from ..transport._support import FakeClock
from .conftest import API_KEY, build

Make = Callable[..., Pylon]

# (operation id, how to read it): one read of every cacheable resource.
READS: list[tuple[str, Callable[[Pylon, Simulator], Any]]] = [
    ("GetMe", lambda c, s: c.me.get()),
    ("GetUsers", lambda c, s: list(c.users.list())),
    ("GetUser", lambda c, s: c.users.get(first(s, "users"))),
    ("SearchUsers", lambda c, s: list(c.users.search(F.email == email(s)))),
    ("GetTeams", lambda c, s: list(c.teams.list())),
    ("GetTeam", lambda c, s: c.teams.get(first(s, "teams"))),
    ("GetTags", lambda c, s: list(c.tags.list())),
    ("GetTag", lambda c, s: c.tags.get(first(s, "tags"))),
    ("GetCustomFields", lambda c, s: list(c.custom_fields.list("issue"))),
    ("GetIssueStatuses", lambda c, s: list(c.issue_statuses.list())),
    ("GetTicketForms", lambda c, s: list(c.ticket_forms.list())),
    ("GetUserRoles", lambda c, s: list(c.user_roles.list())),
]


def email(sim: Simulator) -> str:
    return str(next(iter(sim.store.collection("users")))["email"])


def first(sim: Simulator, collection: str) -> str:
    return str(next(iter(sim.store.collection(collection)))["id"])


@pytest.mark.parametrize(("operation", "read"), READS, ids=[r[0] for r in READS])
def test_a_repeated_read_is_answered_without_a_request(
    make: Make, sim: Simulator, operation: str, read: Callable[[Pylon, Simulator], Any]
) -> None:
    plain, cached = make(), make(cache=True)
    fresh = read(plain, sim)
    sim.reset_stats()
    assert read(cached, sim) == fresh
    assert [read(cached, sim) for _ in range(3)] == [fresh] * 3  # equal typed models
    assert sim.stats[operation] == 1


def test_a_hit_is_the_original_response_with_its_age(
    make: Make, sim: Simulator, clock: FakeClock
) -> None:
    client = make(cache=True)
    fresh = client.tags.with_raw_response.get(first(sim, "tags"))
    clock.advance(42.4)
    hit = client.tags.with_raw_response.get(first(sim, "tags"))
    assert (fresh.from_cache, hit.from_cache) == (False, True)
    assert type(hit.parsed) is type(fresh.parsed) and hit.parsed == fresh.parsed
    assert hit.status_code == 200 and hit.request_id == fresh.request_id
    assert (
        hit.headers["age"] == "42" and hit.headers["content-type"] == fresh.headers["content-type"]
    )
    assert hit.http_response.content == fresh.http_response.content
    assert sim.stats["GetTag"] == 1


def test_requests_that_differ_in_their_query_are_cached_apart(make: Make, sim: Simulator) -> None:
    client = make(cache=True)
    for _ in range(2):
        list(client.custom_fields.list("issue"))
        list(client.custom_fields.list("account"))
    assert [r.query for r in sim.requests] == ["object_type=issue", "object_type=account"]


@pytest.mark.parametrize("write", ["create", "update", "delete"])
def test_a_write_to_a_resource_drops_its_cached_reads(
    make: Make, sim: Simulator, write: str
) -> None:
    client = make(cache=True)
    tag = first(sim, "tags")
    before = [t.id for t in client.tags.list()]
    client.tags.get(tag)
    client.me.get()
    if write == "create":
        client.tags.create(value="fresh-tag", object_type="issue")
    elif write == "update":
        client.tags.update(tag, value="renamed")
    else:
        client.tags.delete(tag)
    after = [t.id for t in client.tags.list()]
    assert sim.stats["GetTags"] == 2
    if write == "create":
        assert len(after) == len(before) + 1
        assert client.tags.get(tag).id == tag
    elif write == "update":
        assert client.tags.get(tag).value == "renamed"
    else:
        assert tag not in after
        with pytest.raises(NotFoundError):
            client.tags.get(tag)
    assert sim.stats["GetTag"] == 2
    client.me.get()
    assert sim.stats["GetMe"] == 1  # another resource's entries stay


def test_updating_a_user_drops_cached_users_and_me(make: Make, sim: Simulator) -> None:
    client = make(cache=True)
    me = client.me.get()
    client.users.get(me.id)
    client.users.update(me.id, name="Renamed Person")
    assert client.me.get().name == "Renamed Person"
    assert client.users.get(me.id).name == "Renamed Person"
    assert (sim.stats["GetMe"], sim.stats["GetUser"]) == (2, 2)


def test_a_failed_write_still_drops_the_cached_reads(make: Make, sim: Simulator) -> None:
    client = make(cache=True, max_retries=0)
    client.tags.list()
    list(client.tags.list())
    sim.faults.add(operation="CreateTag", status=503, processed=True, times=1)
    with pytest.raises(ServerError):  # it was stored although the answer was an error
        client.tags.create(value="maybe-created", object_type="issue")
    assert "maybe-created" in [t.value for t in client.tags.list()]


def test_errors_are_never_cached(make: Make, sim: Simulator) -> None:
    client = make(cache=True, max_retries=0)
    tag = first(sim, "tags")
    sim.faults.add(operation="GetTag", status=404, times=1)
    with pytest.raises(NotFoundError):
        client.tags.get(tag)
    sim.faults.add(operation="GetTag", status=500, times=1)
    with pytest.raises(ServerError):
        client.tags.get(tag)
    sim.faults.add(operation="GetTag", status=200, html=True, times=1)  # a captive portal
    with pytest.raises(APIResponseValidationError):
        client.tags.get(tag)
    sim.faults.add(operation="GetTag", truncate=True, times=1)
    with pytest.raises(APIResponseValidationError):
        client.tags.get(tag)
    assert client.tags.get(tag).id == tag
    assert client.tags.get(tag).id == tag
    assert sim.stats["GetTag"] == 5


def test_with_options_cache_false_bypasses_it_but_its_writes_still_count(
    make: Make, sim: Simulator
) -> None:
    client = make(cache=True)
    bypass = client.with_options(cache=False)
    client.me.get()
    bypass.me.get()
    bypass.me.get()
    client.me.get()
    assert sim.stats["GetMe"] == 3
    list(client.tags.list())
    bypass.tags.create(value="made-by-the-copy", object_type="issue")
    assert "made-by-the-copy" in [t.value for t in client.tags.list()]
    assert sim.stats["GetTags"] == 2


def test_entries_expire_after_their_ttl(make: Make, sim: Simulator, clock: FakeClock) -> None:
    client = make(cache={"tags": 5, "GetMe": 100})
    shorter = client.with_options(cache={"GetMe": 10})
    list(client.tags.list())
    client.me.get()
    clock.advance(4.9)
    list(client.tags.list())
    assert sim.stats["GetTags"] == 1
    clock.advance(0.2)
    list(client.tags.list())
    assert sim.stats["GetTags"] == 2
    clock.advance(10.0)  # 15 s old: fresh for the client's 100 s, stale for the copy's 10 s
    client.me.get()
    assert sim.stats["GetMe"] == 1
    shorter.me.get()
    assert sim.stats["GetMe"] == 2


def test_a_ttl_of_zero_turns_one_resource_off(make: Make, sim: Simulator) -> None:
    client = make(cache={"me": 0})
    client.me.get()
    client.me.get()
    list(client.tags.list())
    list(client.tags.list())
    assert (sim.stats["GetMe"], sim.stats["GetTags"]) == (2, 1)


def test_two_clients_on_one_sqlite_file_share_entries(
    sim: Simulator, clock: FakeClock, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    one = build(sim, clock, cache=True, shared_state=url)
    two = build(sim, clock, cache=True, shared_state=url)
    try:
        assert one.me.get() == two.me.get()
        assert [t.id for t in one.tags.list()] == [t.id for t in two.tags.list()]
        assert (sim.stats["GetMe"], sim.stats["GetTags"]) == (1, 1)
        two.tags.create(value="from-the-other-process", object_type="issue")
        assert "from-the-other-process" in [t.value for t in one.tags.list()]
        assert sim.stats["GetTags"] == 2
    finally:
        one.close()
        two.close()


def test_keys_hash_the_api_key_and_two_keys_never_share(sim: Simulator, clock: FakeClock) -> None:
    store = InProcessStore(clock=clock.monotonic)
    other_key = "pylon_other_resilience_key_98765"
    one = build(sim, clock, cache=True, shared_state=store)
    two = build(sim, clock, cache=True, shared_state=store, api_key=other_key)
    one.me.get()
    two.me.get()
    assert sim.stats["GetMe"] == 2
    keys = list(store.values._values)
    assert keys and all(API_KEY not in k and other_key not in k for k in keys)
    assert all(API_KEY[-8:] not in k for k in keys)
    assert not any(API_KEY.encode() in v for _, v in store.values._values.values())


def test_async_clients_use_it_too(sim: Simulator, clock: FakeClock) -> None:
    async def main() -> None:
        async with build(sim, clock, is_async=True, cache=True) as client:
            first_me = await client.me.get()
            assert await client.me.get() == first_me
            await client.tags.create(value="async-tag", object_type="issue")
            assert "async-tag" in [t.value async for t in client.tags.list()]

    asyncio.run(main())
    assert sim.stats["GetMe"] == 1 and sim.stats["GetTags"] == 1


def test_raw_generated_calls_and_client_request_share_it(make: Make, sim: Simulator) -> None:
    from pylon_openapi.api.me import get_me

    client = make(cache=True)
    client.me.get()
    assert get_me.sync_detailed(client=client.raw).status_code == 200
    assert client.request("GET", "/me")["data"]["id"]
    assert sim.stats["GetMe"] == 1


def test_off_by_default_costs_nothing(make: Make) -> None:
    client = make()
    assert client.config.cache is False
    assert type(client._http._transport).__name__ == "PylonTransport"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"tags": -1}, r"cache\['tags'\] must be a TTL in seconds from 0"),
        ({"tags": float("inf")}, r"cache\['tags'\] must be a TTL"),
        ({"tags": "60"}, r"cache\['tags'\] must be a TTL"),
        ({"tags": 10 * 86400}, r"cache\['tags'\] must be a TTL"),
        ({"CreateTag": 60}, "cache names 'CreateTag', a write: only reads are cached"),
        ({"UpdateUser": 60}, "cache names 'UpdateUser', a write"),
        ({"tagz": 60}, "cache names 'tagz'.*Did you mean 'tags'"),
        ({"GetIssue": 60}, "cache names 'GetIssue', which is not a cacheable resource"),
        ("yes", "cache must be True, False, or a mapping"),
    ],
)
def test_bad_cache_settings_are_refused_at_construction(setting: Any, message: str) -> None:
    with pytest.raises(PylonConfigError, match=message):
        Pylon(api_key=API_KEY, cache=setting)


def test_with_options_cannot_turn_a_cache_on_or_name_a_write(make: Make) -> None:
    with pytest.raises(PylonConfigError, match="cache is turned on when the client is created"):
        make().with_options(cache=True)
    assert make().with_options(cache=None).config.cache is False  # None: no cache, as given
    with pytest.raises(PylonConfigError, match="a write"):
        make(cache=True).with_options(cache={"DeleteTag": 5})


def test_a_store_entry_this_sdk_did_not_write_is_a_miss(sim: Simulator, clock: FakeClock) -> None:
    store = InProcessStore(clock=clock.monotonic)
    client = build(sim, clock, cache=True, shared_state=store)
    client.me.get()
    for key in list(store.values._values):
        if ":me:" in key:
            store.set(key, b"not an entry", 60)
    assert client.me.get().id
    assert client.me.get().id
    assert sim.stats["GetMe"] == 2


def test_the_documented_table_is_what_the_cache_does() -> None:
    """docs/observability.md's table of resources, reads, TTLs and writes, against the rules the
    cache builds from the spec's operation table."""
    import re

    from pylon._cache import _rules
    from pylon._transport import default_routes

    page = Path(__file__).resolve().parents[2] / "docs" / "observability.md"
    text = page.read_text(encoding="utf-8")
    section = text[text.index("## Response cache") : text.index("## Circuit breaker")]
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in section.splitlines()
        if re.match(r"^\| `\w+` \|", line)
    ]
    rules = _rules(True, default_routes())
    documented = {
        row[0].strip("`"): (
            set(re.findall(r"`(\w+)`", row[1])),
            float(row[2].removesuffix(" s")),
            set(re.findall(r"`([A-Z]\w+)`", row[3])),
        )
        for row in rows
    }
    actual: dict[str, tuple[set[str], float, set[str]]] = {}
    for operation_id, (resource, ttl) in rules.reads.items():
        actual.setdefault(resource, (set(), ttl, set()))[0].add(operation_id)
    for operation_id, resources in rules.writes.items():
        for resource in resources:
            actual.setdefault(resource, (set(), 0.0, set()))[2].add(operation_id)
    assert documented == actual
