"""The `pylon` logger: redaction (case-insensitive, like openai's filter tests) and PYLON_LOG."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from pylon._logging import RedactingFilter, configure_from_env, logger, redact

SECRET = "pylon_SeCrEt_0123456789"


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {SECRET}",
        f"authorization: {SECRET}",
        f"AUTHORIZATION={SECRET}",
        f"{{'authorization': 'Bearer {SECRET}'}}",
        f'{{"Authorization": "{SECRET}", "x": 1}}',
        f"[(b'Authorization', b'Bearer {SECRET}')]",
        f"header bearer {SECRET} in the middle",
        f"BEARER {SECRET}",
    ],
)
def test_redact(text: str) -> None:
    cleaned = redact(text)
    assert SECRET not in cleaned
    assert "<redacted>" in cleaned


def test_redact_leaves_other_text_alone() -> None:
    text = "GET /issues/iss_1 -> 200 in 0.010 s (attempt 1, request_id req_1)"
    assert redact(text) is text


@pytest.fixture
def pylon_records() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(logging.DEBUG)
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield records
    logger.removeHandler(handler)
    logger.setLevel(old_level)


def test_filter_on_the_pylon_logger(pylon_records: list[logging.LogRecord]) -> None:
    logger.debug("sending %s", {"Authorization": f"Bearer {SECRET}"})
    logger.info("plain %d", 3)
    assert [r.getMessage() for r in pylon_records] == [
        "sending {'Authorization': 'Bearer <redacted>'}",
        "plain 3",
    ]


def test_a_bad_format_string_does_not_leak_its_arguments(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # logging reports a broken format string by printing the record's arguments to stderr.
    record = logging.LogRecord(
        "pylon", logging.INFO, __file__, 1, "%d", (f"Bearer {SECRET}",), None
    )
    assert RedactingFilter().filter(record) is True
    logging.StreamHandler().handle(record)
    err = capsys.readouterr().err
    assert "Logging error" in err and "<redacted>" in err
    assert SECRET not in err


@pytest.fixture
def clean_handlers() -> Iterator[None]:
    before, level = list(logger.handlers), logger.level
    yield
    for handler in list(logger.handlers):
        if handler not in before:
            logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.mark.usefixtures("clean_handlers")
def test_pylon_log_env_adds_one_stderr_handler(capsys: pytest.CaptureFixture[str]) -> None:
    configure_from_env({"PYLON_LOG": "debug"})
    configure_from_env({"PYLON_LOG": "DEBUG"})  # idempotent
    added = [h for h in logger.handlers if getattr(h, "_pylon_env_handler", False)]
    assert len(added) == 1 and logger.level == logging.DEBUG
    logger.debug("token Bearer %s", SECRET)
    err = capsys.readouterr().err
    assert "token Bearer <redacted>" in err and SECRET not in err


@pytest.mark.usefixtures("clean_handlers")
@pytest.mark.parametrize(("value", "level"), [("info", logging.INFO), (" Info ", logging.INFO)])
def test_pylon_log_info(value: str, level: int) -> None:
    configure_from_env({"PYLON_LOG": value})
    assert logger.level == level


@pytest.mark.usefixtures("clean_handlers")
@pytest.mark.parametrize("value", ["", "verbose", "warning"])
def test_other_values_change_nothing(value: str) -> None:
    before = list(logger.handlers)
    configure_from_env({"PYLON_LOG": value})
    assert logger.handlers == before


_GIVE_UP_SCRIPT = """
import httpx
from pylon import Pylon, ServerError
transport = httpx.MockTransport(lambda request: httpx.Response(503, json={"errors": ["down"]}))
client = Pylon(api_key="pylon_log_key_0123456789", base_url="http://127.0.0.1:9",
               transport=transport, max_retries=0, rate_limit=False)
try:
    client.me.get()
except ServerError:
    print("raised")
"""


_WEBHOOK_SCRIPT = """
from pylon.webhooks import WebhookHandler
handler = WebhookHandler(secret="whsec_log_test_0123456789")
result = handler.handle(b'{"event_type": "issue_new"}', {"X-Pylon-Signature": "00" * 32})
print(result.status)
"""


def _run_script(env_log: str | None, script: str = _GIVE_UP_SCRIPT) -> tuple[str, str]:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "PYLON_LOG"}
    if env_log is not None:
        env["PYLON_LOG"] = env_log
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    return done.stdout, done.stderr


def test_library_prints_nothing_when_the_application_configured_no_logging() -> None:
    # Fails without the NullHandler: Python's last-resort handler prints the SDK's
    # "Giving up on ..." WARNING on stderr of a program that never configured logging.
    assert any(isinstance(h, logging.NullHandler) for h in logger.handlers)
    out, err = _run_script(None)
    assert out.strip() == "raised"
    assert err == ""


def test_pylon_log_still_prints_with_the_null_handler() -> None:
    out, err = _run_script("info")
    assert out.strip() == "raised"
    assert "WARNING pylon: Giving up on GET /me" in err


def test_a_rejected_webhook_prints_nothing_without_logging_configured() -> None:
    # Fails on the old main: "webhook delivery rejected ..." went to stderr through the
    # last-resort handler, in a program that only imported pylon.webhooks.
    out, err = _run_script(None, _WEBHOOK_SCRIPT)
    assert out.strip().isdigit() and int(out) >= 400
    assert err == ""
