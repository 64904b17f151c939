"""Models the client returned, with conveniences bound to that client.

`issue = client.issues.get(id)` is a real generated `Issue` (same attrs fields, `to_dict`,
`additional_properties`), of a subclass that also knows the client it came from, so
`issue.add_message("...")`, `issue.resolve()` and `issue.assign_to(user_id=...)` work. The typed
classes (`BoundIssue`, `BoundAccount`) are in `_bound_models`, imported only when a client first
returns one; here is the small part every resource needs: which models have conveniences, and the
per-client subclass. That subclass is made once per client and model, adds only the client (no
fields, no copies of the model), and each convenience runs the resource's own method, so on
`AsyncPylon` it returns an awaitable.
"""

from __future__ import annotations

from typing import Any

from ._conventions import BOUND_MODELS

# Defined with the other errors; importable from here as before.
from ._errors import UnsupportedOperationError as UnsupportedOperationError
from ._operations import model_class
from ._public import publish


def bound_model(name: str, client: Any) -> Any:
    """The class to parse `name` with for `client`: a bound subclass where there are actions."""
    bound_name = BOUND_MODELS.get(name)
    if bound_name is None:
        return model_class(name)
    owner = getattr(client, "binding_owner", client)
    cache: dict[str, Any] = owner.__dict__.setdefault("_bound_models", {})
    cls = cache.get(name)
    if cls is None:
        from . import _bound_models

        # Named as the generated model, so reprs read `Issue(...)` as for any generated model.
        base = model_class(name)
        namespace = {"__slots__": (), "_pylon_client": owner, "__module__": base.__module__}
        cls = type(name, (getattr(_bound_models, bound_name),), namespace)
        cls.__qualname__ = base.__qualname__
        cache[name] = cls
    return cls


def prepare_bound_models(client: Any) -> None:
    """Make `client`'s bound model classes when it is built, rather than on the first call that
    returns each: one small class per model with conveniences, holding nothing but the client."""
    for name in BOUND_MODELS:
        bound_model(name, client)


publish(__name__)
