"""The Export page's snippets (docs/export.md) run as written against the served simulator."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pylon

from .conftest import API_KEY

# The README's sections live on the documentation site's pages now.
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _section(title: str) -> str:
    page = DOCS / f"{title.lower()}.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith(f"# {title}\n")
    return text


def test_the_export_snippet_runs(served, tmp_path, monkeypatch):
    snippet = re.findall(r"```python\n(.*?)```", _section("Export"), re.S)[0]
    monkeypatch.setenv("PYLON_API_KEY", API_KEY)
    monkeypatch.setenv("PYLON_BASE_URL", served.url)
    monkeypatch.chdir(tmp_path)
    # The snippet's client has Pylon's real limits (GetIssueMessages: 20 a minute) and the
    # simulator none: without this the test waits a real minute and more for its slots.
    monkeypatch.setattr(pylon, "Pylon", partial(pylon.Pylon, rate_limit=False))
    exec(compile(snippet, "docs/export.md", "exec"), {})
    assert (tmp_path / "issues.parquet").exists() and (
        tmp_path / "issues.messages.parquet"
    ).exists()


def test_the_dataframe_snippet_names_real_methods():
    text = _section("Pagination")
    for method in ("to_arrow()", "to_pandas()", "to_polars()"):
        assert method in text
