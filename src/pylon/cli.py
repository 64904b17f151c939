"""The `pylon` command: a few everyday calls from a shell, and the simulator.

    pylon me
    pylon issues list --days 7
    pylon issues search 'state in (new, on_hold) and tags contains billing' --max-items 20
    pylon issues get 36800
    pylon accounts list --max-items 5
    pylon config show
    pylon mock serve --port 8080 --issues 500

It uses only the public facade (`pylon.Pylon`), reads the key from PYLON_API_KEY and the base URL from
PYLON_BASE_URL (or --base-url), prints one JSON object per line (`--format table` for a summary), and
never prints the key: errors go to stderr as one line with the error's class and message.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from . import ClientConfig, Pylon, PylonError

_TABLE_COLUMNS = {"issue": ("number", "state", "title"), "default": ("id", "name", "email")}


def _plain(item: Any) -> Any:
    return item.to_dict() if hasattr(item, "to_dict") else item


def _emit(items: Iterable[Any], fmt: str, kind: str = "default") -> int:
    count = 0
    for item in items:
        data = _plain(item)
        if fmt == "table" and isinstance(data, dict):
            cols = _TABLE_COLUMNS.get(kind, _TABLE_COLUMNS["default"])
            print("  ".join(str(data.get(c, "")) for c in cols))
        else:
            print(json.dumps(data, ensure_ascii=False, sort_keys=True))
        count += 1
    return count


def _client(args: argparse.Namespace) -> Pylon:
    return Pylon(api_key=args.api_key, base_url=args.base_url)


def _cmd_me(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _emit([client.me.get()], args.format)
    return 0


def _cmd_issues_list(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _emit(client.issues.list(days=args.days, limit=args.max_items), args.format, "issue")
    return 0


def _cmd_issues_get(args: argparse.Namespace) -> int:
    with _client(args) as client:
        issue = client.issues.get(args.id)
        _emit([issue], args.format, "issue")
    return 0


def _cmd_issues_search(args: argparse.Namespace) -> int:
    from . import filters

    query = filters.parse(args.filter)
    with _client(args) as client:
        pager = client.issues.search(query, limit=args.limit, max_items=args.max_items)
        _emit(pager, args.format, "issue")
    return 0


def _cmd_accounts_list(args: argparse.Namespace) -> int:
    with _client(args) as client:
        _emit(client.accounts.list(max_items=args.max_items), args.format)
    return 0


def _cmd_config_show(args: argparse.Namespace) -> int:
    config = ClientConfig.create(args.api_key, base_url=args.base_url)
    print(
        json.dumps(
            {"api_key": config.masked_api_key, "base_url": config.base_url, "region": config.region}
        )
    )
    return 0


def _cmd_mock_serve(args: argparse.Namespace, rest: Sequence[str]) -> int:
    from .testing._cli import main as serve_main

    return int(serve_main(list(rest)) or 0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pylon", description="Pylon from the command line.")
    parser.add_argument("--api-key", default=None, help="default: $PYLON_API_KEY")
    parser.add_argument("--base-url", default=None, help="default: $PYLON_BASE_URL or the US host")
    parser.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    groups = parser.add_subparsers(dest="group", required=True)

    groups.add_parser("me", help="who the token belongs to").set_defaults(run=_cmd_me)

    issues = groups.add_parser("issues", help="issues").add_subparsers(dest="action", required=True)
    listing = issues.add_parser("list", help="issues created in the last --days days")
    listing.add_argument("--days", type=int, default=7)
    listing.add_argument("--max-items", type=int, default=None)
    listing.set_defaults(run=_cmd_issues_list)
    get = issues.add_parser("get", help="one issue by id or number")
    get.add_argument("id")
    get.set_defaults(run=_cmd_issues_get)
    search = issues.add_parser("search", help="issues matching a filter in pylon.filters text form")
    search.add_argument("filter", help="e.g. 'state in (new, on_hold) and tags contains billing'")
    search.add_argument("--limit", type=int, default=None, help="page size (1-999)")
    search.add_argument("--max-items", type=int, default=None)
    search.set_defaults(run=_cmd_issues_search)

    accounts = groups.add_parser("accounts", help="accounts").add_subparsers(
        dest="action", required=True
    )
    accounts_list = accounts.add_parser("list")
    accounts_list.add_argument("--max-items", type=int, default=None)
    accounts_list.set_defaults(run=_cmd_accounts_list)

    config = groups.add_parser("config", help="settings").add_subparsers(
        dest="action", required=True
    )
    config.add_parser("show", help="the resolved settings (key masked)").set_defaults(
        run=_cmd_config_show
    )

    mock = groups.add_parser("mock", help="the embedded Pylon simulator").add_subparsers(
        dest="action", required=True
    )
    mock.add_parser(
        "serve",
        help="serve it on 127.0.0.1 (options: see `pylon mock serve --help`)",
        add_help=False,
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:2] == ["mock", "serve"]:
        return _cmd_mock_serve(argparse.Namespace(), args_list[2:])
    args = _parser().parse_args(args_list)
    try:
        return int(args.run(args))
    except PylonError as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
