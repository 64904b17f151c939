"""`python -m pylon.jobs export <collection> ...`: the export command without the full CLI."""

import sys

from ._cli import export_group

if __name__ == "__main__":
    if sys.argv[1:2] != ["export"]:
        print("usage: python -m pylon.jobs export <collection> [options]", file=sys.stderr)
        raise SystemExit(2)
    export_group.main(args=sys.argv[2:], prog_name="pylon export")
