"""Each default and limit is written once, in `pylon._constants`, and read from there.

The check reads the facade's source with `ast`: no numeric literal equal to one of the defaults
below and no message (a string literal, docstrings aside) that spells one in seconds, outside
`_constants` itself. The simulator (`pylon.testing`) states Pylon's behaviour, not the SDK's
defaults, and is left out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pylon import _constants as constants
from pylon._config import DEFAULT_TIMEOUT, ClientConfig
from pylon._errors import PylonConfigError, error_for_response
from pylon._response_info import EXTENSION_KEY, CallInfo
from pylon._retry import RetryPolicy

SRC = Path(__file__).resolve().parent.parent / "src" / "pylon"

# Distinctive enough that a literal equal to one is a restated default. The small round numbers
# (0.5, 2, 3, 16, 60, 2**20 ...) also stand for other things (a difflib cutoff, seconds in a minute,
# Excel's row limit), so those defaults are checked through their uses below, not by this scan.
SCANNED = {
    "DEFAULT_DEADLINE": constants.DEFAULT_DEADLINE,
    "MAX_RETRY_AFTER": constants.MAX_RETRY_AFTER,
    "DEFAULT_CONNECT_TIMEOUT": constants.DEFAULT_CONNECT_TIMEOUT,
    "MAX_RETRY_DELAY": constants.MAX_RETRY_DELAY,
    "MAX_ID_LENGTH": constants.MAX_ID_LENGTH,
    "DEFAULT_DEDUP_MAX_ENTRIES": constants.DEFAULT_DEDUP_MAX_ENTRIES,
}
SECONDS = ("DEFAULT_DEADLINE", "MAX_RETRY_AFTER")


def _facade_sources() -> Iterator[Path]:
    for path in sorted(SRC.rglob("*.py")):
        if "testing" not in path.relative_to(SRC).parts and path.name != "_constants.py":
            yield path


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            found.add(id(body[0].value))
    return found


def restated_defaults(source: str) -> list[str]:
    """Where `source` writes one of the scanned defaults again, as `line: what`."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or isinstance(node.value, bool):
            continue
        if isinstance(node.value, int | float):
            found += [
                f"{node.lineno}: {name}"
                for name, v in SCANNED.items()
                # a small whole number (a hex width, a count) is not a restated float default
                if node.value == v and (isinstance(node.value, float) or v >= 10)
            ]
        elif isinstance(node.value, str) and id(node) not in docstrings:
            found += [
                f"{node.lineno}: {name} in {node.value!r}"
                for name in SECONDS
                if f" {SCANNED[name]:g} s" in f" {node.value}"
            ]
    return found


def test_no_default_is_written_twice() -> None:
    problems = [
        f"{path.relative_to(SRC)}:{where}"
        for path in _facade_sources()
        for where in restated_defaults(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


@pytest.mark.parametrize(
    "source",
    [
        "deadline = 120.0",
        "def f(d=120): ...",
        'raise ValueError("waits at most 120 s")',
        'message = f"longer than the 120 s cap"',
        "ids = text[:2048]",
        "backoff = min(delay, 8.0)",
    ],
)
def test_the_check_finds_a_restated_default(source: str) -> None:
    assert restated_defaults(source) != []


def test_the_check_leaves_docstrings_and_other_numbers() -> None:
    assert restated_defaults('def f():\n    """Waits 120 s."""\n    return 404, 16\n') == []


def test_defaults_are_read_from_the_constants() -> None:
    config = ClientConfig(api_key="k" * 20)
    assert config.deadline == constants.DEFAULT_DEADLINE
    assert config.max_retries == constants.DEFAULT_MAX_RETRIES
    assert config.max_concurrency == constants.DEFAULT_MAX_CONCURRENCY
    assert config.timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.connect == constants.DEFAULT_CONNECT_TIMEOUT
    assert DEFAULT_TIMEOUT.read == constants.DEFAULT_TIMEOUT_SECONDS
    policy = RetryPolicy()
    assert (policy.max_retries, policy.deadline) == (
        constants.DEFAULT_MAX_RETRIES,
        constants.DEFAULT_DEADLINE,
    )


def test_messages_show_the_constants() -> None:
    with pytest.raises(PylonConfigError) as caught:
        ClientConfig(api_key="k" * 20, timeout=None)  # type: ignore[arg-type]
    assert f"{constants.DEFAULT_CONNECT_TIMEOUT:g} s to connect" in str(caught.value)
    too_long = constants.MAX_RETRY_AFTER * 10
    request = httpx.Request("GET", "https://api.usepylon.com/issues")
    response = httpx.Response(429, headers={"Retry-After": f"{too_long:g}"}, request=request)
    response.extensions[EXTENSION_KEY] = CallInfo(
        "GetIssues", "read", attempts=1, stop_reason="retry_after_too_long"
    )
    message = str(error_for_response(response))
    assert f"longer than the {constants.MAX_RETRY_AFTER:g} s the SDK waits" in message
