"""Case-insensitive header lookup over whatever container a web framework hands out.

Receivers get headers as a plain dict (in any case, values may be lists of repeated headers), a
list of ``(name, value)`` pairs, an ASGI ``scope["headers"]`` list of byte pairs, Starlette's ``Headers``, Werkzeug's ``Headers`` and
``EnvironHeaders``, httpx's ``Headers`` or a raw WSGI environ (``HTTP_X_PYLON_SIGNATURE``). Rather
than special-casing each, we walk the pairs once and keep every value under its lower-cased name,
so repeated headers are never silently merged or dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["HeaderMap", "HeadersLike"]

#: Anything that yields header pairs: a mapping, or an iterable of ``(name, value)`` pairs.
HeadersLike = Mapping[Any, Any] | Iterable[Any]

_CGI_PREFIX = "HTTP_"


def _text(item: object) -> str | None:
    """Header names and values as text; bytes are latin-1 (what HTTP/1.1 servers hand out)."""
    if isinstance(item, str):
        return item
    if isinstance(item, (bytes, bytearray)):
        return bytes(item).decode("latin-1")
    return None


def _normalise_name(name: str) -> str:
    # A WSGI environ spells `X-Pylon-Signature` as `HTTP_X_PYLON_SIGNATURE`. Only keys with that
    # exact CGI prefix get underscores turned into hyphens: in any other container an underscore
    # is a different header (a classic smuggling trick), so it stays as it is.
    if name.startswith(_CGI_PREFIX):
        name = name[len(_CGI_PREFIX) :].replace("_", "-")
    return name.lower()


def _pairs(headers: HeadersLike) -> Iterable[Any]:
    # httpx.Headers.items() joins repeated headers with ", "; multi_items() keeps them apart.
    for attribute in ("multi_items", "items"):
        method = getattr(headers, attribute, None)
        if callable(method):
            return method()  # type: ignore[no-any-return]
    return headers


class HeaderMap:
    """All header values, keyed by lower-cased name, in the order they arrived."""

    __slots__ = ("_values",)

    def __init__(self, headers: HeadersLike) -> None:
        values: dict[str, list[str]] = {}
        for pair in _pairs(headers):
            try:
                raw_name, raw_value = pair
            except (TypeError, ValueError):
                raise TypeError(
                    "headers must be a mapping or an iterable of (name, value) pairs"
                ) from None
            name = _text(raw_name)
            if name is None:
                continue
            # A list value holds repeated headers (AWS's `multiValueHeaders`, some test clients).
            items = raw_value if isinstance(raw_value, (list, tuple)) else (raw_value,)
            for item in items:
                value = _text(item)
                # Environ dicts also hold non-header entries (wsgi.input, the wsgi.version
                # tuple): anything that is not text is skipped rather than guessed at.
                if value is not None:
                    values.setdefault(_normalise_name(name), []).append(value)
        self._values = values

    def get_all(self, name: str) -> list[str]:
        """Every value received under ``name`` (any case); empty when the header is absent."""
        return list(self._values.get(name.lower(), ()))

    def present(self, name: str) -> list[str]:
        """The values that hold more than whitespace: blank headers count as missing."""
        return [value for value in self.get_all(name) if value.strip()]
