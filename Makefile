# The project's verbs. Every target sets up what it needs (the virtualenv first).
# `make` validates the spec, regenerates the client and checks it; `make test` runs everything.

VENV := .venv
PY := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: all setup validate generate check test clean

all: validate generate check

# The virtualenv, rebuilt whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

validate: setup
	openapi-spec-validator openapi.yaml
	prance validate --backend openapi-spec-validator openapi.yaml
	$(PY) -m pytest -q tests/test_spec.py

generate: setup
	bash scripts/generate.sh generated

check: setup
	$(PY) scripts/check_generated.py

test: setup
	openapi-spec-validator openapi.yaml
	prance validate --backend openapi-spec-validator openapi.yaml
	$(PY) scripts/check_generated.py
	$(PY) -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
