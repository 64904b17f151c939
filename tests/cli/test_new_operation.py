"""A new operation in the spec appears in the CLI with no hand-written code.

The test adds two operations to a copy of the pinned spec, regenerates the low-level package from
it with the project's own pipeline (codegen.generate.build, as `make generate` does), and runs the
CLI in a subprocess with that package first on the path: the new commands are there, send what the
spec describes, and refuse wrong-typed values before sending.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("openapi_python_client", reason="the code generator needs Python >= 3.11")

from codegen import generate

ROOT = Path(__file__).resolve().parents[2]


def _widget_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "spec" / "pylon-api.json").read_text())
    schemas = spec["components"]["schemas"]
    schemas["Widget"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    }
    schemas["CreateWidgetRequestBody"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "description": "What the widget is called."},
            "size": {"type": "integer"},
            "shape": {"type": "string", "enum": ["round", "square"]},
        },
    }
    schemas["CreateWidgetResponseBody"] = {
        "type": "object",
        "properties": {
            "data": {"$ref": "#/components/schemas/Widget"},
            "request_id": {"type": "string"},
        },
    }
    ok = {"200": {"description": "Success", "content": {"application/json": {"schema": {
        "$ref": "#/components/schemas/CreateWidgetResponseBody"}}}}}  # fmt: skip
    spec["paths"]["/widgets"] = {
        "post": {
            "operationId": "CreateWidget",
            "summary": "Create widget",
            "tags": ["widgets"],
            "x-rate-limit": {"requests": 60, "per": "minute"},
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/CreateWidgetRequestBody"}
                    }
                }
            },
            "responses": ok,
        }
    }
    return spec


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("regenerated")
    spec_copy = work / "pylon-api.json"
    spec_copy.write_text(json.dumps(_widget_spec()))
    out = work / "out"
    out.mkdir()
    original = generate.SPEC
    generate.SPEC = spec_copy
    try:
        generate.build(out)
    finally:
        generate.SPEC = original
    return out


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[tuple[str, str, Any]]]]:
    seen: list[tuple[str, str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append(("POST", self.path, body))
            answer = json.dumps({"data": {"id": "w_1", **body}, "request_id": "r1"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def _pylon(package_dir: Path, url: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYLON_")}
    env.update(PYTHONPATH=str(package_dir), PYLON_BASE_URL=url, PYLON_API_KEY="k" * 20)
    return subprocess.run(
        [sys.executable, "-m", "pylon", *argv], capture_output=True, text=True, env=env, timeout=60
    )


def test_a_new_operation_in_the_spec_is_a_new_command(
    regenerated: Path, recorder: tuple[str, list[tuple[str, str, Any]]]
) -> None:
    url, seen = recorder
    listed = _pylon(regenerated, url, "--help")
    assert "widgets" in listed.stdout

    helped = _pylon(regenerated, url, "widgets", "create", "--help")
    assert helped.returncode == 0
    assert "CreateWidget" in helped.stdout and "What the widget is called" in helped.stdout
    assert "[round|square]" in helped.stdout

    done = _pylon(
        regenerated, url, "widgets", "create", "--name", "W", "--size", "3", "--shape", "round"
    )
    assert done.returncode == 0, done.stderr
    assert seen == [("POST", "/widgets", {"name": "W", "size": 3, "shape": "round"})]
    assert json.loads(done.stdout)["id"] == "w_1"

    refused = _pylon(regenerated, url, "widgets", "create", "--name", "W", "--size", "big")
    assert refused.returncode == 2 and "'big' is not a valid integer" in refused.stderr
    missing = _pylon(regenerated, url, "widgets", "create", "--size", "3")
    assert missing.returncode == 2 and "name" in missing.stderr
    assert len(seen) == 1  # nothing was sent for the refused ones
