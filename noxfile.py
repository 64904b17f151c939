"""`make matrix`: the whole test suite on every supported Python, each in its own virtualenv
installed from requirements/dev.lock (the same pins as `make install`), plus the package itself.

`make test` stays the single fast run on the default interpreter (and the one with the coverage
gate); the matrix answers "does it work on 3.10 and 3.13 too". Both spread the suite over the
same pytest-xdist workers (PYTEST_WORKERS in the Makefile). Extra arguments go to pytest:
`make matrix ARGS="tests/filters -x"`, and `ARGS="-n 0"` runs it in one process.
"""

from __future__ import annotations

import os

import nox

# Every Python the package declares (requires-python >= 3.10) and that is still maintained.
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests"]


def pytest_args(posargs: list[str]) -> list[str]:
    """The suite in pytest-xdist workers as `make test` runs it, unless the arguments choose."""
    chosen = any(arg.startswith(("-n", "--numprocesses", "--dist")) for arg in posargs)
    # `make matrix` passes the Makefile's PYTEST_WORKERS, so both targets use the same number.
    workers = os.environ.get("PYTEST_WORKERS", "4")
    return posargs if chosen else ["-n", workers, "--dist", "loadscope", *posargs]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install("--quiet", "-r", "requirements/dev.lock")
    session.install("--quiet", "--no-deps", "-e", ".")
    session.run("python", "-m", "pytest", *pytest_args(session.posargs))
