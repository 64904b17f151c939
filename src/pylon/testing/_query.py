"""Read a query string the way the spec says each parameter is written (its style and explode).

A parameter declared ``style: form, explode: false`` arrives as one key whose value lists the items
separated by commas (``ids=a,b``). A server that follows the document reads that key once: when the
key is repeated (``ids=a&ids=b``, how a list is written for ``explode: true``), it sees the first
value only, so the simulator does too. Lenient reading here would hide a client that sends the wrong
style, which is exactly what the SDK's contract tests exist to catch.

The value is percent-decoded and then split, as common servers do (Go's ``url.Values`` and a
``strings.Split``, for one), so ``ids=a%2Cb`` (what ``httpx`` writes for ``params={"ids": "a,b"}``)
reads as two items as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl

# (style, explode) of a query parameter, with the OpenAPI defaults applied.
QueryStyle = tuple[str, bool]

# What separates the items of a non-exploded array.
_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def style_of(parameter: Mapping[str, object]) -> QueryStyle:
    """A spec parameter's (style, explode), defaults applied (form; explode true for form)."""
    style = str(parameter.get("style", "form"))
    explode = parameter.get("explode")
    return style, bool(style == "form" if explode is None else explode)


def read_query(query: str, styles: Mapping[str, QueryStyle]) -> dict[str, list[str]]:
    """The values of each parameter in ``query``, in order, read by its style in ``styles``
    (a parameter not in ``styles`` keeps every value, as ``parse_qs`` would give it)."""
    values: dict[str, list[str]] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        kind, explode = styles.get(key, ("form", True))
        if explode or kind not in _DELIMITERS:
            values.setdefault(key, []).append(value)
        elif key not in values:  # a repeated key: the document's reading takes the first
            values[key] = value.split(_DELIMITERS[kind])
    return values
