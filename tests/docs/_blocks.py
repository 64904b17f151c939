"""Find the Python code blocks of Markdown pages, with the markers that say how to run them.

A fenced block whose language is ``python`` (or ``py``) is run as it is, unless the HTML comment
right before it (blank lines between are fine) says otherwise:

    <!-- example: skip: needs a FastAPI app, which the project does not install -->
    <!-- example: continue -->        run in the names the previous Python block left
    <!-- example: setup
    query = filters.F.state == "new"
    -->                               run these (hidden) lines first, then the block

A skip needs its reason; any other word after ``example:`` is an error, so a typo in a marker
can't silently stop a block from running.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PYTHON_LANGUAGES = {"python", "py"}
MARKER_KINDS = {"skip", "continue", "setup"}

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_MARKER = re.compile(r"<!--\s*example:\s*(?P<body>.*?)\s*-->\s*\Z", re.S)


class MarkerError(ValueError):
    """A malformed ``<!-- example: ... -->`` marker, reported with its file and line."""


@dataclass(frozen=True)
class CodeBlock:
    """One fenced Python block: where it is, its code, and what its marker says."""

    path: Path
    line: int  # 1-based line of the block's first code line
    code: str
    skip_reason: str | None = None
    continues: bool = False
    setup: str = ""

    @property
    def location(self) -> str:
        return f"{self.path.name}:{self.line}"


@dataclass
class Chain:
    """A block and the ``continue`` blocks after it: run in order, in one namespace."""

    blocks: list[CodeBlock] = field(default_factory=list)

    @property
    def location(self) -> str:
        return self.blocks[0].location


def _parse_marker(text: str, where: str) -> tuple[str, str]:
    match = _MARKER.search(text)
    if match is None:
        return "", ""
    body = match.group("body")
    kind, _, rest = body.partition("\n") if body.startswith("setup") else body.partition(":")
    kind = kind.strip()
    if kind not in MARKER_KINDS:
        raise MarkerError(
            f"{where}: unknown example marker {body!r}; use one of "
            "'skip: <reason>', 'continue' or 'setup' followed by code lines"
        )
    if kind == "skip" and not rest.strip():
        raise MarkerError(f"{where}: 'example: skip' needs a reason: <!-- example: skip: why -->")
    return kind, rest


def code_blocks(path: Path) -> list[CodeBlock]:
    """Every Python block of a Markdown file, in order, with its marker applied."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[CodeBlock] = []
    before: list[str] = []  # the text since the previous block, to find a marker in
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            before.append(lines[i])
            i += 1
            continue
        indent, fence = opening.group("indent"), opening.group("fence")
        language = (opening.group("info").split() or [""])[0].lower()
        end = i + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        body = [
            line[len(indent) :] if line.startswith(indent) else line for line in lines[i + 1 : end]
        ]
        if language in PYTHON_LANGUAGES:
            kind, rest = _parse_marker("\n".join(before).rstrip(), f"{path}:{i + 1}")
            blocks.append(
                CodeBlock(
                    path=path,
                    line=i + 2,
                    code="\n".join(body) + "\n",
                    skip_reason=rest.strip() if kind == "skip" else None,
                    continues=kind == "continue",
                    setup=rest if kind == "setup" else "",
                )
            )
        before = []
        i = end + 1
    return blocks


def chains(blocks: list[CodeBlock]) -> list[Chain]:
    """Group blocks into chains; a ``continue`` block joins the chain before it."""
    grouped: list[Chain] = []
    for block in blocks:
        if block.continues:
            if not grouped or grouped[-1].blocks[-1].skip_reason is not None:
                raise MarkerError(
                    f"{block.path}:{block.line}: 'example: continue' needs a Python block "
                    "before it that runs (not the first block, not after a skipped one)"
                )
            grouped[-1].blocks.append(block)
        else:
            grouped.append(Chain([block]))
    return grouped
