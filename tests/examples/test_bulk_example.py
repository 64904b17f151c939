"""examples/bulk_changes.py against the simulator: what it says it did is in the simulator's state."""

from __future__ import annotations

from collections import Counter

from .test_examples import run, workspace  # noqa: F401 - the fixture is used by name


def test_bulk_changes_example(workspace, capsys):  # noqa: F811
    on_hold = [i["id"] for i in workspace.store.collection("issues") if i["state"] == "on_hold"]
    assert on_hold
    out = run("bulk_changes.py", capsys)
    assert f"issues.update (dry run): {len(on_hold)} items: {len(on_hold)} planned" in out
    assert f"issues.update: {len(on_hold)} items: {len(on_hold)} done" in out
    issues = {i["id"]: i for i in workspace.store.collection("issues")}
    assert all(issues[i]["state"] == "waiting_on_you" for i in on_hold)
    assert sum("vip" in i["tags"] for i in issues.values()) >= 5
    emails = Counter(c.get("email") for c in workspace.store.collection("contacts"))
    assert emails["grace@example.com"] == emails["alan@example.com"] == 1
