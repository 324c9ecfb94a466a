"""A session's registrants list in a browser: axe finds nothing in French or English, at 375
and 1280 px (the list, a filtered list, the bulk cancel question); "tick everyone" ticks
the page's rows and the bulk check-in goes through."""

import pytest
from playwright.sync_api import expect

from registrations.models import Registration
from tests.browser.checks import axe_violations
from tests.browser.conftest import Console
from tests.browser.data import small_site
from tests.browser.test_check_in import (
    DESKTOP,
    PHONE,
    SCREENSHOTS,
    lab_staff,
    shoot,
    signed_in,
)
from tests.factories import register_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def shoot_part(page, selector, name):
    """The admin scrolls inside its own frame: the list is shot once scrolled to."""
    if SCREENSHOTS and str(SCREENSHOTS) not in ("", "."):
        page.locator(selector).evaluate("(element) => element.scrollIntoView()")
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))
        page.locator(".registrants-table").evaluate("(element) => element.scrollIntoView()")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-table.png"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_registrants_list_passes_axe_and_its_bulk_actions_work(browser, site_server, language):
    data = small_site(capacity=3)
    session = data.session
    for first, last, organisation in [
        ("Zoé", "Lefèvre", "Préfecture d'Ille-et-Vilaine"),
        ("Jean-Baptiste", "de La Tour d'Auvergne", "Centre communal d'action sociale"),
        ("Hugo", "Bernard", "Direction interministérielle du numérique"),
        ("Inès", "Çelik", "Mairie de Rennes"),
        ("Anaïs", "Dupont", "Région Bretagne"),
    ]:
        register_person(session, first, last, organisation=organisation)
    lab_staff(data, language)
    locale = "fr-FR" if language == "fr" else "en-GB"
    url = f"/admin/inscriptions/session/{session.pk}/"
    for viewport, size in ((PHONE, 375), (DESKTOP, 1280)):
        context, page = signed_in(browser, site_server, viewport, locale)
        try:
            console = Console(page)
            page.goto(url)
            expect(page.locator("html")).to_have_attribute("lang", language)
            assert axe_violations(page) == [], "list"
            shoot(page, f"registrants-{language}-{size}")
            shoot_part(page, "section[aria-labelledby=people-title]", f"list-{language}-{size}")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 1, overflow  # only the table scrolls sideways, in its region

            page.locator("#id_q").fill("celik")
            page.locator("#id_q").press("Enter")
            expect(page.locator(".registrants-table tbody tr")).to_have_count(1)
            assert "celik" not in page.url  # a searched name never reaches a URL
            assert axe_violations(page) == [], "filtered"

            page.get_by_role(
                "button", name="Tout afficher" if language == "fr" else "Show all"
            ).click()
            expect(page.locator(".registrants-table tbody tr")).to_have_count(5)
            page.locator("#select-all").check()
            expect(page.locator("input[name=selected]:checked")).to_have_count(5)
            page.locator("#bulk-action").select_option("cancel")
            page.locator("#bulk-form ~ div button[form=bulk-form]").click()
            expect(page.locator("form input[name=confirmed]")).to_have_count(1)
            assert axe_violations(page) == [], "cancel question"
            shoot(page, f"registrants-cancel-{language}-{size}")
            page.go_back()
            assert console.problems == []
        finally:
            context.close()

    context, page = signed_in(browser, site_server, DESKTOP, locale)
    try:
        page.goto(url)
        page.locator("#select-all").check()
        page.locator("#bulk-action").select_option("check_in")
        page.locator("button[form=bulk-form]").click()
        expect(page.locator(".messages")).to_contain_text("3")
    finally:
        context.close()
    assert Registration.objects.filter(checked_in_at__isnull=False).count() == 3
