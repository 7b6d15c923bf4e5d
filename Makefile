# pdmap: `make demo` scans the demo estate and exports one customer's package, `make test` runs the whole test suite.
# Both set everything up on a fresh machine (a virtualenv in .venv; `make test` also
# installs the Debian packages and servers the tests start).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= demo-out

.PHONY: demo test lint install install-test bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(BIN)/pdmap demo $(DEMO)
	$(BIN)/pdmap -c $(DEMO)/pdmap.yaml scan
	$(BIN)/pdmap -c $(DEMO)/pdmap.yaml report --personal-only
	$(BIN)/pdmap -c $(DEMO)/pdmap.yaml export bruno.thomas39@example.com -o $(DEMO)/export-bruno-thomas.zip --overwrite
	@echo "demo: the portability package of the demo customer bruno.thomas39@example.com is $(DEMO)/export-bruno-thomas.zip"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(VENV)/.installed-test
	bash scripts/install-test-deps.sh
	$(MAKE) lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(DEMO) .pytest_cache .mypy_cache .ruff_cache
