"""Run one export in a child process (the SIGKILL test kills it at random moments)."""

import sys

from pylon import Pylon
from pylon.jobs.export import export

url, key, out = sys.argv[1:4]
# Messages paced at 80 a second, so a run lasts long enough to be killed in every phase.
limits = {"GetIssueMessages": (20, 0.25), "SearchIssues": (20, 0.25)}
with Pylon(api_key=key, base_url=url, rate_limit=limits, max_retries=0) as client:
    export(client, "issues", out, include=["messages"], page_size=25, bar=False)
