from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.survey_response_answer import SurveyResponseAnswer


T = TypeVar("T", bound="SurveyResponse")


@_attrs_define
class SurveyResponse:
    """
    Attributes:
        account_id (str | Unset):
        answers (list[SurveyResponseAnswer] | Unset):
        contact_id (str | Unset):
        id (str | Unset):
        submitted_at (datetime.datetime | Unset):
    """

    account_id: str | Unset = UNSET
    answers: list[SurveyResponseAnswer] | Unset = UNSET
    contact_id: str | Unset = UNSET
    id: str | Unset = UNSET
    submitted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        contact_id = self.contact_id

        id = self.id

        submitted_at: str | Unset = UNSET
        if not isinstance(self.submitted_at, Unset):
            submitted_at = self.submitted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if answers is not UNSET:
            field_dict["answers"] = answers
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if id is not UNSET:
            field_dict["id"] = id
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        _answers = d.pop("answers", UNSET)
        answers: list[SurveyResponseAnswer] | Unset = UNSET
        if _answers is not UNSET:
            answers = []
            for answers_item_data in _answers:
                answers_item = SurveyResponseAnswer.from_dict(answers_item_data)

                answers.append(answers_item)

        contact_id = d.pop("contact_id", UNSET)

        id = d.pop("id", UNSET)

        _submitted_at = d.pop("submitted_at", UNSET)
        submitted_at: datetime.datetime | Unset
        if isinstance(_submitted_at, Unset):
            submitted_at = UNSET
        else:
            submitted_at = datetime.datetime.fromisoformat(
                _submitted_at[:-1] + "+00:00"
                if _submitted_at.endswith(("Z", "z"))
                else _submitted_at
            )

        survey_response = cls(
            account_id=account_id,
            answers=answers,
            contact_id=contact_id,
            id=id,
            submitted_at=submitted_at,
        )

        survey_response.additional_properties = d
        return survey_response

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
from ..models.survey_response_answer import SurveyResponseAnswer
