"""Lab staff at the door, on a phone: sign in, find a person, check them in."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from home.demo.loader import grant_lab_staff_role
from registrations.models import Registration
from tests.browser.checks import axe_violations
from tests.browser.conftest import Console
from tests.browser.data import small_site
from tests.browser.test_keyboard_and_small_screen import PHONE, assert_fits_the_screen
from tests.registration_support import register_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mot-de-passe-labo-1"


def test_lab_staff_check_a_participant_in_from_a_phone(browser, site_server):
    data = small_site(capacity=3)
    people = [register_person(data.session, "Zoé", "Lefèvre"), register_person(data.session, "Hugo", "Bernard"),
              register_person(data.session, "Anaïs", "Dupont")]
    staff = get_user_model().objects.create_user("dominique", "dominique@labo.example.fr", PASSWORD,
                                                 first_name="Dominique", last_name="Labo")
    grant_lab_staff_role(staff, data.target.organiser)
    context = browser.new_context(
        base_url=site_server.url, locale="fr-FR", viewport=PHONE, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        console = Console(page)
        page.goto("/admin/")
        page.get_by_label("Nom d’utilisateur").fill("dominique")
        page.get_by_label("Mot de passe").fill(PASSWORD)
        page.get_by_role("button", name="S'identifier").click()
        page.goto("/admin/inscriptions/")
        page.get_by_role("link", name=re.compile(f"^Pointage : {data.target.title}")).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Pointage"))
        expect(page.get_by_text("Présences pointées : 0 sur 3 personnes ayant une place")).to_be_visible()
        assert_fits_the_screen(page)
        assert axe_violations(page) == []

        # Typed without the accent, as one does in a hurry.
        page.get_by_label("Chercher une personne").fill("lefevre")
        page.get_by_role("button", name="Chercher").click()
        expect(page.get_by_role("status").filter(has_text="trouvée")).to_have_text(
            "1 personne trouvée pour « lefevre »."
        )
        page.get_by_role("button", name="Pointer la présence : Zoé Lefèvre").tap()
        expect(page.get_by_text("Présence enregistrée : Zoé Lefèvre.")).to_be_visible()
        expect(page.get_by_text("Présences pointées : 1 sur 3 personnes ayant une place")).to_be_visible()
        expect(page.get_by_role("button", name="Annuler le pointage : Zoé Lefèvre")).to_be_visible()
        # Still on the same search, so the next name can be typed at once.
        expect(page.get_by_label("Chercher une personne")).to_have_value("lefevre")
        assert_fits_the_screen(page)
        assert console.problems == []
    finally:
        context.close()
    present = Registration.objects.filter(checked_in_at__isnull=False)
    assert [r.pk for r in present] == [people[0].pk]
