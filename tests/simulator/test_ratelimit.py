"""Per-operation rate limits from x-rate-limit, with a time scale so tests never wait minutes."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from typing import Any

from pylon.testing import Simulator

from .conftest import client_for


def test_limit_per_operation_with_retry_after(make_sim: Any) -> None:
    now = [0.0]
    sim: Simulator = make_sim(seed_data={"issues": 5}, rate_limits=True, monotonic=lambda: now[0])
    c = client_for(sim)
    codes = [c.get("/issue-statuses").status_code for _ in range(11)]  # 10 per minute
    assert codes == [200] * 10 + [429]
    limited = c.get("/issue-statuses")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "60"
    assert limited.json()["errors"] and limited.json()["request_id"]
    assert c.get("/me").status_code == 200  # another operation has its own budget
    now[0] = 30.0
    assert c.get("/issue-statuses").headers["retry-after"] == "30"
    now[0] = 60.0
    assert c.get("/issue-statuses").status_code == 200


def test_time_scale_makes_a_minute_short(make_sim: Any) -> None:
    sim: Simulator = make_sim(seed_data={"issues": 5}, rate_limits=True, time_scale=0.01)
    c = client_for(sim)
    for _ in range(10):
        assert c.get("/issue-statuses").status_code == 200
    limited = c.get("/issue-statuses")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "1"
    time.sleep(0.65)
    assert c.get("/issue-statuses").status_code == 200


def test_retry_after_forms(make_sim: Any) -> None:
    for form in ("http-date", "none"):
        sim: Simulator = make_sim(seed_data={"issues": 1}, rate_limits=True, retry_after=form)
        c = client_for(sim)
        for _ in range(10):
            c.get("/issue-statuses")
        limited = c.get("/issue-statuses")
        assert limited.status_code == 429
        if form == "none":
            assert "retry-after" not in limited.headers
        else:
            assert parsedate_to_datetime(limited.headers["retry-after"]).tzinfo is not None


def test_disabled_by_default(client: Any) -> None:
    assert all(client.get("/issue-statuses").status_code == 200 for _ in range(15))
