"""spec-diff finds and classifies a hand-made change set."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from typing import Any

from codegen import spec_diff
from tests.spec.conftest import ROOT, SPEC_PATH


def _changed(spec: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(spec)
    # an added operation
    new["paths"]["/widgets"] = {
        "get": {
            "operationId": "GetWidgets",
            "responses": {"200": {"description": "Success"}},
            "x-rate-limit": {"requests": 60, "per": "minute"},
        }
    }
    props = new["components"]["schemas"]["Issue"]["properties"]
    del props["title"]  # a removed response field
    props["number"] = {"type": "string"}  # a retyped response field
    props["source"]["enum"].append("instagram")  # an added enum value
    new["paths"]["/issues"]["get"]["x-rate-limit"] = {"requests": 5, "per": "minute"}  # slower
    request = new["components"]["schemas"]["CreateIssueRequest"]
    request["properties"]["urgency_score"] = {"type": "string"}
    request.setdefault("required", []).append("urgency_score")  # a new required request field
    return new


def test_spec_diff_classifies_changes(spec: dict[str, Any]) -> None:
    changes = spec_diff.diff(spec, _changed(spec))
    by_kind = {(c.operation, c.kind, c.subject): c.breaking for c in changes}
    assert by_kind[("GET /widgets", "operation-added", "GET /widgets")] is False
    assert by_kind[("GET /issues/{id}", "response-field-removed", "200:data.title")] is True
    assert by_kind[("GET /issues/{id}", "response-field-retyped", "200:data.number")] is True
    assert by_kind[("GET /issues/{id}", "response-field-enum-added", "200:data.source")] is False
    assert by_kind[("GET /issues", "rate-limit-changed", "x-rate-limit")] is True
    assert by_kind[("POST /issues", "request-field-added", "urgency_score")] is True


def test_spec_diff_no_changes(spec: dict[str, Any]) -> None:
    assert spec_diff.diff(spec, copy.deepcopy(spec)) == []
    assert "No structural differences" in spec_diff.render([], "a", "b")


def test_spec_diff_cli_json(tmp_path: Any, spec: dict[str, Any]) -> None:
    changed = tmp_path / "new.json"
    changed.write_text(json.dumps(_changed(spec)))
    out = subprocess.run(
        [sys.executable, "-m", "codegen.spec_diff", str(SPEC_PATH), str(changed), "--json"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    rows = json.loads(out)
    assert {"operation", "kind", "subject", "detail", "breaking", "correction"} <= set(rows[0])
    assert any(r["kind"] == "operation-added" for r in rows)
    text = subprocess.run(
        [sys.executable, "-m", "codegen.spec_diff", str(SPEC_PATH), str(changed)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert "BREAKING GET /issues/{id} response-field-removed: 200:data.title" in text
