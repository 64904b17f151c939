"""The whole webhook path over loopback: the SDK changes an issue on the served simulator, the
simulator signs and POSTs Pylon's flat payload to a receiver served by each adapter, and the
handler runs once per delivery; a receiver configured with the wrong secret rejects them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pylon import Pylon
from pylon.testing import seeded_simulator
from pylon.webhooks import WebhookHandler

SECRET = "whsec-simulator-e2e"


def _flask_app(handler: WebhookHandler) -> Any:
    from flask import Flask

    from pylon.webhooks.flask import webhook_blueprint

    app = Flask("receiver")
    app.register_blueprint(webhook_blueprint(handler, path="/"))
    return app


def _wsgi_app(handler: WebhookHandler) -> Any:
    from pylon.webhooks.wsgi import WebhookWSGIApp

    return WebhookWSGIApp(handler)


def _starlette_app(handler: WebhookHandler) -> Any:
    from pylon.webhooks.starlette import WebhookApp

    return WebhookApp(handler)


RECEIVERS: dict[str, tuple[str, Callable[[WebhookHandler], Any]]] = {
    "starlette": ("asgi", _starlette_app),
    "flask": ("wsgi", _flask_app),
    "wsgi": ("wsgi", _wsgi_app),
}


@pytest.mark.parametrize("receiver", sorted(RECEIVERS))
@pytest.mark.parametrize("secret", [SECRET, "a-different-secret"])
def test_simulator_deliveries_reach_each_adapter(
    receiver: str, secret: str, serve_wsgi: Any, serve_asgi: Any
) -> None:
    seen: list[Any] = []
    handler = WebhookHandler(secret=secret)

    @handler.on("issue_new", "issue_message_new", "issue_status_changed")
    def record(event: Any) -> None:
        seen.append(event)

    kind, build = RECEIVERS[receiver]
    url = (serve_asgi if kind == "asgi" else serve_wsgi)(build(handler))
    sim = seeded_simulator(issues=5, seed=7)
    sim.webhooks.register(url + "/", SECRET)
    with (
        sim.serve(port=0) as base_url,
        Pylon(api_key="whk-test-key-123456", base_url=base_url) as client,
    ):
        issue = client.issues.create(
            title="Card declined", body_html="<p>Help</p>", tags=["billing"]
        )
        client.issues.note(issue.id, "Looking into it")
        client.issues.set_state(issue.id, "on_hold")
        sim.webhooks.flush()

    statuses = [d.status for d in sim.webhooks.deliveries]
    assert statuses, "the simulator sent no deliveries"
    if secret != SECRET:
        assert set(statuses) == {401} and seen == []
        return
    assert set(statuses) == {200}
    by_type = {e.event_type: e for e in seen}
    assert len(seen) == len(statuses)  # once per delivery
    new = by_type["issue_new"]
    assert (new.issue_id, new.issue_title, new.issue_tags) == (
        issue.id,
        "Card declined",
        ["billing"],
    )
    assert by_type["issue_status_changed"].issue_status == "on_hold"
