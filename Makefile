# Two commands: `make run` (install, demo content, serve) and `make test` (every test).
#
# Two locks, both generated from pyproject.toml (`make lock`, see below):
#   requirements.lock      what production installs: the site and its runtime, no test tool;
#   requirements-dev.lock  the same pins plus the development tools (the `dev` extra).
# `make run` installs the first, `make test` and CI the second.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check
HOST ?= 127.0.0.1
PORT ?= 8000
UV_VERSION := 0.13.8

.PHONY: install install-dev messages run test worker lint format clean catalogue browser-tools \
	loadtest lock scaleout bench bench-quick freshworker

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip

$(VENV)/.installed-production: requirements.lock | $(PY)
	$(PIP) -r requirements.lock
	touch $@

# The development lock holds every production pin unchanged (tests/test_dependencies.py), so
# a development environment is a production one too.
$(VENV)/.installed-development: requirements-dev.lock requirements.lock | $(PY)
	$(PIP) -r requirements-dev.lock
	touch $@ $(VENV)/.installed-production

install: $(VENV)/.installed-production

install-dev: $(VENV)/.installed-development

COMPILE_MESSAGES = $(PY) manage.py compilemessages --ignore=$(VENV) -v0

# Builds the .mo catalogues from locale/*/LC_MESSAGES/django.po.
messages: install
	$(COMPILE_MESSAGES)

# Serves the site with its background worker, so that emails really go out (to the console
# unless EMAIL_BACKEND says otherwise).
# Absolute links (emails, invites, result and manage pages) follow the address served here,
# `make run PORT=8080` included, unless SITE_URL (and WAGTAILADMIN_BASE_URL) say otherwise.
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: export WAGTAILADMIN_BASE_URL ?= $(SITE_URL)
run: messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo_content --if-empty
	$(PY) manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: install
	$(PY) manage.py db_worker

# Chromium (Debian's, installed with apt-get only when missing and run as root), Java, and
# the axe-core / vnu-jar checkers from npm, for the browser tests in tests/browser. Quiet and
# quick (under a second) when everything is there.
browser-tools:
	bash tools/browser/install.sh

# The .mo files are rebuilt when a .po file is newer, so that two test runs started side by
# side (CI: SQLite and PostgreSQL) never rewrite a catalogue the other one is reading.
PO_FILES := $(wildcard locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)
$(MO_FILES) &: $(PO_FILES) | $(VENV)/.installed-production
	$(COMPILE_MESSAGES)
	touch $(MO_FILES)

test: install-dev browser-tools $(MO_FILES)
	$(PY) -m pytest $(PYTEST_ARGS)

# 300 concurrent registrations over HTTP on gunicorn + PostgreSQL + Redis with the production
# settings (a dedicated database, created and dropped by the script), on one session then on
# one session each, against /healthz. See docs/performance.md.
loadtest: install-dev
	$(COMPILE_MESSAGES)
	$(PY) benchmarks/load_registration.py

# Two gunicorn instances and two task workers on one database and one Redis: exact counts,
# every email once, shared rate limits, sessions and static files. See docs/deployment.md.
scaleout: install-dev
	$(COMPILE_MESSAGES)
	$(PY) benchmarks/scale_out.py

# Page times against a bare Wagtail page, query counts and worker memory (about 10 min);
# bench-quick is the short version CI runs (it fails on counts, never on times).
bench: install-dev
	$(COMPILE_MESSAGES)
	$(PY) benchmarks/bench_pages.py

bench-quick: install-dev
	$(COMPILE_MESSAGES)
	$(PY) benchmarks/bench_pages.py --quick --repeat 10 --requests 500

# The first visitor of a fresh or recycled gunicorn worker, with and without the warm-up.
freshworker: install-dev
	$(COMPILE_MESSAGES)
	$(PY) benchmarks/fresh_worker.py

# Refreshes locale/en/LC_MESSAGES/django.po from the code and the maps in tools/i18n/.
catalogue: install
	$(PY) tools/update_catalogue.py

# The templates git knows of (tracked or new, not ignored): never .venv or node_modules.
TEMPLATES = git ls-files -z --cached --others --exclude-standard -- '*.html'

# What CI checks and .pre-commit-config.yaml runs before each commit.
lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(TEMPLATES) | xargs -0 $(VENV)/bin/djhtml --check

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(TEMPLATES) | xargs -0 $(VENV)/bin/djhtml

# Regenerates both locks from pyproject.toml with uv (pinned here). Versions already in a
# lock are kept unless pyproject.toml asks for others; `make lock UPGRADE=--upgrade` moves
# every package to its newest release. The development lock is constrained by the production
# one, so both always agree on a package they share.
lock: | $(PY)
	$(PIP) uv==$(UV_VERSION)
	$(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes \
		$(UPGRADE) -o requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 \
		--generate-hashes $(UPGRADE) -c requirements.lock -o requirements-dev.lock

clean:
	rm -rf $(VENV) .venv-production staticfiles .test-db.sqlite3* tools/browser/node_modules
