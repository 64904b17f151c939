"""Fault injection: make chosen requests fail the way real HTTP fails.

A :class:`FaultRule` matches by operation id, by method and path (template or concrete path) or
everything, and fires by sequence (``after`` matching calls pass first, then ``times`` fire) or by
probability (drawn from the simulator's seeded RNG, so a run is reproducible). Rules are tried in
the order they were added; the first that fires decides. What a fault does is *data* (a
:class:`FaultAction`): the request pipeline turns it into a response and the front ends (ASGI,
in-process transport) carry out delays, drips and dropped connections in their own terms.
"""

from __future__ import annotations

import json
import random
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

DropMode = Literal["before_response", "mid_body", "reset"]

NGINX_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass
class FaultAction:
    """What happens to one response; interpreted by the transport or the ASGI app."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    content_type: str | None = None
    html: bool = False
    drop: DropMode | None = None
    drop_after_bytes: int | None = None
    delay: float = 0.0
    drip_interval: float = 0.0
    drip_chunk: int = 1
    truncate: int | None = None
    processed: bool = False

    @property
    def replaces_response(self) -> bool:
        return self.status is not None or self.html or self.body is not None


@dataclass
class FaultRule:
    action: FaultAction
    operation: str | None = None
    method: str | None = None
    path: str | None = None
    times: int | None = None
    after: int = 0
    probability: float | None = None
    seen: int = 0
    fired: int = 0

    def matches(self, op_id: str | None, method: str, template: str | None, path: str) -> bool:
        if self.operation is not None and self.operation != op_id:
            return False
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path is None or self.path in (template, path)

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times


class Faults:
    """The fault rules of one simulator: ``sim.faults.add(...)``, ``sim.faults.clear()``."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()

    def add(
        self,
        *,
        operation: str | None = None,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        body: Any = None,
        content_type: str | None = None,
        html: bool = False,
        drop: DropMode | None = None,
        drop_after_bytes: int | None = None,
        delay: float = 0.0,
        drip_interval: float = 0.0,
        drip_chunk: int = 1,
        truncate: int | bool | None = None,
        processed: bool = False,
        times: int | None = None,
        after: int = 0,
        probability: float | None = None,
    ) -> FaultRule:
        """Add a rule and return it (``rule.fired`` counts how often it fired).

        ``status``/``headers``/``body`` replace the response (a dict or list body is sent as
        JSON, a str or bytes body as is; with only a status, the body is Pylon's error JSON);
        ``html=True`` sends an nginx-style HTML error page; ``drop`` closes the connection
        (``"before_response"``: nothing sent; ``"mid_body"``: headers and part of the body, then
        FIN; ``"reset"``: the same with RST); ``delay`` waits before the headers; ``drip_interval``
        sends the body ``drip_chunk`` bytes at a time; ``truncate`` cuts the JSON body (to that
        many bytes, or half with ``True``) with an honest Content-Length; ``processed=True`` runs
        the real handler first, so a create is stored although the client sees the fault.
        ``times`` limits how often the rule fires (None: every matching call), ``after`` lets
        that many matching calls through first, ``probability`` fires at random (seeded).
        """
        if probability is not None and not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        raw_body: bytes | None
        if body is None:
            raw_body = None
        elif isinstance(body, bytes):
            raw_body = body
        elif isinstance(body, str):
            raw_body = body.encode()
        else:
            raw_body = json.dumps(body).encode()
            content_type = content_type or "application/json"
        cut = (
            None
            if truncate is None or truncate is False
            else (-1 if truncate is True else int(truncate))
        )
        action = FaultAction(
            status=status,
            headers=dict(headers or {}),
            body=raw_body,
            content_type=content_type,
            html=html,
            drop=drop,
            drop_after_bytes=drop_after_bytes,
            delay=delay,
            drip_interval=drip_interval,
            drip_chunk=max(1, drip_chunk),
            truncate=cut,
            processed=processed,
        )
        rule = FaultRule(action, operation, method, path, times, after, probability)
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    @property
    def rules(self) -> list[FaultRule]:
        return list(self._rules)

    def pick(
        self, op_id: str | None, method: str, template: str | None, path: str
    ) -> FaultAction | None:
        """The action of the first rule that fires for this request, if any."""
        with self._lock:
            for rule in self._rules:
                if rule.exhausted or not rule.matches(op_id, method, template, path):
                    continue
                rule.seen += 1
                if rule.seen <= rule.after:
                    continue
                if rule.probability is not None and self.rng.random() >= rule.probability:
                    continue
                rule.fired += 1
                return rule.action
        return None
