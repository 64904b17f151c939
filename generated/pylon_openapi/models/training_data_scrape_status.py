from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingDataScrapeStatus")


@_attrs_define
class TrainingDataScrapeStatus:
    """
    Attributes:
        last_scraped_at (str | Unset):
        pages_scraped (int | Unset):
        status (str | Unset):
        total_pages (int | Unset):
    """

    last_scraped_at: str | Unset = UNSET
    pages_scraped: int | Unset = UNSET
    status: str | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_scraped_at = self.last_scraped_at

        pages_scraped = self.pages_scraped

        status = self.status

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_scraped_at is not UNSET:
            field_dict["last_scraped_at"] = last_scraped_at
        if pages_scraped is not UNSET:
            field_dict["pages_scraped"] = pages_scraped
        if status is not UNSET:
            field_dict["status"] = status
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_scraped_at = d.pop("last_scraped_at", UNSET)

        pages_scraped = d.pop("pages_scraped", UNSET)

        status = d.pop("status", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        training_data_scrape_status = cls(
            last_scraped_at=last_scraped_at,
            pages_scraped=pages_scraped,
            status=status,
            total_pages=total_pages,
        )

        training_data_scrape_status.additional_properties = d
        return training_data_scrape_status

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
