"""Deterministic, consistent seed data: the same seed gives the same workspace.

Every reference resolves (an issue's account exists, its requester is a contact of that account
when it has any, its assignee is a user, its team a team); timestamps spread over the 120 days
before ``now`` (default: the simulator clock's current day at 00:00 UTC, so data is stable within
a day and recent enough for "last 7 days" demos; pass ``now=`` for full determinism). Issue
numbers increase with creation time. Ids come from the seed's own RNG, so they do not depend on
requests made before seeding; each is claimed in the simulator's id registry, so none repeats an
id already in use.

Built for size: 100,000 issues take a couple of seconds. Choices are drawn in bulk, timestamps
formatted from epoch seconds, the created-at index sorted once, and messages are generated
lazily, per issue, on first access (from an RNG seeded by the issue id, so they are still
deterministic).
"""

from __future__ import annotations

import gc
import itertools
import random
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ._state import STANDARD_STATES, State
from ._store import Record, Scope
from ._timefmt import fmt_epoch

DAY = 86400.0
ISSUE_TAGS = (
    "billing",
    "api",
    "question",
    "bug",
    "feature-request",
    "urgent",
    "onboarding",
    "integration",
    "security",
    "performance",
)
ACCOUNT_TAGS = ("enterprise", "smb", "trial", "churn-risk", "partner")
FIRST = (
    "Ada",
    "Grace",
    "Alan",
    "Linus",
    "Barbara",
    "Ken",
    "Margaret",
    "Dennis",
    "Radia",
    "Guido",
    "Frances",
    "Edsger",
    "Hedy",
    "Tim",
    "Katherine",
    "Donald",
    "Sophie",
    "Niklaus",
)
LAST = (
    "Lovelace",
    "Hopper",
    "Turing",
    "Torvalds",
    "Liskov",
    "Thompson",
    "Hamilton",
    "Ritchie",
    "Perlman",
    "Rossum",
    "Allen",
    "Dijkstra",
    "Lamarr",
    "Berners",
    "Johnson",
    "Knuth",
    "Wilson",
)
COMPANY = (
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark",
    "Wayne",
    "Wonka",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Vandelay",
    "Pied Piper",
    "Aperture",
    "Massive",
    "Gringotts",
)
SUFFIX = ("Inc", "Labs", "Systems", "Corp", "Group", "Cloud", "Analytics", "Works")
TEAMS = ("Support", "Success", "Engineering", "Billing", "Onboarding", "Escalations")
SUBJECTS = (
    "Cannot log in",
    "Invoice shows the wrong amount",
    "API returns 500 on search",
    "How do I export my data?",
    "Webhook deliveries are delayed",
    "Bug in the dashboard",
    "Question about SSO setup",
    "Rate limit reached unexpectedly",
    "Feature request: dark mode",
    "Refund for duplicate charge",
    "Integration with Slack stopped working",
    "Slow page loads since yesterday",
    "Need help with onboarding",
    "Security review questions",
)
SOURCES = ("email", "slack", "chat_widget", "form", "manual", "microsoft_teams")
CUSTOM_STATUSES = (
    ("resolved", "Resolved", "closed"),
    ("in_progress", "In progress", "waiting_on_you"),
    ("escalated", "Escalated", "on_hold"),
)
STATE_WEIGHTS = {
    "new": 10,
    "waiting_on_you": 14,
    "waiting_on_customer": 12,
    "on_hold": 5,
    "closed": 35,
    "resolved": 14,
    "in_progress": 6,
    "escalated": 4,
}
PRIORITIES = ("low", "medium", "high", "urgent")
REGIONS = ("us-east", "us-west", "eu-central", "ap-south")
COMPONENTS = ("api", "dashboard", "billing", "sdk", "webhooks")


@dataclass(frozen=True)
class SeedSummary:
    """Counts of what was seeded, and the ``now`` the timestamps are relative to."""

    now: datetime
    counts: dict[str, int]


