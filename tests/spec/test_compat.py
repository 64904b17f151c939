"""The generated package imports nothing from `typing` that Python 3.10 lacks (make matrix runs
it on 3.10; the generator itself only runs on 3.11+)."""

from __future__ import annotations

import re
from pathlib import Path

from codegen.compat import NEWER_TYPING_NAMES, backport_fromisoformat, backport_typing_imports

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "pylon_openapi"


def test_newer_names_move_to_typing_extensions() -> None:
    assert backport_typing_imports("import ssl\nfrom typing import Any, Self\n") == (
        "import ssl\nfrom typing import Any\nfrom typing_extensions import Self\n"
    )
    assert backport_typing_imports("from typing import Self\n") == (
        "from typing_extensions import Self\n"
    )
    unchanged = "from typing import Any, SelfLike\nx: Self\n"
    assert backport_typing_imports(unchanged) == unchanged


def test_the_generated_package_imports_only_what_python_310_has() -> None:
    pattern = re.compile(r"^from typing import (.+)$", re.M)
    offenders = [
        path.relative_to(GENERATED).as_posix()
        for path in GENERATED.rglob("*.py")
        for names in pattern.findall(path.read_text())
        if {n.strip() for n in names.split(",")} & set(NEWER_TYPING_NAMES)
    ]
    assert offenders == []


def test_generated_times_with_a_z_offset_parse_on_every_python() -> None:
    from pylon_openapi.models.survey_response import SurveyResponse

    parsed = SurveyResponse.from_dict({"id": "r1", "submitted_at": "2026-12-03T08:38:13Z"})
    assert parsed.submitted_at.isoformat() == "2026-12-03T08:38:13+00:00"  # type: ignore[union-attr]
    assert "fromisoformat(_submitted_at)" not in backport_fromisoformat(
        "x = datetime.datetime.fromisoformat(_submitted_at)\n"
    )
