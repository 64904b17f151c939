from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_request_custom_fields import FeatureRequestCustomFields
    from ..models.feature_request_evidence import FeatureRequestEvidence


T = TypeVar("T", bound="FeatureRequest")


@_attrs_define
class FeatureRequest:
    """
    Attributes:
        created_at (str | Unset):
        custom_fields (FeatureRequestCustomFields | Unset):
        description (str | Unset):
        evidence (list[FeatureRequestEvidence] | Unset):
        evidence_count (int | Unset):
        id (str | Unset):
        request_status (str | Unset):
        title (str | Unset):
        updated_at (str | Unset):
    """

    created_at: str | Unset = UNSET
    custom_fields: FeatureRequestCustomFields | Unset = UNSET
    description: str | Unset = UNSET
    evidence: list[FeatureRequestEvidence] | Unset = UNSET
    evidence_count: int | Unset = UNSET
    id: str | Unset = UNSET
    request_status: str | Unset = UNSET
    title: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        description = self.description

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        evidence_count = self.evidence_count

        id = self.id

        request_status = self.request_status

        title = self.title

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if evidence_count is not UNSET:
            field_dict["evidence_count"] = evidence_count
        if id is not UNSET:
            field_dict["id"] = id
        if request_status is not UNSET:
            field_dict["request_status"] = request_status
        if title is not UNSET:
            field_dict["title"] = title
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: FeatureRequestCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = FeatureRequestCustomFields.from_dict(_custom_fields)

        description = d.pop("description", UNSET)

        _evidence = d.pop("evidence", UNSET)
        evidence: list[FeatureRequestEvidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = FeatureRequestEvidence.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        evidence_count = d.pop("evidence_count", UNSET)

        id = d.pop("id", UNSET)

        request_status = d.pop("request_status", UNSET)

        title = d.pop("title", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        feature_request = cls(
            created_at=created_at,
            custom_fields=custom_fields,
            description=description,
            evidence=evidence,
            evidence_count=evidence_count,
            id=id,
            request_status=request_status,
            title=title,
            updated_at=updated_at,
        )

        feature_request.additional_properties = d
        return feature_request

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
from ..models.feature_request_custom_fields import FeatureRequestCustomFields
from ..models.feature_request_evidence import FeatureRequestEvidence
