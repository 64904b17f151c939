"""Typed webhook events.

Pylon's deliveries are flat JSON objects whose keys the workspace admin chooses, so every field
here is optional, unknown keys are kept (as attributes and in :attr:`WebhookEvent.raw`), and a
value that does not fit its type never fails the delivery: it falls back to the field's default
while :attr:`~WebhookEvent.raw` still holds what was sent. An ``event_type`` we do not know yet
gives a plain :class:`WebhookEvent`, never an error.

List fields (``issue_tags``, ``issue_account_domains``, ``issue_attachment_urls``,
``message_ccs``) are lists of strings: ``null`` or a missing key gives ``[]``, a comma-separated
string is split (and trimmed), and a string holding a JSON array is decoded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    field_validator,
    model_validator,
)

from .._logging import logger as package_logger
from ._body import BodyLike, as_bytes, load_json_object
from ._errors import WebhookPayloadError

__all__ = [
    "EVENT_TYPES",
    "IssueAssignedEvent",
    "IssueEvent",
    "IssueFieldChangedEvent",
    "IssueMessageNewEvent",
    "IssueNewEvent",
    "IssueReactionEvent",
    "IssueStatusChangedEvent",
    "IssueTagsChangedEvent",
    "MessageEvent",
    "WebhookEvent",
    "parse_event",
]

# A child of the package logger, which carries the NullHandler and the redacting filter.
logger = package_logger.getChild("webhooks")

CUSTOM_FIELD_PREFIX = "issue_custom_field_"


def _as_str_list(value: object) -> object:
    """Coerce the shapes a configurable payload uses for a list of strings."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                decoded: object = json.loads(text)
            except (ValueError, RecursionError):
                decoded = None
            if isinstance(decoded, list):
                value = decoded
        if isinstance(value, str):
            return [part.strip() for part in text.split(",") if part.strip()]
    if isinstance(value, (list, tuple)):
        return [
            item if isinstance(item, str) else str(item)
            for item in value
            if isinstance(item, (str, int, float)) and not isinstance(item, bool)
        ]
    return value  # anything else fails validation and falls back to the default


StrList = Annotated[list[str], BeforeValidator(_as_str_list)]


class WebhookEvent(BaseModel):
    """One delivery. Known keys are typed attributes; every other key is an attribute too.

    ``raw`` is the delivery exactly as decoded, for keys whose names clash with methods or
    properties (``raw``, ``custom_fields``, ``model_*``) and for values that did not fit a type.
    """

    model_config = ConfigDict(extra="allow", frozen=True, coerce_numbers_to_str=True)

    #: The ``event_type`` this class is registered for (empty for the generic class).
    event_type_name: ClassVar[str] = ""

    event_type: str | None = None

    _raw: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_raw(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        event = handler(data)
        if isinstance(data, Mapping) and isinstance(event, WebhookEvent):
            event._raw = dict(data)
        return event

    @field_validator("*", mode="wrap")
    @classmethod
    def _lenient(
        cls, value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo
    ) -> Any:
        try:
            return handler(value)
        except ValidationError:
            name = info.field_name or ""
            logger.debug("webhook field %r has an unexpected shape; kept only in .raw", name)
            return cls.model_fields[name].get_default(call_default_factory=True)

    @property
    def raw(self) -> dict[str, Any]:
        """The delivery's JSON object, as received."""
        return self._raw

    @property
    def custom_fields(self) -> dict[str, Any]:
        """``issue_custom_field_<slug>`` keys as ``{slug: value}``, values untouched."""
        size = len(CUSTOM_FIELD_PREFIX)
        return {
            key[size:]: value
            for key, value in self._raw.items()
            if isinstance(key, str) and key.startswith(CUSTOM_FIELD_PREFIX) and len(key) > size
        }


class IssueEvent(WebhookEvent):
    """An event about an issue: the ``issue_*`` keys Pylon can include."""

    issue_id: str | None = None
    issue_number: int | None = None
    issue_title: str | None = None
    issue_body: str | None = None
    issue_status: str | None = None
    issue_link: str | None = None
    issue_tags: StrList = Field(default_factory=list)
    issue_team_name: str | None = None
    issue_account_id: str | None = None
    issue_account_name: str | None = None
    issue_account_domains: StrList = Field(default_factory=list)
    issue_requester_email: str | None = None
    # Pylon spells this key `issue_requesteer_id`; the correct spelling is accepted as well.
    issue_requesteer_id: str | None = Field(
        default=None, validation_alias=AliasChoices("issue_requesteer_id", "issue_requester_id")
    )
    issue_assignee_email: str | None = None
    issue_assignee_id: str | None = None
    issue_attachment_urls: StrList = Field(default_factory=list)
    issue_last_message_sent_at: datetime | None = None

    @property
    def issue_requester_id(self) -> str | None:
        """``issue_requesteer_id`` under its intended spelling."""
        return self.issue_requesteer_id


class MessageEvent(IssueEvent):
    """An event about a message on an issue: the issue keys plus ``message_*``."""

    message_id: str | None = None
    message_author_id: str | None = None
    message_author_name: str | None = None
    message_body_html: str | None = None
    message_ccs: StrList = Field(default_factory=list)
    message_is_private: bool | None = None
    message_sent_at: datetime | None = None


_EVENT_TYPES: dict[str, type[WebhookEvent]] = {}
#: ``event_type`` → event class, for the types this SDK knows.
EVENT_TYPES: Mapping[str, type[WebhookEvent]] = MappingProxyType(_EVENT_TYPES)

_E = TypeVar("_E", bound=type[WebhookEvent])


def _registered(event_type: str) -> Callable[[_E], _E]:
    def register(cls: _E) -> _E:
        cls.event_type_name = event_type
        _EVENT_TYPES[event_type] = cls
        return cls

    return register


@_registered("issue_new")
class IssueNewEvent(IssueEvent):
    """An issue was created."""


@_registered("issue_assigned")
class IssueAssignedEvent(IssueEvent):
    """An issue's assignee changed."""


@_registered("issue_field_changed")
class IssueFieldChangedEvent(IssueEvent):
    """A field of an issue changed (often a custom field)."""


@_registered("issue_status_changed")
class IssueStatusChangedEvent(IssueEvent):
    """An issue moved to another status."""


@_registered("issue_tags_changed")
class IssueTagsChangedEvent(IssueEvent):
    """An issue's tags changed."""


@_registered("issue_reaction")
class IssueReactionEvent(MessageEvent):
    """Someone reacted to a message; reaction keys are kept as extra attributes."""


@_registered("issue_message_new")
class IssueMessageNewEvent(MessageEvent):
    """A message was posted on an issue."""


def parse_event(payload: BodyLike | Mapping[str, Any]) -> WebhookEvent:
    """Build the event for a delivery body (raw bytes or text) or an already-decoded object.

    The class is picked by ``event_type``; unknown or missing types give a :class:`WebhookEvent`.
    Raises :class:`WebhookPayloadError` when bytes are not UTF-8 JSON holding an object.
    Call it only on a verified body (:class:`WebhookHandler` does both).
    """
    data = dict(payload) if isinstance(payload, Mapping) else load_json_object(as_bytes(payload))
    event_type = data.get("event_type")
    cls = (
        _EVENT_TYPES.get(event_type, WebhookEvent) if isinstance(event_type, str) else WebhookEvent
    )
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        # Fields are lenient, so this needs a mapping pydantic cannot read (e.g. non-str keys).
        raise WebhookPayloadError(
            f"the delivery cannot be read as an event ({exc.error_count()} error(s))", "invalid"
        ) from None
