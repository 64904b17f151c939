"""What every command line tool owes its users: version, completion, exit codes, one-line errors,
suggestions, a quiet end when the output pipe closes, and an `import pylon` that stays light."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest

from pylon import __version__
from pylon.testing import seeded_simulator

from .conftest import KEY, Served


def _run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pylon", *argv], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60)  # fmt: skip


def test_version() -> None:
    done = _run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"pylon {__version__} (py-usepylon-sdk)"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell: str) -> None:
    done = _run("completion", shell)
    assert done.returncode == 0 and "_PYLON_COMPLETE" in done.stdout


@pytest.mark.parametrize(
    ("words", "expected"),
    [("pylon iss", {"issues", "issue-statuses"}), ("pylon issues upd", {"update"}),
     ("pylon issues update X --sta", {"--state"}), ("pylon knowledge-bases art", {"articles"})],
)  # fmt: skip
def test_completion_completes_commands_and_options(words: str, expected: set[str]) -> None:
    env = {"_PYLON_COMPLETE": "bash_complete", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1)}  # fmt: skip
    done = _run(env=env)
    offered = {line.split(",", 1)[1] for line in done.stdout.splitlines() if "," in line}
    assert expected <= offered, done.stdout


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["isues", "list"], "Did you mean 'issues'"),
        (["issues", "lst"], "Did you mean 'list'"),
        (["issues", "list", "--max-itms", "3"], "Did you mean '--max-items'"),
        (["accounts", "list", "--limit", "abc"], "'abc' is not a valid integer"),
        (["accounts", "list", "--limit", "5000"], "1<=x<=999"),
        (["contacts", "create", "--name", "A", "--portal-role", "boss"], "'boss' is not one of"),
        (["issues", "update", "X", "--field", "tags=notalist"], "`tags` must be an array"),
        (["issues", "update", "X", "--field", "titel=A"], "Did you mean 'title'"),
        (["issues", "get"], "Missing argument 'ID'"),
        (["tags", "create", "--value", "v"], "missing required field(s): object_type"),
    ],
)
def test_bad_usage_is_one_line_exit_2_and_sends_nothing(
    served: Served, argv: list[str], needle: str
) -> None:
    before = len(served.sim.requests)
    done = served.run(*argv)
    assert done.returncode == 2, done.stderr
    assert needle in done.stderr and done.stderr.startswith("error: ")
    assert done.stderr.count("\n") == 1 and done.stdout == ""
    assert len(served.sim.requests) == before


def test_api_errors_exit_1(served: Served) -> None:
    done = served.run("issues", "get", "no-such-issue")
    assert done.returncode == 1 and done.stderr.startswith("error: NotFoundError: ")


@pytest.fixture(scope="module")
def big() -> Iterator[str]:
    with seeded_simulator(issues=400, seed=11).serve(port=0) as url:
        yield url


def test_a_closed_output_pipe_ends_quietly(big: str) -> None:
    env = {**os.environ, "PYLON_BASE_URL": big, "PYLON_API_KEY": KEY}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pylon", "issues", "search", "state in (new, on_hold, closed, waiting_on_you, waiting_on_customer)", "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == b"["
    proc.stdout.close()  # like `| head -1` exiting
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 1
    assert err == b""  # no BrokenPipeError traceback, no "Exception ignored" line


def test_a_closed_pipe_in_a_shell_pipeline(big: str) -> None:
    env = {**os.environ, "PYLON_BASE_URL": big, "PYLON_API_KEY": KEY}
    command = (
        f"'{sys.executable}' -m pylon issues search 'state in (new, on_hold, closed)' | head -n 2"
    )
    done = subprocess.run(["sh", "-c", command], capture_output=True, env=env, timeout=60)
    assert len(done.stdout.splitlines()) == 2 and done.stderr == b""


def _python(*lines: str) -> subprocess.CompletedProcess[str]:
    code = "\n".join(lines)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_without_the_extra_the_command_says_how_to_install_it() -> None:
    done = _python(
        "import sys; sys.modules['click'] = None",  # as if click were not installed
        "from pylon.cli import main",
        "raise SystemExit(main(['--version']))",
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error: the pylon command needs click: pip install 'py-usepylon-sdk[cli]'"
    )


def test_import_pylon_imports_none_of_the_cli_dependencies() -> None:
    done = _python(
        "import sys, pylon, pylon.cli, pylon.spec",
        "names = ('click', 'platformdirs', 'jmespath', 'tqdm', 'keyring')",
        "print(sorted(m for m in names if m in sys.modules))",
    )
    assert done.stdout.strip() == "[]"


def test_interrupted_exits_130_without_a_traceback(big: str) -> None:
    # 1,000 days is 34 windows at GET /issues' 10 a minute: the client paces, so it is mid-run.
    env = {**os.environ, "PYLON_BASE_URL": big, "PYLON_API_KEY": KEY, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pylon", "issues", "list", "--days", "1000"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("{")
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err


def test_the_cli_uses_only_public_names_of_pylon() -> None:
    """Like a user's script: no `pylon._private` module, no `pylon.testing._private` one."""
    import ast
    from pathlib import Path

    import pylon.cli

    package = Path(pylon.cli.__file__).parent
    for source in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 1, f"{source.name}: reaches outside pylon.cli"
                continue  # the CLI's own modules
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                if module.split(".")[0] == "pylon":
                    assert not any(p.startswith("_") for p in module.split(".")), (source, module)
                assert not module.startswith("pylon_openapi"), (source, module)


@pytest.mark.parametrize("argv", [[], ["issues"], ["knowledge-bases", "articles"]])
def test_a_group_alone_prints_its_help_and_exits_2(argv: list[str]) -> None:
    done = _run(*argv)
    assert done.returncode == 2 and done.stderr.startswith(
        f"Usage: pylon {' '.join(argv)}".rstrip()
    )
    assert "Commands:" in done.stderr and not done.stderr.startswith("error:")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["issues", "list", "--start-time", "2026-01-01T00:00:00Z"], "give both --start-time and"),
        (["issues", "list", "--days", "3", "--start-time", "2026-01-01T00:00:00Z",
          "--end-time", "2026-01-02T00:00:00Z"], "not both"),
        (["issues", "list", "--days", "0"], "0 is not in the range"),
    ],
)  # fmt: skip
def test_a_time_window_is_days_or_both_bounds(served: Served, argv: list[str], needle: str) -> None:
    done = served.run(*argv)
    assert done.returncode == 2 and needle in done.stderr


def test_a_window_by_its_bounds(served: Served) -> None:
    done = served.run("issues", "list", "--start-time", "2000-01-01T00:00:00Z",
                      "--end-time", "2000-01-02T00:00:00Z")  # fmt: skip
    assert done.returncode == 0 and done.stdout == ""
