"""The built wheel, as a user gets it: its files and metadata, and its types seen by mypy --strict
and pyright from a fresh virtual environment (no editable install, no `src/` on the path).

One wheel is built and one venv made for the module; every assertion reuses them. The type
checkers run from the project's venv but resolve imports in the fresh venv
(`--python-executable` / `--pythonpath`), from a directory outside the repository.
"""

from __future__ import annotations

import email
import json
import shutil
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import pylon

ROOT = Path(__file__).resolve().parents[2]
TYPING = ROOT / "tests" / "typing"
TOOLS = Path(sys.executable).parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def user_env(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with the wheel and its dependencies (pinned as the project pins them)."""
    home = tmp_path_factory.mktemp("user")
    venv.create(home / "venv", with_pip=True)
    python = home / "venv" / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-c", str(ROOT / "requirements" / "dev.lock"), str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    for script in ("user_script.py", "misspelt.py"):
        shutil.copy(TYPING / script, home / script)
    (home / "mypy.ini").write_text("[mypy]\n")  # the checkers' defaults, not the project's config
    yield home


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)


def python_of(home: Path) -> str:
    return str(home / "venv" / "bin" / "python")


def mypy(home: Path, script: str) -> subprocess.CompletedProcess[str]:
    return run(
        [str(TOOLS / "mypy"), "--strict", "--no-incremental", "--python-executable",
         python_of(home), script],
        home,
    )  # fmt: skip


def pyright(home: Path, script: str) -> subprocess.CompletedProcess[str]:
    (home / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.10"})
    )
    return run([str(TOOLS / "pyright"), "--pythonpath", python_of(home), script], home)


def test_the_installed_package_is_the_wheel(user_env: Path) -> None:
    shown = run(
        [python_of(user_env), "-c", "import pylon, pylon_openapi; print(pylon.__file__);"
         " print(pylon_openapi.__file__); print(pylon.__version__)"],
        user_env,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    pylon_file, generated_file, version = shown.stdout.split()
    assert "site-packages" in pylon_file and "site-packages" in generated_file
    assert str(ROOT) not in pylon_file
    assert version == pylon.__version__


def test_mypy_strict_sees_real_types(user_env: Path) -> None:
    result = mypy(user_env, "user_script.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 1 source file" in result.stdout


def test_pyright_sees_real_types(user_env: Path) -> None:
    result = pyright(user_env, "user_script.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout


def test_misspelt_names_are_type_errors(user_env: Path) -> None:
    # One error per misspelt name, on its own line, from each checker.
    found = mypy(user_env, "misspelt.py")
    lines = {line.split(":")[1] for line in found.stdout.splitlines() if ": error:" in line}
    assert lines == {"7", "8", "9", "10"}, found.stdout
    assert '"max_retry"' in found.stdout and '"titel"' in found.stdout and '"filtr"' in found.stdout
    checked = pyright(user_env, "misspelt.py")
    rows = {line.split(":")[1] for line in checked.stdout.splitlines() if " - error:" in line}
    assert rows == {"7", "8", "9", "10"}, checked.stdout


def test_wheel_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    dist_info = f"py_usepylon_sdk-{pylon.__version__}.dist-info"
    assert {"pylon/py.typed", "pylon_openapi/py.typed", "pylon/__init__.py"} <= names
    assert {"pylon_openapi/spec_tables.json", "pylon_openapi/openapi.json"} <= names
    assert "pylon/resources/_generated.py" in names
    assert f"{dist_info}/licenses/LICENSE" in names
    tops = {name.split("/")[0] for name in names}
    assert tops == {"pylon", "pylon_openapi", dist_info}
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata(wheel: Path) -> None:
    dist_info = f"py_usepylon_sdk-{pylon.__version__}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        meta = email.message_from_bytes(archive.read(f"{dist_info}/METADATA"))
        license_text = archive.read(f"{dist_info}/licenses/LICENSE").decode()
    assert meta["Name"] == "py-usepylon-sdk"
    assert meta["Version"] == pylon.__version__ == "1.0.0a1"
    assert meta["License-Expression"] == "MIT"
    assert license_text.startswith("MIT License") and "WITHOUT WARRANTY" in license_text
    classifiers = set(meta.get_all("Classifier"))
    wanted = {f"Programming Language :: Python :: 3.{minor}" for minor in range(10, 14)}
    assert wanted | {"Typing :: Typed", "Operating System :: OS Independent"} <= classifiers
    assert meta.get_all("Project-URL")
    assert meta["Requires-Python"] == ">=3.10"
    required = {
        r.split(";")[0].split("<")[0].split(">")[0].strip() for r in meta.get_all("Requires-Dist")
    }
    assert "python-dateutil" not in required
    assert {"httpx", "attrs", "pydantic", "tenacity", "typing-extensions"} <= required
