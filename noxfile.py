"""`make matrix`: the whole test suite on every supported Python, each in its own virtualenv
installed from requirements/dev.lock (the same pins as `make install`), plus the package itself.

`make test` stays the single fast run on the default interpreter (and the one with the coverage
gate); the matrix answers "does it work on 3.10 and 3.13 too". The suite runs in pytest-xdist
workers, one per core. Extra arguments go to pytest: `make matrix ARGS="tests/filters -x"`, and
`ARGS="-n 0"` runs it in one process.
"""

from __future__ import annotations

import nox

# Every Python the package declares (requires-python >= 3.10) and that is still maintained.
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests"]


def pytest_args(posargs: list[str]) -> list[str]:
    """pytest-xdist workers, one per core, unless the arguments choose (`-n 0`: one process)."""
    chosen = any(arg.startswith(("-n", "--numprocesses", "--dist")) for arg in posargs)
    return posargs if chosen else ["-n", "auto", *posargs]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install("--quiet", "-r", "requirements/dev.lock")
    session.install("--quiet", "--no-deps", "-e", ".")
    session.run("python", "-m", "pytest", *pytest_args(session.posargs))
