"""The staff's messages, statistics and home panel in a browser: axe finds nothing in
French or English, at 375 and 1280 px; the preview and the error of an unknown
placeholder are shown; the charts are images with a name."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from registrations import services
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


@pytest.mark.parametrize("language", ["fr", "en"])
def test_messages_statistics_and_panel_pass_axe(browser, site_server, language):
    data = small_site(capacity=3)
    session = data.session
    zoe = register_person(session, "Zoé", "Lefèvre")
    register_person(session, "Hugo", "Bernard")
    Registration.objects.filter(pk=zoe.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3)
    )
    message = services.send_message(
        session, audience="confirmed", subject="Salle 2", body="Bonjour {prénom}", notify=False
    )
    lab_staff(data, language)
    locale = "fr-FR" if language == "fr" else "en-GB"
    screens = {
        "dashboard": "/admin/",
        "messages": f"/admin/inscriptions/session/{session.pk}/messages/",
        "message": f"/admin/inscriptions/session/{session.pk}/messages/{message.pk}/",
        "statistics": "/admin/inscriptions/statistiques/",
    }
    for viewport, size in ((PHONE, 375), (DESKTOP, 1280)):
        context, page = signed_in(browser, site_server, viewport, locale)
        try:
            console = Console(page)
            for name, url in screens.items():
                page.goto(url)
                expect(page.locator("html")).to_have_attribute("lang", language)
                assert axe_violations(page) == [], name
                shoot(page, f"{name}-{language}-{size}")
            if SCREENSHOTS and str(SCREENSHOTS) not in ("", "."):
                for index, figure in enumerate(page.locator("figure").all()):
                    figure.screenshot(path=str(SCREENSHOTS / f"chart{index}-{language}-{size}.png"))
            charts = page.get_by_role(
                "img", name="Inscriptions par jour" if language == "fr" else "Registrations per day"
            )
            expect(charts).to_have_count(1)

            page.goto(screens["messages"])
            page.locator("#id_audience_0").check()
            page.locator("#id_subject").fill("Pour {prenom}")
            page.locator("#id_body").fill("Bonjour {prénom},\nSalle 2.")
            page.get_by_role("button", name="Aperçu" if language == "fr" else "Preview").click()
            expect(page.locator(".w-field__errors").filter(has_text="{prenom}")).to_have_count(1)
            assert axe_violations(page) == [], "form error"
            shoot(page, f"messages-error-{language}-{size}")
            page.locator("#id_subject").fill("Pour {prénom}")
            page.get_by_role("button", name="Aperçu" if language == "fr" else "Preview").click()
            expect(page.get_by_text("Pour Zoé")).to_be_visible()
            assert axe_violations(page) == [], "preview"
            shoot(page, f"messages-preview-{language}-{size}")
            assert console.problems == []
        finally:
            context.close()