class _Ids:
    """Ids for seeded objects: drawn from the seed's RNG, claimed in the simulator's registry."""

    def __init__(self, rng: random.Random, state: State) -> None:
        self._rng = rng
        self._claim = state.ids.claim

    def __call__(self) -> str:
        return self._claim(self._rng)


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
    now_ts = moment.timestamp()
    rng = random.Random(seed)
    new_id = _Ids(rng, state)
    store = state.store
    put = store.collection

    def stamp(days_ago_max: float, days_ago_min: float = 0.0) -> str:
        return fmt_epoch(
            now_ts - (days_ago_min + rng.random() * (days_ago_max - days_ago_min)) * DAY
        )

    # -- workspace configuration -----------------------------------------------------------
    roles = [{"id": new_id(), "name": n, "slug": n.lower()} for n in ("Admin", "Member", "Viewer")]
    for role in roles:
        put("user-roles").put(role)
    for slug in STANDARD_STATES:
        put("issue-statuses").put(
            {
                "_id": slug,
                "slug": slug,
                "label": slug.replace("_", " ").capitalize(),
                "category": slug,
                "is_default_status": True,
                "is_archived": False,
            }
        )
    for slug, label, category in CUSTOM_STATUSES:
        put("issue-statuses").put(
            {
                "_id": slug,
                "slug": slug,
                "label": label,
                "category": category,
                "is_default_status": False,
                "is_archived": False,
            }
        )
    for tag in ISSUE_TAGS:
        put("tags").put(
            {
                "id": new_id(),
                "value": tag,
                "object_type": "issue",
                "hex_color": f"#{rng.randrange(0x1000000):06x}",
            }
        )
    for tag in ACCOUNT_TAGS:
        put("tags").put(
            {
                "id": new_id(),
                "value": tag,
                "object_type": "account",
                "hex_color": f"#{rng.randrange(0x1000000):06x}",
            }
        )
    field_defs = [
        ("issue", "priority", "Priority", "select", PRIORITIES),
        ("issue", "severity_score", "Severity score", "number", ()),
        ("issue", "region", "Region", "text", ()),
        ("issue", "components", "Components", "multiselect", COMPONENTS),
        ("issue", "due_on", "Due on", "date", ()),
        ("account", "plan", "Plan", "select", ("free", "pro", "enterprise")),
        ("account", "arr", "ARR", "number", ()),
        ("contact", "job_title", "Job title", "text", ()),
        ("subscription", "seats", "Seats", "number", ()),
    ]
    for object_type, slug, label, kind, options in field_defs:
        record: Record = {
            "id": new_id(),
            "object_type": object_type,
            "slug": slug,
            "label": label,
            "type": kind,
            "source": "app",
            "is_read_only": False,
            "created_at": stamp(400, 300),
            "updated_at": stamp(300, 200),
        }
        if options:
            record["select_metadata"] = {
                "options": [{"slug": o, "label": o.capitalize()} for o in options]
            }
        put("custom-fields").put(record)

    # -- people ---------------------------------------------------------------------------
    user_recs: list[Record] = []
    for i in range(users):
        first, last = FIRST[i % len(FIRST)], LAST[(i * 7) % len(LAST)]
        email = f"{first.lower()}.{last.lower()}{i // len(FIRST) or ''}@support.example.com"
        user_recs.append(
            {
                "id": new_id(),
                "name": f"{first} {last}",
                "email": email,
                "emails": [email],
                "avatar_url": f"https://avatars.example.com/{i}.png",
                "role_id": roles[0 if i == 0 else 1]["id"],
                "status": "active",
            }
        )
    put("users").bulk_load(user_recs)
    state.me_id = user_recs[0]["id"] if user_recs else None
    team_recs = []
    for i in range(teams):
        members = [u for j, u in enumerate(user_recs) if j % max(teams, 1) == i]
        team_recs.append(
            {
                "id": new_id(),
                "name": TEAMS[i % len(TEAMS)]
                + (f" {i // len(TEAMS) + 1}" if i >= len(TEAMS) else ""),
                "users": [{"id": u["id"], "email": u["email"]} for u in members],
            }
        )
    put("teams").bulk_load(team_recs)

    account_recs: list[Record] = []
    for i in range(accounts):
        name = f"{COMPANY[i % len(COMPANY)]} {SUFFIX[(i // len(COMPANY)) % len(SUFFIX)]}"
        if i >= len(COMPANY) * len(SUFFIX):
            name += f" {i}"
        domain = name.lower().replace(" ", "-") + ".example.com"
        owner = user_recs[rng.randrange(len(user_recs))] if user_recs else None
        created = stamp(400, 120)
        account: Record = {
            "id": new_id(),
            "name": name,
            "domain": domain,
            "domains": [domain],
            "primary_domain": domain,
            "type": "customer",
            "is_disabled": False,
            "channels": [],
            "tags": rng.sample(ACCOUNT_TAGS, rng.randrange(0, 3)),
            "external_ids": [{"external_id": f"crm-{i:05d}", "label": "crm"}],
            "custom_fields": {
                "plan": {"slug": "plan", "value": rng.choice(("free", "pro", "enterprise"))},
                "arr": {"slug": "arr", "value": str(rng.randrange(0, 500) * 1000)},
            },
            "created_at": created,
            "updated_at": created,
            "latest_customer_activity_time": stamp(30),
        }
        if owner:
            account["owner"] = {"id": owner["id"], "email": owner["email"]}
        account_recs.append(account)
    put("accounts").bulk_load(account_recs)

    contact_recs: list[Record] = []
    by_account: dict[str, list[Record]] = {}
    for i in range(contacts):
        first, last = FIRST[(i * 5) % len(FIRST)], LAST[(i * 3) % len(LAST)]
        home = account_recs[i % len(account_recs)] if account_recs else None
        domain = home["domain"] if home else "customer.example.com"
        email = f"{first.lower()}.{last.lower()}.{i}@{domain}"
        contact: Record = {
            "id": new_id(),
            "name": f"{first} {last}",
            "email": email,
            "emails": [email],
            "portal_role": "member",
            "phone_numbers": [],
            "custom_fields": {
                "job_title": {
                    "slug": "job_title",
                    "value": rng.choice(("CTO", "Engineer", "Support lead", "Founder")),
                }
            },
        }
        if home:
            contact["account"] = {"id": home["id"], "external_ids": home["external_ids"]}
            by_account.setdefault(home["id"], []).append(contact)
        contact_recs.append(contact)
    put("contacts").bulk_load(contact_recs)

    # -- issues ---------------------------------------------------------------------------
    issue_recs = _bulk(_seed_issues)(
        state,
        rng,
        new_id,
        now_ts,
        issues,
        account_recs,
        by_account,
        contact_recs,
        user_recs,
        team_recs,
    )
    put("issues").bulk_load(issue_recs)
    state.issue_numbers.update((r["number"], r["id"]) for r in issue_recs)
    store.set_lazy_factory("issues/messages", lambda scope: _messages_for(state, seed, scope))

    extra = _seed_workspace(state, rng, new_id, stamp, account_recs, contact_recs, user_recs)
    counts = {
        "users": users,
        "teams": teams,
        "accounts": accounts,
        "contacts": contacts,
        "issues": issues,
        **extra,
    }
    return SeedSummary(moment, counts)


