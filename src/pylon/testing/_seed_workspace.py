"""Seeded workspace content beyond people and issues: knowledge base, macros, activity types,
projects with milestones and tasks, surveys, feature requests, audit logs, training data and
custom objects. Each builder draws from the seed's RNG in a fixed order."""

from __future__ import annotations

from typing import Any

from ._seeding import Seeder
from ._store import Record


def seed_workspace(
    s: Seeder, accounts: list[Record], contacts: list[Record], users: list[Record]
) -> dict[str, int]:
    """Build everything; the counts of what callers may want to know about."""
    _seed_knowledge_base(s)
    _seed_macros(s)
    for slug in s.words["activity_types"]:
        s.collection("activity-types").put(
            {
                "id": s.new_id(),
                "slug": slug,
                "label": slug.capitalize(),
                "icon_url": f"https://icons.example.com/{slug}.svg",
            }
        )
    me = users[0]["id"] if users else None
    projects = [_seed_project(s, i, account, me, users) for i, account in enumerate(accounts[:3])]
    surveys = [_seed_survey(s, survey, contacts) for survey in s.words["surveys"]]
    titles = s.words["feature_requests"]
    for i, title in enumerate(titles):
        _seed_feature_request(s, i, title, accounts)
    actions = s.words["audit_log_actions"]
    for i in range(25):
        _seed_audit_log(s, actions[i % len(actions)], users[i % len(users)]["id"] if users else "")
    _seed_training_data(s)
    for i in range(5):
        _seed_subscription(s, i)
    return {
        "projects": len(projects),
        "surveys": len(surveys),
        "feature-requests": len(titles),
        "audit-logs": 25,
        "knowledge-bases": 1,
    }


def _slug(title: str) -> str:
    return title.lower().replace(" ", "-")


def _seed_knowledge_base(s: Seeder) -> None:
    words = s.words["knowledge_base"]
    kb: Record = {
        "id": s.new_id(),
        "title": words["title"],
        "slug": words["slug"],
        "default_language": words["default_language"],
        "supported_languages": words["supported_languages"],
    }
    s.collection("knowledge-bases").put(kb)
    collections = []
    for title in words["collections"]:
        col = {
            "id": s.new_id(),
            "title": title,
            "slug": _slug(title),
            "description": f"{title} articles",
            "created_at": s.stamp(200, 100),
        }
        collections.append(col)
        s.collection("knowledge-bases/collections", (kb["id"],)).put(col)
    for i, title in enumerate(words["articles"]):
        collection = collections[i % len(collections)]["id"]
        s.collection("knowledge-bases/articles", (kb["id"],)).put(_article(s, title, collection))


def _article(s: Seeder, title: str, collection_id: str) -> Record:
    ident = s.new_id()
    html = f"<p>{title}.</p>"
    return {
        "id": ident,
        "title": title,
        "slug": _slug(title),
        "identifier": ident[:8],
        "collection_id": collection_id,
        "current_draft_content_html": html,
        "current_published_content_html": html,
        "is_published": True,
        "is_unlisted": False,
        "last_published_at": s.stamp(90, 30),
        "url": f"https://help.pylon-simulator.invalid/articles/{ident[:8]}",
    }


def _seed_macros(s: Seeder) -> None:
    groups = [
        {
            "id": s.new_id(),
            "title": title,
            "created_at": s.stamp(300, 200),
            "updated_at": s.stamp(200, 100),
        }
        for title in s.words["macro_groups"]
    ]
    s.collection("macro-groups").bulk_load(groups)
    for i, name in enumerate(s.words["macros"]):
        s.collection("macros").put(
            {
                "id": s.new_id(),
                "name": name,
                "macro_group_id": groups[i % len(groups)]["id"],
                "text_html": f"<p>{name}</p>",
                "text_type": "html",
                "has_actions": False,
                "actions": [],
                "visibility": {"type": "org"},
                "created_at": s.stamp(200, 100),
                "updated_at": s.stamp(100),
            }
        )


