"""Client configuration: resolved from arguments and the environment, validated once.

`ClientConfig` is an immutable, validated value. `ClientConfig.create(...)` resolves the
arguments a user passes to `Pylon(...)` against the environment:

* the key: `api_key=`, else `PYLON_API_KEY`;
* the host: `base_url=`, else `region=`, else `PYLON_BASE_URL`, else `PYLON_REGION`, else
  region "us". Arguments beat the environment; giving both `base_url=` and `region=` (or both
  variables) is an error because one would silently lose.

The key is validated here, before any request exists: httpx and h11 put the whole header value,
key included, into the error they raise for a trailing newline or a non-ASCII character,
so a bad key must never reach them. Surrounding whitespace (a key read from a
file) is stripped; anything else that is not visible ASCII is refused, and the message never
includes the key. `repr()` shows at most the key's last four characters.
"""

from __future__ import annotations

import difflib
import ipaddress
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any, TypeAlias
from urllib.parse import urlsplit

import httpx

from ._breaker import CircuitBreaker, check_breaker_setting
from ._cache import CacheSetting, check_cache_setting
from ._constants import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_REGION,
    DEFAULT_TIMEOUT_SECONDS,
)
from ._errors import PylonConfigError
from ._public import publish
from .hooks import Hooks, as_hooks_tuple

__all__ = [
    "DEFAULT_TIMEOUT",
    "REGIONS",
    "ClientConfig",
    "RateLimitSetting",
    "check_option_names",
    "masked",
    "shown_url",
]

REGIONS: Mapping[str, str] = MappingProxyType(
    {"us": "https://api.usepylon.com", "eu": "https://api.eu.usepylon.com"}
)
DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT)

RateLimit: TypeAlias = tuple[int, float]
RateLimitSetting: TypeAlias = "bool | Mapping[str, RateLimit | None]"
"""True (the documented limits), False (no client-side limiting), or per-operation overrides:
`{"SearchIssues": (20, 60.0), "GetIssue": None}` where None turns limiting off for that one."""

_ENV_KEY = "PYLON_API_KEY"
_ENV_BASE_URL = "PYLON_BASE_URL"
_ENV_REGION = "PYLON_REGION"
_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_MASK = "…"


def masked(key: str | None) -> str:
    """The displayable form of a secret: `'…abcd'` (its last 4 characters) or just `'…'`.

    Keys shorter than 16 characters show nothing, so the mask never reveals a meaningful share.
    """
    if not key:
        return _MASK
    return _MASK + key[-4:] if len(key) >= 16 else _MASK


