"""Run the benchmark: `make bench` (or `python -m benchmarks [--quick]`).

Every figure is a ratio to a floor measured in the same run on the same loopback server (raw httpx
+ json.loads), so the numbers compare across machines; absolute times are printed for context.
Raw and SDK walks run in lockstep a page at a time; the 0.5.0 peer (another process) walks once per
round between them. Each ratio is taken within a round; the median round is reported with the
spread of all rounds.
"""

from __future__ import annotations

import argparse
import statistics
from typing import Any

from . import _cases, _concurrency, _fresh_process
from ._peer import PEER, start_peer
from ._server import serve
from ._startup import cli_startup
from ._startup import report as cli_report


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="smaller counts (a smoke run)")
    args = parser.parse_args(argv)
    big, rounds, calls, repeat = (10_000, 1, 200, 3) if args.quick else (100_000, 3, 1000, 9)
    print("py-usepylon-sdk benchmark: ratios to raw httpx on the same 127.0.0.1 server")
    print("(issues fill every property the spec declares; see benchmarks/_payload.py)")
    peer, reason = start_peer()
    if reason is not None:
        print(f"\n{PEER}: no comparison row in this run ({reason})")
    try:
        with serve(big) as url:
            iterate(url, big, rounds, peer)
            get(url, calls, peer)
            print(cli_report(cli_startup(url, _cases.KEY, 5 if args.quick else 9)))
            with _fresh_process.bytecode_cache() as env:
                startup(url, repeat, env)
                concurrency(url, 1000, env)
    finally:
        if peer is not None:
            peer.close()
    memory((big // 10, big))
    from . import shared_state
    from ._export import report as export_report

    export_report(args.quick)
    return shared_state.main(["--quick"] if args.quick else [])


if __name__ == "__main__":
    raise SystemExit(main())
