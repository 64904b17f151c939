"""`python -m pylon.jobs.bulk issues update --where ... --set state=closed`."""

from ._cli import main

main()
