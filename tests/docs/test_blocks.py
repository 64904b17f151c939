"""The Markdown block finder: which blocks run, and markers that are wrong fail loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._blocks import MarkerError, chains, code_blocks

PAGE = """# Title

```python
a = 1
```

<!-- example: continue -->
```python
assert a == 1
```

<!-- example: skip: needs a real Pylon workspace -->

```py
client.issues.delete("iss_1")
```

```sh
make test
```

- In a list:

  <!-- example: setup
  b = 2
  -->
  ```python
  print(b)
  ```
"""


def _page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text)
    return path


def test_blocks_markers_and_lines(tmp_path: Path) -> None:
    first, second, skipped, listed = code_blocks(_page(tmp_path, PAGE))
    assert (first.line, first.code) == (4, "a = 1\n")
    assert second.continues and second.code == "assert a == 1\n"
    assert skipped.skip_reason == "needs a real Pylon workspace"
    assert listed.code == "print(b)\n" and listed.setup.strip() == "b = 2"
    assert [len(c.blocks) for c in chains([first, second, skipped, listed])] == [2, 1, 1]


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("<!-- example: skipp: typo -->", "unknown example marker"),
        ("<!-- example: skip -->", "needs a reason"),
        ("<!-- example: skip:   -->", "needs a reason"),
    ],
)
def test_bad_markers_are_errors(tmp_path: Path, marker: str, message: str) -> None:
    with pytest.raises(MarkerError, match=message):
        code_blocks(_page(tmp_path, f"{marker}\n```python\npass\n```\n"))


@pytest.mark.parametrize(
    "text",
    [
        "<!-- example: continue -->\n```python\npass\n```\n",
        "<!-- example: skip: not here, on purpose -->\n```python\npass\n```\n"
        "<!-- example: continue -->\n```python\npass\n```\n",
    ],
)
def test_continue_needs_a_block_that_runs(tmp_path: Path, text: str) -> None:
    with pytest.raises(MarkerError, match="continue"):
        chains(code_blocks(_page(tmp_path, text)))


def test_a_marker_only_applies_to_the_next_block(tmp_path: Path) -> None:
    text = "<!-- example: skip: reason given -->\n```sh\nls\n```\n```python\npass\n```\n"
    [block] = code_blocks(_page(tmp_path, text))
    assert block.skip_reason is None
