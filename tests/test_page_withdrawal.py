"""Deleting or unpublishing an event page that people registered for.

The admin asks first, naming how many people will be told; then the upcoming sessions are
cancelled through the rules, everyone is emailed, and every registration stays: a deleted
page's sessions outlive it, listed and exported on the staff screens.
"""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

from demo.accounts import grant_lab_staff_role
from events.models import EventPage, EventSession
from registrations import services
from registrations.models import Registration, StaffAccess
from tests.factories import register_people
from tests.registration_support import (
    calendar_part,
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def admin_client(client, db):
    user = User.objects.create_superuser("camille", "camille@example.org", "pw")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def crowded(site_tree):
    """2 seats, 2 people confirmed and 2 waiting, and a second session nobody chose."""
    event, session = workshop(site_tree, capacity=2, sessions=2)
    register_people(session, 4)
    return event, session


def subjects():
    return sorted(message.subject.split(" : ")[0] for message in mail.outbox)


def test_deleting_asks_first_naming_the_people_then_tells_them_and_keeps_everything(
    admin_client, crowded, django_capture_on_commit_callbacks
):
    event, session = crowded
    url = f"/admin/pages/{event.pk}/delete/"
    html = admin_client.get(url).content.decode()
    assert "4 personnes sont inscrites aux sessions à venir de cet événement." in html
    assert "Session concernée : 1." in html
    assert "Oui, supprimer la page et prévenir les 4 personnes inscrites" in html
    assert 'name="registrations_confirmed" value="4"' in html

    # Wagtail's own form, without the confirmation: asked again, nothing deleted.
    response = admin_client.post(url, {})
    assert response.status_code == 200 and "4 personnes sont inscrites" in response.content.decode()
    assert EventPage.objects.filter(pk=event.pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"registrations_confirmed": "4"})
    assert response.status_code == 302
    assert not EventPage.objects.filter(pk=event.pk).exists()

    kept = EventSession.objects.get(pk=session.pk)
    assert kept.event_id is None and kept.is_cancelled
    assert kept.event_title == "Atelier design des politiques publiques"
    assert kept.event_organiser_key == event.organiser.translation_key
    assert Registration.objects.filter(session=kept).count() == 4
    assert EventSession.objects.filter(event_snapshot__page_id=event.pk).count() == 1
    assert subjects() == ["Session annulée"] * 4
    confirmed = [m for m in mail.outbox if m.to == ["camille1@example.org"]][0]
    assert "METHOD:CANCEL" in calendar_part(confirmed).get_payload(decode=True).decode()
    entry = ModelLogEntry.objects.get(action="registrations.session_cancelled_page_deleted")
    assert entry.user == admin_client.user and entry.object_id == str(session.pk)


def test_a_number_that_changed_since_the_confirmation_asks_again(
    admin_client, crowded, django_capture_on_commit_callbacks
):
    event, session = crowded
    register_people(session, 1, start=5)
    response = admin_client.post(
        f"/admin/pages/{event.pk}/delete/", {"registrations_confirmed": "4"}
    )
    html = response.content.decode()
    assert "Le nombre de personnes inscrites a changé" in html
    assert "5 personnes sont inscrites" in html
    assert EventPage.objects.filter(pk=event.pk).exists()
    assert not mail.outbox


def test_deleting_a_page_above_the_event_asks_too(admin_client, site_tree, crowded):
    response = admin_client.get(f"/admin/pages/{site_tree.programme.pk}/delete/")
    assert "4 personnes sont inscrites" in response.content.decode()


def test_the_staff_still_list_export_and_follow_a_deleted_events_session(
    admin_client, client, crowded, django_capture_on_commit_callbacks
):
    event, session = crowded
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=event.pk).delete()
    index = admin_client.get("/admin/inscriptions/").content.decode()
    assert "Atelier design des politiques publiques" in index and "Page supprimée" in index
    detail = admin_client.get(f"/admin/inscriptions/session/{session.pk}/").content.decode()
    assert "La page de cet événement a été supprimée le" in detail
    assert "camille4@example.org" in detail
    assert "Rétablir la session" not in detail
    export = admin_client.get(f"/admin/inscriptions/session/{session.pk}/export.csv")
    assert export.status_code == 200 and "camille3@example.org" in export.content.decode()

    lab = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(lab)
    StaffAccess.objects.create(user=lab, organisation=event.organiser)
    client.force_login(lab)
    assert client.get(f"/admin/inscriptions/session/{session.pk}/").status_code == 200


