"""The session-level controls of the staff screen, and who did what in the histories."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.users.models import UserProfile

from events.formatting import format_when
from events.models import EventSession
from registrations import services
from registrations.models import Registration
from tests.factories import make_organisation, register, register_people
from tests.registration_support import (
    calendar_part,
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def staff(client, db):
    user = User.objects.create_superuser("marion", "marion@example.org", "pw", first_name="Marion")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def crowded(site_tree):
    """2 seats, 2 people confirmed and 2 waiting."""
    event, session = workshop(site_tree, capacity=2)
    register_people(session, 4)
    return event, session


def url(session, action=""):
    return f"/admin/inscriptions/session/{session.pk}/{action}"


def statuses(session):
    return list(
        Registration.objects.filter(session=session)
        .order_by("email")
        .values_list("status", flat=True)
    )


def test_the_session_screen_shows_its_controls_and_history(staff, crowded):
    _event, session = crowded
    services.change_capacity(session, 3, by=staff.user, notify=False)
    html = staff.get(url(session)).content.decode()
    assert f'action="/admin/inscriptions/session/{session.pk}/capacite/"' in html
    assert "Fermer la liste d" in html
    assert f'href="/admin/inscriptions/session/{session.pk}/annuler/"' in html
    assert "Capacité passée de 2 à 3 places" in html and "Marion" in html


def test_a_capacity_that_is_not_a_number_comes_back_linked_to_its_field(staff, crowded):
    _event, session = crowded
    response = staff.post(url(session, "capacite/"), {"capacity": "beaucoup"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_capacity-error"' in html
    assert 'aria-describedby="id_capacity-error id_capacity-help"' in html
    assert EventSession.objects.get(pk=session.pk).capacity == 2


def test_raising_the_capacity_promotes_and_is_recorded_for_the_session_and_its_page(
    staff, crowded, django_capture_on_commit_callbacks
):
    event, session = crowded
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(url(session, "capacite/"), {"capacity": "3"})
    assert response.status_code == 302
    assert statuses(session) == ["confirmed", "confirmed", "confirmed", "waitlisted"]
    assert [m.subject.split(" : ")[0] for m in mail.outbox] == ["Une place s'est libérée"]

    entry = ModelLogEntry.objects.get(action="registrations.capacity")
    assert (entry.user, entry.data) == (staff.user, {"old": 2, "new": 3})
    page_entry = PageLogEntry.objects.get(action="registrations.capacity", page=event)
    assert page_entry.user == staff.user
    when = format_when(session.start, session.end, session.time_zone, "fr")
    history = staff.get(f"/admin/pages/{event.pk}/history/").content.decode()
    assert f"Capacité passée de 2 à 3 places (session du {when})" in history


def test_the_page_history_names_the_session_in_the_readers_language(staff, crowded):
    event, session = crowded
    services.change_capacity(session, 3, by=staff.user, notify=False)
    UserProfile.get_for_user(staff.user).__class__.objects.filter(user=staff.user).update(
        preferred_language="en"
    )
    when = format_when(session.start, session.end, session.time_zone, "en")
    history = staff.get(f"/admin/pages/{event.pk}/history/").content.decode()
    assert f"Capacity changed from 2 to 3 places (session of {when})" in history


def test_closing_the_waiting_list_keeps_those_waiting_and_refuses_newcomers(staff, crowded):
    _event, session = crowded
    response = staff.post(url(session, "liste-attente/"), {"enabled": "0"})
    assert response.status_code == 302
    session.refresh_from_db()
    assert not session.waitlist_enabled
    assert statuses(session).count("waitlisted") == 2
    assert register(session, 9, notify=False).outcome == services.Outcome.FULL
    assert ModelLogEntry.objects.get(action="registrations.waitlist_closed").user == staff.user
    staff.post(url(session, "liste-attente/"), {"enabled": "1"})
    assert EventSession.objects.get(pk=session.pk).waitlist_enabled


def test_cancelling_asks_first_then_tells_everyone_and_restoring_brings_them_back(
    staff, crowded, django_capture_on_commit_callbacks
):
    _event, session = crowded
    confirm = staff.get(url(session, "annuler/")).content.decode()
    assert "Les 4 personnes inscrites recevront un courriel d&#x27;annulation" in confirm
    assert not EventSession.objects.get(pk=session.pk).is_cancelled

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(url(session, "annuler/"), follow=True)
    assert "Session annulée. 4 personnes ont été prévenues." in response.content.decode()
    session.refresh_from_db()
    assert session.is_cancelled
    assert statuses(session) == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert [m.subject.split(" : ")[0] for m in mail.outbox] == ["Session annulée"] * 4
    entry = ModelLogEntry.objects.get(action="registrations.session_cancelled")
    assert (entry.user, entry.data["people"]) == (staff.user, 4)

    mail.outbox.clear()
    restore = staff.get(url(session, "retablir/")).content.decode()
    assert "Les 4 personnes inscrites recevront un courriel" in restore
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(url(session, "retablir/"))
    session.refresh_from_db()
    assert not session.is_cancelled
    restored = {m.to[0]: m for m in mail.outbox}
    assert {m.subject.split(" : ")[0] for m in restored.values()} == {"Session rétablie"}
    invite = calendar_part(restored["camille1@example.org"]).get_payload(decode=True).decode()
    assert "METHOD:REQUEST" in invite and "STATUS:CONFIRMED" in invite
    assert calendar_part(restored["camille3@example.org"]) is None
    assert "en position 1" in restored["camille3@example.org"].body
    assert ModelLogEntry.objects.get(action="registrations.session_restored").user == staff.user


def test_a_session_that_ended_cannot_be_cancelled_nor_one_that_started_restored(crowded):
    _event, session = crowded
    later = session.end + datetime.timedelta(minutes=1)
    with pytest.raises(services.RegistrationError, match="terminée"):
        services.cancel_session(session, now=later)
    services.cancel_session(session, notify=False)
    with pytest.raises(services.RegistrationError, match="déjà commencé"):
        services.restore_session(session, now=session.start)
    assert EventSession.objects.get(pk=session.pk).is_cancelled


def test_lab_staff_of_another_organiser_cannot_use_the_controls(client, site_tree, crowded):
    _event, session = crowded
    from demo.accounts import grant_lab_staff_role

    other = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(other, make_organisation(name="Autre labo", slug="autre"))
    client.force_login(other)
    for action, data in [
        ("capacite/", {"capacity": "9"}),
        ("liste-attente/", {"enabled": "0"}),
        ("annuler/", {}),
        ("retablir/", {}),
    ]:
        assert client.post(url(session, action), data, follow=True).status_code == 404
    session.refresh_from_db()
    assert (session.capacity, session.waitlist_enabled, session.is_cancelled) == (2, True, False)
    assert not ModelLogEntry.objects.filter(action__startswith="registrations.").exists()
    assert timezone.now() < session.start
