"""An organiser proposes an event, an editor approves it; the form passes axe and Nu.

The screenshots of the form (1280 and 375 px wide, French and English, empty and with
errors) are written to BROWSER_ARTIFACTS (default /tmp/browser-artifacts) for review.
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from events.models import EventPage
from proposals.models import EventProposal, ProposalStatus
from taxonomy.models import EventFormat
from tests.browser.checks import axe_violations, vnu_errors
from tests.browser.conftest import ARTIFACTS
from tests.browser.data import emails_to, small_site, tick
from tests.browser.test_editor import PASSWORD, make_editor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLE = "Atelier de cartographie des parcours usagers"
YEAR = timezone.now().year + 1


def site_with_edition(english=False):
    data = small_site(english=english)
    programme = data.site.programme
    programme.edition_start = datetime.date(YEAR, 11, 1)
    programme.edition_end = datetime.date(YEAR, 11, 30)
    programme.save_revision().publish()
    EventFormat.objects.create(name="Atelier participatif", slug="atelier", locale=data.site.fr)
    return data


def link_path(message, kind):
    match = re.search(rf"https?://[^/\s]+(/\w\w/[\w/-]+/{kind}/[\w-]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_organiser_proposes_an_event_and_an_editor_approves_it(page, immediate_tasks):
    site_with_edition()
    make_editor()
    page.goto("/fr/")
    page.get_by_role("link", name="Proposer un événement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Proposer un événement")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill("Deux heures pour dessiner le parcours d'un usager.")
    page.get_by_label("Format", exact=True).select_option(label="Atelier participatif")
    tick(page, "Expérience usager")
    page.locator("#id_region").select_option(label="Bretagne")
    page.locator("#id_organiser").select_option(label="Laboratoire d'innovation de Bretagne")
    page.locator('label[for="id_mode_0"]').click()
    page.locator("#id_venue_address").fill("1 rue de la République, 35000 Rennes")
    first = page.get_by_role("group", name="Session 1")
    first.get_by_label("Date", exact=True).fill(f"{YEAR}-11-17")
    first.get_by_label("Début", exact=True).fill("14:00")
    first.get_by_label("Fin", exact=True).fill("16:00")
    first.locator("input[name$=capacity]").fill("25")
    # A second session, added without losing anything typed.
    page.get_by_role("button", name="Ajouter une session").click()
    expect(page.get_by_role("group", name="Session 2")).to_be_visible()
    expect(page.locator("#id_title")).to_have_value(TITLE)
    second = page.get_by_role("group", name="Session 2")
    second.get_by_label("Date", exact=True).fill(f"{YEAR}-11-24")
    second.get_by_label("Début", exact=True).fill("09:30")
    second.get_by_label("Fin", exact=True).fill("11:30")
    second.locator("input[name$=capacity]").fill("15")
    page.locator("#id_contact_name").fill("Alex Martin")
    page.locator("#id_email").fill("alex@example.org")
    tick(page, re.compile("^J'accepte la publication"))
    page.get_by_role("button", name="Envoyer la proposition").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirmez votre adresse")

    (message,) = emails_to("alex@example.org")
    page.goto(link_path(message, "confirmer"))
    page.get_by_role("button", name="Confirmer et envoyer la proposition").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Proposition transmise")
    proposal = EventProposal.objects.get()
    assert proposal.status == ProposalStatus.IN_REVIEW
    assert proposal.page.sessions.count() == 2

    page.goto("/admin/")
    page.get_by_label("Nom d’utilisateur").fill("camille")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    # The dashboard lists it among the pages awaiting the editor's review.
    review = page.get_by_role("link", name=re.compile("^" + re.escape(TITLE) + r" \("))
    expect(review).to_have_attribute("href", f"/admin/pages/{proposal.page_id}/edit/")
    page.goto(f"/admin/pages/{proposal.page_id}/edit/")
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Valider et Publier", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("a été mise à jour")
    event = EventPage.objects.get(pk=proposal.page_id)
    assert event.live and event.owner is None
    published = emails_to("alex@example.org")[-1]
    assert published.subject == f"Votre événement est publié : {TITLE}"
    page.goto(event.url)
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    # Received, published; the first was the confirmation link. (Wagtail told the editors.)
    assert len(emails_to("alex@example.org")) == 3


def invalid_post(page, language):
    """The form sent with a past date, an end before its start and no title."""
    send = {"fr": "Envoyer la proposition", "en": "Send the proposal"}[language]
    page.locator("#id_sessions-0-date").fill(f"{YEAR - 3}-11-17")
    page.locator("#id_sessions-0-start_time").fill("14:00")
    page.locator("#id_sessions-0-end_time").fill("13:00")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name=send).click()
    assert answer.value.status == 400
    return answer.value.text()


def test_the_proposal_form_and_its_errors_pass_axe_and_the_nu_checker(page, immediate_tasks):
    site_with_edition(english=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    documents, problems = {}, {}
    paths = {"fr": "/fr/proposer-un-evenement/", "en": "/en/propose-an-event/"}
    for language, path in paths.items():
        for width in (1280, 375):
            page.set_viewport_size({"width": width, "height": 900})
            response = page.goto(path)
            documents[f"form ({language})"] = response.text()
            page.screenshot(
                path=str(ARTIFACTS / f"proposal-{language}-{width}.png"), full_page=True
            )
            problems[f"form ({language}, {width})"] = axe_violations(page)
            documents[f"form with errors ({language})"] = invalid_post(page, language)
            expect(page.locator("[data-error-summary]")).to_be_visible()
            page.screenshot(
                path=str(ARTIFACTS / f"proposal-{language}-{width}-errors.png"), full_page=True
            )
            problems[f"form with errors ({language}, {width})"] = axe_violations(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    for name, errors in vnu_errors(documents).items():
        problems.setdefault(name, []).extend(errors)
    report = "\n".join(f"{name}: {lines}" for name, lines in problems.items() if lines)
    assert not report, report