def test_past_sessions_of_a_deleted_page_are_kept_and_nobody_is_emailed(
    site_tree, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree, capacity=2)
    register_people(session, 2)
    EventSession.objects.filter(pk=session.pk).update(
        start=timezone.now() - datetime.timedelta(days=2),
        end=timezone.now() - datetime.timedelta(days=2, hours=-2),
    )
    assert services.withdrawal_stake(EventPage.objects.filter(pk=event.pk)).people == 0
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=event.pk).delete()
    kept = EventSession.objects.get(pk=session.pk)
    assert kept.event_id is None and not kept.is_cancelled
    assert kept.registrations.filter(status="confirmed").count() == 2
    assert not mail.outbox


def test_sessions_nobody_registered_for_go_with_the_page(site_tree, crowded):
    event, session = crowded
    EventPage.objects.get(pk=event.pk).delete()
    assert list(EventSession.objects.values_list("pk", flat=True)) == [session.pk]


def test_unpublishing_asks_first_then_cancels_tells_and_keeps_the_registrations(
    admin_client, crowded, django_capture_on_commit_callbacks
):
    event, session = crowded
    url = f"/admin/pages/{event.pk}/unpublish/"
    response = admin_client.post(url, {})
    html = response.content.decode()
    assert "4 personnes sont inscrites aux sessions à venir de cet événement." in html
    assert "Publier la page à nouveau ne les rétablit pas" in html
    assert EventPage.objects.get(pk=event.pk).live

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"registrations_confirmed": "4"})
    assert response.status_code == 302
    page = EventPage.objects.get(pk=event.pk)
    assert not page.live
    session.refresh_from_db()
    assert session.is_cancelled and session.event_id == page.pk
    assert session.registrations.exclude(status="cancelled").count() == 4
    assert subjects() == ["Session annulée"] * 4
    page_entry = PageLogEntry.objects.get(action="registrations.session_cancelled_page_unpublished")
    assert page_entry.page_id == page.pk and page_entry.user == admin_client.user

    # Publishing again does not bring the session back: the staff restore it.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    session.refresh_from_db()
    assert session.is_cancelled and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        assert services.restore_session(session, by=admin_client.user) == 4
    assert subjects() == ["Session rétablie"] * 4


def test_restoring_the_session_of_an_unpublished_page_is_refused(crowded):
    event, session = crowded
    EventPage.objects.get(pk=event.pk).unpublish()
    with pytest.raises(services.RegistrationError, match="Publiez d'abord la page"):
        services.restore_session(session)


def test_bulk_deleting_or_unpublishing_such_a_page_is_refused_with_a_message(
    admin_client, site_tree, crowded
):
    event, _session = crowded
    for action in ("delete", "unpublish"):
        url = f"/admin/bulk/wagtailcore/page/{action}/?id={event.pk}&next=/admin/pages/"
        response = admin_client.post(url, {}, follow=True)
        assert "Supprimez ou dépubliez cette page seule" in response.content.decode()
        page = EventPage.objects.get(pk=event.pk)
        assert page.live
    assert not mail.outbox


def test_people_of_a_deleted_event_still_open_their_link_and_nobody_registers_there(
    client, crowded, django_capture_on_commit_callbacks
):
    event, session = crowded
    person = session.registrations.get(email="camille1@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=event.pk).delete()
    manage = client.get(f"/fr/inscriptions/gerer/{person.token}/")
    assert manage.status_code == 200
    html = manage.content.decode()
    assert "Atelier design des politiques publiques" in html and "annulée" in html
    assert client.get(f"/fr/inscriptions/session/{session.pk}/").status_code == 404
    assert client.get(f"/fr/calendrier/session-{session.pk}.ics").status_code == 404
