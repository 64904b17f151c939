"""py-usepylon-sdk: the Python SDK for the Pylon customer-support API.

    from pylon import Pylon, filters
    with Pylon() as client:            # the key comes from PYLON_API_KEY
        for issue in client.issues.search(filters.F.state == "new"):
            ...

`Pylon`/`AsyncPylon` are the facade; `client.raw` is the generated low-level client on the same
transport; `pylon.filters`, `pylon.webhooks` and `pylon.testing` (the simulator) are subpackages,
imported when used.
"""

import typing as _typing

from ._version import __version__

if _typing.TYPE_CHECKING:
    from . import filters as filters
    from . import hooks as hooks
    from . import otel as otel
    from . import testing as testing
    from . import webhooks as webhooks
    from ._bound_models import BoundAccount, BoundIssue
    from ._breaker import CircuitBreaker
    from ._client import AsyncPylon, Pylon
    from ._config import ClientConfig
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CircuitOpenError,
        ConflictError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        PylonAPIError,
        PylonAuthenticationError,
        PylonConfigError,
        PylonError,
        PylonNotFoundError,
        PylonRateLimitError,
        PylonServerError,
        PylonValidationError,
        RateLimitError,
        ServerError,
        UnprocessableEntityError,
        UnsupportedOperationError,
    )
    from ._health import Health
    from ._modes import AsyncMode, SyncMode
    from ._pagination import AsyncPager, Page, SyncPager
    from ._ratelimit_state import Last429, RateLimits, RateLimitState
    from ._raw_response import RawResponse
    from ._types import NOT_GIVEN, NotGiven
    from .hooks import Hooks

    PylonClient = Pylon
    AsyncPylonClient = AsyncPylon


# Public names load on first use (PEP 562), so `import pylon.testing` or `import pylon.filters` does
# not build the HTTP client stack, and `import pylon` costs nearly nothing until a client is made.
def __getattr__(name: str) -> _typing.Any:
    import importlib

    from ._public import ALIASES, LOCATIONS, SUBPACKAGES

    target = ALIASES.get(name, name)
    if name in SUBPACKAGES:
        value = importlib.import_module(f"{__name__}.{name}")
    elif target in LOCATIONS:
        value = getattr(importlib.import_module(LOCATIONS[target], __name__), target)
    else:
        raise AttributeError(f"module 'pylon' has no attribute {name!r}")
    globals()[name] = value  # later lookups are plain attribute reads
    return value


__all__ = [  # noqa: RUF022 - plain sorted order, as the surface test states it
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncMode",
    "AsyncPager",
    "AsyncPylon",
    "AsyncPylonClient",
    "AuthenticationError",
    "BadRequestError",
    "BoundAccount",
    "BoundIssue",
    "CircuitBreaker",
    "CircuitOpenError",
    "ClientConfig",
    "ConflictError",
    "Health",
    "Hooks",
    "Last429",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "Pylon",
    "PylonAPIError",
    "PylonAuthenticationError",
    "PylonClient",
    "PylonConfigError",
    "PylonError",
    "PylonNotFoundError",
    "PylonRateLimitError",
    "PylonServerError",
    "PylonValidationError",
    "RateLimitError",
    "RateLimitState",
    "RateLimits",
    "RawResponse",
    "ServerError",
    "SyncMode",
    "SyncPager",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "__version__",
]
