"""Canary secrets: values that must never show up in output, random for each test run.

A canary can end up in test ids (parametrized cases that vary the key), and pytest-xdist requires
every worker to collect the same ids, so the random part comes from the run's id that xdist gives
each worker (`PYTEST_XDIST_TESTRUNUID`), or is drawn fresh when the suite runs in one process.
"""

from __future__ import annotations

import os
import secrets


def run_canary(prefix: str) -> str:
    """`prefix` then 24 hex digits, the same in every worker of one run, new in the next run."""
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID") or secrets.token_hex(12)
    return f"{prefix}{run_id[:24]}"
