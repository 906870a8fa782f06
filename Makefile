# The two commands of the README: `make serve` and `make test`. Both set up
# .venv from pyproject.toml on first use (and again whenever it changes).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup serve test lint typecheck unit schema eval bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

serve: setup
	$(BIN)/newsfacts serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -q

test: lint typecheck unit

schema: setup
	$(BIN)/python -m schemas.export

eval: setup
	$(BIN)/newsfacts eval

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
