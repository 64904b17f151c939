"""An in-process store whose operations can be switched off, like a shared store losing its
server: each name in `failing` raises `StoreUnavailableError`, sync and async alike (the async
twins run the sync methods)."""

from __future__ import annotations

from typing import Any

from pylon.shared_state import InProcessStore, StoreUnavailableError

OPERATIONS = frozenset(
    {"reserve", "cancel", "sent", "penalize", "usage", "claim", "complete", "release"}
)


class SwitchableStore(InProcessStore):
    description = "flaky://store"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.failing: set[str] = set()
        self.asked: list[str] = []  # every operation tried, failed or not

    @property
    def down(self) -> bool:
        return self.failing == OPERATIONS

    @down.setter
    def down(self, value: bool) -> None:
        self.failing = set(OPERATIONS) if value else set()


def _unless_switched_off(name: str) -> Any:
    inherited = getattr(InProcessStore, name)

    def operation(self: SwitchableStore, *args: Any) -> Any:
        self.asked.append(name)
        if name in self.failing:
            raise StoreUnavailableError(f"{self.description} is down")
        return inherited(self, *args)

    operation.__name__ = name
    return operation


for _name in OPERATIONS:
    setattr(SwitchableStore, _name, _unless_switched_off(_name))
