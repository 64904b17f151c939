"""A tour of py-usepylon-sdk: run it with `make demo` (it starts the embedded simulator for you).

Reads PYLON_API_KEY and PYLON_BASE_URL like any program using the SDK, so against a real workspace it
runs unchanged (it creates one issue there).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from pylon_openapi.api.tags import get_tags

from pylon import Pylon, filters
from pylon.webhooks import WebhookHandler, sign


def main() -> None:
    with Pylon() as client:
        me = client.me.get()
        print(f"Signed in as {me.name} (org {me.id})")

        accounts = client.accounts.list(limit=5).first_page()
        print(f"\nFirst {len(accounts)} accounts:")
        for account in accounts:
            print(f"  {account.name}")

        # Open issues created in the last 30 days: built in Python, checked against the endpoint's
        # filterable fields before anything is sent.
        since = datetime.now(timezone.utc) - timedelta(days=30)
        query = filters.F.state.in_(
            ["new", "waiting_on_you", "on_hold"]
        ) & filters.F.created_at.after(since)
        print(f"\nSearching: {query}")
        pages = client.issues.search(query, limit=4).pages()
        for number, page in enumerate(pages, start=1):
            print(f"  page {number}: {len(page)} issues")
            if number == 3:
                break
        sample = client.issues.search(query, max_items=3).collect()
        for issue in sample:
            print(f"  #{issue.number} [{issue.state}] {issue.title}")

        issue = client.issues.create(
            title="Webhook retries look duplicated",
            description="We receive the same event twice within a minute. Expected?",
            account_id="acc_123",
            tags=["api", "question"],
        )
        print(f"\nCreated #{issue.number}: {issue.title} (tags: {', '.join(issue.tags or [])})")
        issue.note("Checking delivery logs.")
        reply = issue.add_message("Thanks! Pylon retries failed deliveries; dedupe on the payload.")
        print(f"Replied with message {reply.id}")
        issue = issue.set_state("waiting_on_customer")
        print(f"#{issue.number} is now {issue.state}")

        # Any endpoint through the generated client, on the same transport (auth, retries, limits).
        tags = get_tags.sync(client=client.raw)
        print(f"\nRaw call GET /tags: {len(tags.data or [])} tags")  # type: ignore[union-attr]

    # A signed webhook delivery, verified and dispatched the way a web view would.
    handler = WebhookHandler(secret="whsec-demo-secret")

    @handler.on("issue_new")
    def on_new_issue(event):  # type: ignore[no-untyped-def]
        print(f"Webhook: new issue {event.issue_title!r} tagged {event.issue_tags}")

    body = json.dumps({"event_type": "issue_new", "issue_id": issue.id, "issue_title": issue.title,
                       "issue_tags": issue.tags}).encode()  # fmt: skip
    headers = sign(body, "whsec-demo-secret")
    print(f"Signed delivery answered {handler.handle(body, headers).status}")
    print(f"Tampered delivery answered {handler.handle(body + b' ', headers).status}")


if __name__ == "__main__":
    main()
