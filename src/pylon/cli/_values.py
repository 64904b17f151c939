"""Values typed on the command line, checked against the spec before anything is sent.

`--field key=value` converts the text by the field's type in the spec (an integer field takes
`3`, an array `["a","b"]`); `pylon api -F key=value` has no spec to go by and reads `true`,
`false`, `null`, numbers and JSON literally, `@file` as the file's text (`@-`: stdin), and
anything else as a string, as `gh api -F` does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from pylon.spec import Field

_BOOLEANS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}


def json_type_name(value: Any) -> str:
    for name, kinds in (
        ("boolean", (bool,)), ("null", (type(None),)), ("integer", (int,)), ("number", (float,)),
        ("string", (str,)), ("array", (list,)), ("object", (dict,)),
    ):  # fmt: skip
        if isinstance(value, kinds):
            return name
    return type(value).__name__


def check(operation_id: str, field: Field, value: Any) -> None:
    """Refuse a value of the wrong JSON type (or outside the enum) for its spec field."""
    if not field.accepts(value):
        raise click.UsageError(
            f"{operation_id}: `{field.name}` must be {_article(field.type)} {field.type},"
            f" got {json_type_name(value)} {_short(value)}."
        )
    if field.enum and value is not None and value not in field.enum:
        choices = ", ".join(str(v) for v in field.enum)
        raise click.UsageError(
            f"{operation_id}: `{field.name}` must be one of {choices}; got {_short(value)}."
        )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def split_assignment(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"expected key=value, got {text!r}", param_hint=option)
    return key, value


def read_text_arg(source: str) -> str:
    """A file's text; `-` is stdin."""
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise click.BadParameter(f"cannot read {source}: {exc.strerror}") from None


def load_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(f"not valid JSON ({exc})", param_hint=where) from None


def literal(text: str) -> Any:
    """gh's -F rules: true/false/null, numbers and JSON literally, @file as text, else string."""
    if text.startswith("@"):
        return read_text_arg(text[1:])
    if text in ("true", "false", "null") or text[:1] in "[{":
        try:
            return json.loads(text)
        except ValueError:
            return text
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def convert(operation_id: str, field: Field, text: str) -> Any:
    """A `--field` value converted by its spec type (refused with the expected type)."""
    kind = field.type
    try:
        if kind == "string":
            return text
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
        if kind == "boolean":
            return _BOOLEANS[text.lower()]
    except (ValueError, KeyError):
        raise click.UsageError(
            f"{operation_id}: `{field.name}` must be {_article(kind)} {kind}, got {text!r}."
        ) from None
    value = literal(text)
    check(operation_id, field, value)
    return value
