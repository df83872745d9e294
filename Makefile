# The project's verbs. Every target sets up what it needs (the virtualenv first).
# `make` validates the spec, regenerates the client and checks it; `make test` runs everything.

VENV := .venv
PY := $(VENV)/bin/python
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: all setup validate generate check test clean
.PHONY: node-tools lint-spec docs ts-check chromium go-check compat
.PHONY: typecheck
.PHONY: bench
.PHONY: sandbox cassettes demo

all: validate generate check demo

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

test: setup typecheck lint-spec ts-check go-check docs chromium compat
	openapi-spec-validator openapi.yaml
	prance validate --backend openapi-spec-validator openapi.yaml
	$(PY) scripts/check_generated.py
	$(PY) -m pytest

# --- For other languages: spec lint, reference docs, TypeScript check (package.json, redocly.yaml, ts/) ---
NODE_BIN := node_modules/.bin
DOCS_HTML := build/api-reference.html
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

# The pinned npm tools, reinstalled whenever package-lock.json changes.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

node-tools: node_modules/.installed

# Redocly `recommended-strict` plus the project rules in redocly.yaml (all errors; a mistyped rule in
# the config is an error too). tests/docs/test_spec_lint.py also fails on any warning or ignored problem.
lint-spec: node_modules/.installed
	$(NODE_BIN)/redocly lint openapi.yaml --config redocly.yaml --lint-config error

# One self-contained HTML page (Redoc inlined, works offline); tests/docs/ opens it in Chromium.
docs: $(DOCS_HTML)
$(DOCS_HTML): openapi.yaml redocly.yaml node_modules/.installed
	$(NODE_BIN)/redocly build-docs openapi.yaml --config redocly.yaml --inlineBundle \
	  --title "Pipedream REST API (v1) reference" --output $@

# TypeScript types from the spec (git-ignored), then ts/example.ts, which calls every operation.
ts/generated/openapi.d.ts: openapi.yaml node_modules/.installed
	$(NODE_BIN)/openapi-typescript openapi.yaml --output $@

ts-check: ts/generated/openapi.d.ts
	$(NODE_BIN)/tsc --project ts/tsconfig.json --strict --noEmit

# Pipedream's own client (@pipedream/pipedream, pinned in package.json), unmodified, against a
# sandbox the suite starts and stops itself on loopback (tests/compat/); every test is bounded.
compat: setup node_modules/.installed
	node --test --test-timeout=60000 tests/compat/

# Debian's Chromium for the docs test: Playwright drives it, and never downloads a browser.
$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation

chromium: $(CHROMIUM)

# The Go client OpenAPI Generator makes from the spec (go/openapi-generator.yaml, into the git-ignored
# go/generated/), built with Debian's Go and run as go/example/ against a fresh sandbox. Offline:
# the example's go.mod points at the local client, and GOPROXY=off (scripts/go_check.py).
GO := /usr/bin/go
$(GO):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends golang-go

go-check: setup $(GO)
	$(PY) scripts/go_check.py

# The hand-written overlay: mypy --strict (settings in pyproject.toml; generated/ is not checked).
# tests/overlay/test_overlay_lists.py is checked too: it proves paginate() infers item types; so is
# the compatibility suite's sandbox launcher.
typecheck: setup
	$(VENV)/bin/mypy overlay sandbox/pipedream_sandbox tests/overlay/test_overlay_lists.py bench \
	  tests/compat/sandbox_with_runtime.py

# The local stand-in server (sandbox/) in the foreground, until Ctrl-C. It prints its base URL and
# API key and OAuth client. PORT, PIPEDREAM_SANDBOX_API_KEY, PIPEDREAM_SANDBOX_CLIENT_ID,
# PIPEDREAM_SANDBOX_CLIENT_SECRET and PIPEDREAM_SANDBOX_DB change port, credentials and database;
# SANDBOX_ARGS passes more options (see `python -m pipedream_sandbox --help`).
sandbox: setup
	$(PY) -m pipedream_sandbox $(SANDBOX_ARGS)

# The demo: the examples/ scripts (quickstart, OAuth, live tail) through the overlay against a
# sandbox started for it.
demo: setup
	$(PY) scripts/demo.py

# Re-record tests/cassettes/ from a fresh sandbox, or from the real API when PIPEDREAM_API_KEY is set.
cassettes: setup
	$(PY) scripts/record_cassettes.py

# The benchmarks (bench/, BENCHMARKS.md): a table of medians and ratios, then PASS/FAIL target
# lines, in under a minute, against loopback servers it starts and stops itself. Debian's wrk is
# the sandbox row's load generator. `make test` runs only a smoke run of it (tests/bench/).
WRK := /usr/bin/wrk
$(WRK):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk

bench: setup $(WRK)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
	rm -rf node_modules build ts/generated go/generated