def _seed_project(
    s: Seeder, i: int, account: Record, owner: str | None, users: list[Record]
) -> Record:
    """An onboarding project for ``account``, one milestone, and three tasks."""
    project = {
        "id": s.new_id(),
        "name": f"{account['name']} onboarding",
        "account": {"id": account["id"], "external_ids": account["external_ids"]},
        "owner_id": owner,
        "is_archived": False,
        "customer_portal_visible": True,
        "description_html": "<p>Onboarding plan</p>",
        "start_date": s.stamp(60, 30),
        "created_at": s.stamp(90, 60),
        "updated_at": s.stamp(30),
    }
    s.collection("projects").put(project)
    milestone = {
        "id": s.new_id(),
        "name": "Kick-off",
        "project": {"id": project["id"]},
        "account": project["account"],
        "due_date": s.stamp(20),
        "created_at": s.stamp(60, 30),
        "updated_at": s.stamp(30),
    }
    s.collection("milestones").put(milestone)
    for j in range(3):
        s.collection("tasks").put(_task(s, i, j, account["name"], milestone, users))
    return project


def _task(
    s: Seeder, i: int, j: int, account_name: str, milestone: Record, users: list[Record]
) -> Record:
    statuses = s.words["task_statuses"]
    task: Record = {
        "id": s.new_id(),
        "title": f"Step {j + 1} for {account_name}",
        "status": statuses[(i + j) % len(statuses)],
        "project": milestone["project"],
        "milestone": {"id": milestone["id"]},
        "account": milestone["account"],
        "body_html": "<p>Do the thing</p>",
        "custom_fields": {},
        "subtask_ids": [],
        "customer_portal_visible": False,
        "created_at": s.stamp(60, 30),
        "updated_at": s.stamp(30),
    }
    if users:
        user = users[(i + j) % len(users)]
        task["assignee"] = {"user": {"id": user["id"], "email": user["email"]}}
    if j == 1:
        task["due_date"] = s.stamp(10)
    return task


def _seed_survey(s: Seeder, words: dict[str, Any], contacts: list[Record]) -> Record:
    """A survey and one response from each of the first ten contacts."""
    survey = {"id": s.new_id(), **words, "updated_at": s.stamp(60)}
    s.collection("surveys").put(survey)
    for contact in contacts[:10]:
        s.collection("surveys/responses", (survey["id"],)).put(
            {
                "id": s.new_id(),
                "contact_id": contact["id"],
                "account_id": (contact.get("account") or {}).get("id"),
                "submitted_at": s.stamp(60),
                "answers": [
                    {
                        "prompt": "How did we do?",
                        "question_type": "rating",
                        "value": str(s.rng.randrange(1, 6)),
                    }
                ],
            }
        )
    return survey


def _seed_feature_request(s: Seeder, i: int, title: str, accounts: list[Record]) -> None:
    evidence = [
        {
            "account_id": a["id"],
            "source_type": "issue",
            "source_id": s.new_id(),
            "summary": f"{a['name']} asked for {title.lower()}",
        }
        for a in accounts[i : i + 2]
    ]
    statuses = s.words["feature_request_statuses"]
    s.collection("feature-requests").put(
        {
            "id": s.new_id(),
            "title": title,
            "description": f"Customers want {title.lower()}.",
            "request_status": statuses[i % len(statuses)],
            "evidence": evidence,
            "evidence_count": len(evidence),
            "custom_fields": {},
            "created_at": s.stamp(120, 60),
            "updated_at": s.stamp(60),
        }
    )


def _seed_audit_log(s: Seeder, action: str, actor: str) -> None:
    happened = s.stamp(30)
    s.collection("audit-logs").put(
        {
            "id": s.new_id(),
            "action": action,
            "action_happened_at": happened,
            "created_at": happened,
            "actor_user_id": actor,
            "object_type": "issue",
            "object_id": s.new_id(),
            "source": "app",
            "attributes": {},
            "metadata": {},
        }
    )


def _seed_training_data(s: Seeder) -> None:
    record = {
        "id": s.new_id(),
        "name": "Product docs",
        "type": "files",
        "visibility": "internal",
        "exclude_from_kb_search": False,
        "created_at": s.stamp(100, 50),
        "updated_at": s.stamp(50),
    }
    document = {"id": s.new_id(), **s.words["training_document"]}
    s.collection("training-data").put({**record, "documents": [document]})


def _seed_subscription(s: Seeder, i: int) -> None:
    s.collection("custom-objects", ("subscription",)).put(
        {
            "id": s.new_id(),
            "type": "subscription",
            "name": f"Subscription {i + 1}",
            "custom_fields": {"seats": {"slug": "seats", "value": str(5 * (i + 1))}},
            "created_at": s.stamp(100, 50),
            "updated_at": s.stamp(50),
        }
    )
