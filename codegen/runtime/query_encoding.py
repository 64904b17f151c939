"""Query strings written the way each parameter's spec entry says (its `style` and `explode`).

Copied into the generated package by `make generate` (codegen/query_style.py); never edit the copy.
httpx writes every list as a repeated key (`ids=a&ids=b`), which is right only for the OpenAPI
default (`style: form, explode: true`). A parameter declared `style: form, explode: false` must go
out as `ids=a,b`: a server that reads the documented style takes one value for the key and splits
it on the commas, so a repeated key would reach it as the first id alone. Every generated request
builder therefore writes its query string here, from a table of its parameters' styles, and hands
httpx a URL that already carries it.

Delimiters between items are written literally; everything inside a name or an item is
percent-encoded (RFC 3986 unreserved characters kept), so an item containing a comma stays one item.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

# (style, explode) of a parameter, as its spec entry states them (defaults already applied).
QueryStyle = tuple[str, bool]

# What separates the items of an array when `explode` is false.
_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}


class QueryStyleError(ValueError):
    """A value cannot be written in its parameter's declared style."""


def _escape(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        value = "true" if value else "false"
    return quote(str(value), safe="")


def _array_pairs(name: str, items: list[Any] | tuple[Any, ...], style: QueryStyle) -> list[str]:
    kind, explode = style
    if not items:
        return []  # an empty list is left out, as RFC 6570 leaves out an empty value
    if explode:
        if kind == "deepObject":
            raise QueryStyleError(f"query parameter {name!r}: deepObject takes an object")
        return [f"{_escape(name)}={_escape(item)}" for item in items]
    if kind not in _DELIMITERS:
        raise QueryStyleError(f"query parameter {name!r}: style {kind!r} cannot hold an array")
    return [f"{_escape(name)}=" + _DELIMITERS[kind].join(_escape(item) for item in items)]


def _object_pairs(name: str, value: Mapping[str, Any], style: QueryStyle) -> list[str]:
    kind, explode = style
    if kind == "deepObject":
        return [f"{_escape(name)}%5B{_escape(k)}%5D={_escape(v)}" for k, v in value.items()]
    if kind != "form":
        raise QueryStyleError(f"query parameter {name!r}: style {kind!r} cannot hold an object")
    if explode:
        return [f"{_escape(k)}={_escape(v)}" for k, v in value.items()]
    flat = (_escape(part) for k, v in value.items() for part in (k, v))
    return [f"{_escape(name)}=" + ",".join(flat)] if value else []


def query_pairs(name: str, value: Any, style: QueryStyle = ("form", True)) -> list[str]:
    """The encoded `key=value` pairs one parameter contributes (none for None)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return _array_pairs(name, value, style)
    if isinstance(value, Mapping):
        return _object_pairs(name, value, style)
    return [f"{_escape(name)}={_escape(value)}"]


def query_string(params: Mapping[str, Any], styles: Mapping[str, QueryStyle]) -> str:
    """`"?" + the encoded query` of `params` (empty when nothing is set), each parameter written
    in its style from `styles` (a name not listed there is written as form, explode)."""
    pairs = [
        pair
        for name, value in params.items()
        for pair in query_pairs(name, value, styles.get(name, ("form", True)))
    ]
    return "?" + "&".join(pairs) if pairs else ""
