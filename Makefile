# Barnens röst: `make run` serves the portal, `make test` runs every guard. See README.md.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

BROWSER_DIR := tests/browser

.PHONY: run test test-postgres lint check pytest bench bench-feedback browser-deps chromium messages csp-check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

## The browser tests' tools: Debian's Chromium (apt, when missing) and axe-core (npm, pinned).
browser-deps: chromium $(BROWSER_DIR)/node_modules/.installed

chromium:
	.ci/chromium.sh

$(BROWSER_DIR)/node_modules/.installed: $(BROWSER_DIR)/package.json $(BROWSER_DIR)/package-lock.json
	npm ci --prefix $(BROWSER_DIR) --no-audit --no-fund
	touch $@

## The project's translations (locale/): GNU gettext (Debian's, when missing) and Django's
## compilemessages, which builds each locale/<lang>/LC_MESSAGES/*.mo from its .po.
messages: $(VENV)/.runtime
	.ci/gettext.sh
	$(MANAGE) compilemessages --ignore '.venv*' --ignore node_modules --ignore tests

## Set up, migrate the embedded SQLite database, load the demo content, serve on localhost.
run: $(VENV)/.runtime messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) runserver $(HOST):$(PORT)

## Set up the development environment and run every guard: lint, format, checks, tests.
test: $(VENV)/.dev browser-deps messages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

## The same test suite against a real PostgreSQL server started on loopback, without the
## browser tests: they serve a SQLite database of their own, so `make test` covers them.
test-postgres: $(VENV)/.dev messages
	eval "$$(.ci/postgres.sh start)" && $(BIN)/pytest -m "not browser"; status=$$?; .ci/postgres.sh stop; exit $$status

## Load test the public pages with wrk against a static file (installs wrk as root if missing).
bench: $(VENV)/.runtime
	$(BIN)/python bench/pages_load.py

## Public and admin pages in headless Chromium: no Content-Security-Policy error.
csp-check: $(VENV)/.dev
	$(BIN)/python bench/csp_in_chromium.py

## Load test anonymous feedback: gunicorn + SQLite, 20 concurrent clients, >= 200 answers.
bench-feedback: $(VENV)/.runtime
	$(BIN)/python bench/feedback_load.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache test-artifacts $(BROWSER_DIR)/node_modules
