"""`pylon completion bash|zsh|fish`: the shell script that completes commands and options."""

from __future__ import annotations

import click
from click.shell_completion import get_completion_class

from ._command import example

_SHELLS = ("bash", "zsh", "fish")


@click.command(
    epilog=example(
        'eval "$(pylon completion bash)"     # in ~/.bashrc',
        'eval "$(pylon completion zsh)"      # in ~/.zshrc',
        "pylon completion fish > ~/.config/fish/completions/pylon.fish",
    )
)
@click.argument("shell", type=click.Choice(_SHELLS))
def completion(shell: str) -> None:
    """Print the completion script for SHELL."""
    from ._root import root

    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - the three shells are built into click
        raise click.UsageError(f"no completion for {shell}")
    click.echo(cls(root, {}, "pylon", "_PYLON_COMPLETE").source())
