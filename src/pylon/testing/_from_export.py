"""Seed a simulator from an export: develop and test offline against data shaped like your own.

Reads the directory with `pylon.jobs.export`'s reader (Parquet, JSON lines or CSV exports, or an
incremental export directory) and puts each object where the simulator keeps it: issues and their
messages, threads and followers, accounts, contacts, users, teams, tags, tasks, projects, custom
fields, audit logs, articles (under their knowledge base), survey responses (under their survey)
and custom objects (under their type). Timestamps are stored in the simulator's canonical form.
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from typing import Any

from ._errors import ApiError
from ._state import State
from ._timefmt import canonical

# export table -> (store collection, the field naming the scope, or None for the top level)
_PLACES: dict[str, tuple[str, str | None]] = {
    "messages": ("issues/messages", "issue_id"),
    "threads": ("issues/threads", "issue_id"),
    "articles": ("knowledge-bases/articles", "knowledge_base_id"),
    "survey-responses": ("surveys/responses", "survey_id"),
    "custom-objects": ("custom-objects", "type"),
}
# Parents a scoped collection needs to be listed through (a minimal record when not exported).
_PARENTS = {"knowledge-bases/articles": "knowledge-bases", "surveys/responses": "surveys"}
# Fields the scope is not part of in Pylon's objects (the export added them as link columns).
_LINK_ONLY = {
    "messages": "issue_id",
    "articles": "knowledge_base_id",
    "survey-responses": "survey_id",
}


def _canonical_times(record: dict[str, Any]) -> None:
    for key, value in list(record.items()):
        if isinstance(value, str) and (key.endswith(("_at", "_time")) or key == "timestamp"):
            # A value that is not a time stays as Pylon sent it.
            with contextlib.suppress(ApiError, ValueError):
                record[key] = canonical(value, key)


def load_export(state: State, directory: str | os.PathLike[str]) -> dict[str, int]:
    """Put every object of the export in `directory` into `state`; returns counts per table."""
    from pylon.jobs.export._load import exported_objects

    store = state.store
    counts: dict[str, int] = defaultdict(int)
    followers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for table, record in exported_objects(directory):
        counts[table] += 1
        if table == "followers":
            followers[record.pop("issue_id", "")].append(record)
            continue
        _canonical_times(record)
        name, scope_field = _PLACES.get(table, (table, None))
        scope: tuple[str, ...] = ()
        if scope_field is not None:
            owner = record.get(scope_field)
            if table in _LINK_ONLY:
                record.pop(scope_field, None)
            if not isinstance(owner, str) or not owner:
                continue
            scope = (owner,)
            parent = _PARENTS.get(name)
            if parent is not None and store.get(parent, owner) is None:
                store.collection(parent).put({"id": owner})
        if table == "issues":
            record.setdefault("_follower_user_ids", [])
            record.setdefault("_follower_contact_ids", [])
            number = record.get("number")
            if isinstance(number, int):
                state.issue_numbers[number] = record["id"]
                state.next_issue_number = max(state.next_issue_number, number + 1)
        store.collection(name, scope).put(record)
    issues = store.collection("issues")
    for issue_id, people in followers.items():
        issue = issues.get(issue_id)
        if issue is None:
            continue
        issues.put(
            {
                **issue,
                "_follower_user_ids": [p["id"] for p in people if p.get("type") == "user"],
                "_follower_contact_ids": [p["id"] for p in people if p.get("type") == "contact"],
            }
        )
    return dict(counts)
