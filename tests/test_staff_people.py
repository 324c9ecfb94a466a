"""Staff act on one person by hand: a registration taken on the phone (with or without an
address), moved to another session of the same event (the freed seat promotes, one email
carries the new invite and the old one's CANCEL), the confirmation sent again; every
action in the history with who did it, and another lab's staff kept out of every URL."""

import html

import icalendar
import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import translation
from wagtail.models import ModelLogEntry

from demo.accounts import grant_lab_staff_role
from events.models import EventSession
from registrations import services
from registrations.models import Registration
from tests.factories import make_event, make_organisation, register
from tests.registration_support import (
    calendar_part,
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Run a request and the emails its commit queues (sent by the in-process tasks)."""

    def run(method, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return method(*args, **kwargs)

    return run


@pytest.fixture
def two_sessions(site_tree):
    """An event with two sessions of two seats, a day apart."""
    _event, first = workshop(site_tree, capacity=2, sessions=2)
    second = EventSession.objects.filter(event=first.event).exclude(pk=first.pk).get()
    return first, second


def phone(**fields):
    return {
        "first_name": "Jeanne",
        "last_name": "Dupont",
        "organisation": "Mairie de Vitré",
        "email": "",
        "language": "fr",
    } | fields


def page_text(response):
    return html.unescape(response.content.decode())


def entries(session, action):
    return ModelLogEntry.objects.filter(
        object_id=str(session.pk), action=f"registrations.{action}"
    ).select_related("user")


def test_adding_by_hand_with_an_address_confirms_and_emails_the_invite(
    two_sessions, staff_client, sent, staff
):
    session, _other = two_sessions
    url = f"/admin/inscriptions/session/{session.pk}/ajouter/"
    assert staff_client.get(url).status_code == 200
    response = sent(staff_client.post, url, phone(email=" Jeanne.Dupont@Example.org "), follow=True)
    assert "Jeanne Dupont a une place." in page_text(response)
    person = Registration.objects.get(session=session)
    assert (person.status, person.email, person.added_by) == (
        "confirmed",
        "jeanne.dupont@example.org",
        staff,
    )
    [message] = outbox_to("jeanne.dupont@example.org")
    assert "Inscription confirmée" in message.subject
    assert "METHOD:REQUEST" in calendar_part(message).get_payload(decode=True).decode()
    [entry] = entries(session, "added")
    assert entry.user == staff and entry.data["registration"] == person.pk


def test_adding_by_hand_without_an_address_sends_nothing(two_sessions, staff_client, sent):
    session, _other = two_sessions
    url = f"/admin/inscriptions/session/{session.pk}/ajouter/"
    response = sent(staff_client.post, url, phone(), follow=True)
    assert "Aucun courriel envoyé (pas d'adresse)." in page_text(response)
    sent(staff_client.post, url, phone(first_name="Luc", last_name="Morel"))
    assert sorted(Registration.objects.values_list("email", "status")) == [
        ("", "confirmed"),
        ("", "confirmed"),
    ]
    assert mail.outbox == []
    # Someone promoted into a freed seat without an address is not written to either.
    person = Registration.objects.filter(session=session).first()
    assert services.cancel(person, by_staff=True) == []
    assert mail.outbox == []


def test_a_full_session_puts_the_caller_on_the_waiting_list_unless_overbooked(
    two_sessions, staff_client, sent, staff
):
    session, _other = two_sessions
    register(session, 1, notify=False)
    register(session, 2, notify=False)
    url = f"/admin/inscriptions/session/{session.pk}/ajouter/"
    response = sent(staff_client.post, url, phone(email="jeanne@example.org"), follow=True)
    assert "est en position 1 sur la liste d'attente" in page_text(response)
    jeanne = Registration.objects.get(email="jeanne@example.org")
    assert (jeanne.status, jeanne.waitlist_position) == ("waitlisted", 1)
    [message] = outbox_to("jeanne@example.org")
    assert "Liste d'attente" in message.subject and calendar_part(message) is None

    sent(staff_client.post, url, phone(first_name="Luc", overbook="on"))
    luc = Registration.objects.get(first_name="Luc")
    assert luc.status == "confirmed"
    assert entries(session, "added").filter(data__overbooked=True).count() == 1
    # The same address twice is a form error, not a second row.
    response = sent(staff_client.post, url, phone(email="JEANNE@example.org"))
    assert response.status_code == 400
    assert "Cette adresse est déjà inscrite à cette session." in page_text(response)
    assert Registration.objects.filter(email="jeanne@example.org").count() == 1


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"first_name": ""}, "Saisissez le prénom de la personne."),
        ({"organisation": "  "}, "Saisissez l'organisation de la personne."),
        ({"email": "pas-une-adresse"}, "Saisissez une adresse électronique valide"),
        ({"language": "de"}, "Sélectionnez un choix valide."),
        ({"last_name": "x" * 101}, "au plus 100 caractères"),
    ],
)
def test_bad_input_on_the_add_form_is_a_translated_form_error(
    two_sessions, staff_client, sent, fields, message
):
    session, _other = two_sessions
    response = sent(
        staff_client.post, f"/admin/inscriptions/session/{session.pk}/ajouter/", phone(**fields)
    )
    assert response.status_code == 400
    assert message in page_text(response)
    assert not Registration.objects.exists()


def ics(text):
    return icalendar.Calendar.from_ical(text)


def test_moving_promotes_on_the_source_and_sends_one_email_with_cancel_and_request(
    two_sessions, staff_client, sent, staff
):
    source, target = two_sessions
    mover = sent(register, source, 1).registration
    register(source, 2, notify=False)
    waiting = register(source, 3, notify=False).registration
    assert waiting.status == "waitlisted"
    mail.outbox.clear()
    url = f"/admin/inscriptions/inscription/{mover.pk}/deplacer/"
    page = staff_client.get(url)
    assert page.status_code == 200 and "2 places libres" in page_text(page)
    response = sent(staff_client.post, url, {"target": target.pk}, follow=True)
    assert "a maintenant une place" in page_text(response)

    mover.refresh_from_db()
    waiting.refresh_from_db()
    moved = Registration.objects.get(session=target, email="camille1@example.org")
    assert mover.status == "cancelled" and moved.status == "confirmed"
    assert moved.token != mover.token
    assert waiting.status == "confirmed" and waiting.promoted_at is not None

    [message] = outbox_to("camille1@example.org")
    assert "Inscription déplacée" in message.subject
    request = ics(calendar_part(message).get_payload(decode=True))
    assert request["METHOD"] == "REQUEST"
    [event] = request.walk("VEVENT")
    assert str(event["UID"]).startswith(f"session-{target.pk}@")
    [removal] = [a for a in message.attachments if a[0] == "annulation.ics"]
    cancel = ics(removal[1])
    [old_event] = cancel.walk("VEVENT")
    assert cancel["METHOD"] == "CANCEL" and old_event["STATUS"] == "CANCELLED"
    assert str(old_event["UID"]).startswith(f"session-{source.pk}@")
    # Higher than the SEQUENCE of the confirmation the person had for the old session.
    assert old_event["SEQUENCE"] > 0
    assert f"/inscriptions/gerer/{moved.token}/" in message.body
    assert [m.to for m in mail.outbox if m.to != ["camille1@example.org"]] == [
        ["camille3@example.org"]
    ]
    [out] = entries(source, "moved_out")
    [into] = entries(target, "moved_in")
    assert out.user == into.user == staff
    assert (out.data["to_registration"], into.data["from_registration"]) == (moved.pk, mover.pk)


def test_a_full_target_is_refused_unless_the_waiting_list_is_chosen(
    two_sessions, staff_client, sent
):
    source, target = two_sessions
    mover = sent(register, source, 1).registration
    register(target, 2, notify=False)
    register(target, 3, notify=False)
    mail.outbox.clear()
    url = f"/admin/inscriptions/inscription/{mover.pk}/deplacer/"
    response = sent(staff_client.post, url, {"target": target.pk})
    assert response.status_code == 400
    assert "La session visée est complète : rien n'a changé." in page_text(response)
    mover.refresh_from_db()
    assert mover.status == "confirmed" and not mail.outbox

    response = sent(staff_client.post, url, {"target": target.pk, "waitlist": "on"}, follow=True)
    assert "en position 1 sur la liste d'attente" in page_text(response)
    moved = Registration.objects.get(session=target, email="camille1@example.org")
    assert (moved.status, moved.waitlist_position) == ("waitlisted", 1)
    [message] = outbox_to("camille1@example.org")
    # No seat on the new session: no REQUEST; the old session leaves the calendar.
    assert calendar_part(message).get("Content-Type").startswith("text/calendar; method=CANCEL")
    assert "annulation.ics" not in [a[0] for a in message.attachments]


def test_moving_only_within_the_event_and_bad_targets_are_form_errors(
    two_sessions, site_tree, staff_client, sent
):
    source, _target = two_sessions
    mover = register(source, 1, notify=False).registration
    elsewhere = EventSession.objects.get(event=make_event(site_tree.programme))
    url = f"/admin/inscriptions/inscription/{mover.pk}/deplacer/"
    for target in [elsewhere.pk, source.pk, "abc", ""]:
        response = sent(staff_client.post, url, {"target": target})
        assert response.status_code == 400, target
        assert "Sélectionnez un choix valide" in page_text(response) or (
            "Choisissez la session" in page_text(response)
        )
    with pytest.raises(services.RegistrationError):
        services.move_registration(mover, elsewhere)
    mover.refresh_from_db()
    assert mover.status == "confirmed"


def test_resending_the_confirmation_queues_it_again_with_the_invite(
    two_sessions, staff_client, sent, staff
):
    session, _other = two_sessions
    person = sent(register, session, 1).registration
    mail.outbox.clear()
    url = f"/admin/inscriptions/inscription/{person.pk}/renvoyer/"
    assert staff_client.get(url).status_code == 405
    response = sent(staff_client.post, url, follow=True)
    assert "Envois de confirmation à ce jour : 2." in page_text(response)
    [message] = outbox_to("camille1@example.org")
    assert "Inscription confirmée" in message.subject
    assert "METHOD:REQUEST" in calendar_part(message).get_payload(decode=True).decode()
    assert entries(session, "confirmation_resent").get().user == staff
    # Nobody to write to: said plainly, nothing queued.
    Registration.objects.filter(pk=person.pk).update(email="")
    response = sent(staff_client.post, url, follow=True)
    assert "pas d'adresse électronique" in page_text(response)
    assert len(mail.outbox) == 1


def test_session_screen_shows_the_new_buttons(two_sessions, staff_client):
    session, _other = two_sessions
    person = register(session, 1, notify=False).registration
    content = page_text(staff_client.get(f"/admin/inscriptions/session/{session.pk}/"))
    assert f"/admin/inscriptions/session/{session.pk}/ajouter/" in content
    assert f"/admin/inscriptions/inscription/{person.pk}/deplacer/" in content
    assert f"/admin/inscriptions/inscription/{person.pk}/renvoyer/" in content


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_new_screens_render_in_french_and_english(two_sessions, staff_client, language):
    session, _other = two_sessions
    person = register(session, 1, notify=False).registration
    staff_client.cookies["django_language"] = language
    expected = {
        f"/admin/inscriptions/session/{session.pk}/ajouter/": (
            "Ajouter une inscription",
            "Add a registration",
        ),
        f"/admin/inscriptions/inscription/{person.pk}/deplacer/": (
            "Nouvelle session",
            "New session",
        ),
        "/admin/inscriptions/donnees-personnelles/": (
            "Demandes sur les données personnelles",
            "Personal data requests",
        ),
    }
    with translation.override(language):
        for url, (french, english) in expected.items():
            response = staff_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
            content = page_text(response)
            assert response.status_code == 200, url
            assert (french if language == "fr" else english) in content, url


def test_another_organisers_staff_are_refused_on_every_new_url(
    two_sessions, site_tree, client, sent
):
    source, target = two_sessions
    person = register(source, 1).registration
    mail.outbox.clear()
    other = make_event(
        site_tree.programme, organiser=make_organisation(name="DITP", slug="ditp-autre")
    )
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, other.organiser)
    client.force_login(user)
    own = EventSession.objects.get(event=other)
    assert client.get(f"/admin/inscriptions/session/{own.pk}/ajouter/").status_code == 200
    for url, data in [
        (f"/admin/inscriptions/session/{source.pk}/ajouter/", phone()),
        (f"/admin/inscriptions/inscription/{person.pk}/deplacer/", {"target": target.pk}),
        (f"/admin/inscriptions/inscription/{person.pk}/renvoyer/", {}),
    ]:
        assert client.get(url, follow=True).status_code in (404, 405), url
        assert sent(client.post, url, data, follow=True).status_code == 404, url
    # Their own session cannot be the target of another lab's registration either.
    assert Registration.objects.count() == 1 and not mail.outbox
    person.refresh_from_db()
    assert person.status == "confirmed" and not entries(source, "moved_out").exists()


def test_the_moved_email_is_in_the_persons_language(two_sessions, sent, staff):
    source, target = two_sessions
    person = register(source, 1, language="en", notify=False).registration
    sent(services.move_registration, person, target, by=staff)
    [message] = outbox_to("camille1@example.org")
    assert message.subject.startswith("Registration moved:")
    assert "The organiser has moved your registration" in message.body
    assert "This registration replaces the one for the previous session:" in message.body


def test_a_move_locks_both_sessions_in_the_order_of_their_ids(two_sessions, monkeypatch):
    """Two moves in opposite directions never hold one lock each while waiting for the
    other's: both take the lower id first."""
    from registrations.rules import by_hand

    low, high = sorted(two_sessions, key=lambda session: session.pk)
    locked = []
    real_lock = by_hand.lock_session

    def recording_lock(session):
        locked.append(getattr(session, "pk", session))
        return real_lock(session)

    monkeypatch.setattr(by_hand, "lock_session", recording_lock)
    person = register(high, 1, notify=False).registration
    services.move_registration(person, low, notify=False)
    other = register(low, 2, notify=False).registration
    services.move_registration(other, high, notify=False)
    assert locked == [low.pk, high.pk, low.pk, high.pk]


def test_adding_back_someone_who_cancelled_supersedes_their_cancel(two_sessions, sent, staff):
    session, _other = two_sessions
    person = register(session, 1, notify=False).registration
    services.cancel(person, notify=False)
    cancelled_sequence = services.invite_sequence(session)
    placement = sent(
        services.add_registration,
        session,
        **phone(first_name="Camille1", last_name="Martin", email="camille1@example.org"),
        by=staff,
    )
    assert placement.registration.pk == person.pk and placement.status == "confirmed"
    [message] = outbox_to("camille1@example.org")
    [event] = ics(calendar_part(message).get_payload(decode=True)).walk("VEVENT")
    assert event["SEQUENCE"] > cancelled_sequence


def test_a_reserved_session_refuses_an_outside_caller_unless_staff_override_it(
    two_sessions, staff_client, sent, staff
):
    session, other = two_sessions
    EventSession.objects.filter(pk=session.pk).update(reserved_domains="interieur.gouv.fr")
    url = f"/admin/inscriptions/session/{session.pk}/ajouter/"
    assert "Inscrire malgré la réservation" in page_text(staff_client.get(url))
    response = sent(staff_client.post, url, phone(email="jeanne@example.org"))
    assert response.status_code == 400
    assert "réservée aux agents" in page_text(response)
    assert not Registration.objects.filter(session=session).exists()
    assert mail.outbox == []

    sent(staff_client.post, url, phone(email="agent@interieur.gouv.fr"))
    assert not entries(session, "eligibility_overridden").exists()
    sent(staff_client.post, url, phone(email="jeanne@example.org", override_reservation="on"))
    assert sorted(Registration.objects.filter(session=session).values_list("email", flat=True)) == [
        "agent@interieur.gouv.fr",
        "jeanne@example.org",
    ]
    [entry] = entries(session, "eligibility_overridden")
    assert entry.user == staff and entry.data["reason"] == "domain"

    # A move into the reserved session follows the same rule.
    mover = register(other, 9, notify=False).registration
    move_url = f"/admin/inscriptions/inscription/{mover.pk}/deplacer/"
    response = sent(staff_client.post, move_url, {"target": session.pk})
    assert response.status_code == 400
    assert Registration.objects.get(pk=mover.pk).status == "confirmed"
