"""Small helpers for reading and writing OpenAPI documents as JSON, shared by the pipeline's steps."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")


def load_document(source: str) -> tuple[dict[str, Any], bytes]:
    """Read an OpenAPI document from a path or an http(s) URL; returns (document, raw bytes)."""
    if source.startswith(("http://", "https://")):
        import httpx  # only needed for URLs

        raw = httpx.get(source, timeout=30.0, follow_redirects=True).raise_for_status().content
    else:
        raw = Path(source).read_bytes()
    return json.loads(raw), raw


def dump_json(document: Any) -> str:
    """Stable, diff-friendly JSON: sorted keys, two-space indent, trailing newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def iter_operations(document: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Yield (method, path, operation) for every operation, in a stable order."""
    for path in sorted(document.get("paths", {})):
        item = document["paths"][path]
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def resolve_ref(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def json_schema_of(document: dict[str, Any], node: Any) -> Any:
    """Follow a single $ref (if any) and return the schema it points at."""
    if isinstance(node, dict) and "$ref" in node:
        return resolve_ref(document, node["$ref"])
    return node
