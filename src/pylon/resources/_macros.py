"""`client.macros`: saved replies and actions, and the groups they are filed in."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._resource import Flow, M, api_method
from ._base import BaseResource, present

if TYPE_CHECKING:
    from pylon_openapi.models.macro import Macro
    from pylon_openapi.models.macro_group import MacroGroup
    from pylon_openapi.params import CreateMacroRequestBodyParams, UpdateMacroRequestBodyParams


class MacrosResource(BaseResource[M]):
    """`client.macros`."""

    @api_method
    def list(self, *, macro_group_id: str | None = None) -> Flow[builtins.list[Macro]]:
        """Every macro, or those of one macro group."""
        query = present(macro_group_id=macro_group_id)
        return (yield from self._call("GetMacros", query=query))

    @api_method
    def get(self, macro_id: str) -> Flow[Macro]:
        return (yield from self._call("GetMacro", path={"id": macro_id}))

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateMacroRequestBodyParams]
    ) -> Flow[Macro]:
        return (yield from self._call("CreateMacro", body=body, fields=fields))

    @api_method
    def update(
        self, macro_id: str, body: Any = None, /, **fields: Unpack[UpdateMacroRequestBodyParams]
    ) -> Flow[Macro]:
        return (
            yield from self._call("UpdateMacro", path={"id": macro_id}, body=body, fields=fields)
        )

    @api_method
    def groups(self) -> Flow[builtins.list[MacroGroup]]:
        """The macro groups (GET /macro-groups)."""
        return (yield from self._call("GetMacroGroups"))
