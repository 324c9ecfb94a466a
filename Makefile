# Two commands: `make run` (install, demo content, serve) and `make test` (every test).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install messages run test worker lint clean catalogue browser-tools loadtest

$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock
	touch $@

install: $(VENV)/.installed

# Builds the .mo catalogues from locale/*/LC_MESSAGES/django.po.
messages: install
	$(PY) manage.py compilemessages --ignore=$(VENV) -v0

# Serves the site with its background worker, so that emails really go out (to the console
# unless EMAIL_BACKEND says otherwise).
run: messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo_content --if-empty
	$(PY) manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

worker: install
	$(PY) manage.py db_worker

# Chromium (Debian's, installed with apt-get when missing and run as root), Java, and the
# axe-core / vnu-jar checkers from npm, for the browser tests in tests/browser.
browser-tools:
	bash tools/browser/install.sh

test: messages browser-tools
	$(PY) -m pytest $(PYTEST_ARGS)

# 300 concurrent registrations over HTTP on gunicorn + PostgreSQL + Redis with the production
# settings (a dedicated database, created and dropped by the script). See docs/performance.md.
loadtest: messages
	$(PY) benchmarks/load_registration.py

# Refreshes locale/en/LC_MESSAGES/django.po from the code and the maps in tools/i18n/.
catalogue: install
	$(PY) tools/update_catalogue.py

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) staticfiles .test-db.sqlite3* tools/browser/node_modules
