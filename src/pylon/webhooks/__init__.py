"""Receive Pylon webhooks: verify signatures, parse typed events, dispatch to handlers.

::

    from pylon.webhooks import WebhookHandler

    handler = WebhookHandler(secret=os.environ["PYLON_WEBHOOK_SECRET"])

    @handler.on("issue_new")
    def on_new_issue(event):
        print(event.issue_number, event.issue_title, event.issue_tags)

    response = handler.handle(raw_body, request_headers)   # (body, status, headers)

Framework adapters live in :mod:`pylon.webhooks.starlette`, :mod:`pylon.webhooks.flask` and
:mod:`pylon.webhooks.wsgi`; they are imported only when you import them.
"""

from ._body import DEFAULT_MAX_BODY_BYTES
from ._dedup import Claim, DedupStore, InMemoryDedupStore
from ._errors import (
    WebhookConfigError,
    WebhookError,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
    WebhookUnavailableError,
)
from ._events import (
    EVENT_TYPES,
    IssueAssignedEvent,
    IssueEvent,
    IssueFieldChangedEvent,
    IssueMessageNewEvent,
    IssueNewEvent,
    IssueReactionEvent,
    IssueStatusChangedEvent,
    IssueTagsChangedEvent,
    MessageEvent,
    WebhookEvent,
    parse_event,
)
from ._handler import DEFAULT_DEDUP_WINDOW, WebhookHandler
from ._response import WebhookResponse
from ._result import Delivery, HandlerFailure, WebhookResult, default_dedup_key
from ._verify import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    TIMESTAMPED_SIGNATURE_HEADER,
    sign,
    verify,
)

__all__ = [
    "DEFAULT_DEDUP_WINDOW",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_TOLERANCE",
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "TIMESTAMPED_SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "Claim",
    "DedupStore",
    "Delivery",
    "HandlerFailure",
    "InMemoryDedupStore",
    "IssueAssignedEvent",
    "IssueEvent",
    "IssueFieldChangedEvent",
    "IssueMessageNewEvent",
    "IssueNewEvent",
    "IssueReactionEvent",
    "IssueStatusChangedEvent",
    "IssueTagsChangedEvent",
    "MessageEvent",
    "WebhookConfigError",
    "WebhookError",
    "WebhookEvent",
    "WebhookHandler",
    "WebhookPayloadError",
    "WebhookResponse",
    "WebhookResult",
    "WebhookSignatureError",
    "WebhookTimestampError",
    "WebhookUnavailableError",
    "default_dedup_key",
    "parse_event",
    "sign",
    "verify",
]
