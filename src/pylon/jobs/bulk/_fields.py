"""Request-body fields of an operation, from the spec: names, JSON types, enums; and values for them.

A bulk change names fields in three places - `--set field=value`, a file's column headers and a
library call's keyword arguments - and every one is checked here against the operation's request
body in the pinned spec (the packaged `pylon_openapi/openapi.json`), before anything is sent. Text
(a `--set` value or a CSV cell) is read as the field's type; JSON values (a JSONL row) must already
have it. An unknown name is refused naming the closest known one.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .._errors import JobInputError

_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


@dataclass(frozen=True)
class BodyField:
    name: str
    type: str  # a JSON Schema type: string, boolean, integer, number, array, object
    items: str | None = None  # the item type of an array
    enum: tuple[str, ...] | None = None
    required: bool = False

    def describe(self) -> str:
        if self.enum:
            return f"one of {', '.join(self.enum)}"
        if self.type == "array":
            return f"a list of {self.items or 'values'}s"
        return {"boolean": "true or false", "integer": "a whole number"}.get(
            self.type, f"a {self.type}"
        )


@cache
def _spec() -> dict[str, Any]:
    raw = resources.files("pylon_openapi").joinpath("openapi.json").read_bytes()
    data: dict[str, Any] = json.loads(raw)
    return data


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _resolve(_spec()["components"]["schemas"][ref.rsplit("/", 1)[-1]])
    return schema


def _type_of(schema: Mapping[str, Any]) -> str:
    schema = _resolve(schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind or ("object" if "properties" in schema else "string"))


@cache
def body_fields(operation_id: str) -> dict[str, BodyField]:
    """The request body fields of an operation, by name (empty when it takes no JSON body)."""
    from pylon_openapi.spec_tables import OPERATIONS

    name = OPERATIONS[operation_id].get("request_body")
    if not name:
        return {}
    schema = _resolve({"$ref": f"#/components/schemas/{name}"})
    required = set(schema.get("required", ()))
    fields: dict[str, BodyField] = {}
    for field_name, prop in schema.get("properties", {}).items():
        resolved = _resolve(prop)
        items = _type_of(resolved["items"]) if "items" in resolved else None
        enum = resolved.get("enum")
        fields[field_name] = BodyField(
            field_name,
            _type_of(resolved),
            items,
            tuple(str(v) for v in enum) if enum else None,
            field_name in required,
        )
    return fields


def closest(name: str, known: list[str]) -> str:
    """` (did you mean x?)` for the nearest known name, or the list of known names."""
    match = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    if match:
        return f" (did you mean {match[0]}?)"
    return f"; known fields: {', '.join(sorted(known))}"


def field_of(
    what: str, operation_id: str, name: str, allowed: Mapping[str, BodyField]
) -> BodyField:
    found = allowed.get(name)
    if found is None:
        raise JobInputError(
            f"{what}: unknown field {name!r} for {operation_id}{closest(name, list(allowed))}"
        )
    return found


def _wrong(what: str, field: BodyField, value: object) -> JobInputError:
    return JobInputError(f"{what}: {field.name} must be {field.describe()}, got {value!r}.")


def from_text(what: str, field: BodyField, text: str) -> Any:
    """A `--set` value or a CSV cell read as the field's type (lists: JSON or comma-separated)."""
    value: Any = text
    if field.type == "boolean":
        lowered = text.strip().lower()
        if lowered not in _TRUE | _FALSE:
            raise _wrong(what, field, text)
        value = lowered in _TRUE
    elif field.type in ("integer", "number"):
        try:
            value = int(text) if field.type == "integer" else float(text)
        except ValueError:
            raise _wrong(what, field, text) from None
    elif field.type == "array":
        stripped = text.strip()
        if stripped.startswith("["):
            value = _json(what, field, stripped)
        elif field.items in ("string", None):
            value = [part.strip() for part in stripped.split(",") if part.strip()]
        else:
            raise JobInputError(
                f"{what}: {field.name} is a list of objects; give it as JSON, e.g. [{{...}}]."
            )
    elif field.type == "object":
        value = _json(what, field, text)
    return check_value(what, field, value)


def _json(what: str, field: BodyField, text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise JobInputError(f"{what}: {field.name} must be JSON here, got {text!r}.") from None


_PYTHON = {
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "array": (list, tuple),
    "object": (dict,),
}


def check_value(what: str, field: BodyField, value: Any) -> Any:
    """`value` if it has the field's type (and is one of its enum values), else a clear error."""
    types = _PYTHON.get(field.type, (object,))
    if not isinstance(value, types) or (isinstance(value, bool) and field.type != "boolean"):
        raise _wrong(what, field, value)
    if field.enum and value not in field.enum:
        raise _wrong(what, field, value)
    if isinstance(value, (list, tuple)):
        if field.items == "string" and not all(isinstance(v, str) for v in value):
            raise _wrong(what, field, value)
        value = list(value)
    return value


def check_fields(
    what: str,
    operation_id: str,
    values: Mapping[str, Any],
    *,
    text: bool,
    params: Mapping[str, BodyField] | None = None,
) -> dict[str, Any]:
    """Every name one of `params` (default: the operation's body fields), every value of its type
    (read from text if `text`). Returns the values to send."""
    allowed = body_fields(operation_id) if params is None else params
    checked: dict[str, Any] = {}
    for name, value in values.items():
        field = field_of(what, operation_id, name, allowed)
        if text and isinstance(value, str):
            checked[name] = from_text(what, field, value)
        else:
            checked[name] = check_value(what, field, value)
    return checked


def missing_required(params: Mapping[str, BodyField], names: set[str]) -> list[str]:
    """The required fields among `params` that `names` lacks."""
    return sorted(f.name for f in params.values() if f.required and f.name not in names)


def parse_assignments(
    what: str, operation_id: str, params: Mapping[str, BodyField], assignments: list[str]
) -> dict[str, Any]:
    """`["state=closed", "tags=a,b"]` as the fields' typed values (checked as `check_fields` does)."""
    values: dict[str, str] = {}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        if not sep or not name.strip():
            raise JobInputError(f"{what}: --set takes field=value, got {assignment!r}.")
        values[name.strip()] = value
    return check_fields(what, operation_id, values, text=True, params=params)
