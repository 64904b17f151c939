"""The "Running many processes" snippets (docs/many-processes.md): the gunicorn app runs as written (against the
simulator, on a SQLite file in a temp dir) and handles a delivery once; the Celery one compiles
(Celery itself is not a dependency)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from pylon.testing import seeded_simulator
from pylon.webhooks import sign

# The section lives on the documentation site's page now (docs/many-processes.md).
SECTION = (Path(__file__).resolve().parents[2] / "docs" / "many-processes.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, re.S)


def test_the_gunicorn_app_handles_a_delivery_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [app_source] = [block for block in BLOCKS if "gunicorn" in block]
    source = app_source.replace("sqlite:////tmp/myapp-pylon.db", f"sqlite:///{tmp_path}/p.db")
    sim = seeded_simulator(issues=3)
    issue_id = sim.store.collection("issues").ids()[0]
    with sim.serve() as url:
        monkeypatch.setenv("PYLON_BASE_URL", url)
        namespace: dict[str, Any] = {"__name__": "app"}
        exec(compile(source, "README:app.py", "exec"), namespace)
        body = b'{"event_type":"issue_new","issue_id":"%s"}' % issue_id.encode()
        client = namespace["app"].test_client()
        statuses = [
            client.post(
                "/webhooks/pylon", data=body, headers=sign(body, "pylon-test-secret")
            ).status_code
            for _ in range(2)
        ]
        namespace["pylon"].close()
    assert statuses == [200, 200]
    assert sim.stats["UpdateIssue"] == 1
    assert "triaged" in (sim.store.get("issues", issue_id) or {}).get("tags", [])


def test_the_celery_snippet_compiles() -> None:
    [celery_source] = [block for block in BLOCKS if "celery" in block]
    compile(celery_source, "README:tasks.py", "exec")
