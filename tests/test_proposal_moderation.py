"""Editors review proposals: approve (published), ask for changes (private link), decline."""

import pytest
from django.core import mail
from wagtail.models import TaskState, WorkflowState

from events.models import EventPage
from proposals.models import EventProposal, ProposalStatus
from tests.factories import translate
from tests.proposal_support import (
    EDITION_YEAR,
    Taxonomy,
    act,
    confirmed_proposal,
    edition_dates,
    editor,
    form_data,
    link_token,
)
from tests.registration_support import immediate_tasks  # noqa: F401

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def taxonomy(site_tree):
    edition_dates(site_tree.programme)
    return Taxonomy()


@pytest.fixture
def reviewer(db, taxonomy):
    from django.test import Client

    browser = Client()
    browser.force_login(editor())
    return browser


def test_the_editor_sees_the_proposal_on_the_dashboard(
    client, reviewer, taxonomy, django_capture_on_commit_callbacks
):
    proposal = confirmed_proposal(client, taxonomy, django_capture_on_commit_callbacks)
    html = reviewer.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Atelier de design de services" in html
    assert "Validation du programme" in html
    edit = reviewer.get(f"/admin/pages/{proposal.page_id}/edit/").content.decode()
    assert "Valider et Publier" in edit
    assert "Demander des modifications au proposant" in edit
    assert "Refuser la proposition" in edit
    listing = reviewer.get("/admin/event_proposals/").content.decode()
    assert "Atelier de design de services" in listing and "Alex Martin" in listing


def test_approval_publishes_the_page_and_tells_the_proposer_in_english(
    client, reviewer, taxonomy, django_capture_on_commit_callbacks
):
    proposal = confirmed_proposal(
        client, taxonomy, django_capture_on_commit_callbacks, url="/en/propose-an-event/"
    )
    assert proposal.language == "en"
    assert mail.outbox[-1].subject == "Proposal received: Atelier de design de services"
    page = proposal.page.specific
    with django_capture_on_commit_callbacks(execute=True):
        response = act(reviewer, page, "approve")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.sessions.count() == 1
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PUBLISHED
    published = mail.outbox[-1]
    assert published.subject == "Your event is published: Atelier de design de services"
    assert (
        "https://innovation.example.gouv.fr/fr/programme/atelier-de-design-de-services/"
        in published.body
    )
    assert "Good news" in published.body
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_APPROVED
    # The public page, like any event.
    assert client.get(page.url).status_code == 200


def test_the_published_email_links_the_english_page_when_there_is_one(
    client, reviewer, taxonomy, site_tree, django_capture_on_commit_callbacks
):
    proposal = confirmed_proposal(
        client, taxonomy, django_capture_on_commit_callbacks, url="/en/propose-an-event/"
    )
    page = proposal.page.specific
    translate(site_tree.programme, site_tree.en)
    with django_capture_on_commit_callbacks(execute=True):
        act(reviewer, page, "approve")
    page.refresh_from_db()
    translate(page, site_tree.en, title="Service design workshop", slug="service-design-workshop")
    # Published again by the editor later: the proposer is told once only.
    count = len(mail.outbox)
    page.save_revision().publish()
    assert len(mail.outbox) == count


def test_asking_for_changes_sends_the_reason_and_the_edit_link(
    client, reviewer, taxonomy, django_capture_on_commit_callbacks
):
    proposal = confirmed_proposal(client, taxonomy, django_capture_on_commit_callbacks)
    page = proposal.page.specific
    with django_capture_on_commit_callbacks(execute=True):
        act(reviewer, page, "reject", "Précisez le public visé, s'il vous plaît.")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.CHANGES_REQUESTED
    message = mail.outbox[-1]
    assert message.subject == "Modifications demandées : Atelier de design de services"
    assert "Précisez le public visé, s'il vous plaît." in message.body
    token = link_token(message, "modifier")
    assert token == proposal.edit_token
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    form = client.get(f"/fr/proposer-un-evenement/modifier/{token}/")
    html = form.content.decode()
    assert form.status_code == 200
    assert "Précisez le public visé" in html and 'value="Atelier de design de services"' in html
    assert form["Referrer-Policy"] == "same-origin" and "noindex" in form["X-Robots-Tag"]
    data = form_data(
        taxonomy,
        title="Atelier de design de services pour agents",
        sessions=[(f"{EDITION_YEAR}-11-17", "10:00", "12:00", "Europe/Paris", "25")],
    )
    data["sessions-INITIAL_FORMS"] = "1"
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(f"/fr/proposer-un-evenement/modifier/{token}/", data)
    assert saved.status_code == 200
    assert "Modifications enregistrées" in saved.content.decode()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Atelier de design de services pour agents"
    assert [s.local_start.strftime("%d %H:%M") for s in draft.sessions.all()] == ["17 10:00"]
    assert not page.live
    with django_capture_on_commit_callbacks(execute=True):
        act(reviewer, page, "approve")
    page.refresh_from_db()
    assert page.live and page.title == "Atelier de design de services pour agents"
    assert [s.local_start.strftime("%d %H:%M") for s in page.sessions.all()] == ["17 10:00"]


