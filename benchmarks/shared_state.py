"""Many processes, one API key: shared rate limits and webhook dedup, per backend.

Run by `make bench` (or `python -m benchmarks.shared_state [--quick]`). Everything is on
127.0.0.1; every run is bounded in time and count; the redis-server is one this benchmark starts
(and kills, for the outage, by its own PID).

* Limiter: 8 worker processes share one key and hammer GetIssue (60/min) on the served simulator
  with rate limits on and time scaled (a minute lasts `WINDOW` seconds). Per backend, from the
  simulator's own log: the most requests it admitted in any window (must be ≤ 60), the 429s (must
  be 0 with a shared store), and utilisation = admitted after the first window / (60 × the
  windows after the first) (must be ≥ 90%). The in-process backend shows what happens without
  sharing.
* Webhooks: 4 receiver processes; 200 signed deliveries, each sent as 3 concurrent copies to 3
  different receivers; copies answered 503 are sent again, as a sender would. Every delivery's
  handler must run exactly once.
* Outage: the same two runs on Redis with redis-server killed for the middle third and started
  again: no crash, no lost delivery, one WARNING per outage in each process, sharing resumes.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

KEY = "bench-shared-key-0123456789"
SECRET = "bench-webhook-secret"
SCALE = 0.1  # a simulated minute lasts 6 s
WINDOW = 60.0 * SCALE
LIMIT = 60
WORKERS = 8
RECEIVERS = 4


# -- the limiter run --------------------------------------------------------------------------


def _worker(
    url: str,
    setting: str | None,
    issue_id: str,
    seconds: float,
    ready: Any,
    results: Any,
    log_dir: str,
) -> None:
    from pylon import Pylon, RateLimitError

    log = os.path.join(log_dir, f"worker-{os.getpid()}.log")
    logging.basicConfig(filename=log, level=logging.WARNING)
    client = Pylon(
        api_key=KEY, base_url=url, shared_state=setting, deadline=None, max_retries=0,
        rate_limit={"GetIssue": (LIMIT, WINDOW)},
    )  # fmt: skip
    counts = {"ok": 0, "429": 0}
    with client:
        # Warm up (imports, models, the connection) on another operation before the clock starts.
        client.me.get()
        ready.wait()
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            try:
                client.issues.get(issue_id)
                counts["ok"] += 1
            except RateLimitError:
                counts["429"] += 1
    logging.shutdown()
    with open(log) as text:
        counts["outage_warnings"] = text.read().count("is unavailable")
    results.put(counts)


@dataclass
class Admissions:
    """What the simulator admitted and refused for GetIssue (system-wide monotonic times)."""

    times: list[float] = field(default_factory=list)
    refused: list[float] = field(default_factory=list)

    def observe(self, record: Any, response: Any) -> None:
        if record.operation == "GetIssue":
            (self.times if record.status == 200 else self.refused).append(time.monotonic())

    def max_in_window(self, since: float = 0.0) -> int:
        ordered = sorted(t for t in self.times if t >= since)
        best, first = 0, 0
        for last, t in enumerate(ordered):
            while t - ordered[first] >= WINDOW:
                first += 1
            best = max(best, last - first + 1)
        return best


def _serve_simulator(pipe: Any) -> None:
    """The simulator in a process of its own, so busy clients never starve it of the GIL."""
    from pylon.testing import seeded_simulator

    sim = seeded_simulator(issues=1, accounts=1, contacts=1, users=1, teams=1,
                           rate_limits=True, time_scale=SCALE)  # fmt: skip
    admissions = Admissions()
    sim.add_observer(admissions.observe)
    with sim.serve() as url:
        pipe.send((url, sim.store.collection("issues").ids()[0]))
        pipe.recv()  # "stop"
    pipe.send((admissions.times, admissions.refused))


@contextmanager
def simulator() -> Iterator[tuple[str, str, Admissions]]:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_serve_simulator, args=(child,), daemon=True)
    process.start()
    admissions = Admissions()
    try:
        if not parent.poll(120):
            raise RuntimeError("the simulator did not start")
        url, issue_id = parent.recv()
        yield url, issue_id, admissions
        parent.send("stop")
        admissions.times, admissions.refused = parent.recv()
    finally:
        process.join(10)
        if process.is_alive() and process.pid is not None:
            os.kill(process.pid, 15)
            process.join(10)


def limiter_run(
    setting: str | None, windows: int, during: Callable[[float, float], None] | None = None
) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    seconds = windows * WINDOW
    with simulator() as (url, issue_id, admissions), tempfile.TemporaryDirectory() as log_dir:
        ready, results = context.Barrier(WORKERS + 1), context.Queue()
        workers = [
            context.Process(
                target=_worker,
                args=(url, setting, issue_id, seconds, ready, results, log_dir),
                daemon=True,
            )
            for _ in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        ready.wait(timeout=120)  # every worker has imported pylon and built its client
        start = time.monotonic()
        if during is not None:
            during(start, start + seconds)
        counts = [results.get(timeout=seconds + 60) for _ in workers]
        for worker in workers:
            worker.join(10)
    # (the simulator's log arrives when its context closes)
    return {
        "admitted": len(admissions.times),
        "max_per_window": admissions.max_in_window(),
        "429s": len(admissions.refused),
        # Steady state: the windows after the first (whose opening burst is not pacing).
        "utilisation": sum(start + WINDOW <= t < start + seconds for t in admissions.times)
        / (LIMIT * (windows - 1)),
        "client_ok": sum(c["ok"] for c in counts),
        "outage_warnings": [c["outage_warnings"] for c in counts],
        "admissions": admissions,
    }


# -- the webhook run --------------------------------------------------------------------------


def _receiver(setting: str, log_dir: str, port_pipe: Any) -> None:
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    from pylon.webhooks import WebhookHandler
    from pylon.webhooks.wsgi import WebhookWSGIApp

    logging.basicConfig(
        filename=os.path.join(log_dir, f"receiver-{os.getpid()}.log"), level=logging.WARNING
    )
    path = os.path.join(log_dir, f"handled-{os.getpid()}.txt")
    with open(path, "a", buffering=1) as handled:  # one line per handler run, flushed at once
        handler = WebhookHandler(SECRET, shared_state=setting, dedup_lease=30)

        @handler.on_any()
        def record(event: Any) -> None:
            time.sleep(0.02)  # slow enough for the copies to overlap
            handled.write(f"{event.issue_id}\n")

        class Server(ThreadingMixIn, WSGIServer):
            daemon_threads = True

        class Quiet(WSGIRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

        server = make_server("127.0.0.1", 0, WebhookWSGIApp(handler), Server, Quiet)
        port_pipe.send(server.server_address[1])
        server.serve_forever()


def _signed(n: int, run: str) -> tuple[bytes, dict[str, str]]:
    from pylon.webhooks import sign

    body = json.dumps({"event_type": "issue_new", "issue_id": f"iss_{n}", "run": run}).encode()
    return body, {**sign(body, SECRET), "Content-Type": "application/json"}


def webhook_run(
    setting: str, deliveries: int, during: Callable[[], None] | None = None
) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="pylon-bench-hooks-") as log_dir:
        processes, ports = [], []
        for _ in range(RECEIVERS):
            parent, child = context.Pipe()
            process = context.Process(target=_receiver, args=(setting, log_dir, child), daemon=True)
            process.start()
            processes.append(process)
            if not parent.poll(60):
                raise RuntimeError("a webhook receiver did not start")
            ports.append(parent.recv())
        statuses: Counter[int] = Counter()
        lock = threading.Lock()
        run = os.urandom(8).hex()  # fresh deliveries: none of them was handled in an earlier run

        def deliver(n: int, copy: int) -> None:
            body, headers = _signed(n, run)
            url = f"http://127.0.0.1:{ports[(n + copy) % RECEIVERS]}/"
            for _ in range(200):  # a sender's retries, with a scaled-down Retry-After
                try:
                    status = httpx.post(url, content=body, headers=headers, timeout=10).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    statuses[status] += 1
                if status == 200:
                    return
                time.sleep(0.1)
            raise RuntimeError(f"delivery {n} copy {copy} never accepted")

        try:
            with ThreadPoolExecutor(24) as pool:
                futures = [pool.submit(deliver, n, copy)
                           for n in range(deliveries) for copy in range(3)]  # fmt: skip
                if during is not None:
                    during()
                for future in futures:
                    future.result(timeout=300)
        finally:
            for process in processes:
                if process.pid is not None and process.is_alive():
                    os.kill(process.pid, 15)
                process.join(10)
        handled: Counter[str] = Counter()
        warnings = []
        for path in Path(log_dir).iterdir():
            text = path.read_text()
            if path.name.startswith("handled-"):
                handled.update(text.split())
            else:
                warnings.append(text.count("is unavailable"))
    runs = Counter(handled.values())
    return {
        "deliveries": deliveries,
        "handled_once": runs.get(1, 0),
        "handled_more": sum(c for n, c in runs.items() if n > 1),
        "lost": deliveries - len(handled),
        "statuses": dict(statuses),
        "outage_warnings_per_process": warnings,
    }


# -- the report -------------------------------------------------------------------------------


def _limiter_line(name: str, result: dict[str, Any]) -> str:
    return (
        f"  {name:<11} max/window {result['max_per_window']:3d} (limit {LIMIT})"
        f"   429s {result['429s']:4d}   utilisation {result['utilisation']:6.1%}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.shared_state")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    windows = 3 if args.quick else 5
    deliveries = 50 if args.quick else 200

    from pylon.testing._redis_server import RedisServer, redis_server_executable

    print(f"\nShared state: {WORKERS} processes, one key, GetIssue {LIMIT}/min, a minute = {WINDOW:g} s,"
          f" {windows} windows")  # fmt: skip
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pylon-bench-") as tmp:
        backends: dict[str, str | None] = {
            "in-process": None, "sqlite": f"sqlite:///{tmp}/limits.db",
        }  # fmt: skip
        server = RedisServer() if redis_server_executable() else None
        if server is None:
            print("  redis: skipped (redis-server is not installed)")
        else:
            server.start()
            backends["redis"] = server.url
        try:
            for name, setting in backends.items():
                result = limiter_run(setting, windows)
                print(_limiter_line(name, result))
                if setting is not None and (
                    result["max_per_window"] > LIMIT
                    or result["429s"]
                    or result["utilisation"] < 0.9
                ):
                    failures.append(f"limiter on {name}")
            print(
                f"\nWebhooks: {RECEIVERS} receiver processes, {deliveries} deliveries x 3 concurrent copies"
            )
            for name, setting in backends.items():
                if setting is None:
                    continue
                if name == "sqlite":
                    setting = f"sqlite:///{tmp}/hooks.db"
                hooks = webhook_run(setting, deliveries)
                print(f"  {name:<11} handled once {hooks['handled_once']}/{deliveries}"
                      f"   twice or more {hooks['handled_more']}   lost {hooks['lost']}"
                      f"   answers {hooks['statuses']}")  # fmt: skip
                if hooks["handled_once"] != deliveries:
                    failures.append(f"webhooks on {name}")
            if server is not None:
                server.close()
                # Append-only file, synced per write: a killed Redis keeps which deliveries were
                # handled, as a production Redis used for webhook dedup should.
                with RedisServer.running(durable=True) as durable:
                    failures += outage(durable, windows, deliveries)
        finally:
            if server is not None:
                server.close()
    print("\nall shared-state targets met" if not failures else f"\nMISSED: {', '.join(failures)}")
    return 1 if failures else 0


def outage(server: Any, windows: int, deliveries: int) -> list[str]:
    """Redis killed for the middle third of each run, then started again."""
    print(
        "\nOutage: redis-server killed for 2 of 8 windows (limiter) or 3 s (webhooks), then restarted"
    )
    marks: dict[str, float] = {}

    def kill_and_restart(start: float, stop: float) -> None:
        time.sleep(max(start + 2 * WINDOW - time.monotonic(), 0))
        server.kill()
        marks["down"] = time.monotonic()
        time.sleep(2 * WINDOW)
        server.start()
        marks["up"] = time.monotonic()

    result = limiter_run(server.url, 8, kill_and_restart)
    print(_limiter_line("redis", result) + "   (429s while each process paces alone)")
    admissions: Admissions = result["admissions"]
    # Every process probes the store at least every 2 s and may still send a slot it reserved
    # in-process (≤ 2 s): one window after that, every grant in the server's window is shared.
    settled = marks["up"] + 4.0 + WINDOW
    late_429s = sum(1 for t in admissions.refused if t >= settled)
    print(f"  a window after recovery: max/window {admissions.max_in_window(settled)}"
          f"   429s {late_429s}   outage WARNINGs per worker {result['outage_warnings']}")  # fmt: skip
    failures = [] if result["client_ok"] > 0 else ["limiter outage"]
    if any(w != 1 for w in result["outage_warnings"]) or late_429s:
        failures.append("limiter recovery")

    def kill_for_a_while() -> None:
        time.sleep(1.0)
        server.kill()
        time.sleep(3.0)
        server.start()

    hooks = webhook_run(server.url, deliveries, kill_for_a_while)
    print(f"  webhooks    handled once {hooks['handled_once']}/{deliveries}"
          f"   twice or more {hooks['handled_more']}   lost {hooks['lost']}"
          f"   503s {hooks['statuses'].get(503, 0)}"
          f"   outage WARNINGs per process {hooks['outage_warnings_per_process']}")  # fmt: skip
    if hooks["handled_once"] != deliveries or any(
        w > 1 for w in hooks["outage_warnings_per_process"]
    ):
        failures.append("webhooks outage")
    return failures


if __name__ == "__main__":
    raise SystemExit(main())
