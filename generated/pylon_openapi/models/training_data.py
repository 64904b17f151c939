from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_data_document import TrainingDataDocument
    from ..models.training_data_scrape_status import TrainingDataScrapeStatus


T = TypeVar("T", bound="TrainingData")


@_attrs_define
class TrainingData:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[TrainingDataDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = TrainingDataDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        exclude_from_kb_search = d.pop("exclude_from_kb_search", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _scrape_status = d.pop("scrape_status", UNSET)
        scrape_status: TrainingDataScrapeStatus | Unset
        if isinstance(_scrape_status, Unset):
            scrape_status = UNSET
        else:
            scrape_status = TrainingDataScrapeStatus.from_dict(_scrape_status)

        type_ = d.pop("type", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        visibility = d.pop("visibility", UNSET)

        training_data = cls(
            created_at=created_at,
            documents=documents,
            exclude_from_kb_search=exclude_from_kb_search,
            id=id,
            name=name,
            scrape_status=scrape_status,
            type_=type_,
            updated_at=updated_at,
            visibility=visibility,
        )

        training_data.additional_properties = d
        return training_data

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


# Imported once here rather than on every from_dict call (codegen/optimize.py).
from ..models.training_data_document import TrainingDataDocument
from ..models.training_data_scrape_status import TrainingDataScrapeStatus
