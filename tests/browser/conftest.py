"""Browser tests: Debian's Chromium driven by Playwright against a live Django server.

What this sets up, once per test session:
- the tools (``tools/browser/install.sh`` runs when Chromium, Java or the npm checkers
  are missing; it says what to do when it cannot install them);
- ``browser``: headless Chromium, launched from ``CHROMIUM_PATH`` (default
  ``/usr/bin/chromium``) with the flags that keep it off the network;
- ``site_server``: a live server in a thread, with the production content security
  policy, so that a page the policy would break fails here.

Per test: ``page`` (a fresh browser context, French by default) that fails the test on
any JavaScript error or policy violation. Helpers: ``axe_violations(page)`` runs axe-core
in the page; ``vnu_errors({name: html})`` validates many documents with one JVM start
(both in ``tests/browser/checks.py``).

Tests that read data in the browser must commit it: mark them
``pytest.mark.django_db(transaction=True, serialized_rollback=True)`` (``pytestmark``
below does) so that the live server's thread sees the rows and Wagtail's initial tree
comes back after each test's flush.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test.utils import override_settings

from tests.browser.checks import AXE_JS, VNU_JAR

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools" / "browser"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _tools_missing():
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"Chromium ({CHROMIUM})")
    if not shutil.which("java"):
        missing.append("java")
    if not AXE_JS.exists() or not VNU_JAR.exists():
        missing.append("axe-core / vnu-jar (tools/browser/node_modules)")
    return missing


@pytest.fixture(scope="session")
def browser_tools():
    if _tools_missing():
        result = subprocess.run(
            ["bash", str(TOOLS / "install.sh")], capture_output=True, text=True, timeout=900
        )
        still = _tools_missing()
        if still:
            pytest.fail(
                "Browser tests need "
                + ", ".join(still)
                + ".\n"
                + result.stderr
                + "\nRun `make browser-tools` (as root it installs them), or "
                "`pytest -m 'not browser'` to leave these tests out.",
                pytrace=False,
            )


@pytest.fixture(scope="session")
def browser(browser_tools):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the ORM calls the tests make
    # around it are ordinary synchronous calls, not calls from a coroutine.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from django.db import connections

    database_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # Playwright leaves an event loop running in this thread, so Django now looks its
        # database connections up in a context variable, where it would open new ones. Put
        # the test session's own connections there: they hold the contents that
        # serialized_rollback restores after each flush.
        for alias, connection in database_connections.items():
            connections[alias] = connection
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    """A live server whose middleware includes the production content security policy."""
    from pytest_django.live_server_helper import LiveServer

    middleware = list(settings.MIDDLEWARE)
    if "config.middleware.ContentSecurityPolicyMiddleware" not in middleware:
        middleware.insert(1, "config.middleware.ContentSecurityPolicyMiddleware")
    # The middleware chain is built when the server thread starts: the override only needs
    # to last that long, and so leaks into no other test.
    with override_settings(MIDDLEWARE=middleware):
        server = LiveServer("127.0.0.1:0")
    yield server
    server.stop()


class Console:
    """JavaScript errors, failed loads and policy violations seen by a page."""

    def __init__(self, page):
        self.problems = []
        self.documents = set()
        page.on("pageerror", lambda error: self.problems.append(f"JavaScript error: {error}"))
        page.on("console", self._on_console)
        page.on("response", self._on_response)

    def _on_response(self, response):
        if response.request.resource_type == "document":
            self.documents.add(response.url)

    def _on_console(self, message):
        if message.type != "error":
            return
        url = message.location.get("url")
        # A page answered with a 4xx on purpose (404, form errors) is the test's business:
        # each test checks the statuses it expects. Failed scripts, styles and images are not.
        if message.text.startswith("Failed to load resource") and url in self.documents:
            return
        self.problems.append(f"console error on {url}: {message.text}")


@pytest.fixture
def browser_context(browser, site_server, settings):
    settings.WAGTAILADMIN_BASE_URL = site_server.url
    settings.SITE_URL = site_server.url
    context = browser.new_context(
        base_url=site_server.url, locale="fr-FR", viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def immediate_tasks(settings, site_server):
    """Emails sent within the request (to Django's test outbox), links to the live server."""
    from tests.browser.data import IMMEDIATE_TASKS

    settings.TASKS = IMMEDIATE_TASKS
    settings.SITE_URL = site_server.url
    return settings


ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", "/tmp/browser-artifacts"))


@pytest.fixture
def page(request, browser_context):
    page = browser_context.new_page()
    page.console = Console(page)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        # What the browser showed when the test failed, for whoever reads the CI log.
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        stem = ARTIFACTS / request.node.name
        page.screenshot(path=f"{stem}.png", full_page=True)
        Path(f"{stem}.html").write_text(page.content(), encoding="utf-8")
        print(f"\nbrowser: screenshot and HTML of {page.url} in {stem}.png/.html")
    problems = [p for p in page.console.problems if "favicon" not in p]
    assert not problems, "\n".join(problems)
