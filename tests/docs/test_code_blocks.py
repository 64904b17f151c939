"""Every Python block of the README and the documentation pages runs against the simulator.

Each chain of blocks (a block and the ``<!-- example: continue -->`` blocks after it) runs in a
fresh namespace against a freshly seeded example workspace served on 127.0.0.1, with
PYLON_API_KEY, PYLON_BASE_URL and PYLON_WEBHOOK_SECRET set, so ``Pylon()`` as written works. The
names ``sim`` (the simulator) and ``client`` (a ``Pylon()`` on it) are there for blocks that
continue from an earlier step of the prose. Top-level ``await`` works. A block that must not run
carries ``<!-- example: skip: <reason> -->`` (see ``_blocks``). Tracebacks point at the Markdown
line of the failing code.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
from pathlib import Path
from typing import Any

import pytest

from ..examples._workspace import served_example_workspace
from ._blocks import Chain, CodeBlock, chains, code_blocks

ROOT = Path(__file__).resolve().parents[2]
WEBHOOK_SECRET = "whsec_docs_example_secret"


def documentation_pages() -> list[Path]:
    """README.md, the other top-level Markdown files and every page under docs/."""
    return sorted(ROOT.glob("*.md")) + sorted((ROOT / "docs").rglob("*.md"))


def all_blocks() -> list[CodeBlock]:
    return [block for page in documentation_pages() for block in code_blocks(page)]


def _runnable_chains() -> list[Chain]:
    return [
        chain
        for page in documentation_pages()
        for chain in chains(code_blocks(page))
        if chain.blocks[0].skip_reason is None
    ]


def _execute(source: str, path: Path, line: int, namespace: dict[str, Any]) -> None:
    # Padding with newlines makes the code's line numbers the Markdown file's line numbers; the
    # name in angle brackets keeps pytest from printing the whole page above a failing line.
    padded = "\n" * (line - 1) + source
    name = f"<{path.relative_to(ROOT)}>"
    code = compile(padded, name, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)
    if inspect.iscoroutine(result):
        asyncio.run(result)


def _setup_line(block: CodeBlock) -> int:
    # The hidden setup sits in the comment just above the fence; point tracebacks near it.
    return max(1, block.line - block.setup.count("\n") - 2)


CHAINS = _runnable_chains()


def test_the_documentation_has_code_that_runs() -> None:
    readme = [b for b in all_blocks() if b.path.name == "README.md"]
    assert readme, "README.md has no Python blocks: did the runner stop finding them?"
    assert CHAINS


def test_every_skip_gives_its_reason() -> None:
    for block in all_blocks():
        if block.skip_reason is not None:
            assert len(block.skip_reason) >= 10, f"{block.location}: say why it can't run"


@pytest.mark.parametrize("chain", CHAINS, ids=[chain.location for chain in CHAINS])
def test_code_block_runs(chain: Chain, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from pylon import Pylon

    monkeypatch.setenv("PYLON_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.chdir(tmp_path)  # whatever a block writes lands here
    with served_example_workspace(monkeypatch) as sim, Pylon() as client:
        namespace: dict[str, Any] = {"__name__": "__docs__", "sim": sim, "client": client}
        for block in chain.blocks:
            if block.setup:
                _execute(block.setup, block.path, _setup_line(block), namespace)
            _execute(block.code, block.path, block.line, namespace)
