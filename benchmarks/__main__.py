"""Run the benchmark: `make bench` (or `python -m benchmarks [--quick]`).

Every figure is a ratio to a floor measured in the same run on the same loopback server (raw httpx
+ json.loads), so the numbers compare across machines; absolute times are printed for context.
Raw and SDK walks run in lockstep a page at a time; the 0.5.0 peer (another process) walks once per
round between them. Each ratio is taken within a round; the median round is reported with the
spread of all rounds.
"""

from __future__ import annotations

import argparse
import os
import statistics
from typing import Any

from . import _cases, _concurrency, _fresh_process
from ._bulk import SCALE, bench_bulk
from ._peer import PEER, start_peer
from ._server import serve
from ._startup import cli_startup
from ._startup import report as cli_report

# The server's size when no walk is measured: one page is enough for the single-issue cases.
PAGE_OF_ISSUES = 999


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _row(name: str, figure: str, ratio: float, target: str, ok: bool) -> None:
    print(f"  {name:<34} {figure:<34} {ratio:5.2f}x   {target:<10} {_verdict(ok)}")


def _spread(values: list[float]) -> str:
    return "rounds " + " ".join(f"{v:.2f}" for v in values)


def iterate(url: str, total: int, rounds: int, peer: Any) -> None:
    print(
        f"\nIterate {total:,} issues via issues.search, {_cases.PAGE} a page (items/s; ratio = floor time / client time)"
    )
    ours, peers, floor_rate = [], [], []
    for _ in range(rounds):
        floor, mine = _cases.paired_walks(url, total)
        ours.append(floor / mine)
        floor_rate.append(total / floor)
        if peer is not None:
            # Another process: its walk is timed whole, between ours, against this round's floor.
            peers.append(floor / peer.run(op="iterate", url=url, total=total))
    rate = statistics.median(floor_rate)
    print(f"  {'raw httpx + json.loads (floor)':<34} {rate:>10,.0f} items/s")
    mid = statistics.median(ours)
    _row(
        "py-usepylon-sdk (this)",
        f"{rate * mid:>10,.0f} items/s  {_spread(ours)}",
        mid,
        ">= 0.70x",
        mid >= 0.7,
    )
    if peers:
        old = statistics.median(peers)
        print(
            f"  {PEER + ' (peer)':<34} {rate * old:>10,.0f} items/s  {_spread(peers)}  {old:5.2f}x"
        )


def get(url: str, n: int, peer: Any) -> None:
    print(f"\nissues.get, median of {n} calls on a warm connection (ratio = client / floor)")
    floor, mine = _cases.get_medians(url, n)
    print(f"  {'raw httpx + json.loads (floor)':<34} {floor * 1e6:>10.0f} us")
    _row(
        "py-usepylon-sdk (this)",
        f"{mine * 1e6:>10.0f} us",
        mine / floor,
        "<= 1.10x",
        mine / floor <= 1.1,
    )
    if peer is not None:
        old = peer.run(op="get", url=url, n=n)
        print(f"  {PEER + ' (peer)':<34} {old * 1e6:>10.0f} us{'':<23} {old / floor:5.2f}x")


def startup(url: str, repeat: int, env: dict[str, str]) -> None:
    print(f"\nFresh processes (median of {repeat}; bytecode cached as for an installed package)")
    ours, floor = _fresh_process.import_times(env, repeat)
    _row(
        "from pylon import Pylon",
        f"{ours * 1e3:7.1f} ms (import httpx {floor * 1e3:.1f} ms)",
        ours / floor,
        "<= 1.30x",
        ours / floor <= 1.3,
    )
    # The target row: the SDK's own first-call work, on a connection httpx opened beforehand
    # (see _fresh_process for what "cold" includes and why).
    first, warm = _fresh_process.first_call(env, url, "sdk", repeat)
    raw_first, raw_warm = _fresh_process.first_call(env, url, "raw", repeat)
    _row(
        "first issues.get / warm one",
        f"{first * 1e3:7.2f} ms / {warm * 1e3:.2f} ms",
        first / warm,
        "<= 2.00x",
        first / warm <= 2.0,
    )
    print(
        f"  {'  (raw httpx, same measure)':<34} {raw_first * 1e3:7.2f} ms / {raw_warm * 1e3:.2f} ms{'':<10} {raw_first / raw_warm:5.2f}x"
    )
    for who in ("sdk", "raw"):
        cold, hot = _fresh_process.first_call(env, url, who, repeat, connection="fresh")
        label = f"  (on a new connection, {'this SDK' if who == 'sdk' else 'raw httpx'})"
        print(f"  {label:<34} {cold * 1e3:7.2f} ms / {hot * 1e3:.2f} ms{'':<10} {cold / hot:5.2f}x")


