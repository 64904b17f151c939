"""``pylon.testing`` — a stateful, spec-faithful fake Pylon API for tests, demos and examples.

Use it in-process (``httpx.Client(transport=sim.transport())``), as an ASGI app
(``sim.asgi_app``), or over real loopback HTTP (``with sim.serve() as url:``, or
``python -m pylon.testing --port 8080``). It routes all operations of the pinned spec, keeps
state, paginates and searches like Pylon, enforces rate limits on request, injects faults, signs
webhook deliveries and seeds realistic data. It depends on the spec tables only, never on the
SDK's client, so the SDK's tests talk to an independent party.
"""

from __future__ import annotations

from typing import Any

from ._asgi import create_app
from ._cli import main
from ._errors import ApiError
from ._faults import FaultAction, FaultRule, Faults
from ._response import SimResponse
from ._respx import route_to_simulator
from ._samples import sample_event
from ._scaled import scaled_rate_limits
from ._seed import SeedSummary
from ._simulator import RequestRecord, Simulator
from ._store import Collection, Store
from ._transport import SimulatorTransport
from ._webhooks import Delivery, WebhookEndpoint, Webhooks, sign


def seeded_simulator(
    *,
    accounts: int = 20,
    contacts: int = 50,
    users: int = 8,
    teams: int = 3,
    issues: int = 200,
    seed: int = 42,
    now: Any = None,
    **options: Any,
) -> Simulator:
    """A new :class:`Simulator` (``options`` go to its constructor), seeded with ``seed``."""
    sim = Simulator(seed=seed, **options)
    sim.seed(
        accounts=accounts,
        contacts=contacts,
        users=users,
        teams=teams,
        issues=issues,
        seed=seed,
        now=now,
    )
    return sim


__all__ = [
    "ApiError",
    "Collection",
    "Delivery",
    "FaultAction",
    "FaultRule",
    "Faults",
    "RequestRecord",
    "SeedSummary",
    "SimResponse",
    "Simulator",
    "SimulatorTransport",
    "Store",
    "WebhookEndpoint",
    "Webhooks",
    "create_app",
    "main",
    "route_to_simulator",
    "sample_event",
    "scaled_rate_limits",
    "seeded_simulator",
    "sign",
]
