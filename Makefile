# Two entry points: `make generate` (regenerate every client) and `make test` (everything CI checks).
# Each sets up what it needs on a fresh machine: `make generate` a .venv with the pinned toolchain;
# `make test` (and `make mock`) also Prism and pyright via npm ci.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
PACKAGES := $(notdir $(wildcard generated/*))
# the provider client packages (`<name>_client`); `convapi`, the inbox over them, is checked on its own
CLIENTS := $(filter-out convapi,$(PACKAGES))
empty :=
space := $(empty) $(empty)
CLIENT_SRCS := $(subst $(space),:,$(foreach p,$(CLIENTS),../$(p)/src))

GOLDEN_SPECS := $(wildcard tests/golden/*.yaml)

.PHONY: generate golden test lint typecheck check pytest contract packaging typing real-world mutate bench build clean mock

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
	@echo "mypy --strict, pyright strict: templates/runtime and templates/unified/runtime (Python 3.11)"
	$(BIN)/mypy --strict --python-version 3.11 templates/runtime
	$(BIN)/mypy --strict --python-version 3.11 templates/unified/runtime
	node_modules/.bin/pyright --pythonpath $(BIN)/python
	@for p in $(CLIENTS); do \
		echo "mypy --strict: generated/$$p"; \
		(cd generated/$$p && MYPYPATH=src ../../$(BIN)/mypy --strict -p $${p}_client) || exit 1; \
	done
	@if [ -d generated/convapi ]; then \
		echo "mypy --strict: generated/convapi (with the provider packages it takes as extras)"; \
		(cd generated/convapi && MYPYPATH=src:$(CLIENT_SRCS) ../../$(BIN)/mypy --strict -p convapi) || exit 1; \
	fi

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

# Prism mocking specs/$(NAME).yaml on 127.0.0.1:$(PORT); prints the variables that point the client at it.
PORT ?= 4010
mock: $(NODE_STAMP)
	@test -n "$(NAME)" -a -f "specs/$(NAME).yaml" || { echo "usage: make mock NAME=<a spec of specs/> [PORT=4010]" >&2; exit 2; }
	@constants=$$(ls generated/$(NAME)/src/*/_constants.py 2>/dev/null | head -n 1); \
	test -n "$$constants" || { echo "no generated/$(NAME): run make generate first" >&2; exit 2; }; \
	base=$$(sed -n 's/^BASE_URL_ENV = "\(.*\)"/\1/p' $$constants); \
	key=$$(sed -n 's/^API_KEY_ENV = "\(.*\)"/\1/p' $$constants); \
	echo "Prism mocks specs/$(NAME).yaml; in another shell:"; \
	echo "  export $$base=http://127.0.0.1:$(PORT)"; \
	echo "  export $$key=any-key   # Prism only checks that one is sent"
	node_modules/.bin/prism mock -h 127.0.0.1 -p $(PORT) specs/$(NAME).yaml

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache dist
