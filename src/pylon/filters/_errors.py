"""The errors of ``pylon.filters``.

One base class, :class:`FilterError`, for every mistake in a filter: building it, reading it from a
dict, checking it against an endpoint, or parsing its text form. It subclasses :class:`ValueError`
because a bad filter is a bad argument value, and ``except ValueError`` is what generic code
already catches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._errors import PylonValidationError

__all__ = ["FilterError", "FilterParseError", "FilterProblem"]


@dataclass(frozen=True)
class FilterProblem:
    """One thing wrong with a filter, as found by :func:`pylon.filters.validate`.

    ``path`` locates the condition in the tree: the indexes of the subfilters followed from the
    root (``()`` is the root itself, ``(1, 0)`` the first subfilter of the root's second one).
    """

    message: str
    field: str | None = None
    operator: str | None = None
    path: tuple[int, ...] = ()

    def __str__(self) -> str:
        where = []
        if self.path:
            where.append("subfilter " + ".".join(str(i) for i in self.path))
        if self.field is not None:
            where.append(f"field {self.field!r}")
        if self.operator is not None:
            where.append(f"operator {self.operator!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


# A client-side validation error like any other (`except PylonValidationError` catches it), and
# still a ValueError through it.
class FilterError(PylonValidationError):
    """A filter is malformed, or not allowed by the endpoint it is meant for.

    The message says what is wrong and what is allowed instead. The attributes carry the same
    facts for programs: ``endpoint`` (the search operation, when known), ``field`` and
    ``operator`` (of the first problem), and ``problems`` (every problem found by validation).
    """

    def __init__(
        self,
        message: str,
        *,
        endpoint: str | None = None,
        field: str | None = None,
        operator: str | None = None,
        problems: Sequence[FilterProblem] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.endpoint = endpoint
        self.field = field
        self.operator = operator
        self.problems: tuple[FilterProblem, ...] = tuple(problems)

    def __str__(self) -> str:
        return self.message


class FilterParseError(FilterError):
    """The text form of a filter could not be parsed.

    ``position`` is the 0-based offset into ``text`` where parsing stopped; ``line`` and
    ``column`` are the same place counted from 1, as editors show it. ``str(error)`` shows the
    offending line with a caret under that place.
    """

    def __init__(self, message: str, text: str, position: int) -> None:
        position = max(0, min(position, len(text)))
        line_start = text.rfind("\n", 0, position) + 1
        line_end = text.find("\n", position)
        if line_end == -1:
            line_end = len(text)
        self.text = text
        self.position = position
        self.line = text.count("\n", 0, position) + 1
        self.column = position - line_start + 1
        self.reason = message
        where = (
            f"line {self.line}, column {self.column}" if "\n" in text else f"column {self.column}"
        )
        # Unprintable characters are shown as '?' so the echoed line stays one line and the caret
        # stays under the right character; tabs are kept, with a tab in the caret line too.
        source_line = "".join(
            ch if ch.isprintable() or ch == "\t" else "?" for ch in text[line_start:line_end]
        )
        pad = "".join("\t" if ch == "\t" else " " for ch in source_line[: self.column - 1])
        super().__init__(f"{message} (at {where})\n  {source_line}\n  {pad}^")
