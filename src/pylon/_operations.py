"""From an operation id to what the facade needs to call it: the spec facts and the generated code.

Everything here comes from `pylon_openapi.spec_tables` (written by `make generate`), so nothing the
spec knows is typed again by hand. Generated modules and models are imported on first use only:
importing `pylon` must stay cheap, and most programs touch a handful of the 114 operations.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache, cached_property
from types import ModuleType
from typing import Any

from pylon_openapi.spec_tables import MODEL_MODULES, OPERATIONS


@cache
def model_class(name: str) -> Any:
    """The generated model class called `name`, importing only its own module."""
    module = importlib.import_module(f"pylon_openapi.models.{MODEL_MODULES[name]}")
    return getattr(module, name)


# One instance per operation id (see `operation`), so identity is equality and it can be a cache key.
@dataclass(frozen=True, eq=False)
class Operation:
    id: str
    method: str
    path: str
    module_name: str
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    required_query: tuple[str, ...]
    body_media: str | None
    request_body: str | None
    envelope: str | None
    data_model: str | None
    data_is_list: bool
    pagination: dict[str, Any] | None
    time_window: dict[str, Any] | None
    rate_limit: tuple[int, float] | None
    # Spec parameter name -> the generated builder's argument name, where the generator renamed
    # it (`type` -> `type_`); any other parameter is passed under its own name.
    arguments: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    # How to build the request without importing the generated module (pylon._request_recipe).
    request_recipe: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def module(self) -> ModuleType:
        """The generated module (the facade builds requests from `request_recipe` instead)."""
        return importlib.import_module(f"pylon_openapi.api.{self.module_name}")

    @property
    def body_model(self) -> Any:
        return model_class(self.request_body) if self.request_body else None

    @property
    def result_model(self) -> Any:
        """The class the facade returns: the envelope's `data` model, else the envelope itself."""
        name = self.data_model or self.envelope
        return model_class(name) if name else None

    @property
    def cursor_in(self) -> str | None:
        return self.pagination["cursor"] if self.pagination else None


@cache
def operation(operation_id: str) -> Operation:
    entry = OPERATIONS[operation_id]
    return Operation(
        id=operation_id,
        method=entry["method"],
        path=entry["path"],
        module_name=entry["module"],
        path_params=entry["path_params"],
        query_params=entry["query_params"],
        required_query=entry["required_query"],
        body_media=entry["body_media"],
        request_body=entry["request_body"],
        envelope=entry["response"],
        data_model=entry["data_model"],
        data_is_list=entry["data_is_list"],
        pagination=entry["pagination"],
        time_window=entry["time_window"],
        rate_limit=entry["rate_limit"],
        arguments=entry["arguments"],
        request_recipe=entry["request"],
    )


def all_operation_ids() -> list[str]:
    return sorted(OPERATIONS)
