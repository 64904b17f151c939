"""Where each operation sits in the command tree, derived from its path and operation id.

The path's literal segments are the groups and the operation id's leading word the verb:
`PATCH /issues/{id}` (UpdateIssue) is `pylon issues update ID`, `GET /knowledge-bases/{id}/articles`
(GetArticles) is `pylon knowledge-bases articles list ID`, `POST /issues/search` is
`pylon issues search`. A GET of a list is `list`, of one object `get`; a trailing action segment
(`/redact`, `/upload-content`) is the verb; when two operations would share a name, the one on the
collection gets `<verb>-many` (`pylon accounts update-many`). A lone GET of a singleton path is the
group itself (`pylon me`). Nothing here names an operation: a new one in the spec finds its place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from pylon.spec import OperationSpec


@dataclass
class Node:
    """A group: its verbs (name -> operation id) and sub-groups; `leaf` makes it a command."""

    name: str
    verbs: dict[str, str] = field(default_factory=dict)
    children: dict[str, Node] = field(default_factory=dict)
    leaf: str | None = None

    def names(self) -> list[str]:
        return sorted({*self.verbs, *self.children})


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "-", name).lower()


def placement(op: OperationSpec) -> tuple[tuple[str, ...], str]:
    """(groups, verb) before collisions are settled."""
    segments = [s for s in op.path.strip("/").split("/") if s]
    groups = [s for s in segments if not _is_param(s)]
    verb = _kebab(op.id).split("-")[0]
    if verb in ("get", "list"):
        verb = "list" if op.data_is_list else "get"
    last = segments[-1] if segments else ""
    if len(groups) > 1 and not _is_param(last) and (last == verb or last.startswith(verb + "-")):
        verb, groups = last, groups[:-1]
    if groups and verb == groups[0]:  # ImportIssue under /import: `pylon import issues create`
        verb = "create"
    return tuple(groups), verb


def build(operations: list[OperationSpec]) -> Node:
    placed: dict[tuple[tuple[str, ...], str], list[OperationSpec]] = defaultdict(list)
    for op in operations:
        placed[placement(op)].append(op)
    final: dict[tuple[tuple[str, ...], str], str] = {}
    for (groups, verb), ops in placed.items():
        if len(ops) == 1:
            final[(groups, verb)] = ops[0].id
            continue
        for op in sorted(ops, key=lambda o: o.id):
            name = verb if _on_item(op) else f"{verb}-many"
            if (groups, name) in final:
                name = _kebab(op.id)
            final[(groups, name)] = op.id
    root = Node("pylon")
    for (groups, verb), operation_id in sorted(final.items()):
        node = root
        for group in groups:
            node = node.children.setdefault(group, Node(group))
        node.verbs[verb] = operation_id
    _collapse_singletons(root, {op.id: op for op in operations})
    return root


def _on_item(op: OperationSpec) -> bool:
    return _is_param(op.path.rstrip("/").rsplit("/", 1)[-1])


def _collapse_singletons(node: Node, ops: dict[str, OperationSpec]) -> None:
    for child in node.children.values():
        _collapse_singletons(child, ops)
        if not child.children and list(child.verbs) == ["get"]:
            op = ops[child.verbs["get"]]
            if "{" not in op.path:
                child.leaf, child.verbs = op.id, {}
