"""Run example scripts, unchanged, against the embedded Pylon simulator.

    python examples/run_with_simulator.py examples/quickstart.py [more scripts...]

Starts a seeded simulator on 127.0.0.1 (a free port), points PYLON_BASE_URL and PYLON_API_KEY at it,
runs each script in its own interpreter and stops the simulator. The example workspace holds what the
README's examples refer to: issue #36800, account `acc_123`, team `billing_team`, and a custom
status with slug `resolved`. Exits non-zero if any script fails.
"""

from __future__ import annotations

import os
import subprocess
import sys

from pylon.testing import Simulator

DEMO_KEY = "pylon_demo_key_for_the_simulator"


def example_workspace() -> Simulator:
    sim = Simulator(issue_number_base=36700)
    sim.seed(accounts=12, contacts=30, users=6, teams=3, issues=200, seed=42)
    # Names the README's snippets use verbatim.
    sim.store.collection("accounts").put(
        {"id": "acc_123", "name": "Example Co", "domains": ["example.com"]}
    )
    sim.store.collection("teams").put({"id": "billing_team", "name": "Billing"})
    return sim


def main(scripts: list[str]) -> int:
    if not scripts:
        print(__doc__, file=sys.stderr)
        return 2
    with example_workspace().serve(port=0) as url:
        env = {**os.environ, "PYLON_BASE_URL": url, "PYLON_API_KEY": DEMO_KEY}
        failed = [
            s for s in scripts if subprocess.run([sys.executable, s], env=env).returncode != 0
        ]
    for script in failed:
        print(f"FAILED: {script}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
