from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.training_data_document import TrainingDataDocument
    from ..models.training_data_scrape_status import TrainingDataScrapeStatus


T = TypeVar("T", bound="TrainingData")


@_attrs_define
class TrainingData(LazyModel):
    """
    Attributes:
        created_at (str | Unset):
        documents (list[TrainingDataDocument] | Unset):
        exclude_from_kb_search (bool | Unset):
        id (str | Unset):
        name (str | Unset):
        scrape_status (TrainingDataScrapeStatus | Unset):
        type_ (str | Unset):
        updated_at (str | Unset):
        visibility (str | Unset):
    """

    created_at: str | Unset = UNSET
    documents: list[TrainingDataDocument] | Unset = UNSET
    exclude_from_kb_search: bool | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    scrape_status: TrainingDataScrapeStatus | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    visibility: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        exclude_from_kb_search = self.exclude_from_kb_search

        id = self.id

        name = self.name

        scrape_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scrape_status, Unset):
            scrape_status = self.scrape_status.to_dict()

        type_ = self.type_

        updated_at = self.updated_at

        visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if documents is not UNSET:
            field_dict["documents"] = documents
        if exclude_from_kb_search is not UNSET:
            field_dict["exclude_from_kb_search"] = exclude_from_kb_search
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if scrape_status is not UNSET:
            field_dict["scrape_status"] = scrape_status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

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
def _TrainingData_read_created_at(d: dict[str, Any]) -> Any:
    created_at = d.get("created_at", UNSET)
    return created_at


def _TrainingData_read_documents(d: dict[str, Any]) -> Any:
    from ..models.training_data_document import TrainingDataDocument

    _documents = d.get("documents", UNSET)
    documents: list[TrainingDataDocument] | Unset = UNSET
    if _documents is not UNSET:
        documents = []
        for documents_item_data in _documents:
            documents_item = TrainingDataDocument.from_dict(documents_item_data)
            documents.append(documents_item)
    return documents


def _TrainingData_read_exclude_from_kb_search(d: dict[str, Any]) -> Any:
    exclude_from_kb_search = d.get("exclude_from_kb_search", UNSET)
    return exclude_from_kb_search


def _TrainingData_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _TrainingData_read_name(d: dict[str, Any]) -> Any:
    name = d.get("name", UNSET)
    return name


def _TrainingData_read_scrape_status(d: dict[str, Any]) -> Any:
    from ..models.training_data_scrape_status import TrainingDataScrapeStatus

    _scrape_status = d.get("scrape_status", UNSET)
    scrape_status: TrainingDataScrapeStatus | Unset
    if isinstance(_scrape_status, Unset):
        scrape_status = UNSET
    else:
        scrape_status = TrainingDataScrapeStatus.from_dict(_scrape_status)
    return scrape_status


def _TrainingData_read_type_(d: dict[str, Any]) -> Any:
    type_ = d.get("type", UNSET)
    return type_


def _TrainingData_read_updated_at(d: dict[str, Any]) -> Any:
    updated_at = d.get("updated_at", UNSET)
    return updated_at


def _TrainingData_read_visibility(d: dict[str, Any]) -> Any:
    visibility = d.get("visibility", UNSET)
    return visibility


def _TrainingData_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k
        not in {
            "created_at",
            "documents",
            "exclude_from_kb_search",
            "id",
            "name",
            "scrape_status",
            "type",
            "updated_at",
            "visibility",
        }
    }
    _extra = d
    return _extra


TrainingData._lazy_readers = {
    "created_at": _TrainingData_read_created_at,
    "documents": _TrainingData_read_documents,
    "exclude_from_kb_search": _TrainingData_read_exclude_from_kb_search,
    "id": _TrainingData_read_id,
    "name": _TrainingData_read_name,
    "scrape_status": _TrainingData_read_scrape_status,
    "type_": _TrainingData_read_type_,
    "updated_at": _TrainingData_read_updated_at,
    "visibility": _TrainingData_read_visibility,
    "additional_properties": _TrainingData_read_additional_properties,
}
