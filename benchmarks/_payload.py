"""Issues as heavy as the pinned spec allows, for the benchmark server.

Every property the spec declares for `Issue` is filled, recursively (nested objects with all their
properties, arrays with several items, maps and custom fields with several entries), from the spec
itself, so the payload grows when the spec does. Values are plausible in length: the benchmark
measures JSON of the size Pylon sends, not of empty strings.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SPEC = Path(__file__).resolve().parent.parent / "spec" / "pylon-api.json"

# Items per array and entries per map; custom fields get more, as real workspaces have many.
_ITEMS = 2
_ENTRIES = 3
_CUSTOM_FIELDS = 6
# Long-text properties get a paragraph; ids look like Pylon's UUIDs.
_LONG = ("body_html", "description", "comment", "content")


@cache
def _schemas() -> dict[str, Any]:
    return json.loads(SPEC.read_text())["components"]["schemas"]  # type: ignore[no-any-return]


def _string(name: str, seed: int) -> str:
    if name in _LONG:
        return (
            "<p>"
            + " ".join(f"Users report that SSO login fails ({seed})." for _ in range(4))
            + "</p>"
        )
    if name == "id" or name.endswith("_id"):
        return f"0f8a2c1e-{seed % 10000:04d}-4000-8000-{seed:012d}"
    if name.endswith("_at") or name.endswith("_time"):
        return "2026-01-02T10:00:00Z"
    if name == "email":
        return f"person{seed}@example.com"
    if name in ("link", "url") or name.endswith("_url"):
        return f"https://app.usepylon.com/issues/{seed}"
    return f"{name.replace('_', ' ')} {seed}"


def fill(schema: dict[str, Any], name: str, seed: int) -> Any:
    """A value for `schema` with every property present (`name` is the property it is for)."""
    if "$ref" in schema:
        return fill(_schemas()[schema["$ref"].rsplit("/", 1)[-1]], name, seed)
    if "enum" in schema:
        return schema["enum"][seed % len(schema["enum"])]
    kind = schema.get("type")
    if kind == "string":
        return _string(name, seed)
    if kind == "integer":
        return 1000 + seed
    if kind == "number":
        return 1.5 + seed
    if kind == "boolean":
        return seed % 2 == 0
    if kind == "array":
        singular = name[:-1] if name.endswith("s") else name
        return [fill(schema.get("items", {}), singular, seed + i) for i in range(_ITEMS)]
    if kind == "object":
        out = {key: fill(sub, key, seed) for key, sub in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            count = _CUSTOM_FIELDS if name == "custom_fields" else _ENTRIES
            for i in range(count):
                out[f"{name}_{i}"] = fill(extra, name, seed + i)
        return out
    return None


def heavy_issue(seed: int) -> dict[str, Any]:
    """One issue with every declared property filled; `id` and `number` derive from `seed`."""
    issue: dict[str, Any] = fill(_schemas()["Issue"], "issue", seed)
    issue["id"] = _string("id", seed)
    issue["number"] = seed
    return issue