def concurrency(url: str, tasks: int, env: dict[str, str]) -> None:
    raw = _concurrency.concurrent_gets(url, "raw", tasks, env)
    sdk = _concurrency.concurrent_gets(url, "sdk", tasks, env)
    print(
        f"\nAsyncPylon, {tasks:,} concurrent issues.get, pool of {sdk['pool']:.0f} (ratio = throughput / floor)"
    )
    print(
        f"  {'raw httpx.AsyncClient (floor)':<34} {raw['per_s']:>10,.0f} req/s  errors {raw['errors']:.0f}  peak RSS {raw['rss_mb']:.0f} MB"
    )
    ratio = sdk["per_s"] / raw["per_s"]
    ok = ratio >= 0.8 and sdk["errors"] == 0 and sdk["rss_mb"] < 100
    figure = f"{sdk['per_s']:>10,.0f} req/s  errors {sdk['errors']:.0f}  RSS {sdk['rss_mb']:.0f} MB"
    _row("AsyncPylon", figure, ratio, ">= 0.80x", ok)


def memory(totals: tuple[int, int]) -> None:
    print("\nPeak memory (tracemalloc) walking every issue: flat = bounded by one page")
    peaks = []
    for total in totals:
        with serve(total) as url:
            peaks.append(_cases.peak_walk_memory(url))
        print(f"  {total:>7,} issues {peaks[-1]:8.1f} MB")
    ratio = peaks[1] / peaks[0]
    _row(f"{totals[1]:,} vs {totals[0]:,}", "", ratio, "<= 1.10x", ratio <= 1.1)


# The cases `--only` can name. "speed" is the table of issue 18 (docs/speed.md); the job cases
# (export, bulk, shared state) run for minutes with rate limits on.
CASES = (
    "iterate",
    "get",
    "cli",
    "startup",
    "concurrency",
    "memory",
    "export",
    "bulk",
    "shared_state",
)
GROUPS = {"speed": ("iterate", "get", "cli", "startup", "concurrency", "memory")}


def _selected(only: str | None) -> set[str]:
    if only is None:
        return set(CASES)
    chosen: set[str] = set()
    for name in only.split(","):
        name = name.strip()
        if name in GROUPS:
            chosen.update(GROUPS[name])
        elif name in CASES:
            chosen.add(name)
        else:
            known = ", ".join([*GROUPS, *CASES])
            raise SystemExit(f"bench: unknown case {name!r}; known: {known}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="smaller counts (a smoke run)")
    parser.add_argument(
        "--only",
        metavar="CASES",
        help=f"comma-separated cases or groups to run (default: all): speed, {', '.join(CASES)}",
    )
    args = parser.parse_args(argv)
    cases = _selected(args.only)
    big, rounds, calls, repeat = (10_000, 1, 200, 3) if args.quick else (100_000, 3, 1000, 9)
    print("py-usepylon-sdk benchmark: ratios to raw httpx on the same 127.0.0.1 server")
    print("(issues fill every property the spec declares; see benchmarks/_payload.py)")
    peer, reason = start_peer() if cases & {"iterate", "get"} else (None, None)
    if reason is not None:
        print(f"\n{PEER}: no comparison row in this run ({reason})")
    try:
        if cases & {"iterate", "get", "cli", "startup", "concurrency"}:
            with serve(big if "iterate" in cases else PAGE_OF_ISSUES) as url:
                if "iterate" in cases:
                    iterate(url, big, rounds, peer)
                if "get" in cases:
                    get(url, calls, peer)
                if "cli" in cases:
                    print(cli_report(cli_startup(url, _cases.KEY, 5 if args.quick else 9)))
                with _fresh_process.bytecode_cache() as env:
                    if "startup" in cases:
                        startup(url, repeat, env)
                    if "concurrency" in cases:
                        concurrency(url, 1000, env)
    finally:
        if peer is not None:
            peer.close()
    if "memory" in cases:
        memory((big // 10, big))
    if "export" in cases:
        from . import _export

        _export.report_paced(args.quick)
        _export.report_rows(args.quick)
    if "bulk" in cases:
        print(
            f"\nbulk changes, simulator in a child process, rate limits on, a minute lasting"
            f" {60 * SCALE:g} s (load average {os.getloadavg()[0]:.1f})"
        )
        for line in bench_bulk(args.quick):
            print(line)
    if "shared_state" in cases:
        from . import shared_state

        return shared_state.main(["--quick"] if args.quick else [])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
