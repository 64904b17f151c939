"""`make bench`: the SDK's speed and memory as ratios to raw httpx on the same local server."""
