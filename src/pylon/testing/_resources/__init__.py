"""One handler per operation: the generic CRUD where the route's shape says so, a special
handler where the operation needs one. :func:`handler_table` fails loudly if any operation of
the route table is left without a handler, so a spec update that adds an operation is noticed.
"""

from __future__ import annotations

from .._spec import operations
from . import accounts, issues, workspace
from ._base import GENERIC, Handler, generic_action
from ._context import NESTED_TOO_DEEPLY, Context, Form, Upload

SPECIAL: dict[str, Handler] = {**issues.HANDLERS, **accounts.HANDLERS, **workspace.HANDLERS}


def handler_table() -> dict[str, Handler]:
    table: dict[str, Handler] = {}
    missing = []
    for op_id, op in operations().items():
        handler = SPECIAL.get(op_id)
        if handler is None:
            action = generic_action(op)
            handler = GENERIC.get(action) if action else None
        if handler is None:
            missing.append(op_id)
        else:
            table[op_id] = handler
    if missing:
        raise RuntimeError(f"no simulator handler for operations: {', '.join(sorted(missing))}")
    return table


__all__ = ["NESTED_TOO_DEEPLY", "Context", "Form", "Handler", "Upload", "handler_table"]
