"""Seed a simulator from an export; exporting it again gives the same tables."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pyarrow.parquet as pq
import pytest

from pylon import Pylon
from pylon.jobs.export import export
from pylon.testing import Simulator

from .conftest import API_KEY

TABLES = {
    "issues": {"include": ["messages", "threads", "followers"]},
    "accounts": {},
    "contacts": {},
    "users": {},
    "teams": {},
    "tags": {},
    "custom-fields": {},
    "tasks": {},
    "articles": {},
    "survey-responses": {},
    "custom-objects": {"object_type": "subscription"},
}


def _export_all(url, folder, fmt):
    folder.mkdir()
    with Pylon(api_key=API_KEY, base_url=url, rate_limit=False) as client:
        for name, options in TABLES.items():
            export(client, name, folder / f"{name}.{fmt}", bar=False, **options)


def _table(path):
    rows = pq.read_table(path).to_pylist()
    return {(r.get("issue_id"), r["id"]): r for r in rows}


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_an_export_seeds_a_simulator_that_exports_the_same(served, tmp_path, fmt):
    _export_all(served.url, tmp_path / "first", fmt)
    sim = Simulator(api_key=API_KEY, from_export=tmp_path / "first")
    assert sim.count("issues") == served.sim.count("issues")
    with sim.serve() as url:
        _export_all(url, tmp_path / "second", "parquet")
        with Pylon(api_key=API_KEY, base_url=url) as client:  # it is a working workspace
            issue = next(iter(client.issues.search("state in (new, on_hold)", max_items=1)))
            assert client.issues.messages.list(issue.id).collect() is not None
    if fmt == "parquet":
        for name in [*TABLES, "issues.messages", "issues.threads", "issues.followers"]:
            first = _table(tmp_path / "first" / f"{name}.parquet")
            second = _table(tmp_path / "second" / f"{name}.parquet")
            if (
                name == "custom-objects"
            ):  # their field definitions (type subscription) weren't exported
                assert first.keys() == second.keys()
                continue
            assert first == second, name
    else:
        for name in TABLES:
            assert (
                len(_table(tmp_path / "second" / f"{name}.parquet"))
                == len((tmp_path / "first" / f"{name}.csv").read_text().splitlines()) - 1
            )


def test_an_incremental_export_directory_seeds_too(served, tmp_path):
    with Pylon(api_key=API_KEY, base_url=served.url, rate_limit=False) as client:
        export(client, "issues", incremental=tmp_path / "sync", include=["messages"], bar=False)
    sim = Simulator(from_export=tmp_path / "sync")
    assert sim.count("issues") == served.sim.count("issues")
    messages = sum(sim.count("issues/messages", (i,)) for i in served.ids("issues"))
    assert messages == sum(len(v) for v in served.messages().values())


def test_pylon_mock_serve_from_export(served, tmp_path):
    _export_all(served.url, tmp_path / "data", "jsonl")
    server = subprocess.Popen(
        [sys.executable, "-m", "pylon.testing", "--port", "0", "--from-export", str(tmp_path / "data")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = server.stdout.readline()
        url = line.rsplit(" ", 1)[-1].strip()
        assert url.startswith("http://127.0.0.1:")
        deadline = time.monotonic() + 10
        while True:
            try:
                body = httpx.get(
                    f"{url}/accounts", params={"limit": 999}, headers={"Authorization": "Bearer x"}
                ).json()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert len(body["data"]) == served.sim.count("accounts")
    finally:
        server.terminate()
        server.wait(timeout=10)
