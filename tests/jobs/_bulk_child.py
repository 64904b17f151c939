"""Run a bulk update and a bulk create in a child process (the SIGKILL test kills it at random).

Each run: tag and close the open issues (journal <dir>/update.jsonl), then create the contacts of a
CSV file (journal <dir>/create.jsonl), settling creates left unknown by a kill by their email.
"""

import sys
from pathlib import Path

from pylon import Pylon
from pylon.jobs.bulk import bulk

url, key, journals, rows = sys.argv[1:5]
folder = Path(journals)
folder.mkdir(exist_ok=True)
# Paced at 80 a second, so a run lasts long enough to be killed in every phase.
limits = {"UpdateIssue": (20, 0.25), "CreateContact": (20, 0.25), "SearchIssues": (20, 0.25)}
with Pylon(api_key=key, base_url=url, rate_limit=limits) as client:
    for name, change in (
        ("issues.add_tags", {"tags": ["bulk"]}),
        ("issues.set_state", {"state": "closed"}),
    ):
        result = bulk(
            client,
            name,
            where="state not in (closed)",
            journal=folder / f"{name}.jsonl",
            bar=False,
            **change,
        )
        assert result.ok, result.summary()
    created = bulk(
        client,
        "contacts.create",
        rows=rows,
        journal=folder / "create.jsonl",
        reconcile="email",
        bar=False,
    )
    assert created.ok, created.summary()
