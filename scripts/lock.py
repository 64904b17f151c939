"""`make lock`: pin requirements/dev.in for every Python the project supports, in one file.

The tools are resolved on the default interpreter (3.11 or newer) and, on their own, on Python
3.10 (many tools' newest releases have dropped 3.10). Pins both agree on are written plainly; the
others carry `python_version` markers, so one `pip install -r requirements/dev.lock` gives each
interpreter of `make matrix` its own resolved, tested set.

Re-locking is conservative, as adding one tool should not move every other pin under the other
engineers: the default interpreter's resolution is held to the current lock's pins (pass
`--upgrade` to lift that), and Python 3.10 is held to the default interpreter's pins wherever
3.10 can install them, so a marker appears only where a package has really dropped 3.10.

    python scripts/lock.py [--upgrade] PYTHON310 [RUNTIME_REQUIREMENT ...]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
DEV_IN = ROOT / "requirements" / "dev.in"
LOCK = ROOT / "requirements" / "dev.lock"
MARKER_NEW, MARKER_OLD = 'python_version >= "3.11"', 'python_version < "3.11"'
# Tools that only run on 3.11+ (the code generator); on 3.10 the tests that need them skip.
NEWER_ONLY = {"openapi-python-client"}

Pins = dict[str, str]  # canonical name -> "Name==version"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def version(pin: str) -> Version:
    return Version(pin.split("==", 1)[1])


def current_pins(marker: str) -> Pins:
    """The current lock's pins that apply under `marker` (unmarked lines apply everywhere)."""
    pins: Pins = {}
    if not LOCK.exists():
        return pins
    for line in LOCK.read_text().splitlines():
        pin, _, line_marker = (part.strip() for part in line.partition(";"))
        if "==" in pin and line_marker in ("", marker):
            pins[canonical(pin.split("==")[0])] = pin
    return pins


def resolve(python: str, requirements: list[str], where: Path, constraints: Pins) -> Pins | None:
    """Install `requirements` (held to `constraints`) in a new venv made by `python`.

    Returns its `pip freeze` as pins, or None when pip finds no set that satisfies them.
    """
    subprocess.run([python, "-m", "venv", str(where)], check=True)
    pip = [str(where / "bin" / "python"), "-m", "pip"]
    constraint_file = where / "constraints.txt"
    constraint_file.write_text("".join(f"{pin}\n" for pin in constraints.values()))
    installed = subprocess.run(
        [*pip, "install", "--quiet", "-c", str(constraint_file), *requirements], check=False
    )
    if installed.returncode != 0:
        return None
    frozen = subprocess.run(
        [*pip, "freeze", "--exclude-editable"], capture_output=True, text=True, check=True
    ).stdout
    return {canonical(line.split("==")[0]): line for line in frozen.split() if "==" in line}


def resolve_held(python: str, requirements: list[str], where: Path, held: Pins) -> Pins:
    """Resolve held to `held` if pip can; otherwise (a new tool needs a newer pin) freely."""
    pins = resolve(python, requirements, where / "held", held) if held else None
    if pins is None:
        if held:
            print(f"{python}: the held pins do not fit, resolving freely", file=sys.stderr)
        pins = resolve(python, requirements, where / "free", {})
    if pins is None:
        raise SystemExit(f"pip could not resolve requirements/dev.in on {python}")
    return pins


def merge(newer: Pins, older: Pins) -> list[str]:
    lines = []
    for name in sorted(newer.keys() | older.keys()):
        new, old = newer.get(name), older.get(name)
        if new == old:
            lines.append(str(new))
            continue
        lines += [f"{new} ; {MARKER_NEW}"] if new else []
        lines += [f"{old} ; {MARKER_OLD}"] if old else []
    return lines


def main(python310: str, runtime: list[str], upgrade: bool) -> None:
    tools = [line for line in DEV_IN.read_text().splitlines() if line and line[0] != "#"]
    older_tools = [t for t in tools if canonical(re.split(r"[=<>;\[ ]", t)[0]) not in NEWER_ONLY]
    with tempfile.TemporaryDirectory() as tmp:
        held = {} if upgrade else current_pins(MARKER_NEW)
        newer = resolve_held(sys.executable, [*tools, *runtime], Path(tmp) / "newer", held)
        # What 3.10 can have at best; then the default interpreter's pin wherever it is not newer
        # than that (a release that dropped 3.10 is newer than 3.10's best), so both share it.
        best = resolve_held(python310, [*older_tools, *runtime], Path(tmp) / "older-best", {})
        shared = {
            n: newer[n] for n in newer.keys() & best.keys() if version(newer[n]) <= version(best[n])
        }
        older = resolve_held(python310, [*older_tools, *runtime], Path(tmp) / "older", shared)
    lines = merge(newer, older)
    LOCK.write_text("\n".join(lines) + "\n")
    print(f"wrote {LOCK.relative_to(ROOT)}: {len(lines)} pins")


if __name__ == "__main__":
    args = sys.argv[1:]
    upgrade = "--upgrade" in args
    args = [a for a in args if a != "--upgrade"]
    main(args[0], args[1:], upgrade)
