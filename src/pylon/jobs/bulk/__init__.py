"""Bulk changes: one change over many targets, paced, previewed, journaled and resumable.

from pylon import Pylon
from pylon.jobs.bulk import bulk

with Pylon() as client:
    result = bulk(client, "issues.update", where="tags contains spam", state="closed",
                  journal="close-spam.jsonl")
print(result.summary())
"""

from ._job import DEFAULT_CONCURRENCY, bulk, bulk_async
from ._methods import METHODS
from ._result import BulkResult, ItemResult

__all__ = ["DEFAULT_CONCURRENCY", "METHODS", "BulkResult", "ItemResult", "bulk", "bulk_async"]