def test_declining_keeps_the_page_unpublished_and_sends_the_reason(
    client, reviewer, taxonomy, django_capture_on_commit_callbacks
):
    proposal = confirmed_proposal(client, taxonomy, django_capture_on_commit_callbacks)
    page = proposal.page.specific
    with django_capture_on_commit_callbacks(execute=True):
        act(reviewer, page, "decline", "L'événement a lieu hors de la période du Mois.")
    page.refresh_from_db()
    assert not page.live
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DECLINED
    message = mail.outbox[-1]
    assert message.subject == "Proposition non retenue : Atelier de design de services"
    assert "L'événement a lieu hors de la période du Mois." in message.body
    assert (
        WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_CANCELLED
    )
    assert TaskState.objects.filter(status=TaskState.STATUS_REJECTED).count() == 1
    # Declined: the private link refuses changes.
    refused = client.get(f"/fr/proposer-un-evenement/modifier/{proposal.edit_token}/")
    assert refused.status_code == 403
    assert "a pas été retenue : elle ne peut plus être modifiée" in refused.content.decode()


def test_declining_or_asking_for_changes_needs_a_reason(
    client, reviewer, taxonomy, django_capture_on_commit_callbacks
):
    proposal = confirmed_proposal(client, taxonomy, django_capture_on_commit_callbacks)
    page = proposal.page.specific
    count = len(mail.outbox)
    act(reviewer, page, "decline", "")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.IN_REVIEW and len(mail.outbox) == count


def test_the_private_link_refuses_a_published_or_a_foreign_proposal(
    client, reviewer, taxonomy, django_capture_on_commit_callbacks
):
    proposal = confirmed_proposal(client, taxonomy, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        act(reviewer, proposal.page.specific, "approve")
    published = client.get(f"/fr/proposer-un-evenement/modifier/{proposal.edit_token}/")
    assert published.status_code == 403
    assert "Cet événement est publié" in published.content.decode()
    posted = client.post(
        f"/fr/proposer-un-evenement/modifier/{proposal.edit_token}/",
        form_data(taxonomy, title="Autre titre"),
    )
    assert posted.status_code == 403
    assert EventPage.objects.get(pk=proposal.page_id).title == "Atelier de design de services"
    foreign = client.get("/fr/proposer-un-evenement/modifier/" + "x" * 43 + "/")
    assert foreign.status_code == 404
    assert "Lien non valide" in foreign.content.decode()
    # An unconfirmed proposal has no edit link yet.
    client.post("/fr/proposer-un-evenement/", form_data(taxonomy, email="autre@example.org"))
    pending = EventProposal.objects.get(email="autre@example.org")
    assert (
        client.get(f"/fr/proposer-un-evenement/modifier/{pending.edit_token}/").status_code == 404
    )


def test_an_unchanged_session_is_kept_when_the_proposer_edits_only_the_title(
    client, reviewer, taxonomy, django_capture_on_commit_callbacks
):
    import re

    proposal = confirmed_proposal(client, taxonomy, django_capture_on_commit_callbacks)
    url = f"/fr/proposer-un-evenement/modifier/{proposal.edit_token}/"
    html = client.get(url).content.decode()
    # What the browser sends back: the form as shown, the title changed.
    data = form_data(taxonomy, title="Nouveau titre")
    data["sessions-INITIAL_FORMS"] = re.search(
        r'name="sessions-INITIAL_FORMS" value="(\d+)"', html
    ).group(1)
    assert data["sessions-INITIAL_FORMS"] == "1"
    assert client.post(url, data).status_code == 200
    proposal.refresh_from_db()
    assert proposal.title == "Nouveau titre" and proposal.sessions.count() == 1


def test_editors_do_not_see_proposals_whose_address_is_not_confirmed(client, reviewer, taxonomy):
    client.post("/fr/proposer-un-evenement/", form_data(taxonomy, title="Jamais confirmée"))
    proposal = EventProposal.objects.get(title="Jamais confirmée")
    assert proposal.confirmed_at is None
    listing = reviewer.get("/admin/event_proposals/").content.decode()
    assert "Jamais confirmée" not in listing
    # A 404 under /admin/ is sent on to the language's address, where it is a 404 too.
    url = f"/admin/event_proposals/inspect/{proposal.pk}/"
    assert reviewer.get(url, follow=True).status_code == 404