def _bulk(fn: Any) -> Any:
    """Run ``fn`` with the cyclic garbage collector paused: building 100,000 nested dicts
    otherwise triggers dozens of full collections that scan everything built so far."""

    def run(*args: Any) -> Any:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args)
        finally:
            if enabled:
                gc.enable()

    return run


def _seed_issues(
    state: State,
    rng: random.Random,
    new_id: _Ids,
    now_ts: float,
    n: int,
    accounts: list[Record],
    by_account: dict[str, list[Record]],
    contacts: list[Record],
    users: list[Record],
    teams: list[Record],
) -> list[Record]:
    if n <= 0:
        return []
    created = sorted(now_ts - rng.random() * 120 * DAY for _ in range(n))
    states = rng.choices(list(STATE_WEIGHTS), weights=list(STATE_WEIGHTS.values()), k=n)
    account_pick = rng.choices(range(len(accounts)), k=n)
    user_pick = rng.choices(range(len(users)), k=n)
    team_pick = rng.choices(range(len(teams)), k=n)
    closed = {"closed", "resolved"}
    base = state.next_issue_number
    forms = [new_id(), new_id()]
    user_minis = [{"id": u["id"], "email": u["email"]} for u in users]
    team_minis = [{"id": t["id"]} for t in teams]
    account_minis = [{"id": a["id"], "external_ids": a["external_ids"]} for a in accounts]
    records: list[Record] = []
    random_ = rng.random
    # Bulk-friendly choices: subsets drawn from precomputed lists (random.sample is slow per
    # call) and the same small value dicts shared (records are replaced, never mutated).
    tag_sets = [()] * 4 + [
        c for k in (1, 2, 3) for c in itertools.combinations(ISSUE_TAGS, k) if k < 3 or c[0] < "c"
    ]
    component_sets = [c for k in (1, 2) for c in itertools.combinations(COMPONENTS, k)]
    priority_values = [{"slug": "priority", "value": p} for p in PRIORITIES]
    severity_values = [{"slug": "severity_score", "value": str(v)} for v in range(100)]
    region_values = [{"slug": "region", "value": r} for r in REGIONS]
    requester_minis = {c["id"]: {"id": c["id"], "email": c["email"]} for c in contacts}
    for i in range(n):
        t0 = created[i]
        age = now_ts - t0
        account = accounts[account_pick[i]]
        pool = by_account.get(account["id"]) or contacts
        requester = pool[int(random_() * len(pool))] if pool else None
        state_ = states[i]
        last_activity = t0 + random_() * age
        last_text = fmt_epoch(last_activity)
        number = base + i
        subject = SUBJECTS[int(random_() * len(SUBJECTS))]
        record: Record = {
            "id": new_id(),
            "number": number,
            "title": f"{subject} (#{number})",
            "body_html": f"<p>{subject}. Reported by {requester['name'] if requester else 'a customer'}.</p>",
            "state": state_,
            "type": "ticket" if random_() < 0.3 else "conversation",
            "source": SOURCES[int(random_() * len(SOURCES))],
            "link": f"https://app.usepylon.com/issues/views/all-issues?issueNumber={number}",
            "created_at": fmt_epoch(t0),
            "updated_at": last_text,
            "latest_message_time": last_text,
            "tags": list(tag_sets[int(random_() * len(tag_sets))]),
            "account": account_minis[account_pick[i]],
            "team": team_minis[team_pick[i]],
            "attachment_urls": [],
            "customer_portal_visible": random_() < 0.5,
            "number_of_touches": 1 + int(random_() * 6),
            "custom_fields": {
                "priority": priority_values[int(random_() * 4)],
                "severity_score": severity_values[int(random_() * 100)],
            },
            "_follower_user_ids": [],
            "_follower_contact_ids": [],
            "_seeded": True,
        }
        if random_() < 0.6:
            record["custom_fields"]["region"] = region_values[int(random_() * 4)]
        if random_() < 0.4:
            record["custom_fields"]["components"] = {
                "slug": "components",
                "values": list(component_sets[int(random_() * len(component_sets))]),
            }
        if random_() < 0.3:
            record["custom_fields"]["due_on"] = {"slug": "due_on", "value": fmt_epoch(t0 + 7 * DAY)}
        if requester is not None:
            record["requester"] = requester_minis[requester["id"]]
        if random_() < 0.8:
            record["assignee"] = user_minis[user_pick[i]]
        if random_() < 0.2:
            record["_follower_user_ids"] = [users[int(random_() * len(users))]["id"]]
        if random_() < 0.1 and requester is not None:
            record["_follower_contact_ids"] = [requester["id"]]
        if random_() < 0.25:
            record["_ticket_form_id"] = forms[int(random_() * 2)]
        if state_ != "new":
            first = min(t0 + random_() * 4 * 3600, last_activity)
            record["first_response_time"] = fmt_epoch(first)
            record["first_response_seconds"] = int(first - t0)
        if state_ in closed:
            record["resolution_time"] = last_text
            record["resolution_seconds"] = int(last_activity - t0)
        records.append(record)
    state.next_issue_number = base + n
    for form_id, name in zip(forms, ("Bug report", "Billing question"), strict=True):
        state.store.collection("ticket-forms").put(
            {
                "id": form_id,
                "name": name,
                "slug": name.lower().replace(" ", "-"),
                "is_public": True,
                "url": f"https://support.example.com/forms/{form_id[:8]}",
                "description_html": f"<p>{name}</p>",
                "fields": [
                    {"name": "Title", "slug": "title", "type": "text"},
                    {"name": "Description", "slug": "body_html", "type": "rich_text"},
                ],
            }
        )
    return records


