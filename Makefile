# py-usepylon-sdk — every target sets itself up from nothing (only python3 and make are needed).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The Python trees lint and format look at (examples/ may not exist yet in a fresh tree).
CODE   := $(wildcard src tests codegen examples benchmarks)
STAMP  := $(VENV)/.installed

.PHONY: install demo test check-generated generate spec-update spec-diff lint format typecheck pytest bench lock clean

# The virtual environment, rebuilt when the pinned tool set or the package metadata changes.
$(STAMP): requirements/dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# The main job: the quickstart against the embedded simulator.
demo: $(STAMP)
	$(BIN)/python examples/run_with_simulator.py examples/quickstart.py

# Everything CI checks, in the order that fails fastest.
test: $(STAMP) check-generated lint typecheck pytest

# The suite under coverage, started before pytest so import-time lines of pylon count too.
# src/pylon is gated at COV_MIN percent (lines and branches); generated/ is reported, not gated.
COV_MIN ?= 95
pytest: $(STAMP)
	rm -f .coverage .coverage.*
	$(BIN)/coverage run -m pytest
	$(BIN)/coverage combine --quiet
	@echo "coverage of generated/ (pylon_openapi), reported, not gated:" \
		"$$($(BIN)/coverage report --include='*/generated/pylon_openapi/*' --format=total)%"
	@echo "coverage of src/pylon (lines and branches), gated at $(COV_MIN)%:"
	$(BIN)/coverage report --include='*/src/pylon/*' --fail-under=$(COV_MIN)

generate: $(STAMP)
	$(BIN)/python -m codegen.generate

check-generated: $(STAMP)
	$(BIN)/python -m codegen.generate --check

# make spec-update FROM=<path or URL of an upstream Pylon OpenAPI document> [VERSION=7.19.0]
spec-update: $(STAMP)
	@test -n "$(FROM)" || { echo "usage: make spec-update FROM=<file or url> [VERSION=x.y.z]"; exit 2; }
	$(BIN)/python -m codegen.import_spec "$(FROM)" $(if $(VERSION),--version $(VERSION))

# make spec-diff OLD=<doc> NEW=<doc> [JSON=1]
spec-diff: $(STAMP)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make spec-diff OLD=<doc> NEW=<doc> [JSON=1]"; exit 2; }
	$(BIN)/python -m codegen.spec_diff "$(OLD)" "$(NEW)" $(if $(JSON),--json)

lint: $(STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

format: $(STAMP)
	$(BIN)/ruff check --fix $(CODE)
	$(BIN)/ruff format $(CODE)

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Re-pin the development tools after changing requirements/dev.in.
lock:
	$(PYTHON) -m venv /tmp/pylon-lock-venv
	/tmp/pylon-lock-venv/bin/python -m pip install --quiet -r requirements/dev.in httpx attrs pydantic tenacity
	/tmp/pylon-lock-venv/bin/python -m pip freeze --exclude-editable > requirements/dev.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .coverage .coverage.* htmlcov
