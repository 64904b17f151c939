from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.article import Article
    from ..models.pagination import Pagination


T = TypeVar("T", bound="GetArticlesResponseBody")


@_attrs_define
class GetArticlesResponseBody(LazyModel):
    """
    Attributes:
        data (list[Article] | Unset):
        pagination (Pagination | Unset):
        request_id (str | Unset):
    """

    data: list[Article] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    # from_dict comes from LazyModel: each field is parsed from the payload when
    # first read, by the reader functions below the class.

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Field readers: the generator's own parsing code, one field each (codegen/lazy_models.py).
def _GetArticlesResponseBody_read_data(d: dict[str, Any]) -> Any:
    from ..models.article import Article

    _data = d.get("data", UNSET)
    data: list[Article] | Unset = UNSET
    if _data is not UNSET:
        data = []
        for data_item_data in _data:
            data_item = Article.from_dict(data_item_data)
            data.append(data_item)
    return data


def _GetArticlesResponseBody_read_pagination(d: dict[str, Any]) -> Any:
    from ..models.pagination import Pagination

    _pagination = d.get("pagination", UNSET)
    pagination: Pagination | Unset
    if isinstance(_pagination, Unset):
        pagination = UNSET
    else:
        pagination = Pagination.from_dict(_pagination)
    return pagination


def _GetArticlesResponseBody_read_request_id(d: dict[str, Any]) -> Any:
    request_id = d.get("request_id", UNSET)
    return request_id


def _GetArticlesResponseBody_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"data", "pagination", "request_id"}}
    _extra = d
    return _extra


GetArticlesResponseBody._lazy_readers = {
    "data": _GetArticlesResponseBody_read_data,
    "pagination": _GetArticlesResponseBody_read_pagination,
    "request_id": _GetArticlesResponseBody_read_request_id,
    "additional_properties": _GetArticlesResponseBody_read_additional_properties,
}
