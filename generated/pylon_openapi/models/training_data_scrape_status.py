from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="TrainingDataScrapeStatus")


@_attrs_define
class TrainingDataScrapeStatus(LazyModel):
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
def _TrainingDataScrapeStatus_read_last_scraped_at(d: dict[str, Any]) -> Any:
    last_scraped_at = d.get("last_scraped_at", UNSET)
    return last_scraped_at


def _TrainingDataScrapeStatus_read_pages_scraped(d: dict[str, Any]) -> Any:
    pages_scraped = d.get("pages_scraped", UNSET)
    return pages_scraped


def _TrainingDataScrapeStatus_read_status(d: dict[str, Any]) -> Any:
    status = d.get("status", UNSET)
    return status


def _TrainingDataScrapeStatus_read_total_pages(d: dict[str, Any]) -> Any:
    total_pages = d.get("total_pages", UNSET)
    return total_pages


def _TrainingDataScrapeStatus_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"last_scraped_at", "pages_scraped", "status", "total_pages"}
    }
    _extra = d
    return _extra


TrainingDataScrapeStatus._lazy_readers = {
    "last_scraped_at": _TrainingDataScrapeStatus_read_last_scraped_at,
    "pages_scraped": _TrainingDataScrapeStatus_read_pages_scraped,
    "status": _TrainingDataScrapeStatus_read_status,
    "total_pages": _TrainingDataScrapeStatus_read_total_pages,
    "additional_properties": _TrainingDataScrapeStatus_read_additional_properties,
}
