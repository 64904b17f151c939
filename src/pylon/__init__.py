"""py-usepylon-sdk: the Python SDK for the Pylon customer-support API.

    from pylon import Pylon
    with Pylon() as client:            # the key comes from PYLON_API_KEY
        for issue in client.issues.search(filters.F.state == "new"):
            ...

`Pylon`/`AsyncPylon` are the facade; `client.raw` is the generated low-level client on the same
transport; `pylon.filters`, `pylon.webhooks` and `pylon.testing` (the simulator) are subpackages,
imported when used.
"""

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
from ._version import __version__

# The names the project's original plan promised: the same classes, not copies.
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
