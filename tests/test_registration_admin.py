"""The staff screens: counts, overbooking, and buttons that go through the rules."""

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone

from demo.accounts import grant_editor_role, grant_lab_staff_role
from events.models import EventSession
from registrations import history, services
from registrations.models import Registration, StaffAccess
from tests.factories import make_event, make_organisation, register, register_person, translate
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


def assert_sent_to_login(response):
    """Wagtail's answer to a signed-in user without admin access: back to the login page."""
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def assert_not_found(client, url, data=None):
    """A session or action outside the user's reach is a 404, whatever the method.

    Django's locale middleware answers a 404 on a path without language prefix with a
    redirect to the same path under /fr/, not found either: the redirect is followed, so
    that neither a done action (a redirect to the session) nor a login redirect passes.
    """
    if data is None:
        response = client.get(url, follow=True)
    else:
        response = client.post(url, data, follow=True)
    assert response.status_code == 404


def test_index_lists_sessions_with_counts_and_overbooking(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    for n in range(1, 5):
        register(session, n, notify=False)
    services.change_capacity(session, 1)
    html = staff_client.get("/admin/inscriptions/").content.decode()
    assert "Atelier design des politiques publiques" in html
    assert "2 / 1" in html
    assert "Surréservée de 1" in html
    detail = staff_client.get(f"/admin/inscriptions/session/{session.pk}/").content.decode()
    assert "Surréservation : une personne confirmée de plus que la capacité" in detail
    assert "camille3@example.org" in detail


def test_buttons_call_the_rules(site_tree, staff_client, django_capture_on_commit_callbacks):
    _event, session = workshop(site_tree, capacity=1)
    first = register(session, 1, notify=False).registration
    second = register(session, 2, notify=False).registration
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            f"/admin/inscriptions/inscription/{first.pk}/cancel/", {"confirmed": "1"}
        )
    assert response.status_code == 302
    assert Registration.objects.get(pk=first.pk).status == "cancelled"
    assert Registration.objects.get(pk=second.pk).status == "confirmed"  # promoted
    assert {m.to[0] for m in mail.outbox} == {"camille1@example.org", "camille2@example.org"}

    staff_client.post(f"/admin/inscriptions/inscription/{second.pk}/check_in/")
    assert Registration.objects.get(pk=second.pk).checked_in_at is not None

    third = register(session, 3, notify=False).registration
    response = staff_client.post(
        f"/admin/inscriptions/inscription/{third.pk}/promote/", follow=True
    )
    assert "Aucune place libre" in response.content.decode()
    assert Registration.objects.get(pk=third.pk).status == "waitlisted"

    response = staff_client.post(
        f"/admin/inscriptions/session/{session.pk}/capacite/", {"capacity": "2"}
    )
    assert response.status_code == 302
    assert Registration.objects.get(pk=third.pk).status == "confirmed"


def test_staff_cancel_asks_first_naming_the_person_and_the_email(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=1)
    person = register(session, 1, notify=False).registration
    detail = staff_client.get(f"/admin/inscriptions/session/{session.pk}/").content.decode()
    cancel_url = f"/admin/inscriptions/inscription/{person.pk}/cancel/"
    assert f'href="{cancel_url}"' in detail  # a link to the question, not a one-click form
    for response in (staff_client.get(cancel_url), staff_client.post(cancel_url)):
        html = response.content.decode()
        assert response.status_code == 200
        assert "Annuler l&#x27;inscription de Camille1 Martin ?" in html
        assert "Camille1 Martin recevra un courriel" in html
        assert 'name="confirmed" value="1"' in html
    assert Registration.objects.get(pk=person.pk).status == "confirmed"
    staff_client.post(cancel_url, {"confirmed": "1"})
    assert Registration.objects.get(pk=person.pk).status == "cancelled"


