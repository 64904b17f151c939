"""``python -m pylon.testing`` (and ``pylon mock serve``): serve a seeded simulator."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pylon.testing",
        description="Serve a stateful fake Pylon API on 127.0.0.1 for tests and demos.",
    )
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--seed", type=int, default=42, help="seed of the generated data")
    parser.add_argument("--accounts", type=int, default=20)
    parser.add_argument("--contacts", type=int, default=50)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--teams", type=int, default=3)
    parser.add_argument("--issues", type=int, default=200)
    parser.add_argument("--empty", action="store_true", help="start with no data at all")
    parser.add_argument(
        "--from-export",
        metavar="DIR",
        default=None,
        help="load a directory written by `pylon export` instead of generated data",
    )
    parser.add_argument("--api-key", default=None, help="accept only this bearer token")
    parser.add_argument("--rate-limits", action="store_true", help="enforce the spec's limits")
    parser.add_argument("--time-scale", type=float, default=1.0, help="rate-limit window scale")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until interrupted; prints the URL once listening. Returns an exit code."""
    from ._simulator import Simulator

    args = build_parser().parse_args(argv)
    sim = Simulator(
        api_key=args.api_key,
        rate_limits=args.rate_limits,
        time_scale=args.time_scale,
        seed=args.seed,
        from_export=args.from_export,
    )
    if not args.empty and args.from_export is None:
        sim.seed(
            accounts=args.accounts,
            contacts=args.contacts,
            users=args.users,
            teams=args.teams,
            issues=args.issues,
            seed=args.seed,
        )
    stop = threading.Event()
    try:
        with sim.serve(port=args.port) as url:
            print(f"Pylon simulator listening on {url}", flush=True)
            stop.wait()
    except KeyboardInterrupt:
        pass
    except (OSError, RuntimeError) as exc:
        print(f"pylon simulator: {exc}", file=sys.stderr)
        return 1
    return 0
