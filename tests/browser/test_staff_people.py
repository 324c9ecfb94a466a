"""The staff's by-hand screens in a browser (add, move, personal-data request and its
erasure step), in French and English at 375 and 1280 px: axe finds nothing, a form error
is shown next to its field, and the address typed never reaches the URL."""

import datetime

import pytest
from playwright.sync_api import expect

from events.models import EventSession
from registrations.models import Registration
from tests.browser.checks import axe_violations
from tests.browser.conftest import Console
from tests.browser.data import small_site
from tests.browser.test_check_in import DESKTOP, PHONE, lab_staff, shoot, signed_in
from tests.factories import register_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_add_move_and_personal_data_screens_pass_axe(browser, site_server, language):
    data = small_site(capacity=2)
    session = data.session
    EventSession.objects.create(
        event=session.event,
        start=session.start + datetime.timedelta(days=1),
        end=session.end + datetime.timedelta(days=1),
        capacity=2,
        waitlist_enabled=True,
    )
    zoe = register_person(session, "Zoé", "Lefèvre")
    # The factory keeps the accents in the address; an address form accepts ASCII only.
    Registration.objects.filter(pk=zoe.pk).update(email="zoe.lefevre@example.org")
    lab_staff(data, language)
    locale = "fr-FR" if language == "fr" else "en-GB"
    english = language == "en"
    for viewport, size in ((PHONE, 375), (DESKTOP, 1280)):
        context, page = signed_in(browser, site_server, viewport, locale)
        try:
            console = Console(page)
            screens = {
                "session": f"/admin/inscriptions/session/{session.pk}/",
                "add": f"/admin/inscriptions/session/{session.pk}/ajouter/",
                "move": f"/admin/inscriptions/inscription/{zoe.pk}/deplacer/",
                "personal-data": "/admin/inscriptions/donnees-personnelles/",
            }
            for name, url in screens.items():
                page.goto(url)
                expect(page.locator("html")).to_have_attribute("lang", language)
                assert axe_violations(page) == [], name
                shoot(page, f"people-{name}-{language}-{size}")

            page.goto(screens["add"])
            page.locator("#id_first_name").fill("Jeanne")
            page.locator("#id_email").fill("pas-une-adresse")
            page.get_by_role(
                "button", name="Add the registration" if english else "Ajouter l'inscription"
            ).click()
            error = page.locator("#id_last_name_error")
            expect(error).to_be_visible()
            expect(page.locator("#id_last_name")).to_have_attribute(
                "aria-describedby", "id_last_name_error"
            )
            assert axe_violations(page) == [], "add form error"
            shoot(page, f"people-add-error-{language}-{size}")

            page.goto(screens["personal-data"])
            page.locator("#id_email").fill("zoe.lefevre@example.org")
            page.get_by_role("button", name="Search" if english else "Rechercher").click()
            expect(page.get_by_text("Zoé Lefèvre")).to_be_visible()
            assert "example.org" not in page.url
            assert axe_violations(page) == [], "personal data found"
            shoot(page, f"people-personal-data-found-{language}-{size}")
            page.get_by_role(
                "button", name="Erase this data…" if english else "Effacer ces données…"
            ).click()
            expect(
                page.get_by_role(
                    "button", name="Yes, erase this data" if english else "Oui, effacer ces données"
                )
            ).to_be_visible()
            assert axe_violations(page) == [], "erase confirmation"
            shoot(page, f"people-erase-confirm-{language}-{size}")
            assert console.problems == []
        finally:
            context.close()
