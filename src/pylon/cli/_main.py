"""Run the command tree and turn every way it can end into an exit code and at most one line.

0 ok; 1 the API answered with an error or could not be reached; 2 bad usage, input or settings
(nothing was sent); 130 interrupted. A closed output pipe (`pylon issues list | head`) ends the
command quietly, as Python's documentation recommends for SIGPIPE.
"""

from __future__ import annotations

import os
import sys

import click

from . import EXIT_API_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from ._style import error_line

# click 8.2+ raises this for a group called without a subcommand; older clicks print help.
_NO_ARGS_IS_HELP: tuple[type[Exception], ...] = tuple(
    getattr(click.exceptions, name)
    for name in ("NoArgsIsHelpError",)
    if hasattr(click.exceptions, name)
)


def run(args: list[str]) -> int:
    from ._root import root

    try:
        try:
            root.main(args, prog_name="pylon", standalone_mode=False)
        finally:
            # Output still buffered must hit a closed pipe here, inside the handler, not at exit.
            sys.stdout.flush()
    except BrokenPipeError:  # what every OSError with errno EPIPE is made as (PEP 3151)
        return _quiet_on_closed_pipe()
    except click.UsageError as exc:
        if isinstance(exc, _NO_ARGS_IS_HELP):  # `pylon` or `pylon issues` alone: the help
            print(exc.format_message(), file=sys.stderr)
            return EXIT_USAGE
        hint = f" See '{exc.ctx.command_path} --help'." if exc.ctx is not None else ""
        message = exc.format_message()
        error_line(message + ("" if "--help'" in message else hint))
        return EXIT_USAGE
    except click.ClickException as exc:
        error_line(exc.format_message())
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        code = _exit_code_for(exc)
        if code is None:
            raise
        error_line(f"{type(exc).__name__}: {exc}")
        return code
    return EXIT_OK


def _exit_code_for(exc: Exception) -> int | None:
    """1 for what the API or the network did, 2 for what was refused before sending."""
    # Imported here: `pylon --version` must not load the HTTP stack that pylon's errors sit on.
    from pylon import APIError, PylonConfigError, PylonError, PylonValidationError

    if isinstance(exc, APIError):  # before PylonValidationError: a 400 is both
        return EXIT_API_ERROR
    if isinstance(exc, PylonConfigError | PylonValidationError):
        return EXIT_USAGE
    if isinstance(exc, PylonError):
        return EXIT_API_ERROR
    return None


def _quiet_on_closed_pipe() -> int:
    # Point stdout at devnull so the interpreter's final flush does not raise again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_API_ERROR
