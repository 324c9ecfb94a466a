"""The public proposal form: validation in both languages, confirmation, the draft."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import WorkflowState

from events.models import EventPage
from proposals.models import EventProposal, ProposalStatus
from registrations.models import OutboundEmail
from tests.proposal_support import (
    EDITION_YEAR,
    Taxonomy,
    edition_dates,
    form_data,
    link_token,
    png_bytes,
)
from tests.registration_support import immediate_tasks  # noqa: F401

pytestmark = pytest.mark.usefixtures("immediate_tasks")

URL_FR = "/fr/proposer-un-evenement/"
URL_EN = "/en/propose-an-event/"


@pytest.fixture
def taxonomy(site_tree):
    edition_dates(site_tree.programme)
    return Taxonomy()


def post(client, data, url=URL_FR):
    return client.post(url, data)


def test_form_is_reachable_in_both_languages(client, taxonomy):
    fr = client.get(URL_FR)
    en = client.get(URL_EN)
    assert fr.status_code == en.status_code == 200
    assert "<title>Proposer un événement" in fr.content.decode()
    assert "Propose an event" in en.content.decode()
    assert 'lang="en"' in en.content.decode()


def test_a_valid_proposal_waits_for_its_address_to_be_confirmed(
    client, taxonomy, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, form_data(taxonomy))
    assert response.status_code == 303
    assert "alex" not in response["Location"].lower()
    proposal = EventProposal.objects.get()
    assert proposal.status == ProposalStatus.UNCONFIRMED
    assert proposal.email == "alex.martin@example.org"
    assert proposal.page is None
    assert not EventPage.objects.filter(title=proposal.title).exists()
    [message] = mail.outbox
    assert message.to == ["alex.martin@example.org"]
    assert message.subject == "Confirmez votre proposition : Atelier de design de services"
    token = link_token(message, "confirmer")
    assert token == proposal.confirm_token and len(token) >= 40
    assert "alex" not in token.lower()


def test_confirmation_makes_a_french_draft_in_the_review_workflow(
    client, taxonomy, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(
            client,
            form_data(
                taxonomy,
                sessions=[
                    (f"{EDITION_YEAR}-11-16", "14:00", "16:30", "Europe/Paris", "40"),
                    (f"{EDITION_YEAR}-11-18", "09:00", "10:00", "Indian/Reunion", "12"),
                ],
            ),
        )
    token = link_token(mail.outbox[0], "confirmer")
    # Opening the link (a mail scanner would) confirms nothing: the button does.
    page = client.get(f"{URL_FR}confirmer/{token}/")
    assert page.status_code == 200 and EventProposal.objects.get().confirmed_at is None
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(f"{URL_FR}confirmer/{token}/")
    assert done.status_code == 200
    assert "Proposition transmise" in done.content.decode()
    proposal = EventProposal.objects.get()
    assert proposal.status == ProposalStatus.IN_REVIEW
    draft = proposal.page.specific
    assert not draft.live and draft.owner is None
    assert draft.locale.language_code == "fr"
    assert draft.get_parent().pk == site_tree.programme.pk
    assert draft.title == "Atelier de design de services"
    assert draft.event_format == taxonomy.format
    assert draft.organiser == taxonomy.organisation
    assert draft.region == taxonomy.region
    assert [t.theme for t in draft.event_themes.all()] == [taxonomy.theme]
    assert draft.contact_email == "alex.martin@example.org"
    assert "&lt;b&gt;gras&lt;/b&gt;" in str(draft.body)
    sessions = list(draft.sessions.order_by("start"))
    assert [
        (s.local_start.strftime("%d %H:%M"), s.local_end.strftime("%H:%M"), s.capacity)
        for s in sessions
    ] == [("16 14:00", "16:30", 40), ("18 09:00", "10:00", 12)]
    assert sessions[1].time_zone == "Indian/Reunion"
    assert sessions[1].start == datetime.datetime(EDITION_YEAR, 11, 18, 5, 0, tzinfo=datetime.UTC)
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.workflow.name == "Validation du programme"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    received = mail.outbox[-1]
    assert received.subject == "Proposition reçue : Atelier de design de services"
    assert link_token(received, "modifier") == proposal.edit_token
    # The link served once.
    again = client.post(f"{URL_FR}confirmer/{token}/")
    assert again.status_code == 404
    assert EventPage.objects.count() == 1


def test_errors_in_french_are_linked_to_their_fields_and_keep_what_was_typed(client, taxonomy):
    data = form_data(
        taxonomy,
        title="",
        email="pas-une-adresse",
        sessions=[(f"{EDITION_YEAR}-11-16", "16:00", "15:00", "Europe/Paris", "40")],
    )
    response = post(client, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<title>Erreur – Proposer un événement" in html
    assert "Saisissez le titre de l&#x27;événement." in html
    assert "Saisissez une adresse électronique valide" in html
    assert "La session doit se terminer après son début." in html
    assert 'href="#id_title"' in html and 'href="#id_sessions-0-end_time"' in html
    assert 'aria-describedby="id_sessions-0-end_time_error"' in html
    assert 'id="id_sessions-0-end_time_error"' in html
    # Nothing typed is lost.
    assert "Concevoir un service public avec ses usagers" in html
    assert 'value="1 rue de la Paix' in html or "1 rue de la Paix, 35000 Rennes</textarea>" in html
    assert 'value="16:00"' in html and 'value="pas-une-adresse"' in html
    assert EventProposal.objects.count() == 0


def test_errors_in_english(client, taxonomy):
    data = form_data(
        taxonomy,
        sessions=[(f"{EDITION_YEAR - 2}-11-16", "14:00", "15:00", "Europe/Paris", "")],
        themes=None,
        consent=None,
    )
    html = post(client, data, URL_EN).content.decode()
    assert "This date has passed: choose a date to come." in html
    assert "Choose at least one theme." in html
    assert "Tick this box to send the proposal." in html
    assert "Give the number of seats, or an external registration link." in html


def test_a_session_outside_the_edition_is_refused(client, taxonomy):
    data = form_data(
        taxonomy, sessions=[(f"{EDITION_YEAR}-12-02", "14:00", "15:00", "Europe/Paris", "10")]
    )
    html = post(client, data).content.decode()
    assert "a lieu du 1 novembre" in html or "a lieu du 1er novembre" in html
    assert "au 30 novembre" in html


def test_an_image_needs_its_alternative_text_and_must_be_chosen_again_after_an_error(
    client, taxonomy
):
    image = SimpleUploadedFile("Alex Martin.png", png_bytes(), content_type="image/png")
    html = client.post(URL_FR, {**form_data(taxonomy), "image": image}).content.decode()
    assert "Décrivez l&#x27;image en une phrase" in html
    assert "l&#x27;image n&#x27;a pas été conservée, choisissez-la à nouveau" in html


def test_an_online_event_needs_its_link_and_an_organiser_is_named(client, taxonomy):
    data = form_data(taxonomy, mode="online", venue_address="", organiser="", new_organiser="")
    html = post(client, data).content.decode()
    assert "Saisissez le lien de connexion de l&#x27;événement en ligne." in html
    assert "Choisissez votre organisation dans la liste, ou saisissez son nom." in html


def test_add_session_button_keeps_the_form_and_adds_an_empty_session(client, taxonomy):
    data = form_data(taxonomy, add_session="1")
    response = post(client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="sessions-TOTAL_FORMS" value="2"' in html
    assert "Session 2" in html
    assert "Atelier de design de services" in html
    assert "Le formulaire contient" not in html


def test_honeypot_refuses_robots(client, taxonomy):
    response = post(client, form_data(taxonomy, website="http://spam.example"))
    assert response.status_code == 400
    assert EventProposal.objects.count() == 0


@override_settings(SUBMISSION_RATE_LIMIT_EMAIL="2/3600")
def test_rate_limit_per_email(client, taxonomy):
    for _ in range(2):
        assert post(client, form_data(taxonomy)).status_code == 303
    response = post(client, form_data(taxonomy))
    assert response.status_code == 429
    assert "Trop de propositions" in response.content.decode()
    assert EventProposal.objects.count() == 2


@override_settings(REGISTRATION_RATE_LIMIT_BROWSER="1/300")
def test_rate_limit_per_address_and_browser(client, taxonomy):
    assert post(client, form_data(taxonomy)).status_code == 303
    assert post(client, form_data(taxonomy, email="autre@example.org")).status_code == 429


def test_unconfirmed_proposals_are_purged_after_a_few_days(client, taxonomy, settings):
    post(client, form_data(taxonomy))
    post(client, form_data(taxonomy, email="autre@example.org"))
    old, recent = EventProposal.objects.order_by("id")
    EventProposal.objects.filter(pk=old.pk).update(
        created_at=timezone.now()
        - datetime.timedelta(days=settings.SUBMISSION_UNCONFIRMED_DAYS + 1)
    )
    token = old.confirm_token
    call_command("purge_unconfirmed_proposals")
    assert list(EventProposal.objects.all()) == [recent]
    assert client.get(f"{URL_FR}confirmer/{token}/").status_code == 404
    assert OutboundEmail.objects.filter(kind="submission").count() == 2


def test_the_image_becomes_the_drafts_picture_with_its_alternative_text(
    client, taxonomy, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    image = SimpleUploadedFile("Alex Martin.png", png_bytes(), content_type="image/png")
    data = {**form_data(taxonomy, image_alt="Des agents autour d'une carte"), "image": image}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL_FR, data).status_code == 303
    proposal = EventProposal.objects.get()
    # No personal data in the stored file's name.
    assert "alex" not in proposal.image.name.lower() and proposal.image.name.endswith(".png")
    token = link_token(mail.outbox[0], "confirmer")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{URL_FR}confirmer/{token}/")
    draft = EventProposal.objects.get().page.specific
    assert draft.image is not None and draft.image.width == 64
    assert draft.picture_alt == "Des agents autour d'une carte"


def test_emails_to_an_english_proposer_are_in_english_and_never_lost(
    client, taxonomy, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.test_emails.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL_EN, form_data(taxonomy)).status_code == 303
    email = OutboundEmail.objects.get(kind="submission")
    assert email.sent_at is None and "SMTP server down" in email.last_error
    assert email.language == "en"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboundEmail.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("resend_unsent_emails")
    (message,) = mail.outbox
    assert message.subject == "Confirm your proposal: Atelier de design de services"
    assert "Hello Alex Martin," in message.body
    assert "/en/propose-an-event/confirm/" in message.body
    html = message.alternatives[0][0]
    assert '<html lang="en">' in html and "Confirm my address and send the proposal" in html


def test_the_english_form_names_the_taxonomy_in_english_where_translated(
    client, taxonomy, site_tree
):
    from tests.factories import translate

    translate(taxonomy.theme, site_tree.en, name="User experience")
    html = client.get(URL_EN).content.decode()
    assert "User experience" in html and "Expérience usager" not in html
    # Not translated yet: shown in French rather than missing.
    assert "Relance et impact" in html
