"""`client.tags`: the workspace's tags for issues, accounts and contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource

if TYPE_CHECKING:
    from pylon_openapi.models.delete_tag_response_body import DeleteTagResponseBody
    from pylon_openapi.models.tag import Tag
    from pylon_openapi.params import CreateTagRequestBodyParams, UpdateTagRequestBodyParams


class TagsResource(BaseResource[M]):
    """`client.tags`."""

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[Tag]:
        return self._list("GetTags", max_items=max_items)

    @api_method
    def get(self, tag_id: str) -> Flow[Tag]:
        return (yield from self._call("GetTag", path={"id": tag_id}))

    @api_method
    def create(
        self, body: Any = None, /, **fields: Unpack[CreateTagRequestBodyParams]
    ) -> Flow[Tag]:
        return (yield from self._call("CreateTag", body=body, fields=fields))

    @api_method
    def update(
        self, tag_id: str, body: Any = None, /, **fields: Unpack[UpdateTagRequestBodyParams]
    ) -> Flow[Tag]:
        return (yield from self._call("UpdateTag", path={"id": tag_id}, body=body, fields=fields))

    @api_method
    def delete(self, tag_id: str) -> Flow[DeleteTagResponseBody]:
        return (yield from self._call("DeleteTag", path={"id": tag_id}))
