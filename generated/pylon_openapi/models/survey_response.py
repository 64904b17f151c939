from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

if TYPE_CHECKING:
    from ..models.survey_response_answer import SurveyResponseAnswer


T = TypeVar("T", bound="SurveyResponse")


@_attrs_define
class SurveyResponse(LazyModel):
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
def _SurveyResponse_read_account_id(d: dict[str, Any]) -> Any:
    account_id = d.get("account_id", UNSET)
    return account_id


def _SurveyResponse_read_answers(d: dict[str, Any]) -> Any:
    from ..models.survey_response_answer import SurveyResponseAnswer

    _answers = d.get("answers", UNSET)
    answers: list[SurveyResponseAnswer] | Unset = UNSET
    if _answers is not UNSET:
        answers = []
        for answers_item_data in _answers:
            answers_item = SurveyResponseAnswer.from_dict(answers_item_data)
            answers.append(answers_item)
    return answers


def _SurveyResponse_read_contact_id(d: dict[str, Any]) -> Any:
    contact_id = d.get("contact_id", UNSET)
    return contact_id


def _SurveyResponse_read_id(d: dict[str, Any]) -> Any:
    id = d.get("id", UNSET)
    return id


def _SurveyResponse_read_submitted_at(d: dict[str, Any]) -> Any:
    _submitted_at = d.get("submitted_at", UNSET)
    submitted_at: datetime.datetime | Unset
    if isinstance(_submitted_at, Unset):
        submitted_at = UNSET
    else:
        submitted_at = datetime.datetime.fromisoformat(
            _submitted_at[:-1] + "+00:00" if _submitted_at.endswith(("Z", "z")) else _submitted_at
        )
    return submitted_at


def _SurveyResponse_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {
        k: v
        for k, v in d.items()
        if k not in {"account_id", "answers", "contact_id", "id", "submitted_at"}
    }
    _extra = d
    return _extra


SurveyResponse._lazy_readers = {
    "account_id": _SurveyResponse_read_account_id,
    "answers": _SurveyResponse_read_answers,
    "contact_id": _SurveyResponse_read_contact_id,
    "id": _SurveyResponse_read_id,
    "submitted_at": _SurveyResponse_read_submitted_at,
    "additional_properties": _SurveyResponse_read_additional_properties,
}
