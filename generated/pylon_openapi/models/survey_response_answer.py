from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from .._lazy import LazyModel

T = TypeVar("T", bound="SurveyResponseAnswer")


@_attrs_define
class SurveyResponseAnswer(LazyModel):
    """
    Attributes:
        prompt (str | Unset):
        question_type (str | Unset):
        value (str | Unset):
    """

    prompt: str | Unset = UNSET
    question_type: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        question_type = self.question_type

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if question_type is not UNSET:
            field_dict["question_type"] = question_type
        if value is not UNSET:
            field_dict["value"] = value

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
def _SurveyResponseAnswer_read_prompt(d: dict[str, Any]) -> Any:
    prompt = d.get("prompt", UNSET)
    return prompt


def _SurveyResponseAnswer_read_question_type(d: dict[str, Any]) -> Any:
    question_type = d.get("question_type", UNSET)
    return question_type


def _SurveyResponseAnswer_read_value(d: dict[str, Any]) -> Any:
    value = d.get("value", UNSET)
    return value


def _SurveyResponseAnswer_read_additional_properties(d: dict[str, Any]) -> Any:
    d = {k: v for k, v in d.items() if k not in {"prompt", "question_type", "value"}}
    _extra = d
    return _extra


SurveyResponseAnswer._lazy_readers = {
    "prompt": _SurveyResponseAnswer_read_prompt,
    "question_type": _SurveyResponseAnswer_read_question_type,
    "value": _SurveyResponseAnswer_read_value,
    "additional_properties": _SurveyResponseAnswer_read_additional_properties,
}
