"""py-usepylon-sdk: the Python SDK for the Pylon customer-support API.

    from pylon import Pylon, filters
    with Pylon() as client:            # the key comes from PYLON_API_KEY
        for issue in client.issues.search(filters.F.state == "new"):
            ...

`Pylon`/`AsyncPylon` are the facade; `client.raw` is the generated low-level client on the same
transport; `pylon.filters`, `pylon.webhooks` and `pylon.testing` (the simulator) are subpackages,
imported when used.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._bound import UnsupportedOperationError
    from ._client import AsyncPylon, Pylon, RawResponse
    from ._config import ClientConfig
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        NotFoundError,
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
    )
    from ._pagination import AsyncPager, Page, PaginationError, SyncPager

# Where each public name lives. They load on first use (PEP 562), so `import pylon.testing` or
# `import pylon.filters` does not build the HTTP client stack, and `import pylon` costs nearly
# nothing until a client is made.
_LAZY = {
    "UnsupportedOperationError": "._bound",
    "AsyncPylon": "._client",
    "Pylon": "._client",
    "RawResponse": "._client",
    "ClientConfig": "._config",
    "AsyncPager": "._pagination",
    "Page": "._pagination",
    "PaginationError": "._pagination",
    "SyncPager": "._pagination",
}
_ERRORS = (
    "APIConnectionError APIError APIResponseValidationError APITimeoutError AuthenticationError"
    " BadRequestError ConflictError NotFoundError PermissionDeniedError PylonAPIError"
    " PylonAuthenticationError PylonConfigError PylonError PylonNotFoundError PylonRateLimitError"
    " PylonServerError PylonValidationError RateLimitError ServerError UnprocessableEntityError"
)
_LAZY.update(dict.fromkeys(_ERRORS.split(), "._errors"))
# The names the project's original plan promised: the same classes, not copies.
_ALIASES = {"PylonClient": "Pylon", "AsyncPylonClient": "AsyncPylon"}


def __getattr__(name: str) -> Any:
    import importlib

    target = _ALIASES.get(name, name)
    if target not in _LAZY:
        raise AttributeError(f"module 'pylon' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[target], __name__), target)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


if TYPE_CHECKING:
    PylonClient = Pylon
    AsyncPylonClient = AsyncPylon

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncPager",
    "AsyncPylon",
    "AsyncPylonClient",
    "AuthenticationError",
    "BadRequestError",
    "ClientConfig",
    "ConflictError",
    "NotFoundError",
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
    "RawResponse",
    "ServerError",
    "SyncPager",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "__version__",
]
