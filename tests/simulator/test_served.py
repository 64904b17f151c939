"""Real loopback HTTP: the served simulator, the CLI, and the pytest plugin fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from pylon.testing import Simulator

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_served_crud_and_search(served: str, sim: Simulator) -> None:
    assert served.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=served, headers=AUTH, trust_env=False) as c:
        created = c.post(
            "/issues", json={"title": "Over HTTP", "body_html": "<p>x</p>", "tags": ["api"]}
        ).json()["data"]
        assert c.get(f"/issues/{created['id']}").json()["data"]["title"] == "Over HTTP"
        found = c.post(
            "/issues/search",
            json={
                "filter": {"field": "title", "operator": "string_contains", "value": "over http"}
            },
        )
        assert [i["id"] for i in found.json()["data"]] == [created["id"]]
        files = c.post("/attachments", files={"file": ("x.txt", b"abc", "text/plain")})
        assert files.status_code == 200 and files.json()["data"]["name"] == "x.txt"
        assert c.get("/me", headers={"Authorization": ""}).status_code == 401


async def test_served_async(served: str) -> None:
    async with httpx.AsyncClient(base_url=served, headers=AUTH, trust_env=False) as c:
        responses = [await c.get("/me") for _ in range(5)]
    assert all(r.status_code == 200 for r in responses)


def test_server_stops_after_context(sim: Simulator) -> None:
    with sim.serve() as url:
        assert httpx.get(f"{url}/me", headers=AUTH, trust_env=False).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/me", headers=AUTH, trust_env=False, timeout=1)


def test_plugin_fixtures(pylon_simulator: Simulator, pylon_simulator_url: str) -> None:
    assert pylon_simulator.count("issues") == 200
    response = httpx.get(f"{pylon_simulator_url}/me", headers=AUTH, trust_env=False)
    assert response.status_code == 200


def test_cli_serves_until_interrupted() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pylon.testing", "--port", "0", "--issues", "20", "--seed", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Pylon simulator listening on http://127.0.0.1:"), line
        url = line.rsplit(" ", 1)[-1].strip()
        response = httpx.post(
            f"{url}/issues/search",
            headers=AUTH,
            trust_env=False,
            json={"filter": {"field": "state", "operator": "in", "values": ["new", "closed"]}},
        )
        assert response.status_code == 200
    finally:
        proc.send_signal(2)  # SIGINT, like Ctrl-C
        try:
            assert proc.wait(timeout=10) == 0
        finally:
            if proc.poll() is None:
                proc.kill()


def test_cli_main_is_importable() -> None:
    from pylon.testing import main
    from pylon.testing._cli import build_parser

    args = build_parser().parse_args(["--port", "9", "--issues", "3", "--rate-limits"])
    assert (args.port, args.issues, args.rate_limits) == (9, 3, True)
    assert callable(main)
    time.sleep(0)


def test_sdk_client_fixture_is_wired_to_the_simulator(
    pylon_client: object, pylon_simulator: Simulator
) -> None:
    assert type(pylon_client).__name__ == "Pylon"
    assert pylon_simulator.stats == {}
