"""The browser tooling itself: Chromium serves the site, the checkers find what they must."""

import pytest

from tests.browser.checks import axe_violations, vnu_errors
from tests.factories import build_site

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_page_in_chromium_under_the_content_security_policy(page, site_server):
    build_site()
    response = page.goto("/fr/")
    assert response.status == 200
    assert "script-src 'self';" in response.headers["content-security-policy"]
    assert page.locator("html").get_attribute("lang") == "fr"


def test_checkers_report_broken_markup(page):
    page.set_content(
        '<html lang="fr"><title>t</title><body><img src="x.png"><a href="#"></a></body></html>'
    )
    found = " ".join(axe_violations(page))
    assert "image-alt" in found
    assert "link-name" in found
    errors = vnu_errors(
        {
            "broken": "<!DOCTYPE html><html lang=fr><head><title>t</title></head><body><p><li>x</p></body></html>",
            "clean": "<!DOCTYPE html><html lang=fr><head><title>t</title></head><body><p>x</p></body></html>",
        }
    )
    assert list(errors) == ["broken"]
    assert any("li" in message for message in errors["broken"])
