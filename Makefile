# py-usepylon-sdk — every target sets itself up from nothing (only python3 and make are needed).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The Python trees lint and format look at (examples/ may not exist yet in a fresh tree).
CODE   := $(wildcard src tests codegen examples benchmarks scripts noxfile.py docs/_hooks.py)
STAMP  := $(VENV)/.installed

.PHONY: install demo test check-generated generate spec-update spec-diff lint format typecheck pytest bench lock clean \
	check-repo-files docs docs-serve matrix release-check

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
test: $(STAMP) check-generated lint typecheck check-repo-files pytest

# The suite under coverage, started before pytest so import-time lines of pylon count too.
# src/pylon is gated at COV_MIN percent (lines and branches); generated/ is reported, not gated.
COV_MIN ?= 95
# Test processes (pytest-xdist). Most of the suite waits on sockets, subprocesses and paced clocks
# rather than the CPU, so more workers than cores still pays; a module's tests stay together
# (--dist loadscope) so its module fixtures (a built wheel, a served simulator) are built once.
# The workers are subprocesses, which coverage's `patch = ["subprocess"]` measures from startup.
PYTEST_WORKERS ?= 4
pytest: $(STAMP)
	rm -f .coverage .coverage.*
	$(BIN)/coverage run -m pytest -n $(PYTEST_WORKERS) --dist loadscope
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

# The workflow files and issue forms, against the schemas bundled with check-jsonschema (offline).
WORKFLOWS   := $(wildcard .github/workflows/*.yml)
ISSUE_FORMS := $(filter-out %/config.yml,$(wildcard .github/ISSUE_TEMPLATE/*.yml))
check-repo-files: $(STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows $(WORKFLOWS)
	$(BIN)/check-jsonschema --builtin-schema custom.github-workflows-require-timeout $(WORKFLOWS)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-issue-forms $(ISSUE_FORMS)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-issue-config .github/ISSUE_TEMPLATE/config.yml

lint: $(STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

format: $(STAMP)
	$(BIN)/ruff check --fix $(CODE)
	$(BIN)/ruff format $(CODE)

typecheck: $(STAMP)
	$(BIN)/mypy

# The documentation site (mkdocs.yml): strict, so a broken reference, link or missing page fails.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:$(or $(PORT),8000)

# The suite on Python 3.10-3.13 (noxfile.py), each in its own venv from the lock. The interpreters
# are found on PATH (python3.10, ...), with pyenv's installed versions put first when there are any.
empty :=
space := $(empty) $(empty)
PYENV_BINS := $(wildcard $(HOME)/.pyenv/versions/3.1[0-3].*/bin)
matrix: $(STAMP)
	PATH="$(subst $(space),:,$(strip $(PYENV_BINS) $(PATH)))" PYTEST_WORKERS=$(PYTEST_WORKERS) \
		$(BIN)/nox $(if $(ARGS),-- $(ARGS))

# Build the sdist and the wheel, check their metadata, install the wheel alone in a fresh venv and
# smoke-test it there, from outside the source tree (scripts/release_smoke.py).
RELEASE_VENV := build/release-venv
release-check: $(STAMP)
	rm -rf dist $(RELEASE_VENV)
	$(BIN)/python -m build --no-isolation --outdir dist .
	$(BIN)/twine check --strict dist/*
	$(PYTHON) -m venv $(RELEASE_VENV)
	$(RELEASE_VENV)/bin/python -m pip install --quiet dist/*.whl
	cd $(RELEASE_VENV) && bin/python $(CURDIR)/scripts/release_smoke.py bare
	@# The same wheel with the command's extra, as `pip install 'py-usepylon-sdk[cli]'` gives it.
	$(RELEASE_VENV)/bin/python -m pip install --quiet "$$(ls dist/*.whl)[cli]"
	cd $(RELEASE_VENV) && bin/python $(CURDIR)/scripts/release_smoke.py cli
	@# A user's typed script against the installed wheel (no project config, the wheel's packages).
	cd $(RELEASE_VENV) && $(CURDIR)/$(BIN)/mypy --config-file= --strict --no-incremental \
		--python-executable bin/python $(CURDIR)/tests/typing/user_script.py

# make bench [ONLY=speed|get,startup,...] (python -m benchmarks --help lists the cases)
bench: $(STAMP)
	$(BIN)/python -m benchmarks $(if $(ONLY),--only $(ONLY))

# Re-pin the development tools after changing requirements/dev.in: resolved on $(PYTHON) and on
# Python 3.10, merged into one lock with python_version markers where they differ (scripts/lock.py).
# Current pins are kept where they still fit; `make lock UPGRADE=1` moves everything to the newest.
PYTHON310 ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.10.*/bin/python3.10) python3.10)
lock: $(STAMP)
	$(BIN)/python scripts/lock.py $(if $(UPGRADE),--upgrade) $(PYTHON310) \
		httpx attrs pydantic tenacity typing-extensions

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .coverage .coverage.* htmlcov