@dataclass(frozen=True, repr=False)
class ClientConfig:
    """Everything a Pylon client needs, validated. Build it with `ClientConfig.create(...)`.

    **Parameters:**

    * `api_key` - the bearer token (surrounding whitespace is stripped).
    * `base_url` - the API root, `https://api.usepylon.com` or `https://api.eu.usepylon.com`;
      plain `http://` only for loopback hosts unless `allow_insecure=True`.
    * `timeout` - seconds per network operation (float) or an `httpx.Timeout`;
      default 5 s to connect, 60 s to read, write or wait for a pooled connection.
    * `max_retries` - retries after the first attempt (default 2); 0 turns retries off.
    * `deadline` - wall-clock seconds for one call across all attempts and retry sleeps,
      counted from the first send (default 120); None for no deadline.
    * `rate_limit` - see `RateLimitSetting`.
    * `default_headers` - extra headers for every request (never `Authorization`).
    * `max_concurrency` - requests in flight at once per client family (default 16).
    * `retry_creates_on_429` - retry creates answered 429 (default True: a rate limiter answers
      before the handler runs, so nothing was created).
    * `allow_insecure` - allow `http://` to a non-loopback host.
    * `hooks` - the `pylon.Hooks` that observe every call (a `Hooks`, a sequence, or None).
    * `cache` - the response cache of slow-changing reads: False (default), True, or TTLs per
      resource or read operation (see `pylon._cache`).
    * `circuit_breaker` - None (default: off), or a `CircuitBreaker` (True gives its defaults).
    """

    api_key: str
    base_url: str = REGIONS[DEFAULT_REGION]
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    deadline: float | None = DEFAULT_DEADLINE
    rate_limit: RateLimitSetting = True
    default_headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY
    retry_creates_on_429: bool = True
    allow_insecure: bool = False
    hooks: tuple[Hooks, ...] = ()
    cache: CacheSetting = False
    circuit_breaker: CircuitBreaker | None = None

    def __post_init__(self) -> None:
        # Normalise in place (the dataclass is frozen, so through object.__setattr__).
        set_ = object.__setattr__
        set_(self, "api_key", _check_api_key(self.api_key))
        set_(self, "base_url", _check_base_url(self.base_url, allow_insecure=self.allow_insecure))
        set_(self, "timeout", _check_timeout(self.timeout))
        set_(self, "max_retries", _check_count("max_retries", self.max_retries, minimum=0))
        set_(self, "deadline", _check_deadline(self.deadline))
        set_(self, "rate_limit", _check_rate_limit(self.rate_limit))
        set_(self, "default_headers", _check_headers(self.default_headers))
        set_(self, "max_concurrency", _check_count("max_concurrency", self.max_concurrency, 1))
        set_(self, "cache", check_cache_setting(self.cache))
        set_(self, "circuit_breaker", check_breaker_setting(self.circuit_breaker))
        for name in ("retry_creates_on_429", "allow_insecure"):
            if not isinstance(getattr(self, name), bool):
                raise PylonConfigError(f"{name} must be True or False.")
        set_(self, "hooks", as_hooks_tuple(self.hooks))

    @classmethod
    def create(
        cls,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        environ: Mapping[str, str] | None = None,
        **options: Any,
    ) -> ClientConfig:
        """Resolve arguments against the environment (see the module docstring) and validate.

        `options` are the remaining fields (`timeout`, `max_retries`, `deadline`, ...).
        `environ` defaults to `os.environ`; tests pass a dict.
        """
        env = os.environ if environ is None else environ
        key = api_key if api_key is not None else env.get(_ENV_KEY)
        if key is None or (isinstance(key, str) and not key.strip()):
            raise PylonConfigError(
                "No Pylon API key: pass api_key=... or set the PYLON_API_KEY environment variable"
                " (a token from Pylon's Settings > API Tokens)."
            )
        url = _resolve_base_url(base_url, region, env)
        return cls(api_key=key, base_url=url, **options)

    def replace(self, **changes: Any) -> ClientConfig:
        """A copy with some fields changed, validated again (what `with_options` uses); a
        misspelt field is a `PylonConfigError` naming the closest one."""
        names = [f.name for f in fields(self)]
        check_option_names({k: v for k, v in changes.items() if k not in names}, names)
        return replace(self, **changes)

    @property
    def region(self) -> str | None:
        """`"us"` or `"eu"` when `base_url` is one of Pylon's hosts, else None."""
        return next((name for name, url in REGIONS.items() if url == self.base_url), None)

    @property
    def masked_api_key(self) -> str:
        return masked(self.api_key)

    def __repr__(self) -> str:
        return (
            f"ClientConfig(api_key={self.masked_api_key!r}, base_url={self.base_url!r},"
            f" timeout={self.timeout!r}, max_retries={self.max_retries},"
            f" deadline={self.deadline!r}, rate_limit={_show_setting(self.rate_limit)},"
            f" max_concurrency={self.max_concurrency}, cache={_show_setting(self.cache)},"
            f" circuit_breaker={self.circuit_breaker!r})"
        )


def _show_setting(value: bool | Mapping[str, Any]) -> str:
    """A setting that is True/False or a read-only mapping, as the user would write it."""
    return repr(value) if isinstance(value, bool) else repr(dict(value))