def _messages_for(state: State, seed: int, scope: Scope) -> list[Record] | None:
    """The messages of one seeded issue, generated on first access."""
    issue = state.store.get("issues", scope[0]) if scope else None
    if issue is None or not issue.get("_seeded"):
        return None
    rng = random.Random(f"{seed}:{issue['id']}")
    new_id = _Ids(rng, state)
    start = datetime.fromisoformat(issue["created_at"].replace("Z", "+00:00")).timestamp()
    end = datetime.fromisoformat(issue["latest_message_time"].replace("Z", "+00:00")).timestamp()
    count = 2 + int(rng.random() * 3)
    times = sorted([start, end] + [start + rng.random() * (end - start) for _ in range(count - 2)])
    requester = issue.get("requester")
    assignee = issue.get("assignee") or ({"id": state.me_id} if state.me_id else None)
    messages = []
    for i, moment in enumerate(times):
        from_customer = i % 2 == 0 and requester is not None
        if from_customer and requester is not None:
            author: Record = {
                "name": requester.get("email", "Customer").split("@")[0],
                "contact": dict(requester),
            }
            html = issue["body_html"] if i == 0 else "<p>Thanks, any update on this?</p>"
        else:
            user = state.store.get("users", (assignee or {}).get("id", "")) or {}
            author = {"name": user.get("name", "Agent")}
            if user:
                author["user"] = {"id": user["id"], "email": user["email"]}
            html = "<p>Thanks for the report, we are looking into it.</p>"
        messages.append(
            {
                "id": new_id(),
                "author": author,
                "file_urls": [],
                "is_private": (not from_customer) and rng.random() < 0.2,
                "message_html": html,
                "source": issue.get("source", "email"),
                "timestamp": fmt_epoch(moment),
            }
        )
    return messages


