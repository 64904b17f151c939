"""Mistakes a user's type checker must catch (each line below is an error for mypy and pyright)."""

from __future__ import annotations

from pylon import Pylon

client = Pylon(api_key="key", max_retry=3)  # misspelt option: max_retries
client.issues.create(titel="Help", body_html="<p>x</p>")  # misspelt field: title
client.issues.search(filtr={"field": "state", "operator": "equals", "value": "new"})  # filter
Pylon(hooks=print)  # a function where pylon.Hooks(...) belongs
