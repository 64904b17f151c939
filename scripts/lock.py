"""`make lock`: pin requirements/dev.in for every Python the project supports, in one file.

The tools are resolved on the default interpreter (3.11 or newer) and, on their own, on Python
3.10 (many tools' newest releases have dropped 3.10). Pins both agree on are written plainly; the
others carry `python_version` markers, so one `pip install -r requirements/dev.lock` gives each
interpreter of `make matrix` its own resolved, tested set.

    python scripts/lock.py PYTHON310 [RUNTIME_REQUIREMENT ...]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_IN = ROOT / "requirements" / "dev.in"
LOCK = ROOT / "requirements" / "dev.lock"
MARKER_NEW, MARKER_OLD = 'python_version >= "3.11"', 'python_version < "3.11"'
# Tools that only run on 3.11+ (the code generator); on 3.10 the tests that need them skip.
NEWER_ONLY = {"openapi-python-client"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def resolve(python: str, requirements: list[str], where: Path) -> dict[str, str]:
    """Install `requirements` in a new venv made by `python`; its `pip freeze` as {name: pin}."""
    subprocess.run([python, "-m", "venv", str(where)], check=True)
    pip = [str(where / "bin" / "python"), "-m", "pip"]
    subprocess.run([*pip, "install", "--quiet", *requirements], check=True)
    frozen = subprocess.run(
        [*pip, "freeze", "--exclude-editable"], capture_output=True, text=True, check=True
    ).stdout
    return {canonical(line.split("==")[0]): line for line in frozen.split() if "==" in line}


def main(python310: str, runtime: list[str]) -> None:
    tools = [line for line in DEV_IN.read_text().splitlines() if line and line[0] != "#"]
    older_tools = [t for t in tools if canonical(re.split(r"[=<>\[ ]", t)[0]) not in NEWER_ONLY]
    with tempfile.TemporaryDirectory() as tmp:
        newer = resolve(sys.executable, [*tools, *runtime], Path(tmp) / "newer")
        older = resolve(python310, [*older_tools, *runtime], Path(tmp) / "older")
    lines = []
    for name in sorted(newer.keys() | older.keys()):
        new, old = newer.get(name), older.get(name)
        if new == old:
            lines.append(str(new))
            continue
        lines += [f"{new} ; {MARKER_NEW}"] if new else []
        lines += [f"{old} ; {MARKER_OLD}"] if old else []
    LOCK.write_text("\n".join(lines) + "\n")
    print(f"wrote {LOCK.relative_to(ROOT)}: {len(lines)} pins")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
