"""The plan's first example, as written: list, look up by number, create, update (sync client).

Run it with `python examples/run_with_simulator.py examples/plan_sync.py`, or against your workspace
with PYLON_API_KEY set (it creates an issue there).
"""

from pylon import PylonClient

client = PylonClient(api_key="your_api_key")  # PYLON_API_KEY is used when no key is given
for recent in client.issues.list(days=7):
    print(f"#{recent.number}: {recent.title}")

issue = client.issues.get_by_number(36800)  # None when there is no such issue
if issue is None:
    raise SystemExit("no issue #36800 in this workspace")
print(f"Found #{issue.number}: {issue.title} [{issue.state}]")

new_issue = client.issues.create(
    title="API Integration Question",
    description="How do I authenticate?",  # plain text, sent as escaped body_html
    account_id="acc_123",
    tags=["api", "question"],
)
print(f"Created #{new_issue.number} with tags {new_issue.tags}")

# "resolved" is a custom status of the example workspace; Pylon's built-in closed state is "closed".
updated = client.issues.update(issue.id, state="resolved")
print(f"#{updated.number} is now {updated.state}")
client.close()
