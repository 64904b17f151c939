"""`NOT_GIVEN`: the default of every optional request field, so "not given" and `None` can differ.

A PATCH body field left out means "leave as it is"; the same field sent as JSON `null` means "clear
it". A default of `None` could not tell the two apart, so optional request fields default to
`NOT_GIVEN` and only the fields a caller gave are sent.
"""

from __future__ import annotations

from typing import Any, Final, final

from ._public import publish

__all__ = ["NOT_GIVEN", "NotGiven", "given"]


@final
class NotGiven:
    """The type of `NOT_GIVEN`; falsy, and shown as `NOT_GIVEN` in signatures and `help()`."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments a caller gave (not `NOT_GIVEN`), in the order they were declared."""
    return {name: value for name, value in values.items() if value is not NOT_GIVEN}


publish(__name__)
