"""Where each of `pylon`'s public names is defined, and showing them as `pylon.X`.

`pylon/__init__.py` loads names from here on first use (so `import pylon` stays cheap), and each
defining module calls `publish(__name__)` once it is loaded, so reprs, tracebacks, pickles and docs
show `pylon.NotFoundError` rather than `pylon._errors.NotFoundError` — also for an error raised
before anyone touched `pylon.NotFoundError`.
"""

from __future__ import annotations

import sys

_ERRORS = (
    "APIConnectionError APIError APIResponseValidationError APITimeoutError AuthenticationError"
    " BadRequestError CircuitOpenError ConflictError NotFoundError PaginationError PermissionDeniedError"
    " PylonAPIError PylonAuthenticationError PylonConfigError PylonError PylonNotFoundError"
    " PylonRateLimitError PylonServerError PylonValidationError RateLimitError ServerError"
    " UnprocessableEntityError UnsupportedOperationError"
)

# Public name -> the private module (relative to `pylon`) that defines it.
LOCATIONS: dict[str, str] = {
    "BoundAccount": "._bound_models",
    "BoundIssue": "._bound_models",
    "AsyncMode": "._modes",
    "SyncMode": "._modes",
    "AsyncPylon": "._client",
    "Pylon": "._client",
    "ClientConfig": "._config",
    "Health": "._health",
    "Last429": "._ratelimit_state",
    "RateLimitState": "._ratelimit_state",
    "RateLimits": "._ratelimit_state",
    "Hooks": ".hooks",
    "CircuitBreaker": "._breaker",
    "AsyncPager": "._pagination",
    "Page": "._pagination",
    "SyncPager": "._pagination",
    "RawResponse": "._raw_response",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    **dict.fromkeys(_ERRORS.split(), "._errors"),
}

# The names the project's original plan promised: the same objects, not copies.
ALIASES = {"PylonClient": "Pylon", "AsyncPylonClient": "AsyncPylon"}

# Subpackages reachable as attributes (`pylon.filters.F`) without importing them up front.
SUBPACKAGES = frozenset({"filters", "webhooks", "testing", "hooks", "otel"})


def publish(module_name: str) -> None:
    """Show the public classes defined in `module_name` as members of `pylon`."""
    namespace = vars(sys.modules[module_name])
    suffix = "." + module_name.rpartition(".")[2]
    for name, where in LOCATIONS.items():
        value = namespace.get(name)
        if where == suffix and isinstance(value, type):
            value.__module__ = "pylon"
