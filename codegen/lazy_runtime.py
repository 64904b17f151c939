"""Generated models that read each field from the payload when it is first accessed.

`make generate` copies this file into the generated package as `pylon_openapi/_lazy.py`, and
`codegen/lazy_models.py` makes every response model a subclass of `LazyModel`.

Why: a page of 999 issues is about 3 MB of JSON, and building every field of every issue up front
(nested models, enums, lists of models) cost more than the HTTP request and `json.loads` together.
`from_dict` now only keeps the payload; a field is parsed the first time it is read, by the same
code the generator wrote for it, and stored in its attrs slot, so the second read is a plain slot
read. Instances built with `Model(...)` set every slot in `__init__` and never take the lazy path.

What stays as it was: the attrs fields and their types, `__init__`, `to_dict()`, equality, `repr`,
pickling and `attrs.evolve` (they read the fields, which parses them), unknown fields in
`additional_properties`, unknown enum values. What differs: a value that does not fit its
documented type raises `FieldValueError` when that field is read, not when the payload is parsed.
Two threads reading an unread field at the same moment may both parse it; both get equal values
and one of them is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

T = TypeVar("T", bound="LazyModel")

Reader = Callable[[dict[str, Any]], Any]


class FieldValueError(TypeError, ValueError):
    """A field's value in the payload does not have the type the API documents for it.

    Both a TypeError and a ValueError, the two errors the eager parser raised for such values."""


class LazyModel:
    """Base of the generated models: `from_dict` defers each field until it is read."""

    __slots__ = ("_lazy_source",)

    # Set by each generated model module: attribute name -> the generated code that parses it from
    # the payload, and the keys the spec requires (checked up front, as the eager parser did).
    _lazy_readers: ClassVar[dict[str, Reader]] = {}
    _lazy_required: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if cls._lazy_required and not d.keys() >= cls._lazy_required:
            raise KeyError(sorted(cls._lazy_required - d.keys())[0])
        model = object.__new__(cls)
        model._lazy_source = d
        return model

    def _lazy_unread_payload(self) -> dict[str, Any] | None:
        """The payload this model was parsed from, while none of its fields has been read or set
        (so `to_dict()` would build an equal dict, field by field); else None. For callers that
        only read it (an export turning pages into rows): it is the model's own, not a copy."""
        try:
            source = self._lazy_source
        except AttributeError:
            return None
        peek = object.__getattribute__  # never __getattr__: peeking must not parse a field
        for name in type(self)._lazy_readers:
            try:
                peek(self, name)
            except AttributeError:
                continue
            return None
        return source

    if not TYPE_CHECKING:  # type checkers should still flag unknown attribute names

        def __getattr__(self, name: str) -> Any:
            # Only called when the attribute is not set: a field not read yet (or not a field).
            reader = type(self)._lazy_readers.get(name)
            if reader is None or name == "_lazy_source":
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                )
            try:
                source = self._lazy_source
            except AttributeError:
                # Built by __init__ (every field set) and then `del model.field`.
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                ) from None
            try:
                value = reader(source)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                raise FieldValueError(
                    f"{type(self).__name__}.{name}: the payload's value does not have the"
                    f" documented type ({type(exc).__name__}: {exc})"
                ) from exc
            object.__setattr__(self, name, value)
            return value