def _check_api_key(key: object) -> str:
    if not isinstance(key, str):
        raise PylonConfigError(f"api_key must be a string, not {type(key).__name__}.")
    key = key.strip()
    if not key:
        raise PylonConfigError("The Pylon API key is empty: pass api_key=... or set PYLON_API_KEY.")
    problem = _key_problem(key)
    if problem:
        hint = (
            " Pass the token alone, without the 'Bearer ' prefix."
            if key.lower().startswith("bearer ")
            else ""
        )
        raise PylonConfigError(
            f"The Pylon API key contains {problem}, which cannot be sent in an HTTP header;"
            f" check how it was copied or read (api_key / PYLON_API_KEY).{hint}"
        )
    return key


def _key_problem(key: str) -> str | None:
    # Deliberately describes the kind of character, never the character or the key.
    for char in key:
        code = ord(char)
        if char.isspace():
            return "whitespace inside it"
        if code < 0x21 or code == 0x7F:
            return "a control character"
        if code > 0x7E:
            return "a non-ASCII character"
    return None


def _resolve_base_url(base_url: str | None, region: str | None, env: Mapping[str, str]) -> str:
    if base_url is not None and region is not None:
        raise PylonConfigError(
            "Pass either base_url= or region=, not both: region only chooses Pylon's host."
        )
    if base_url is not None:
        return base_url
    if region is not None:
        return _region_url(region)
    env_url, env_region = env.get(_ENV_BASE_URL), env.get(_ENV_REGION)
    if env_url and env_region:
        raise PylonConfigError("Set either PYLON_BASE_URL or PYLON_REGION, not both.")
    if env_url:
        return env_url
    return _region_url(env_region) if env_region else REGIONS[DEFAULT_REGION]


def _region_url(region: object) -> str:
    name = region.strip().lower() if isinstance(region, str) else ""
    if name not in REGIONS:
        choices = ", ".join(f"{key!r} ({url})" for key, url in REGIONS.items())
        raise PylonConfigError(f"Unknown Pylon region {region!r}; choose one of {choices}.")
    return REGIONS[name]


def shown_url(url: str) -> str:
    """`url` as it may appear in a message: userinfo, query values and fragment replaced by `***`.

    Works on malformed URLs too (it is used in the messages that reject them), so it is plain
    text substitution rather than a URL parse.
    """
    shown = re.sub(r"(//)[^/?#]*@", r"\1***@", url)
    base, hash_, _fragment = shown.partition("#")
    base, question, query = base.partition("?")
    if query:
        query = "&".join(
            f"{part.partition('=')[0]}=***" if "=" in part else "***" if part else ""
            for part in query.split("&")
        )
    return base + question + query + (hash_ + "***" if hash_ else "")


