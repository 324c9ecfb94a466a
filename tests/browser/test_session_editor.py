"""In Chromium: the event editor once people registered for a session.

The editor sees how many people are registered and where to manage them, cannot change the
seats there, and removing the session is refused with a message naming the people; the
session then shows again, with the message inside it.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from demo.accounts import grant_editor_role
from events.models import EventSession
from tests.browser.data import small_site
from tests.factories import register_people

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "mot-de-passe-de-test-1"


def sign_in(page):
    user = get_user_model().objects.create_user("camille", "camille@example.org", PASSWORD)
    grant_editor_role(user, follows_registrations=True)
    page.goto("/admin/")
    page.get_by_label("Nom d’utilisateur").fill("camille")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    expect(page.get_by_role("link", name="Inscriptions")).to_be_visible()


def test_removing_a_session_with_people_is_refused_in_the_editor(page):
    data = small_site(capacity=2)
    register_people(data.session, 3)
    sign_in(page)
    page.goto(f"/admin/pages/{data.target.pk}/edit/")

    sessions = page.locator("#id_sessions-FORMS")
    notice = sessions.get_by_text(
        "3 personnes sont inscrites à cette session (2 avec une place, 1 en liste d'attente)."
    )
    expect(notice).to_be_visible()
    expect(
        sessions.get_by_role("link", name="Gérer les inscriptions de cette session")
    ).to_have_attribute("href", f"/admin/inscriptions/session/{data.session.pk}/")
    expect(sessions.get_by_role("spinbutton", name=re.compile("Capacité"))).to_be_disabled()

    page.locator("#id_sessions-0-DELETE-button").click()
    expect(notice).to_be_hidden()
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Publier", exact=True).click()

    refused = re.compile(
        r"ne peut pas être supprimée : 3 personnes y sont inscrites \(2 avec une place, "
        r"1 en liste d'attente\)\. Annulez-la plutôt depuis l'écran des inscriptions"
    )
    expect(page.get_by_text(refused).first).to_be_visible()
    # The session is on the page again, with the reason inside it.
    expect(page.locator("#inline_child_sessions-0")).to_be_visible()
    expect(page.locator("#inline_child_sessions-0").get_by_text(refused)).to_be_visible()
    assert EventSession.objects.filter(pk=data.session.pk, event=data.target).exists()
    assert data.session.registrations.count() == 3
