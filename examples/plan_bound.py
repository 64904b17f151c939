"""The plan's bound objects and filters, with the two places where Pylon differs from the plan.

- Pylon's states are new, waiting_on_you, waiting_on_customer, on_hold and closed (plus a
  workspace's custom status slugs): "open" and "pending" are not states, and the filter check says
  so before any request is sent.
- Pylon's API can create account activities but has no endpoint to list them.
"""

from datetime import datetime, timezone

from pylon import PylonClient, UnsupportedOperationError, filters

client = PylonClient()

account = client.accounts.get("acc_123")
account.activities.create(slug="meeting", body_html="<p>Quarterly review</p>")
try:
    account.activities.list()
except UnsupportedOperationError as error:
    print(f"activities.list(): {error}")

some_issue = client.issues.search(filters.Field("state").equals("new"), max_items=1).collect()[0]
issue = client.issues.get(some_issue.id)
issue.add_message("Response text")
user = client.users.list().collect()[0]
assert isinstance(user.id, str)  # the spec marks ids optional; Pylon always sends them
issue.assign_to(user_id=user.id)
issue = issue.resolve()
print(f"#{issue.number} replied to, assigned and {issue.state}")

try:
    client.issues.search(
        filters.And(
            filters.Field("state").in_(["open", "pending"]),
            filters.Field("created_at").after(datetime(2024, 1, 1, tzinfo=timezone.utc)),
        )
    )
except filters.FilterError as error:
    print(f"Refused before sending: {error.problems[0].message.split('.')[0]}")

found = client.issues.search(
    filters.And(
        filters.Field("state").in_(["new", "waiting_on_you"]),
        filters.Field("created_at").after(datetime(2024, 1, 1, tzinfo=timezone.utc)),
    )
)
print(f"{len(found.collect())} new or waiting issues since 2024")
client.close()