def test_staff_screens_refuse_others_and_gets_on_actions(site_tree, client, staff_client):
    _event, session = workshop(site_tree)
    person = register(session, notify=False).registration
    assert (
        staff_client.get(f"/admin/inscriptions/inscription/{person.pk}/promote/").status_code == 405
    )
    assert_not_found(staff_client, f"/admin/inscriptions/inscription/{person.pk}/explode/", {})
    assert (
        staff_client.post(
            f"/admin/inscriptions/session/{session.pk}/", {"capacity": "-3"}
        ).status_code
        == 200
    )

    editor = User.objects.create_user("editor", "editor@example.org", "pw")
    client.force_login(editor)
    assert_sent_to_login(client.get("/admin/inscriptions/"))
    assert_sent_to_login(
        client.post(f"/admin/inscriptions/inscription/{person.pk}/cancel/", {"confirmed": "1"})
    )
    assert Registration.objects.get(pk=person.pk).status == "confirmed"


# The check-in screens: tests/test_check_in.py.


# --- Export -----------------------------------------------------------------------------------


def exported_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_export_lists_everyone_by_status_in_the_session_time_zone_as_safe_text(
    site_tree, staff_client
):
    _event, session = workshop(site_tree, capacity=1)
    seated = register_person(
        session, "Zoé", "Lefèvre", organisation='=HYPERLINK("http://evil.example")'
    )
    waiting = register_person(session, "Hugo", "Bernard")
    gone = register_person(session, "Anaïs", "Dupont")
    services.cancel(gone, notify=False)
    services.check_in(seated)

    response = staff_client.get(f"/admin/inscriptions/session/{session.pk}/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="inscriptions-session-{session.pk}.csv"'
    )
    rows = exported_rows(response)
    assert rows[0][:6] == [
        "Statut",
        "Position en liste d'attente",
        "Prénom",
        "Nom de famille",
        "Courriel",
        "Organisation",
    ]
    assert [row[:3] for row in rows[1:]] == [
        ["Confirmée", "", "Zoé"],
        ["En liste d'attente", "1", "Hugo"],
        ["Annulée", "", "Anaïs"],
    ]
    assert rows[1][5] == '\'=HYPERLINK("http://evil.example")'
    checked_in = Registration.objects.get(pk=seated.pk).checked_in_at
    assert rows[1][11] == timezone.localtime(checked_in, session.tzinfo).strftime("%Y-%m-%d %H:%M")
    assert rows[2][11] == "" and waiting.email in rows[2]

    session.time_zone = "America/Guadeloupe"
    session.save(update_fields=["time_zone"])
    rows = exported_rows(staff_client.get(f"/admin/inscriptions/session/{session.pk}/export.csv"))
    assert rows[1][11] == timezone.localtime(checked_in, session.tzinfo).strftime("%Y-%m-%d %H:%M")


def test_export_is_for_staff_only(site_tree, client, staff_client):
    _event, session = workshop(site_tree)
    register_person(session, "Zoé", "Lefèvre")
    assert (
        staff_client.post(f"/admin/inscriptions/session/{session.pk}/export.csv").status_code == 405
    )
    assert staff_client.get("/admin/inscriptions/session/999999/export.csv").status_code == 404
    client.force_login(User.objects.create_user("editor", "editor@example.org", "pw"))
    response = client.get(f"/admin/inscriptions/session/{session.pk}/export.csv")
    assert_sent_to_login(response)
    assert b"Lef" not in response.content


# --- Lab staff see their own organiser's sessions only ------------------------------------------


def lab_staff(client, *organisations, username="labo"):
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    grant_lab_staff_role(user)
    for organisation in organisations:
        StaffAccess.objects.create(user=user, organisation=organisation)
    client.force_login(user)
    return user


