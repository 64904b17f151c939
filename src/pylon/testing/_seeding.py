"""What every seed-data builder shares: the vocabulary, the seed's RNG and ids, and "now".

The words seed data is made of (names, companies, subjects, tags, custom fields, ...) are data, in
``seed_vocabulary.json`` beside this module; the builders only combine them. Draws from the RNG
happen in a fixed order, so the same seed and the same ``now`` give the same workspace.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ._state import State
from ._store import Collection, Scope
from ._timefmt import fmt_epoch

DAY = 86400.0


@cache
def vocabulary() -> dict[str, Any]:
    """The seed vocabulary (``seed_vocabulary.json``), read once per process."""
    text = resources.files(__package__).joinpath("seed_vocabulary.json").read_text("utf-8")
    words: dict[str, Any] = json.loads(text)
    return words


class Ids:
    """Ids for seeded objects: drawn from a seed's RNG, claimed in the simulator's registry."""

    def __init__(self, rng: random.Random, state: State) -> None:
        self._rng = rng
        self._claim = state.ids.claim

    def __call__(self) -> str:
        return self._claim(self._rng)


@dataclass
class Seeder:
    """The context of one seeding run, handed to every builder."""

    state: State
    rng: random.Random
    now_ts: float
    words: dict[str, Any]

    def __post_init__(self) -> None:
        self.new_id = Ids(self.rng, self.state)

    def stamp(self, days_ago_max: float, days_ago_min: float = 0.0) -> str:
        """A timestamp between ``days_ago_max`` and ``days_ago_min`` days before now."""
        span = days_ago_max - days_ago_min
        return fmt_epoch(self.now_ts - (days_ago_min + self.rng.random() * span) * DAY)

    def collection(self, name: str, scope: Scope = ()) -> Collection:
        return self.state.store.collection(name, scope)

    def field_options(self, slug: str) -> list[str]:
        """The options of a seeded select/multiselect custom field (its values' vocabulary)."""
        field = next(f for f in self.words["custom_fields"] if f["slug"] == slug)
        options: list[str] = field["options"]
        return options
