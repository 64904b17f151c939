"""Every operation of the spec is a command whose help renders; a sample per group runs for real.

The sample runs `python -m pylon` in a subprocess against the simulator served on a real port and
checks the simulator's state (writes) or the printed rows (reads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from click.testing import CliRunner

from pylon.cli._root import MOUNTS, root
from pylon.cli._tree import Node, build
from pylon.spec import catalog

from .conftest import Served, jsonl


def _commands(node: Node, words: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    for verb, operation_id in node.verbs.items():
        yield (*words, verb), operation_id
    for name, child in node.children.items():
        if child.leaf:
            yield (*words, name), child.leaf
        else:
            yield from _commands(child, (*words, name))


TREE = build(catalog().operations())
COMMANDS = sorted(_commands(TREE))


def test_every_operation_is_exactly_one_command() -> None:
    ids = [operation_id for _, operation_id in COMMANDS]
    assert sorted(ids) == sorted(op.id for op in catalog())
    assert len(ids) == len(set(ids)) == len(catalog()) >= 114


def test_the_issue_examples_are_where_the_issue_says() -> None:
    placed = dict(COMMANDS)
    assert placed[("issues", "update")] == "UpdateIssue"
    assert placed[("tags", "create")] == "CreateTag"
    assert placed[("knowledge-bases", "articles", "list")] == "GetArticles"
    assert placed[("me",)] == "GetMe"
    assert placed[("accounts", "update-many")] == "UpdateAccounts"


def test_mounted_groups_hide_no_api_group() -> None:
    assert not set(MOUNTS) & set(TREE.names())


@pytest.mark.parametrize(
    ("words", "operation_id"), COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS]
)
def test_every_generated_command_has_help_with_an_example(
    words: tuple[str, ...], operation_id: str
) -> None:
    result = CliRunner().invoke(root, [*words, "--help"], prog_name="pylon")
    assert result.exit_code == 0, result.output
    assert operation_id in result.output
    example = result.output.split("Examples:", 1)[1]
    assert f"pylon {' '.join(words)}" in example


def test_every_group_and_mounted_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    groups = {words[:i] for words, _ in COMMANDS for i in range(1, len(words))}
    mounted = [(name,) for name in MOUNTS] + [
        ("auth", "login"), ("auth", "status"), ("auth", "logout"), ("config", "show"),
        ("webhooks", "listen"), ("webhooks", "trigger"), ("completion",), ("api",),
    ]  # fmt: skip
    for words in sorted(groups) + mounted:
        result = runner.invoke(root, [*words, "--help"], prog_name="pylon")
        assert result.exit_code == 0, (words, result.output)
        assert "Examples:" in result.output, words


def test_options_carry_the_spec_types_and_enums() -> None:
    result = CliRunner().invoke(root, ["contacts", "create", "--help"], prog_name="pylon")
    assert "[no_access|member|admin]" in result.output  # the enum of portal_role
    result = CliRunner().invoke(root, ["issues", "list", "--help"], prog_name="pylon")
    assert "--days" in result.output and "--max-items" in result.output
    result = CliRunner().invoke(root, ["accounts", "list", "--help"], prog_name="pylon")
    assert "--limit INTEGER RANGE" in result.output and "1<=x<=999" in result.output


def _first(sim: Any, collection: str) -> dict[str, Any]:
    return next(iter(sim.store.collection(collection)))  # type: ignore[no-any-return]


def _recent(sim: Any, days: int) -> int:
    since = datetime.now(timezone.utc) - timedelta(days=days)
    return sum(
        1
        for issue in sim.store.collection("issues")
        if datetime.fromisoformat(issue["created_at"].replace("Z", "+00:00")) >= since
    )


Check = Callable[[Any, list[Any], dict[str, Any]], None]


def _state(collection: str, field: str, value: Any) -> Check:
    def check(sim: Any, rows: list[Any], target: dict[str, Any]) -> None:
        assert sim.store.get(collection, target["id"])[field] == value

    return check


def _count(expected: Callable[[Any], int]) -> Check:
    def check(sim: Any, rows: list[Any], target: dict[str, Any]) -> None:
        assert len(rows) == expected(sim)

    return check


def _created(collection: str, field: str, value: Any) -> Check:
    def check(sim: Any, rows: list[Any], target: dict[str, Any]) -> None:
        (row,) = rows
        assert sim.store.get(collection, row["id"])[field] == value

    return check


def _deleted(collection: str) -> Check:
    def check(sim: Any, rows: list[Any], target: dict[str, Any]) -> None:
        assert sim.store.get(collection, target["id"]) is None

    return check


SAMPLES: list[tuple[str, list[str], Check]] = [
    ("me", ["me"], lambda sim, rows, t: rows[0]["id"] and rows[0]["name"]),
    ("issues update", ["issues", "update", "{id}", "--state", "closed", "--tags", "a", "--tags", "b"],
     _state("issues", "tags", ["a", "b"])),
    ("issues list", ["issues", "list", "--days", "45"], _count(lambda sim: _recent(sim, 45))),
    ("issues create", ["issues", "create", "--title", "From the CLI", "--body-html", "<p>hi</p>"],
     _created("issues", "title", "From the CLI")),
    ("issues delete", ["issues", "delete", "{id}"], _deleted("issues")),
    ("accounts create", ["accounts", "create", "--name", "Cli Co", "--domains", "cli.example.com"],
     _created("accounts", "name", "Cli Co")),
    ("accounts list", ["accounts", "list", "--limit", "5"], _count(lambda sim: sim.store.count("accounts"))),
    ("accounts update", ["accounts", "update", "{id}", "--field", "name=Renamed Co"],
     _state("accounts", "name", "Renamed Co")),
    ("contacts update", ["contacts", "update", "{id}", "--json", '{"name": "Via JSON"}'],
     _state("contacts", "name", "Via JSON")),
    ("contacts list", ["contacts", "list", "--max-items", "7"], _count(lambda sim: 7)),
    ("tags create", ["tags", "create", "--value", "vip", "--object-type", "issue"],
     _created("tags", "value", "vip")),
    ("teams list", ["teams", "list"], _count(lambda sim: sim.store.count("teams"))),
    ("users list", ["users", "list"], _count(lambda sim: sim.store.count("users"))),
    ("tasks create", ["tasks", "create", "--title", "Call back", "--no-customer-portal-visible"],
     _created("tasks", "customer_portal_visible", False)),
    ("knowledge-bases list", ["knowledge-bases", "list"],
     _count(lambda sim: sim.store.count("knowledge-bases"))),
]  # fmt: skip

_COLLECTION_OF = {"issues": "issues", "accounts": "accounts", "contacts": "contacts"}


@pytest.mark.parametrize(("name", "argv", "check"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_a_sample_of_commands_per_group_against_the_served_simulator(
    served: Served, name: str, argv: list[str], check: Check
) -> None:
    group = argv[0]
    target: dict[str, Any] = {}
    if "{id}" in argv:
        target = _first(served.sim, _COLLECTION_OF[group])
        argv = [target["id"] if a == "{id}" else a for a in argv]
    done = served.run(*argv)
    assert done.returncode == 0, done.stderr
    check(served.sim, jsonl(done.stdout), target)


def test_no_command_has_two_options_of_the_same_name() -> None:
    from pylon.cli._opcommands import build_command

    for words, operation_id in COMMANDS:
        command = build_command(words, catalog().operation(operation_id))
        flags = [f for p in command.params for f in [*p.opts, *p.secondary_opts]]
        names = [p.name for p in command.params]
        assert len(flags) == len(set(flags)) and len(names) == len(set(names)), words


def test_query_parameters_go_out_in_their_spec_style(served: Served) -> None:
    """DeleteTrainingDataDocuments declares its id arrays `style: form, explode: false`."""
    record = next(iter(served.sim.store.collection("training-data")), None)
    ident = record["id"] if record else "td_1"
    for argv in (
        [
            "training-data",
            "documents",
            "delete",
            ident,
            "--document-ids",
            "a",
            "--document-ids",
            "b",
        ],
        ["api", "DELETE", f"/training-data/{ident}/documents", "-F", 'document_ids=["a","b"]'],
    ):
        served.run(*argv)
        seen = served.sim.requests[-1]
        assert (seen.method, seen.query) == ("DELETE", "document_ids=a,b"), argv
