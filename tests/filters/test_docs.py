"""The documentation's examples run, and what they print is what the documentation shows."""

from __future__ import annotations

import contextlib
import doctest
import io
import re
from pathlib import Path

import pytest

import pylon.filters
import pylon.filters._text
from pylon.filters import FilterParseError, parse


def _section() -> str:
    """The filters page of the documentation site."""
    page = Path(__file__).resolve().parents[2] / "docs" / "filters.md"
    return page.read_text()


SECTION = _section()
BLOCKS = re.findall(r"```(python|text)\n(.*?)```", SECTION, re.S)


@pytest.mark.parametrize("module", [pylon.filters, pylon.filters._text])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("index", [i for i, (kind, _) in enumerate(BLOCKS) if kind == "python"])
def test_readme_snippets_run_and_print_what_is_shown(index: int) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(BLOCKS[index][1], {})
    following = BLOCKS[index + 1] if index + 1 < len(BLOCKS) else ("", "")
    if out.getvalue():
        assert following[0] == "text" and out.getvalue() == following[1]


def test_readme_parse_error_example() -> None:
    shown = BLOCKS[-1][1]
    with pytest.raises(FilterParseError) as info:
        parse("state = ")
    assert str(info.value) + "\n" == shown