def _seed_workspace(
    state: State,
    rng: random.Random,
    new_id: _Ids,
    stamp: Any,
    accounts: list[Record],
    contacts: list[Record],
    users: list[Record],
) -> dict[str, int]:
    """Knowledge base, macros, projects and tasks, surveys, feature requests, audit logs..."""
    put = state.store.collection
    me = users[0]["id"] if users else None
    kb: Record = {
        "id": new_id(),
        "title": "Help Center",
        "slug": "help",
        "default_language": "en",
        "supported_languages": ["en", "fr"],
    }
    put("knowledge-bases").put(kb)
    collections = []
    for title in ("Getting started", "Billing"):
        col = {
            "id": new_id(),
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "description": f"{title} articles",
            "created_at": stamp(200, 100),
        }
        collections.append(col)
        put("knowledge-bases/collections", (kb["id"],)).put(col)
    for i, title in enumerate(
        ("Create your first API token", "Understanding invoices", "Rate limits")
    ):
        ident = new_id()
        html = f"<p>{title}.</p>"
        put("knowledge-bases/articles", (kb["id"],)).put(
            {
                "id": ident,
                "title": title,
                "slug": title.lower().replace(" ", "-"),
                "identifier": ident[:8],
                "collection_id": collections[i % 2]["id"],
                "current_draft_content_html": html,
                "current_published_content_html": html,
                "is_published": True,
                "is_unlisted": False,
                "last_published_at": stamp(90, 30),
                "url": f"https://help.pylon-simulator.invalid/articles/{ident[:8]}",
            }
        )
    groups = [
        {"id": new_id(), "title": t, "created_at": stamp(300, 200), "updated_at": stamp(200, 100)}
        for t in ("Greetings", "Billing")
    ]
    put("macro-groups").bulk_load(groups)
    for i, name in enumerate(("Say hello", "Ask for invoice number", "Close politely")):
        put("macros").put(
            {
                "id": new_id(),
                "name": name,
                "macro_group_id": groups[i % 2]["id"],
                "text_html": f"<p>{name}</p>",
                "text_type": "html",
                "has_actions": False,
                "actions": [],
                "visibility": {"type": "org"},
                "created_at": stamp(200, 100),
                "updated_at": stamp(100),
            }
        )
    for slug in ("call", "meeting", "note"):
        put("activity-types").put(
            {
                "id": new_id(),
                "slug": slug,
                "label": slug.capitalize(),
                "icon_url": f"https://icons.example.com/{slug}.svg",
            }
        )
    projects = []
    for i, account in enumerate(accounts[:3]):
        project = {
            "id": new_id(),
            "name": f"{account['name']} onboarding",
            "account": {"id": account["id"], "external_ids": account["external_ids"]},
            "owner_id": me,
            "is_archived": False,
            "customer_portal_visible": True,
            "description_html": "<p>Onboarding plan</p>",
            "start_date": stamp(60, 30),
            "created_at": stamp(90, 60),
            "updated_at": stamp(30),
        }
        projects.append(project)
        put("projects").put(project)
        milestone = {
            "id": new_id(),
            "name": "Kick-off",
            "project": {"id": project["id"]},
            "account": project["account"],
            "due_date": stamp(20),
            "created_at": stamp(60, 30),
            "updated_at": stamp(30),
        }
        put("milestones").put(milestone)
        for j in range(3):
            task = {
                "id": new_id(),
                "title": f"Step {j + 1} for {account['name']}",
                "status": ("not_started", "in_progress", "completed")[(i + j) % 3],
                "project": {"id": project["id"]},
                "milestone": {"id": milestone["id"]},
                "account": project["account"],
                "body_html": "<p>Do the thing</p>",
                "custom_fields": {},
                "subtask_ids": [],
                "customer_portal_visible": False,
                "created_at": stamp(60, 30),
                "updated_at": stamp(30),
            }
            if users:
                user = users[(i + j) % len(users)]
                task["assignee"] = {"user": {"id": user["id"], "email": user["email"]}}
            if j == 1:
                task["due_date"] = stamp(10)
            put("tasks").put(task)
    surveys = []
    for name, kind in (("Post-resolution CSAT", "csat"), ("Quarterly NPS", "nps")):
        survey = {"id": new_id(), "name": name, "type": kind, "updated_at": stamp(60)}
        surveys.append(survey)
        put("surveys").put(survey)
        for contact in contacts[:10]:
            put("surveys/responses", (survey["id"],)).put(
                {
                    "id": new_id(),
                    "contact_id": contact["id"],
                    "account_id": (contact.get("account") or {}).get("id"),
                    "submitted_at": stamp(60),
                    "answers": [
                        {
                            "prompt": "How did we do?",
                            "question_type": "rating",
                            "value": str(rng.randrange(1, 6)),
                        }
                    ],
                }
            )
    for i, title in enumerate(("Dark mode", "SAML SSO", "CSV export", "Audit log API")):
        evidence = [
            {
                "account_id": a["id"],
                "source_type": "issue",
                "source_id": new_id(),
                "summary": f"{a['name']} asked for {title.lower()}",
            }
            for a in accounts[i : i + 2]
        ]
        put("feature-requests").put(
            {
                "id": new_id(),
                "title": title,
                "description": f"Customers want {title.lower()}.",
                "request_status": ("new", "planned", "in_progress", "shipped")[i % 4],
                "evidence": evidence,
                "evidence_count": len(evidence),
                "custom_fields": {},
                "created_at": stamp(120, 60),
                "updated_at": stamp(60),
            }
        )
    for i in range(25):
        happened = stamp(30)
        put("audit-logs").put(
            {
                "id": new_id(),
                "action": ("issue.updated", "account.created", "user.login")[i % 3],
                "action_happened_at": happened,
                "created_at": happened,
                "actor_user_id": users[i % len(users)]["id"] if users else "",
                "object_type": "issue",
                "object_id": new_id(),
                "source": "app",
                "attributes": {},
                "metadata": {},
            }
        )
    put("training-data").put(
        {
            "id": new_id(),
            "name": "Product docs",
            "type": "files",
            "visibility": "internal",
            "exclude_from_kb_search": False,
            "created_at": stamp(100, 50),
            "updated_at": stamp(50),
            "documents": [
                {
                    "id": new_id(),
                    "file_name": "guide.md",
                    "file_size": 2048,
                    "file_type": "md",
                    "s3_key": "training-data/guide.md",
                    "external_id": "doc-guide",
                }
            ],
        }
    )
    for i in range(5):
        put("custom-objects", ("subscription",)).put(
            {
                "id": new_id(),
                "type": "subscription",
                "name": f"Subscription {i + 1}",
                "custom_fields": {"seats": {"slug": "seats", "value": str(5 * (i + 1))}},
                "created_at": stamp(100, 50),
                "updated_at": stamp(50),
            }
        )
    return {
        "projects": len(projects),
        "surveys": len(surveys),
        "feature-requests": 4,
        "audit-logs": 25,
        "knowledge-bases": 1,
    }
