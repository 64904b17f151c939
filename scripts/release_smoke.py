"""Smoke test of an installed wheel, run by `make release-check` in a fresh virtualenv.

Run it with that venv's interpreter from outside the source tree, so every import comes from the
installed wheel: the packages and their data files are there, the version agrees with the
distribution's metadata, the console script and the pytest plugin are registered, and one call
goes through the whole SDK to the simulator shipped in the same wheel.

It runs twice, as a user meets the package: `bare` right after `pip install <wheel>` (the core
works, and the `pylon` command without its extra says in one line what to install), then `cli`
after `pip install '<wheel>[cli]'` (`pylon --version` answers).
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

DISTRIBUTION = "py-usepylon-sdk"


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"release smoke test failed: {message}")


def installed_from_wheel() -> None:
    import pylon_openapi

    import pylon

    for module in (pylon, pylon_openapi):
        where = Path(module.__file__ or "")
        check("site-packages" in where.parts, f"{module.__name__} imported from {where}")
    check((Path(pylon.__file__).parent / "py.typed").exists(), "pylon/py.typed is missing")
    version = importlib.metadata.version(DISTRIBUTION)
    check(pylon.__version__ == version, f"pylon.__version__ {pylon.__version__} != {version}")
    plugins = importlib.metadata.entry_points(group="pytest11")
    check(
        any(ep.value == "pylon.testing.pytest_plugin" for ep in plugins),
        "the pylon pytest plugin is not registered",
    )
    print(f"{DISTRIBUTION} {version}: pylon and pylon_openapi from the wheel")


def run_console_script(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("pylon")
    check(script.exists(), f"the console script {script} was not installed")
    return subprocess.run([str(script), *args], capture_output=True, text=True, check=False)


def console_script_without_its_extra() -> None:
    done = run_console_script("--version")
    check(
        done.returncode == 2 and "py-usepylon-sdk[cli]" in done.stderr and not done.stdout,
        f"`pylon --version` without the cli extra should name the extra to install: {done}",
    )
    print(f"`pylon --version` without the cli extra: {done.stderr.strip()}")


def console_script() -> None:
    import pylon

    done = run_console_script("--version")
    check(done.returncode == 0 and pylon.__version__ in done.stdout, f"`pylon --version`: {done}")
    print(f"`pylon --version`: {done.stdout.strip()}")


def one_call_against_the_simulator() -> None:
    from pylon import Pylon, filters
    from pylon.testing import seeded_simulator

    sim = seeded_simulator(issues=60)
    with Pylon(
        api_key="release-smoke", base_url="https://api.usepylon.com", transport=sim.transport()
    ) as client:
        found = client.issues.search(filters.F.state.in_(["new", "on_hold"])).collect()
    expected = sum(1 for i in sim.store.collection("issues") if i["state"] in {"new", "on_hold"})
    check(len(found) == expected > 0, f"search found {len(found)} issues, expected {expected}")
    print(f"issues.search against the simulator: {len(found)} issues, as expected")


STAGES = {
    "bare": (
        installed_from_wheel,
        console_script_without_its_extra,
        one_call_against_the_simulator,
    ),
    "cli": (installed_from_wheel, console_script),
}


def main() -> None:
    stage = sys.argv[1] if len(sys.argv) == 2 else ""
    if stage not in STAGES:
        raise SystemExit(f"usage: release_smoke.py {{{'|'.join(STAGES)}}}")
    for step in STAGES[stage]:
        step()
    print(f"release smoke test ({stage}) passed")


if __name__ == "__main__":
    main()
