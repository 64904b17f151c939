"""Recognising a delivery seen before, so handlers run once per delivery.

Pylon retries deliveries it thinks failed, and the body-only signature scheme cannot tell a
replayed capture from a fresh delivery. Both are caught by claiming each delivery's key in a
store with three states:

* *in progress* from `claim` until the handlers finish - a copy arriving meanwhile is answered
  with a retryable 503 (never "done": the first run may still fail);
* *done* once every handler succeeded, remembered for the dedup window (72 h by default);
* *released* (forgotten) when a handler failed, so the sender's retry runs them again.

A claim older than its lease counts as abandoned (its receiver died) and may be taken again.
:class:`InMemoryDedupStore` is the default: per process, bounded in size, thread-safe. For several
processes, use a shared store (``WebhookHandler(shared_state="sqlite:///..." or "redis://...")``).
"""

from __future__ import annotations

from ..shared_state import Claim, DedupStore, InMemoryDedupStore

__all__ = ["Claim", "DedupStore", "InMemoryDedupStore"]
