"""Bulk changes: preview, then apply, a change to many issues; import contacts from a file.

Run it against the simulator with `python examples/run_with_simulator.py examples/bulk_changes.py`.
Against a real workspace it changes real issues: read it first.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from pylon import Pylon
from pylon.jobs.bulk import bulk


def main() -> None:
    work = Path(tempfile.mkdtemp())
    with Pylon() as client:
        # What would change: one search, then field by field, current -> new. Nothing is written.
        preview = bulk(client, "issues.update", where="state = on_hold", state="waiting_on_you",
                       dry_run=True)  # fmt: skip
        print(preview.summary())
        for item in list(preview.items.values())[:3]:
            print(f"  {item.id}: {item.preview}")

        # The same change, for real, journaled: running it again resumes (or does nothing).
        journal = work / "on-hold.jsonl"
        result = bulk(client, "issues.update", where="state = on_hold", state="waiting_on_you",
                      journal=journal)  # fmt: skip
        print(result.summary())

        # Tag issues by id, keeping their other tags.
        ids = [issue.id for issue in client.issues.search("state = waiting_on_you", max_items=5)]
        print(bulk(client, "issues.add_tags", ids=ids, tags=["vip"]).summary())

        # Contacts from a CSV: columns are the create's body fields; a lost answer is never re-sent.
        rows = work / "contacts.csv"
        rows.write_text("name,email\nGrace Hopper,grace@example.com\nAlan Kay,alan@example.com\n")
        created = bulk(client, "contacts.create", rows=rows, journal=work / "contacts.jsonl",
                       reconcile="email")  # fmt: skip
        print(created.summary())


if __name__ == "__main__":
    main()
