"""Make the generated `UNSET` survive pickling and copying as itself.

The generator's `Unset` is a plain class with one instance, `UNSET`, and the models compare fields
to it by identity (`is not UNSET`) and by equality. Pickled or deep-copied, it came back as a new
`Unset()`, so a copy of a model with any unset field was not equal to the original and its
`to_dict()` sent the unset fields. Reducing it to the module's global name gives back the one
instance (the copy module treats a string from `__reduce__` the same way).
"""

from __future__ import annotations

from pathlib import Path

_PATCH = """

def _unset_reduce(self: Unset) -> str:
    # Pickle and copy give back the module's one UNSET (codegen/unset_singleton.py).
    return "UNSET"


Unset.__reduce__ = _unset_reduce  # type: ignore[method-assign, assignment]
"""


def singleton_unset(package: Path) -> None:
    types = package / "types.py"
    text = types.read_text()
    anchor = "UNSET: Unset = Unset()\n"
    if anchor not in text:
        raise RuntimeError(f"{types}: the generator no longer defines UNSET as expected")
    types.write_text(text.replace(anchor, anchor + _PATCH, 1))