def test_lab_staff_follow_their_own_organisers_sessions_and_no_other(site_tree, client):
    own_event, own = workshop(site_tree, capacity=2, title="Atelier du Ti-Lab")
    ditp = make_organisation(name="DITP", slug="ditp")
    other_event = make_event(
        site_tree.programme, title="Atelier de la DITP", organiser=ditp, capacity=2
    )
    other = EventSession.objects.get(event=other_event)
    mine = register_person(own, "Zoé", "Lefèvre")
    theirs = register_person(other, "Hugo", "Bernard")
    lab_staff(client, own_event.organiser)

    index = client.get("/admin/inscriptions/").content.decode()
    assert "Atelier du Ti-Lab" in index and "Atelier de la DITP" not in index
    assert "Vous suivez les inscriptions des événements de : Laboratoire Bretagne." in index
    for url in ["", "pointage/", "export.csv"]:
        assert client.get(f"/admin/inscriptions/session/{own.pk}/{url}").status_code == 200
        assert_not_found(client, f"/admin/inscriptions/session/{other.pk}/{url}")
    assert_not_found(client, f"/admin/inscriptions/session/{other.pk}/", {"capacity": "9"})
    for action in [
        "inscription/{pk}/cancel/",
        "inscription/{pk}/check_in/",
        "inscription/{pk}/pointage/",
    ]:
        client.post(
            "/admin/inscriptions/" + action.format(pk=theirs.pk), {"present": "1", "confirmed": "1"}
        )
    theirs.refresh_from_db()
    other.refresh_from_db()
    assert (theirs.status, theirs.checked_in_at, other.capacity) == ("confirmed", None, 2)
    client.post(f"/admin/inscriptions/inscription/{mine.pk}/pointage/", {"present": "1"})
    assert Registration.objects.get(pk=mine.pk).checked_in_at is not None


def test_access_through_the_english_organiser_covers_the_french_event(site_tree, client):
    event, session = workshop(site_tree)
    english_organiser = translate(event.organiser, site_tree.en)
    lab_staff(client, english_organiser)
    assert client.get(f"/admin/inscriptions/session/{session.pk}/pointage/").status_code == 200


def test_lab_staff_without_an_organiser_see_no_session_and_are_told_why(site_tree, client):
    _event, session = workshop(site_tree)
    lab_staff(client)
    html = client.get("/admin/inscriptions/").content.decode()
    assert "Aucun organisateur ne vous est attribué" in html
    assert "Atelier design des politiques publiques" not in html
    assert_not_found(client, f"/admin/inscriptions/session/{session.pk}/")


def test_communication_team_follows_every_organiser(site_tree, client):
    _event, session = workshop(site_tree)
    editor = User.objects.create_user("editeur", "editeur@example.org", "pw")
    grant_editor_role(editor, follows_registrations=True)
    client.force_login(editor)
    html = client.get("/admin/inscriptions/").content.decode()
    assert "Atelier design des politiques publiques" in html and "Vous suivez" not in html
    assert client.get(f"/admin/inscriptions/session/{session.pk}/pointage/").status_code == 200


def test_administrators_grant_access_in_the_settings_menu(site_tree, staff_client):
    event, _session = workshop(site_tree)
    person = User.objects.create_user("dominique", "dominique@example.org", "pw")
    listing = staff_client.get("/admin/snippets/registrations/staffaccess/")
    assert listing.status_code == 200
    response = staff_client.post(
        "/admin/snippets/registrations/staffaccess/add/",
        {"user": person.pk, "organisation": event.organiser.pk},
    )
    assert response.status_code == 302
    assert StaffAccess.objects.get().organisation == event.organiser
    again = staff_client.post(
        "/admin/snippets/registrations/staffaccess/add/",
        {"user": person.pk, "organisation": event.organiser.pk},
    )
    assert again.status_code == 200 and StaffAccess.objects.count() == 1


def test_giving_a_seat_is_in_the_history_with_who_did_it(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=1)
    register(session, 1, notify=False)
    waiting = register(session, 2, notify=False).registration
    # Registration has closed: a freed seat is not filled by itself, staff choose.
    EventSession.objects.filter(pk=session.pk).update(
        capacity=2, registration_closes_at=timezone.now() - timezone.timedelta(minutes=1)
    )
    response = staff_client.post(f"/admin/inscriptions/inscription/{waiting.pk}/promote/")
    assert response.status_code == 302
    assert Registration.objects.get(pk=waiting.pk).status == "confirmed"
    [entry] = [e for e in history.for_session(session) if e.action == "registrations.promoted"]
    assert entry.user.username == "staff"
    assert entry.registration.pk == waiting.pk
