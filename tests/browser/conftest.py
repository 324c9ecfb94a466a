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
                "Browser tests need " + ", ".join(still) + ".\n" + result.stderr
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
    with sync_playwright() as playwright:
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
        page.on("pageerror", lambda error: self.problems.append(f"JavaScript error: {error}"))
        page.on("console", self._on_console)

    def _on_console(self, message):
        if message.type == "error":
            self.problems.append(f"console error on {message.location.get('url')}: {message.text}")


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
def page(browser_context):
    page = browser_context.new_page()
    page.console = Console(page)
    yield page
    problems = [p for p in page.console.problems if "favicon" not in p]
    assert not problems, "\n".join(problems)
