"""Models the client returned, with conveniences bound to that client.

`issue = client.issues.get(id)` is a real generated `Issue` (same attrs fields, `to_dict`,
`additional_properties`), of a subclass that also knows the client it came from, so
`issue.add_message("...")`, `issue.resolve()` and `issue.assign_to(user_id=...)` work. The subclass
is made once per client and model, adds only methods (no fields, no copies of the model), and every
method is a one-line call into the client's resource: on `AsyncPylon` it returns an awaitable.
"""

from __future__ import annotations

from typing import Any

from ._errors import PylonError
from ._operations import model_class
from ._public import publish


class UnsupportedOperationError(PylonError, NotImplementedError):
    """Pylon's API has no endpoint for what was asked."""


class IssueActions:
    """Conveniences on an issue returned by the client."""

    __slots__ = ()
    _pylon_client: Any
    id: Any

    def refresh(self) -> Any:
        """The issue as it is now."""
        return self._pylon_client.issues.get(self.id)

    def add_message(self, text: str | None = None, **options: Any) -> Any:
        """Reply to the customer on this issue (to its latest message unless `message_id=`)."""
        return self._pylon_client.issues.reply(self.id, text, **options)

    reply = add_message

    def note(self, text: str | None = None, **options: Any) -> Any:
        """Add an internal note."""
        return self._pylon_client.issues.note(self.id, text, **options)

    def resolve(self) -> Any:
        """Close the issue."""
        return self._pylon_client.issues.resolve(self.id)

    def set_state(self, state: str) -> Any:
        return self._pylon_client.issues.set_state(self.id, state)

    def assign_to(self, *, user_id: str | None = None, team_id: str | None = None) -> Any:
        return self._pylon_client.issues.assign(self.id, user_id=user_id, team_id=team_id)

    def snooze(self, until: Any) -> Any:
        return self._pylon_client.issues.snooze(self.id, until)

    def add_tags(self, tags: list[str]) -> Any:
        return self._pylon_client.issues.add_tags(self.id, tags)

    def remove_tags(self, tags: list[str]) -> Any:
        return self._pylon_client.issues.remove_tags(self.id, tags)

    @property
    def messages(self) -> Any:
        """A pager over this issue's messages."""
        return self._pylon_client.issues.messages.list(self.id)


class _AccountActivities:
    def __init__(self, client: Any, account_id: str) -> None:
        self._client, self._account_id = client, account_id

    def create(self, **fields: Any) -> Any:
        """Log an activity on the account's timeline."""
        return self._client.accounts.activities.create(self._account_id, **fields)

    def list(self) -> Any:
        raise UnsupportedOperationError(
            "Pylon's API (spec 7.19.0) has no endpoint that lists an account's activities; it can"
            " only create them (accounts.activities.create)."
        )


class AccountActions:
    """Conveniences on an account returned by the client."""

    __slots__ = ()
    _pylon_client: Any
    id: Any

    def refresh(self) -> Any:
        return self._pylon_client.accounts.get(self.id)

    @property
    def activities(self) -> _AccountActivities:
        return _AccountActivities(self._pylon_client, self.id)

    def update(self, **fields: Any) -> Any:
        return self._pylon_client.accounts.update(self.id, **fields)


_ACTIONS: dict[str, type] = {"Issue": IssueActions, "Account": AccountActions}


def bound_model(name: str, client: Any) -> Any:
    """The class to parse `name` with for `client`: a bound subclass where there are actions."""
    base = model_class(name)
    actions = _ACTIONS.get(name)
    if actions is None:
        return base
    owner = getattr(client, "binding_owner", client)
    cache: dict[str, Any] = owner.__dict__.setdefault("_bound_models", {})
    cls = cache.get(name)
    if cls is None:
        namespace = {"__slots__": (), "_pylon_client": owner, "__module__": base.__module__}
        cls = type(name, (actions, base), namespace)
        cls.__qualname__ = base.__qualname__
        cache[name] = cls
    return cls


publish(__name__)
