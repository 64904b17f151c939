"""``python -m pylon.testing --port 8080 [--seed 42 --issues 500 ...]``."""

from ._cli import main

raise SystemExit(main())
