"""`client.knowledge_bases`: help centres, their articles, collections and route redirects."""

from __future__ import annotations

from functools import cached_property
from typing import ClassVar

from .._resource import M, RawAsyncMode, RawResponses, RawSyncMode
from ._generated import (
    ArticlesMethods,
    CollectionsMethods,
    KnowledgeBasesMethods,
    RouteRedirectsMethods,
)


class ArticlesResource(ArticlesMethods[M]):
    """`client.knowledge_bases.articles`: the articles of a knowledge base."""

    with_raw_response: ClassVar[
        RawResponses[ArticlesResource[RawSyncMode], ArticlesResource[RawAsyncMode]]
    ] = RawResponses()


class CollectionsResource(CollectionsMethods[M]):
    """`client.knowledge_bases.collections`: the groups articles are filed in."""

    with_raw_response: ClassVar[
        RawResponses[CollectionsResource[RawSyncMode], CollectionsResource[RawAsyncMode]]
    ] = RawResponses()


class RouteRedirectsResource(RouteRedirectsMethods[M]):
    """`client.knowledge_bases.route_redirects`: old article URLs sent to new ones."""

    with_raw_response: ClassVar[
        RawResponses[RouteRedirectsResource[RawSyncMode], RouteRedirectsResource[RawAsyncMode]]
    ] = RawResponses()


class KnowledgeBasesResource(KnowledgeBasesMethods[M]):
    """`client.knowledge_bases`."""

    with_raw_response: ClassVar[
        RawResponses[KnowledgeBasesResource[RawSyncMode], KnowledgeBasesResource[RawAsyncMode]]
    ] = RawResponses()

    @cached_property
    def articles(self) -> ArticlesResource[M]:
        """`client.knowledge_bases.articles`."""
        return ArticlesResource(self._client)

    @cached_property
    def collections(self) -> CollectionsResource[M]:
        """`client.knowledge_bases.collections`."""
        return CollectionsResource(self._client)

    @cached_property
    def route_redirects(self) -> RouteRedirectsResource[M]:
        """`client.knowledge_bases.route_redirects`."""
        return RouteRedirectsResource(self._client)
