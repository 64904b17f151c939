"""What a bulk run did, per item and in total."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from .._scheduler import BucketStats

# `absent`: an unknown create that reconciling did not find (it is sent again in the same run).
Status = Literal["done", "failed", "skipped", "unknown", "pending", "planned", "absent"]


@dataclass
class ItemResult:
    """One target's outcome. `failed` carries the typed error's class, message, status and request
    id; `skipped` and `unknown` a `reason` (for `unknown`, what to check); `preview` the fields
    the change sets, as [current, new]."""

    key: str
    status: Status
    id: str | None = None  # the target, or the object a create made
    error: str | None = None
    message: str | None = None
    status_code: int | None = None
    request_id: str | None = None
    reason: str | None = None
    preview: dict[str, list[Any]] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class BulkResult:
    """The run: every item's outcome, the counts, requests per bucket, retries and 429s.

    `stopped` is True when `fail_fast` ended the run early (the rest stays `pending`);
    `cancelled` when the confirmation was refused (nothing was sent)."""

    method: str
    items: dict[str, ItemResult]
    dry_run: bool = False
    elapsed: float = 0.0
    buckets: dict[str, BucketStats] = field(default_factory=dict)
    retries: int = 0
    rate_limited: int = 0
    stopped: bool = False
    cancelled: bool = False
    journal: Path | None = None

    @property
    def counts(self) -> Counter[str]:
        return Counter(item.status for item in self.items.values())

    @property
    def failures(self) -> list[ItemResult]:
        return [i for i in self.items.values() if i.status == "failed"]

    @property
    def unknown(self) -> list[ItemResult]:
        return [i for i in self.items.values() if i.status == "unknown"]

    @property
    def ok(self) -> bool:
        """Nothing failed, nothing is unknown, nothing was left pending."""
        counts = self.counts
        return not (counts["failed"] or counts["unknown"] or counts["pending"])

    @property
    def requests(self) -> int:
        return sum(b.requests for b in self.buckets.values())

    def summary(self) -> str:
        counts = self.counts
        if not self.items:
            return f"{self.method}: no targets matched; nothing to do."
        order = ("planned", "done", "skipped", "failed", "unknown", "pending")
        shown = ", ".join(f"{counts[s]} {s}" for s in order if counts[s])
        head = (
            f"{self.method}{' (dry run)' if self.dry_run else ''}: {len(self.items)} items: {shown}"
        )
        lines = [head]
        lines += [stats.describe() for _, stats in sorted(self.buckets.items())]
        if not self.dry_run:
            lines.append(
                f"{self.requests} requests in {self.elapsed:.1f} s, {self.retries} retries,"
                f" {self.rate_limited} answered 429"
            )
        for item in self.unknown[:5]:
            lines.append(f"unknown: {item.key}: {item.reason}")
        if self.stopped:
            lines.append("stopped at the first failure (fail_fast); run again to continue.")
        return "\n".join(lines)

    def write(self, path: str | os.PathLike[str], *statuses: str) -> int:
        """Write the items (those with the given statuses, or all) as JSONL; returns how many."""
        chosen = [i for i in self.items.values() if not statuses or i.status in statuses]
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8") as file:
            for item in chosen:
                file.write(json.dumps(item.to_dict(), ensure_ascii=False, default=str) + "\n")
        return len(chosen)
