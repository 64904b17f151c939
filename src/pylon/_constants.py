"""Every default and limit of the SDK, in one place.

Modules read these names; none writes the numbers again, in code or in a message, so changing a
default here changes it everywhere it is used or shown. This module imports nothing, so the pure
parts (filters, webhook verification) may read it too.
"""

from __future__ import annotations

__all__ = [
    "BREAKER_LIMITS",
    "CACHE_MAX_BYTES",
    "CACHE_MAX_ENTRIES",
    "CACHE_MAX_TTL",
    "DEFAULT_BREAKER_FAILURES",
    "DEFAULT_BREAKER_RECOVERY",
    "DEFAULT_BREAKER_WINDOW",
    "DEFAULT_CACHE_TTLS",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_DEADLINE",
    "DEFAULT_DEDUP_LEASE",
    "DEFAULT_DEDUP_MAX_ENTRIES",
    "DEFAULT_DEDUP_WINDOW",
    "DEFAULT_HEALTH_TIMEOUT",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RATE_LIMIT_BURST",
    "DEFAULT_REGION",
    "DEFAULT_STORE_TIMEOUT",
    "DEFAULT_TIMEOUT_SECONDS",
    "DEFAULT_WEBHOOK_MAX_BODY_BYTES",
    "DEFAULT_WEBHOOK_TOLERANCE",
    "ERROR_BODY_SNIPPET_CHARS",
    "ERROR_DETAIL_CHARS",
    "ERROR_MESSAGE_DETAIL_CHARS",
    "INITIAL_RETRY_DELAY",
    "LONG_SLOT_WAIT_SECONDS",
    "LONG_WALK_WARNING_SECONDS",
    "MAX_BODY_FOR_REQUEST_ID",
    "MAX_EMPTY_PAGES",
    "MAX_ID_LENGTH",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RATE_LIMIT_NEAR_SHARE",
    "REQUEST_ID_HEADERS",
    "STORE_RETRY_FIRST_PAUSE",
    "STORE_RETRY_MAX_PAUSE",
]

# -- the client ------------------------------------------------------------------------------------

DEFAULT_REGION = "us"
# Seconds to open a connection; everything else (read, write, waiting for a pooled connection).
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_TIMEOUT_SECONDS = 60.0
# Wall-clock seconds for one call across all its attempts and retry sleeps.
DEFAULT_DEADLINE = 120.0
DEFAULT_MAX_RETRIES = 2
# Requests in flight at once per client family; also the size of the connection pool.
DEFAULT_MAX_CONCURRENCY = 16

# -- retries ---------------------------------------------------------------------------------------

# Backoff: INITIAL_RETRY_DELAY * 2**n seconds, at most MAX_RETRY_DELAY, jittered.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A longer Retry-After is not waited for: the caller gets the RateLimitError (or 503) instead.
MAX_RETRY_AFTER = 120.0

# -- rate limits -----------------------------------------------------------------------------------

# Grants a limiter hands out back to back before it spaces them evenly.
DEFAULT_RATE_LIMIT_BURST = 3
# Without a deadline, a wait for a rate-limit slot longer than this is logged (INFO), once per call.
LONG_SLOT_WAIT_SECONDS = 30.0
# `client.rate_limits.busy()`: an operation that has used this share of its window is near its limit.
RATE_LIMIT_NEAR_SHARE = 0.8
# `client.health()`: seconds for its one call, waits and all (a readiness probe's budget).
DEFAULT_HEALTH_TIMEOUT = 5.0

# -- the shared-state store ------------------------------------------------------------------------

# Seconds a Redis store may take to answer before the limiter paces in-process instead.
DEFAULT_STORE_TIMEOUT = 0.5
# While the shared store does not answer, it is tried again after this pause, doubling to the cap.
STORE_RETRY_FIRST_PAUSE = 0.5
STORE_RETRY_MAX_PAUSE = 2.0

# -- the response cache (off unless `cache=` is given) ----------------------------------------------

# Seconds a cached read of each resource is served before Pylon is asked again. Resources that
# change by hand in the Pylon UI now and then get minutes; who the key belongs to, an hour.
DEFAULT_CACHE_TTLS = {
    "users": 300.0,
    "teams": 300.0,
    "tags": 300.0,
    "custom_fields": 600.0,
    "issue_statuses": 600.0,
    "ticket_forms": 600.0,
    "user_roles": 3600.0,
    "me": 3600.0,
}
# A TTL above a day is refused: past that a cache stops being a cache and becomes a copy.
CACHE_MAX_TTL = 86400.0
# The in-process cache (no shared_state store) keeps at most this many responses and bytes;
# the least recently used go first.
CACHE_MAX_ENTRIES = 1000
CACHE_MAX_BYTES = 32 * 1024 * 1024

# -- the circuit breaker (off unless `circuit_breaker=` is given) ---------------------------------

# Failed attempts in a row (connection errors or 5xx), all within the window, that open it.
DEFAULT_BREAKER_FAILURES = 5
DEFAULT_BREAKER_WINDOW = 30.0
# Seconds it stays open before one probe request may test whether Pylon is back.
DEFAULT_BREAKER_RECOVERY = 30.0
# Allowed range of each setting: (lowest, highest).
BREAKER_LIMITS = {
    "failures": (1, 1000),
    "window": (0.001, 3600.0),
    "recovery": (0.001, 3600.0),
}

# -- pagination and long walks ---------------------------------------------------------------------

# Empty pages in a row, each claiming a next page, before a walk gives up.
MAX_EMPTY_PAGES = 5
# A time-window walk expected to take longer than this (at the documented rate) logs a warning.
LONG_WALK_WARNING_SECONDS = 3600.0

# -- requests and responses ------------------------------------------------------------------------

# Path parameters are capped well below what proxies reject (414), so the error is ours and clear.
MAX_ID_LENGTH = 2048
# Headers that may carry a request id (Pylon puts it in the body; proxies add these).
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-pylon-request-id")
# A body larger than this is not parsed only to find a request id for a log line.
MAX_BODY_FOR_REQUEST_ID = 1 << 20

# -- errors ----------------------------------------------------------------------------------------

# The start of a response body kept on an APIError (`.body`).
ERROR_BODY_SNIPPET_CHARS = 500
# The part of Pylon's own error messages quoted in an APIError's message.
ERROR_MESSAGE_DETAIL_CHARS = 300
# The part of an underlying exception's text quoted in a connection error's message.
ERROR_DETAIL_CHARS = 200

# -- webhooks --------------------------------------------------------------------------------------

# Seconds a timestamped signature may be older (or newer) than the receiver's clock.
DEFAULT_WEBHOOK_TOLERANCE = 300
# The largest delivery body a framework adapter reads.
DEFAULT_WEBHOOK_MAX_BODY_BYTES = 1024 * 1024
# Deliveries are remembered this long (to outlast a sender's retry schedule), at most this many.
DEFAULT_DEDUP_WINDOW = 72 * 3600
DEFAULT_DEDUP_MAX_ENTRIES = 100_000
# Seconds an in-progress claim holds before it counts as abandoned (its receiver died).
DEFAULT_DEDUP_LEASE = 600.0
