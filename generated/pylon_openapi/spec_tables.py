"""Facts from spec/pylon-api.json that the facade and the simulator read at run time.

Written by `make generate` (codegen/tables.py); never edit by hand. The tables themselves are in
spec_tables.json beside this module: parsing JSON is about twenty times faster than executing the
same literals, and this module is imported by every program that imports pylon.
"""

import json
from importlib import resources
from typing import Any

_TUPLE_KEYS = frozenset(
    (
        "path_params",
        "query_params",
        "required_query",
        "rate_limit",
        "operators",
        "values",
        "request_fields",
    )
)


def _tuples(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: tuple(v) if k in _TUPLE_KEYS and isinstance(v, list) else _tuples(v)
            for k, v in node.items()
        }
    return node


_DATA = json.loads(
    resources.files(__name__.rpartition(".")[0]).joinpath("spec_tables.json").read_bytes()
)

SPEC_VERSION: str = _DATA["SPEC_VERSION"]
OPERATIONS: dict[str, dict[str, Any]] = _tuples(_DATA["OPERATIONS"])
SEARCH_FILTERS: dict[str, dict[str, Any]] = _tuples(_DATA["SEARCH_FILTERS"])
# Model class name -> its module under pylon_openapi.models (import one without importing all).
MODEL_MODULES: dict[str, str] = _DATA["MODEL_MODULES"]
