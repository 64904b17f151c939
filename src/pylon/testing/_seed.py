"""Deterministic, consistent seed data: the same seed gives the same workspace.

Every reference resolves (an issue's account exists, its requester is a contact of that account
when it has any, its assignee is a user, its team a team); timestamps spread over the 120 days
before ``now`` (default: the simulator clock's current day at 00:00 UTC, so data is stable within
a day and recent enough for "last 7 days" demos; pass ``now=`` for full determinism). Issue
numbers increase with creation time. Ids come from the seed's own RNG, so they do not depend on
requests made before seeding; each is claimed in the simulator's id registry, so none repeats an
id already in use. The words come from ``seed_vocabulary.json`` (see ``_seeding``).

This module builds the workspace configuration and the people; ``_seed_issues`` builds issues and
their messages, ``_seed_workspace`` the rest (knowledge base, macros, projects, surveys, ...).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ._seed_issues import seed_issues
from ._seed_workspace import seed_workspace
from ._seeding import Seeder, vocabulary
from ._state import STANDARD_STATES, State
from ._store import Record


@dataclass(frozen=True)
class SeedSummary:
    """Counts of what was seeded, and the ``now`` the timestamps are relative to."""

    now: datetime
    counts: dict[str, int]


def _default_now(state: State) -> datetime:
    current = state.clock().astimezone(timezone.utc)
    return current.replace(hour=0, minute=0, second=0, microsecond=0)


def seed_state(
    state: State,
    *,
    accounts: int = 20,
    contacts: int = 50,
    users: int = 8,
    teams: int = 3,
    issues: int = 200,
    seed: int = 42,
    now: datetime | None = None,
) -> SeedSummary:
    """Fill ``state`` (see the module docstring). Meant for a fresh simulator."""
    if min(accounts, users, teams) < 1 and issues:
        raise ValueError("seeding issues needs at least one account, user and team")
    moment = (now or _default_now(state)).astimezone(timezone.utc)
    seeder = Seeder(state, random.Random(seed), moment.timestamp(), vocabulary())
    _seed_configuration(seeder)
    user_recs = _seed_users(seeder, users)
    team_recs = _seed_teams(seeder, teams, user_recs)
    account_recs = _seed_accounts(seeder, accounts, user_recs)
    contact_recs = _seed_contacts(seeder, contacts, account_recs)
    seed_issues(seeder, seed, issues, account_recs, contact_recs, user_recs, team_recs)
    extra = seed_workspace(seeder, account_recs, contact_recs, user_recs)
    counts = {"users": users, "teams": teams, "accounts": accounts, "contacts": contacts}
    return SeedSummary(moment, {**counts, "issues": issues, **extra})


# -- workspace configuration -------------------------------------------------------------------


def _seed_configuration(s: Seeder) -> None:
    roles = [{"id": s.new_id(), "name": n, "slug": n.lower()} for n in s.words["user_roles"]]
    s.collection("user-roles").bulk_load(roles)
    _seed_statuses(s)
    for object_type in ("issue", "account"):
        for tag in s.words[f"{object_type}_tags"]:
            s.collection("tags").put(
                {
                    "id": s.new_id(),
                    "value": tag,
                    "object_type": object_type,
                    "hex_color": f"#{s.rng.randrange(0x1000000):06x}",
                }
            )
    for field in s.words["custom_fields"]:
        s.collection("custom-fields").put(_custom_field(s, field))


def _seed_statuses(s: Seeder) -> None:
    standard = [
        {"slug": slug, "label": slug.replace("_", " ").capitalize(), "category": slug}
        for slug in STANDARD_STATES
    ]
    for is_default, statuses in ((True, standard), (False, s.words["custom_statuses"])):
        for status in statuses:
            s.collection("issue-statuses").put(
                {
                    "_id": status["slug"],
                    **status,
                    "is_default_status": is_default,
                    "is_archived": False,
                }
            )


def _custom_field(s: Seeder, field: dict[str, Any]) -> Record:
    record: Record = {
        "id": s.new_id(),
        **{k: field[k] for k in ("object_type", "slug", "label", "type")},
        "source": "app",
        "is_read_only": False,
        "created_at": s.stamp(400, 300),
        "updated_at": s.stamp(300, 200),
    }
    if field["options"]:
        options = [{"slug": o, "label": o.capitalize()} for o in field["options"]]
        record["select_metadata"] = {"options": options}
    return record


# -- people ------------------------------------------------------------------------------------


def _person_name(s: Seeder, i: int, first_step: int, last_step: int) -> tuple[str, str]:
    first, last = s.words["first_names"], s.words["last_names"]
    return first[(i * first_step) % len(first)], last[(i * last_step) % len(last)]


def _seed_users(s: Seeder, n: int) -> list[Record]:
    roles = list(s.collection("user-roles"))
    records = []
    for i in range(n):
        first, last = _person_name(s, i, 1, 7)
        repeat = i // len(s.words["first_names"]) or ""
        email = f"{first.lower()}.{last.lower()}{repeat}@support.example.com"
        records.append(
            {
                "id": s.new_id(),
                "name": f"{first} {last}",
                "email": email,
                "emails": [email],
                "avatar_url": f"https://avatars.example.com/{i}.png",
                "role_id": roles[0 if i == 0 else 1]["id"],
                "status": "active",
            }
        )
    s.collection("users").bulk_load(records)
    s.state.me_id = records[0]["id"] if records else None
    return records


def _seed_teams(s: Seeder, n: int, users: list[Record]) -> list[Record]:
    names = s.words["teams"]
    records = []
    for i in range(n):
        members = [u for j, u in enumerate(users) if j % max(n, 1) == i]
        suffix = f" {i // len(names) + 1}" if i >= len(names) else ""
        records.append(
            {
                "id": s.new_id(),
                "name": names[i % len(names)] + suffix,
                "users": [{"id": u["id"], "email": u["email"]} for u in members],
            }
        )
    s.collection("teams").bulk_load(records)
    return records


def _company_name(s: Seeder, i: int) -> str:
    companies, suffixes = s.words["companies"], s.words["company_suffixes"]
    name = f"{companies[i % len(companies)]} {suffixes[(i // len(companies)) % len(suffixes)]}"
    return name + (f" {i}" if i >= len(companies) * len(suffixes) else "")


def _seed_accounts(s: Seeder, n: int, users: list[Record]) -> list[Record]:
    records = [_account(s, i, users) for i in range(n)]
    s.collection("accounts").bulk_load(records)
    return records


def _account(s: Seeder, i: int, users: list[Record]) -> Record:
    rng = s.rng
    name = _company_name(s, i)
    domain = name.lower().replace(" ", "-") + ".example.com"
    owner = users[rng.randrange(len(users))] if users else None
    created = s.stamp(400, 120)
    account: Record = {
        "id": s.new_id(),
        "name": name,
        "domain": domain,
        "domains": [domain],
        "primary_domain": domain,
        "type": "customer",
        "is_disabled": False,
        "channels": [],
        "tags": rng.sample(s.words["account_tags"], rng.randrange(0, 3)),
        "external_ids": [{"external_id": f"crm-{i:05d}", "label": "crm"}],
        "custom_fields": {
            "plan": {"slug": "plan", "value": rng.choice(s.field_options("plan"))},
            "arr": {"slug": "arr", "value": str(rng.randrange(0, 500) * 1000)},
        },
        "created_at": created,
        "updated_at": created,
        "latest_customer_activity_time": s.stamp(30),
    }
    if owner:
        account["owner"] = {"id": owner["id"], "email": owner["email"]}
    return account


def _seed_contacts(s: Seeder, n: int, accounts: list[Record]) -> list[Record]:
    records = []
    for i in range(n):
        first, last = _person_name(s, i, 5, 3)
        home = accounts[i % len(accounts)] if accounts else None
        domain = home["domain"] if home else "customer.example.com"
        email = f"{first.lower()}.{last.lower()}.{i}@{domain}"
        contact: Record = {
            "id": s.new_id(),
            "name": f"{first} {last}",
            "email": email,
            "emails": [email],
            "portal_role": "member",
            "phone_numbers": [],
            "custom_fields": {
                "job_title": {"slug": "job_title", "value": s.rng.choice(s.words["job_titles"])}
            },
        }
        if home:
            contact["account"] = {"id": home["id"], "external_ids": home["external_ids"]}
        records.append(contact)
    s.collection("contacts").bulk_load(records)
    return records
