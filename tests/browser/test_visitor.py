"""A participant's journeys, in Chromium, finding their way as a person does."""

import re

import pytest
from playwright.sync_api import expect

from registrations.models import Registration
from tests.browser.data import calendar_method, emails_to, manage_path, small_site, tick

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def fill_registration(
    page, first_name, email, button="S'inscrire", last_name="Martin", organisation="Préfecture"
):
    page.get_by_label("Prénom").fill(first_name)
    page.get_by_label("Nom", exact=True).fill(last_name)
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Organisation").fill(organisation)
    tick(page, "J'accepte que ces informations servent à gérer mon inscription.")
    page.get_by_role("button", name=button).click()


def test_visitor_filters_the_programme_registers_and_gets_the_invite(page, immediate_tasks):
    data = small_site()
    page.goto("/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Programme"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Programme"))

    filters = page.get_by_role("form", name="Filtrer les événements")
    tick(filters, "Expérience usager")
    filters.get_by_label("Région").select_option(label="Bretagne")
    filters.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(
        re.compile(
            r"theme=experience-usager.*region=bretagne|region=bretagne.*theme=experience-usager"
        )
    )
    results = page.get_by_role("main")
    expect(results.get_by_role("link", name=data.target.title)).to_be_visible()
    expect(results.get_by_role("link", name=data.other_theme.title)).to_have_count(0)
    expect(results.get_by_role("link", name=data.other_region.title)).to_have_count(0)

    results.get_by_role("link", name=data.target.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(data.target.title)
    fill_registration(page, "Camille", "camille.martin@example.org")

    expect(page.get_by_role("heading", level=1)).to_have_text("Votre place est confirmée")
    (message,) = emails_to("camille.martin@example.org")
    assert data.target.title in message.subject or data.target.title in message.body
    assert calendar_method(message) == "REQUEST"
    registration = Registration.objects.get(email="camille.martin@example.org")
    assert registration.status == "confirmed" and registration.language == "fr"


def test_full_session_waiting_list_cancel_and_promotion(page, browser_context, immediate_tasks):
    data = small_site(capacity=1)
    event_url = data.target.url

    page.goto(event_url)
    fill_registration(page, "Camille", "camille@example.org")
    expect(page.get_by_role("heading", level=1)).to_have_text("Votre place est confirmée")

    other = browser_context.browser.new_context(base_url=page.url.split("/fr/")[0], locale="fr-FR")
    try:
        second = other.new_page()
        second.goto(event_url)
        expect(second.get_by_text("Liste d'attente : personne avant vous")).to_be_visible()
        fill_registration(
            second, "Dominique", "dominique@example.org", "Rejoindre la liste d'attente"
        )
        expect(second.get_by_role("heading", level=1)).to_have_text(
            "Vous êtes sur la liste d'attente"
        )
        expect(
            second.get_by_text("Vous êtes en position 1 sur la liste d'attente.")
        ).to_be_visible()
    finally:
        other.close()
    (waitlisted_email,) = emails_to("dominique@example.org")
    assert calendar_method(waitlisted_email) is None

    (confirmation,) = emails_to("camille@example.org")
    page.goto(manage_path(confirmation))
    expect(page.get_by_text("Place confirmée")).to_be_visible()
    page.get_by_role("button", name="Annuler mon inscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Annuler votre inscription ?")
    page.get_by_role("button", name="Oui, annuler mon inscription").click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Annuler votre inscription ?")

    cancellation = emails_to("camille@example.org")[-1]
    assert calendar_method(cancellation) == "CANCEL"
    promotion = emails_to("dominique@example.org")[-1]
    assert calendar_method(promotion) == "REQUEST"
    assert Registration.objects.get(email="dominique@example.org").status == "confirmed"
    page.goto(manage_path(promotion))
    expect(page.get_by_text("Place confirmée")).to_be_visible()
