"""Messages from staff to the people of a session: placeholders checked before sending,
one email per chosen person in their language, nothing lost when the mail server fails,
the message kept and in the session's history, and another lab kept out."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry

from demo.accounts import grant_lab_staff_role
from events.models import EventSession
from registrations import services
from registrations.models import OutboundEmail, Registration, StaffMessage
from tests.factories import make_event, make_organisation, make_registrations, register
from tests.registration_support import (
    html_part,
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def people(site_tree):
    """Zoé (French) and Emma (English) have a seat, Emma came; Inès waits; Paul has a seat
    and no address; Hugo cancelled."""
    _event, session = workshop(site_tree, capacity=3)
    zoe = register(session, 1, first_name="Zoé", last_name="Lefèvre", notify=False).registration
    emma = register(
        session, 2, first_name="Emma", last_name="Smith", language="en", notify=False
    ).registration
    paul = register(session, 3, first_name="Paul", last_name="Martin", notify=False).registration
    Registration.objects.filter(pk=paul.pk).update(email="")
    ines = register(session, 4, first_name="Inès", last_name="Moreau", notify=False).registration
    hugo = register(session, 5, first_name="Hugo", last_name="Bernard", notify=False).registration
    services.cancel(hugo, notify=False)
    Registration.objects.filter(pk=emma.pk).update(checked_in_at=timezone.now())
    return session, {"zoe": zoe, "emma": emma, "paul": paul, "ines": ines, "hugo": hugo}


def form(**fields):
    return {
        "audience": "confirmed",
        "subject": "Salle changée pour {prénom}",
        "body": "Bonjour {prénom} {nom},\nRendez-vous salle 2.",
        "subject_en": "",
        "body_en": "",
        "send": "1",
    } | fields


def test_confirmed_people_get_the_message_in_their_language(
    people, staff_client, django_capture_on_commit_callbacks
):
    session, _people = people
    url = f"/admin/inscriptions/session/{session.pk}/messages/"
    page = staff_client.get(url).content.decode()
    assert "Les personnes inscrites (place confirmée) (2)" in page
    assert "sans adresse électronique" in page

    data = form(subject_en="Room changed for {first_name}", body_en="Hello {first_name},\nRoom 2.")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, data)
    response = staff_client.get(response["Location"])
    assert "Message mis en file d&#x27;envoi : 2 courriels." in response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == ["camille1@example.org", "camille2@example.org"]

    (french,) = outbox_to("camille1@example.org")
    assert french.subject == "Salle changée pour Zoé"
    assert french.body.startswith("Bonjour Zoé Lefèvre,\nRendez-vous salle 2.")
    assert "Atelier design des politiques publiques" in french.body
    assert "Bonjour Zoé Lefèvre,<br>Rendez-vous salle 2." in html_part(french)
    assert 'lang="fr"' in html_part(french)
    (english,) = outbox_to("camille2@example.org")
    assert english.subject == "Room changed for Emma"
    assert english.body.startswith("Hello Emma,\nRoom 2.")
    assert 'lang="en"' in html_part(english)
    assert "Manage my registration" in english.body

    message = StaffMessage.objects.get()
    assert (message.recipients, message.recipients_en, message.without_email) == (2, 1, 1)
    assert message.author.username == "staff"
    assert message.emails.filter(sent_at__isnull=False).count() == 2
    page = response.content.decode()
    assert "2 envoyés" in page and "(dont 1 en anglais)" in page
    assert "1 personne sans adresse électronique, non prévenue" in page
    entry = ModelLogEntry.objects.get(action="registrations.message_sent")
    assert entry.user.username == "staff"
    assert entry.data == {"message": message.pk, "audience": "confirmed", "count": 2}
    assert "Zoé" not in str(entry.data)


def test_without_an_english_version_everyone_reads_french(
    people, django_capture_on_commit_callbacks
):
    session, _people = people
    with django_capture_on_commit_callbacks(execute=True):
        services.send_message(session, audience="confirmed", subject="Objet", body="Texte")
    (english_speaker,) = outbox_to("camille2@example.org")
    assert english_speaker.subject == "Objet"
    assert 'lang="fr"' in html_part(english_speaker)


@pytest.mark.parametrize(
    "audience, expected",
    [
        ("waitlisted", ["camille4@example.org"]),
        ("checked_in", ["camille2@example.org"]),
    ],
)
def test_each_audience_reaches_exactly_its_people(
    people, audience, expected, django_capture_on_commit_callbacks
):
    session, _people = people
    with django_capture_on_commit_callbacks(execute=True):
        services.send_message(session, audience=audience, subject="Objet", body="Texte {prénom}")
    assert sorted(m.to[0] for m in mail.outbox) == expected


def test_an_unknown_placeholder_is_a_form_error_and_nothing_is_sent(people, staff_client):
    session, _people = people
    url = f"/admin/inscriptions/session/{session.pk}/messages/"
    response = staff_client.post(url, form(body="Bonjour {prenon},", subject_en="Hi {name}"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Champ de fusion inconnu : {prenon}." in page
    assert "Champ de fusion inconnu : {name}." in page
    assert 'aria-invalid="true"' in page or "error-message" in page
    assert not StaffMessage.objects.exists() and not OutboundEmail.objects.exists()
    with pytest.raises(services.RegistrationError):
        services.send_message(session, audience="confirmed", subject="x", body="{inconnu}")

    response = staff_client.post(url, form(subject_en="Room changed"))
    assert response.status_code == 400
    assert "Écrivez le message en anglais, ou effacez son objet." in response.content.decode()
    assert not OutboundEmail.objects.exists()


def test_the_preview_shows_the_first_recipient_and_sends_nothing(people, staff_client):
    session, _people = people
    url = f"/admin/inscriptions/session/{session.pk}/messages/"
    data = form(subject_en="For {first_name}", body_en="Hello {first_name}")
    del data["send"]
    response = staff_client.post(url, {**data, "preview": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Aperçu" in page
    assert "Salle changée pour Zoé" in page and "Bonjour Zoé Lefèvre" in page
    assert 'lang="en">For Zoé' in page
    assert not OutboundEmail.objects.exists()


def test_nobody_to_write_to_is_a_form_error(site_tree, staff_client):
    _event, session = workshop(site_tree)
    url = f"/admin/inscriptions/session/{session.pk}/messages/"
    response = staff_client.post(url, form(audience="checked_in"))
    assert response.status_code == 400
    assert "Personne à qui écrire parmi ces destinataires." in response.content.decode()
    with pytest.raises(services.RegistrationError):
        services.send_message(session, audience="confirmed", subject="Objet", body="Texte")
    assert not StaffMessage.objects.exists()


def test_a_failing_mail_server_loses_no_message(
    people, settings, django_capture_on_commit_callbacks, staff_client
):
    session, _people = people
    settings.EMAIL_BACKEND = "tests.test_emails.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        message = services.send_message(
            session, audience="confirmed", subject="Objet", body="Texte"
        )
    emails = OutboundEmail.objects.filter(staff_message=message)
    assert [(e.sent_at, e.attempts) for e in emails] == [(None, 1), (None, 1)]
    page = staff_client.get(f"/admin/inscriptions/session/{session.pk}/messages/{message.pk}/")
    assert "2 en attente d'envoi" in page.content.decode()
    assert "0 envoyé" in page.content.decode()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    emails.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("resend_unsent_emails")
    assert sorted(m.to[0] for m in mail.outbox) == ["camille1@example.org", "camille2@example.org"]
    assert all(m.subject == "Objet" for m in mail.outbox)


def test_another_labs_messages_are_out_of_reach(people, site_tree, client):
    session, _people = people
    message = services.send_message(session, audience="confirmed", subject="Objet", body="Texte")
    mail.outbox.clear()
    other_event = make_event(
        site_tree.programme,
        title="Atelier de la DITP",
        organiser=make_organisation(name="DITP", slug="ditp"),
    )
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, other_event.organiser)
    client.force_login(user)
    own = EventSession.objects.get(event=other_event)
    own_url = f"/admin/inscriptions/session/{own.pk}/messages/"
    assert client.get(own_url, follow=True).status_code == 200
    for url in [
        f"/admin/inscriptions/session/{session.pk}/messages/",
        f"/admin/inscriptions/session/{session.pk}/messages/{message.pk}/",
        f"/admin/inscriptions/session/{own.pk}/messages/{message.pk}/",
    ]:
        # A 404 under /admin/ is redirected to /fr/admin/..., a 404 too.
        assert client.get(url, follow=True).status_code == 404, url
        assert client.post(url, form(), follow=True).status_code in (404, 405), url
    assert StaffMessage.objects.count() == 1 and not mail.outbox

    nobody = User.objects.create_user("editor", "editor@example.org", "pw")
    client.force_login(nobody)
    response = client.get(f"/admin/inscriptions/session/{session.pk}/messages/", follow=True)
    assert response.status_code == 403 or "login" in response.redirect_chain[-1][0]


def test_the_messages_page_queries_stay_constant_from_5_to_500_people(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=500)
    make_registrations(session, 5)
    services.send_message(session, audience="confirmed", subject="Objet", body="Texte")
    url = f"/admin/inscriptions/session/{session.pk}/messages/"
    preview = form(subject="Pour {prénom}")
    del preview["send"]
    staff_client.get(url)
    counts = []
    for more in (0, 495):
        make_registrations(session, more)
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(url).status_code == 200
            assert staff_client.post(url, {**preview, "preview": "1"}).status_code == 200
        counts.append(len(queries))
    assert "(500)" in staff_client.get(url).content.decode()
    assert counts[0] == counts[1]
