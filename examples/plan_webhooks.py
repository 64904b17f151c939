"""The plan's webhook handler, as written, fed one signed and one tampered delivery."""

import json

from pylon import PylonClient
from pylon.webhooks import IssueMessageNewEvent, IssueNewEvent, WebhookHandler, sign

client = PylonClient()
handler = WebhookHandler(secret="your_webhook_secret")


@handler.on("issue_new")
def on_new_issue(event: IssueNewEvent) -> None:
    print(f"New issue: {event.issue_title}")
    if event.issue_id and "billing" in event.issue_tags:
        client.issues.assign(event.issue_id, team_id="billing_team")


@handler.on("issue_message_new")
def on_new_message(event: IssueMessageNewEvent) -> None:
    if not event.message_is_private:
        print(f"Customer wrote on {event.issue_id}: {event.message_body_html}")


issue = client.issues.create(
    title="Invoice charged twice", body_html="<p>Twice!</p>", tags=["billing"]
)
delivery = {
    "event_type": "issue_new",
    "issue_id": issue.id,
    "issue_title": issue.title,
    "issue_tags": ["billing"],
}
body = json.dumps(delivery).encode()
signed = sign(body, "your_webhook_secret")

# In a web framework view: return handler.handle(request.body, request.headers)
response = handler.handle(body, signed)
print(f"signed delivery -> {response.status}")
team = client.issues.get(issue.id).team
print(f"assigned team: {team.id if team else None}")
tampered = handler.handle(body.replace(b"twice", b"thrice").replace(b"Twice", b"Thrice"), signed)
print(f"tampered delivery -> {tampered.status}")
client.close()