def _check_base_url(url: object, *, allow_insecure: bool) -> str:
    if not isinstance(url, str) or not url.strip():
        raise PylonConfigError("base_url must be a non-empty URL such as https://api.usepylon.com.")
    url = url.strip()
    shown = shown_url(url)
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        raise PylonConfigError(
            f"base_url {shown!r} is not a valid URL (check the host and port)."
        ) from None
    if parts.scheme not in ("http", "https") or not host:
        raise PylonConfigError(
            f"base_url {shown!r} must be an http(s) URL with a host, e.g. https://api.usepylon.com."
        )
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise PylonConfigError(f"base_url {shown!r} must not have a query string or fragment.")
    if parts.username is not None or parts.password is not None:
        raise PylonConfigError(
            f"base_url {shown!r} must not contain credentials; pass api_key instead."
        )
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(host):
        raise PylonConfigError(
            f"base_url {shown!r} uses plain http to a host that is not loopback, which would send"
            " the API key in cleartext. Use https, or pass allow_insecure=True if you must."
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_timeout(value: object) -> httpx.Timeout:
    if isinstance(value, bool) or value is None:
        raise PylonConfigError(
            "timeout must be a number of seconds or an httpx.Timeout (default:"
            f" {DEFAULT_CONNECT_TIMEOUT:g} s to connect, {DEFAULT_TIMEOUT_SECONDS:g} s to read);"
            " the whole call is bounded by deadline=."
        )
    if isinstance(value, int | float):
        timeout = httpx.Timeout(float(value))
    elif isinstance(value, httpx.Timeout):
        timeout = value
    else:
        raise PylonConfigError(
            f"timeout must be a number of seconds or an httpx.Timeout, not {type(value).__name__}."
        )
    for phase in ("connect", "read", "write", "pool"):
        seconds = getattr(timeout, phase)
        if seconds is not None and not (math.isfinite(seconds) and seconds > 0):
            raise PylonConfigError(f"timeout ({phase}) must be a positive number of seconds.")
    return timeout


def _check_count(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        hint = " Use 0 to turn retries off." if name == "max_retries" else ""
        raise PylonConfigError(f"{name} must be a whole number ≥ {minimum}, not {value!r}.{hint}")
    if value < minimum:
        raise PylonConfigError(f"{name} must be ≥ {minimum}, not {value}.")
    return value


def _check_deadline(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PylonConfigError("deadline must be a number of seconds, or None for no deadline.")
    if not (math.isfinite(value) and value > 0):
        raise PylonConfigError(f"deadline must be a positive number of seconds, not {value!r}.")
    return float(value)


def _check_rate_limit(value: object) -> RateLimitSetting:
    if isinstance(value, bool):
        return value
    if not isinstance(value, Mapping):
        raise PylonConfigError(
            "rate_limit must be True, False, or a mapping of operation id to"
            " (requests, per_seconds) or None."
        )
    checked: dict[str, RateLimit | None] = {}
    for operation_id, limit in value.items():
        checked[str(operation_id)] = _check_limit(operation_id, limit)
    return MappingProxyType(checked)


def _check_limit(operation_id: object, limit: object) -> RateLimit | None:
    if limit is None:
        return None
    ok = isinstance(limit, tuple | list) and len(limit) == 2
    requests, per = (limit[0], limit[1]) if ok else (None, None)  # type: ignore[index]
    if (
        not ok
        or isinstance(requests, bool)
        or not isinstance(requests, int)
        or requests < 1
        or isinstance(per, bool)
        or not isinstance(per, int | float)
        or not (math.isfinite(per) and per > 0)
    ):
        raise PylonConfigError(
            f"rate_limit[{operation_id!r}] must be (requests, per_seconds) with requests ≥ 1 and"
            f" per_seconds > 0, e.g. (20, 60.0), or None; got {limit!r}."
        )
    return (requests, float(per))


def _check_headers(headers: object) -> Mapping[str, str]:
    if not isinstance(headers, Mapping):
        raise PylonConfigError("default_headers must be a mapping of header name to value.")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise PylonConfigError(f"default_headers has an invalid header name {name!r}.")
        if name.lower() == "authorization":
            raise PylonConfigError(
                "default_headers must not set Authorization; pass the key as api_key= so it is"
                " validated, masked and only sent to Pylon."
            )
        # httpx encodes header values as ASCII: anything else would fail later with a bare
        # UnicodeEncodeError. The value itself is never shown - headers often carry secrets.
        if not isinstance(value, str) or any(
            ord(c) < 0x20 or ord(c) >= 0x7F for c in value.replace("\t", " ")
        ):
            raise PylonConfigError(
                f"default_headers[{name!r}] must be a string of printable ASCII characters"
                " (no control or non-ASCII characters); its value is not shown."
            )
        checked[name] = value
    return MappingProxyType(checked)


def check_option_names(misspelt: Mapping[str, object], known: Sequence[str]) -> None:
    """Refuse options the client does not have, naming the closest real one (a typo such as
    `max_retry=5` would otherwise be lost or raise a bare TypeError)."""
    for name in misspelt:
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
        hint = f" Did you mean {close[0]}=?" if close else ""
        raise PylonConfigError(
            f"Pylon client has no option {name!r}.{hint} Options: {', '.join(known)}."
        )


publish(__name__)
