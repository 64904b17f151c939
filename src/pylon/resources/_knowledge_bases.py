"""`client.knowledge_bases`: help centres, their articles, collections and route redirects."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from .._pagination import PageWalk
from .._resource import Flow, M, api_method, paged_method
from ._base import BaseResource, present

if TYPE_CHECKING:
    from pylon_openapi.models.article import Article
    from pylon_openapi.models.collection import Collection
    from pylon_openapi.models.delete_article_response_body import DeleteArticleResponseBody
    from pylon_openapi.models.delete_collection_response_body import DeleteCollectionResponseBody
    from pylon_openapi.models.knowledge_base import KnowledgeBase
    from pylon_openapi.models.route_redirect import RouteRedirect
    from pylon_openapi.params import (
        CreateArticleRequestBodyParams,
        CreateCollectionRequestBodyParams,
        CreateRouteRedirectRequestBodyParams,
        UpdateArticleRequestBodyParams,
    )


class ArticlesResource(BaseResource[M]):
    """`client.knowledge_bases.articles`: the articles of a knowledge base."""

    @paged_method
    def list(
        self,
        knowledge_base_id: str,
        *,
        language: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> PageWalk[Article]:
        """A knowledge base's articles (in `language`, if given). `limit` is the page size."""
        return self._list(
            "GetArticles", path={"id": knowledge_base_id}, query=present(language=language),
            limit=limit, cursor=cursor, max_items=max_items,
        )  # fmt: skip

    @api_method
    def get(
        self, knowledge_base_id: str, article_id: str, *, language: str | None = None
    ) -> Flow[Article]:
        path = {"id": knowledge_base_id, "article_id": article_id}
        return (yield from self._call("GetArticle", path=path, query=present(language=language)))

    @api_method
    def create(
        self,
        knowledge_base_id: str,
        body: Any = None,
        /,
        **fields: Unpack[CreateArticleRequestBodyParams],
    ) -> Flow[Article]:
        return (
            yield from self._call(
                "CreateArticle", path={"id": knowledge_base_id}, body=body, fields=fields
            )
        )

    @api_method
    def update(
        self,
        knowledge_base_id: str,
        article_id: str,
        body: Any = None,
        /,
        **fields: Unpack[UpdateArticleRequestBodyParams],
    ) -> Flow[Article]:
        path = {"id": knowledge_base_id, "article_id": article_id}
        return (yield from self._call("UpdateArticle", path=path, body=body, fields=fields))

    @api_method
    def delete(self, knowledge_base_id: str, article_id: str) -> Flow[DeleteArticleResponseBody]:
        path = {"id": knowledge_base_id, "article_id": article_id}
        return (yield from self._call("DeleteArticle", path=path))


class CollectionsResource(BaseResource[M]):
    """`client.knowledge_bases.collections`: the groups articles are filed in."""

    @api_method
    def list(self, knowledge_base_id: str) -> Flow[builtins.list[Collection]]:
        return (yield from self._call("GetCollections", path={"id": knowledge_base_id}))

    @api_method
    def get(self, knowledge_base_id: str, collection_id: str) -> Flow[Collection]:
        path = {"id": knowledge_base_id, "collection_id": collection_id}
        return (yield from self._call("GetCollection", path=path))

    @api_method
    def create(
        self,
        knowledge_base_id: str,
        body: Any = None,
        /,
        **fields: Unpack[CreateCollectionRequestBodyParams],
    ) -> Flow[Collection]:
        return (
            yield from self._call(
                "CreateCollection", path={"id": knowledge_base_id}, body=body, fields=fields
            )
        )

    @api_method
    def delete(
        self, knowledge_base_id: str, collection_id: str
    ) -> Flow[DeleteCollectionResponseBody]:
        path = {"id": knowledge_base_id, "collection_id": collection_id}
        return (yield from self._call("DeleteCollection", path=path))


class RouteRedirectsResource(BaseResource[M]):
    """`client.knowledge_bases.route_redirects`: old article URLs sent to new ones."""

    @api_method
    def create(
        self,
        knowledge_base_id: str,
        body: Any = None,
        /,
        **fields: Unpack[CreateRouteRedirectRequestBodyParams],
    ) -> Flow[RouteRedirect]:
        return (
            yield from self._call(
                "CreateRouteRedirect", path={"id": knowledge_base_id}, body=body, fields=fields
            )
        )


class KnowledgeBasesResource(BaseResource[M]):
    """`client.knowledge_bases`."""

    @cached_property
    def articles(self) -> ArticlesResource[M]:
        return ArticlesResource(self._client)

    @cached_property
    def collections(self) -> CollectionsResource[M]:
        return CollectionsResource(self._client)

    @cached_property
    def route_redirects(self) -> RouteRedirectsResource[M]:
        return RouteRedirectsResource(self._client)

    @paged_method
    def list(self, *, max_items: int | None = None) -> PageWalk[KnowledgeBase]:
        return self._list("GetKnowledgeBases", max_items=max_items)

    @api_method
    def get(self, knowledge_base_id: str) -> Flow[KnowledgeBase]:
        return (yield from self._call("GetKnowledgeBase", path={"id": knowledge_base_id}))
