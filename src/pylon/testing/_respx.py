"""A bridge for test suites built on respx: matched Pylon requests are answered by the simulator.

    route_to_simulator(respx_mock, sim)        # every request to https://api.usepylon.com

Other hosts keep whatever the suite's own respx routes say, so the stateful simulator replaces
hand-scripted Pylon responses without touching the rest of the mocks. respx is not imported here:
the caller passes its router (``respx_mock``, ``respx.mock``, or a ``respx.Router``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._transport import SimulatorTransport

if TYPE_CHECKING:
    from ._simulator import Simulator

DEFAULT_BASE_URL = "https://api.usepylon.com"


def route_to_simulator(
    router: Any, simulator: Simulator, *, base_url: str = DEFAULT_BASE_URL, name: str = "pylon"
) -> Any:
    """Add a route to a respx ``router`` that answers every request under ``base_url`` from
    ``simulator`` (in-process: state, pagination, search, rate limits and faults included), for
    sync and async httpx clients alike. Returns the ``respx.Route``, so ``route.calls`` lists
    what was sent. A delay fault blocks the calling thread for its duration."""
    transport = SimulatorTransport(simulator)
    prefix = httpx.URL(base_url)

    def answer(request: httpx.Request) -> httpx.Response:
        return transport.respond(request)

    pattern: dict[str, Any] = {"scheme": prefix.scheme, "host": prefix.host}
    if prefix.port is not None:
        pattern["port"] = prefix.port
    return router.route(name=name, path__startswith=prefix.path, **pattern).mock(side_effect=answer)
