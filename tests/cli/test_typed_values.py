"""Values typed on the command line, run in-process against a simulator of this module's own:
each is converted by its spec type or refused in one line (exit 2) before anything is sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pylon.cli import main
from pylon.testing import Simulator

from .conftest import aim_cli_at, served_simulator_fixture

sim_url = served_simulator_fixture(issues=8, accounts=2, contacts=2, seed=3)


@pytest.fixture
def sim(sim_url: tuple[Simulator, str], monkeypatch: pytest.MonkeyPatch) -> Simulator:
    aim_cli_at(monkeypatch, sim_url[1])
    return sim_url[0]


def _issue(sim: Simulator) -> str:
    return str(next(iter(sim.store.collection("issues")))["id"])


REFUSED = [
    (["issues", "update", "{id}", "--field", "title"], "Invalid value for --field: expected key=value, got 'title'"),
    (["issues", "update", "{id}", "--input", "{tmp}/missing.json"], "cannot read {tmp}/missing.json: No such file or directory"),
    (["issues", "update", "{id}", "--json", "{title: x}"], "Invalid value for --json: not valid JSON (Expecting property name"),
    (["issues", "update", "{id}", "--field", "customer_portal_visible=maybe"], "UpdateIssue: `customer_portal_visible` must be a boolean, got 'maybe'."),
    (["issues", "search", "state = new", "--field", "limit=lots"], "SearchIssues: `limit` must be an integer, got 'lots'."),
    (["issues", "search", "{state: new}"], "Invalid value for FILTER: not valid JSON"),
    (["contacts", "create", "--json", '{"name": "Ada", "portal_role": "boss"}'], "CreateContact: `portal_role` must be one of"),
    (["issues", "update", "{id}", "--custom-fields", "[{oops"], "Invalid value for --custom-fields: not valid JSON"),
    (["issues", "update", "{id}", "--custom-fields", '"gold"'], 'UpdateIssue: `custom_fields` must be an array, got string "gold".'),
]  # fmt: skip


@pytest.mark.parametrize(("argv", "words"), REFUSED)
def test_a_value_of_the_wrong_type_is_refused_before_sending(
    sim: Simulator,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    words: str,
) -> None:
    filled = [a.replace("{id}", _issue(sim)).replace("{tmp}", str(tmp_path)) for a in argv]
    before = len(sim.requests)
    assert main(filled) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: ") and err.count("\n") == 1
    assert words.replace("{tmp}", str(tmp_path)) in err
    assert len(sim.requests) == before


def test_a_boolean_field_takes_yes_and_no(
    sim: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    issue = _issue(sim)
    for text, stored in (("yes", True), ("No", False)):
        assert main(["issues", "update", issue, "--field", f"customer_portal_visible={text}"]) == 0
        assert sim.store.get("issues", issue)["customer_portal_visible"] is stored
    capsys.readouterr()


def test_search_takes_a_json_filter_and_an_integer_limit(
    sim: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    state = next(iter(sim.store.collection("issues")))["state"]
    same = {i["id"] for i in sim.store.collection("issues") if i["state"] == state}
    as_json = json.dumps({"field": "state", "operator": "equals", "value": state})
    assert main(["issues", "search", as_json, "--field", "limit=1"]) == 0
    found = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert sorted(found) == sorted(same)  # every page, one issue a page
    assert all(
        json.loads(r.body)["limit"] == 1 for r in sim.requests if r.operation == "SearchIssues"
    )


def test_api_sends_text_that_only_looks_like_json_as_text(
    sim: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    issue = _issue(sim)
    assert main(["api", "PATCH", f"/issues/{issue}", "-F", "title=[draft] Printer on fire"]) == 0
    assert sim.store.get("issues", issue)["title"] == "[draft] Printer on fire"
    capsys.readouterr()
