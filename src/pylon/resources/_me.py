"""`client.me`: who the API key belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import Flow, M, api_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.me import Me


class MeResource(BaseResource[M]):
    """`client.me`: `client.me.get()` is the user (or organization) the API key acts as."""

    @api_method
    def get(self) -> Flow[Me]:
        return (yield from self._call("GetMe"))
