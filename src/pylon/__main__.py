"""`python -m pylon` is the `pylon` command."""

from .cli import main

raise SystemExit(main())
