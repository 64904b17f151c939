"""The plan's async example, as written: concurrent collection, then messages per issue."""

import asyncio

from pylon import AsyncPylonClient


async def main() -> None:
    async with AsyncPylonClient() as client:
        issues, accounts = await asyncio.gather(
            client.issues.list(limit=100).collect(),
            client.accounts.list().collect(),
        )
        print(f"{len(issues)} issues, {len(accounts)} accounts")
        for issue in issues[:5]:
            messages = await client.issues.messages.list(issue.id)
            print(f"Issue #{issue.number}: {len(messages)} messages")


asyncio.run(main())
