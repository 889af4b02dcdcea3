# Two entry points: `make generate` (regenerate every client) and `make test` (everything CI checks).
# Each sets up what it needs on a fresh machine: a .venv with the pinned toolchain, and Prism via npm ci.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
PACKAGES := $(notdir $(wildcard generated/*))

GOLDEN_SPECS := $(wildcard tests/golden/*.yaml)

.PHONY: generate golden test lint typecheck check pytest contract packaging typing real-world mutate bench build clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

generate: $(STAMP)
	$(BIN)/codegen generate

# The golden record (tests/golden/): regenerate it after a deliberate change and review the diff.
golden: $(STAMP)
	$(BIN)/codegen generate $(GOLDEN_SPECS) --out tests/golden

# `.` includes the runtime sources: templates/runtime/ruff.toml gives them the generated packages' settings.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@for p in $(PACKAGES); do \
		echo "ruff: generated/$$p"; \
		(cd generated/$$p && ../../$(BIN)/ruff check . && ../../$(BIN)/ruff format --check .) || exit 1; \
	done

typecheck: $(STAMP) $(NODE_STAMP)
	$(BIN)/mypy
	@echo "mypy --strict, pyright strict: templates/runtime (Python 3.10)"
	$(BIN)/mypy --strict --python-version 3.10 templates/runtime
	node_modules/.bin/pyright --pythonpath $(BIN)/python
	@for p in $(PACKAGES); do \
		echo "mypy --strict: generated/$$p"; \
		(cd generated/$$p && MYPYPATH=src ../../$(BIN)/mypy --strict -p $${p}_client) || exit 1; \
	done

check: $(STAMP)
	$(BIN)/codegen validate
	$(BIN)/codegen check

pytest: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -q -rs

contract: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -q tests/contract

packaging: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -q -rs tests/packaging

typing: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -q tests/typing

# The ten vendor documents of ../shared/public-specs/real-world alone (issue 13's measure).
real-world: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -q -m real_world tests/corpus/test_real_world.py

# The mutation campaign of issue 29: 300 seeded mutants of our specs, each run by `codegen` under a
# time and memory limit; fails on a traceback, signal, timeout, unlocated refusal, changed output
# folder or broken package (a slice of it runs in `make test`, tests/hostile/test_mutation_slice.py).
MUTATE_SEED ?= 29
MUTATE_COUNT ?= 300
mutate: $(STAMP)
	$(BIN)/python tests/hostile/campaign.py --seed $(MUTATE_SEED) --count $(MUTATE_COUNT) --jobs 2

build: $(STAMP)
	rm -rf dist
	@for p in $(PACKAGES); do $(BIN)/python -m build --outdir dist generated/$$p || exit 1; done
	$(BIN)/python -m twine check --strict dist/*

test: lint typecheck check pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache dist
