"""The SDK's logger, `pylon`, and the redaction that keeps secrets out of it.

* DEBUG: one line per attempt (method, path, status or exception, duration, attempt, request id).
* INFO: each retry, with its reason and delay. WARNING: giving up on something retryable.
* `PYLON_LOG=debug|info` adds a stderr handler; otherwise the application configures logging.
  A `NullHandler` on `pylon` (as the logging HOWTO advises for libraries) keeps Python's
  last-resort handler from printing the SDK's warnings on stderr when the application has
  configured no logging at all.

The SDK never logs headers, bodies or query strings. As a second line of defence, a filter on the
`pylon` logger and on the handler rewrites `Authorization` values and `Bearer` tokens in any
record to `<redacted>`, whatever their case.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping

__all__ = ["RedactingFilter", "configure_from_env", "logger", "redact"]

logger = logging.getLogger("pylon")

_REDACTED = "<redacted>"
# `Authorization: Bearer x`, `'authorization': 'x'`, `(b'Authorization', b'x')`, `authorization=x`
_AUTH_VALUE = re.compile(
    r"""(?i)(authorization['"]?\s*[:=,]\s*(?:b(?=['"]))?['"]?(?:bearer\s+)?)[^'"\s,;)}\]]+"""
)
_BEARER = re.compile(r"(?i)\b(bearer\s+)[^'\"\s,;)}\]]+")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_HANDLER_FLAG = "_pylon_env_handler"


def redact(text: str) -> str:
    """Replace Authorization header values and bearer tokens in `text` by `<redacted>`."""
    if "uthorization" not in text.lower() and "bearer" not in text.lower():
        return text
    text = _AUTH_VALUE.sub(lambda m: m.group(1) + _REDACTED, text)
    return _BEARER.sub(lambda m: m.group(1) + _REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message when it carries an Authorization value or a bearer token."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            # A broken format string is the logging framework's to report, and its report
            # prints the arguments: redact those, since the message could not be.
            if isinstance(record.args, tuple):
                record.args = tuple(redact(repr(arg)) for arg in record.args)
            elif record.args is not None:
                record.args = (redact(repr(record.args)),)
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_filter = RedactingFilter()
if not any(isinstance(f, RedactingFilter) for f in logger.filters):
    logger.addFilter(_filter)
if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
    logger.addHandler(logging.NullHandler())


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Honour `PYLON_LOG=debug|info` by adding one stderr handler to `pylon`. Idempotent."""
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get("PYLON_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if any(getattr(handler, _HANDLER_FLAG, False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_filter)
    setattr(handler, _HANDLER_FLAG, True)
    logger.addHandler(handler)
