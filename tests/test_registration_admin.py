"""The staff screens: counts, overbooking, and buttons that go through the rules."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.users.models import UserProfile

from events.models import EventSession
from home.demo.loader import grant_editor_role, grant_lab_staff_role
from registrations import services
from registrations.models import Registration, StaffAccess
from tests.factories import make_event, make_organisation, translate
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    register,
    register_person,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def staff_client(client, db):
    user = User.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    return client


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
        response = staff_client.post(f"/admin/inscriptions/inscription/{first.pk}/cancel/")
    assert response.status_code == 302
    assert Registration.objects.get(pk=first.pk).status == "cancelled"
    assert Registration.objects.get(pk=second.pk).status == "confirmed"  # promoted
    assert {m.to[0] for m in mail.outbox} == {"camille1@example.org", "camille2@example.org"}

    staff_client.post(f"/admin/inscriptions/inscription/{second.pk}/check_in/")
    assert Registration.objects.get(pk=second.pk).checked_in_at is not None

    third = register(session, 3, notify=False).registration
    response = staff_client.post(f"/admin/inscriptions/inscription/{third.pk}/promote/", follow=True)
    assert "Aucune place libre" in response.content.decode()
    assert Registration.objects.get(pk=third.pk).status == "waitlisted"

    response = staff_client.post(f"/admin/inscriptions/session/{session.pk}/", {"capacity": "2"})
    assert response.status_code == 302
    assert Registration.objects.get(pk=third.pk).status == "confirmed"


def test_staff_screens_refuse_others_and_gets_on_actions(site_tree, client, staff_client):
    _event, session = workshop(site_tree)
    person = register(session, notify=False).registration
    assert staff_client.get(f"/admin/inscriptions/inscription/{person.pk}/cancel/").status_code == 405
    # Unknown action: not found (the locale middleware then redirects the 404).
    assert staff_client.post(f"/admin/inscriptions/inscription/{person.pk}/explode/").status_code in (302, 404)
    assert staff_client.post(f"/admin/inscriptions/session/{session.pk}/", {"capacity": "-3"}).status_code == 200

    editor = User.objects.create_user("editor", "editor@example.org", "pw")
    client.force_login(editor)
    assert client.get("/admin/inscriptions/").status_code in (302, 403)
    assert client.post(f"/admin/inscriptions/inscription/{person.pk}/cancel/").status_code in (302, 403)
    assert Registration.objects.get(pk=person.pk).status == "confirmed"


# --- Check-in at the door ---------------------------------------------------------------------

def people_listed(html):
    return re.findall(r'<li class="check-in__person[^"]*" id="personne-\d+">\s*<div class="check-in__who">\s*<strong>([^<]+)</strong>', html)


def test_check_in_page_lists_people_with_a_seat_by_name_and_finds_them_without_accents(
    site_tree, staff_client
):
    _event, session = workshop(site_tree, capacity=3)
    register_person(session, "Zoé", "Lefèvre", organisation="DINUM")
    register_person(session, "Hugo", "Bernard")
    register_person(session, "Anaïs", "Dupont", organisation="Région Bretagne")
    register_person(session, "Karim", "Diallo")  # waiting list: no seat, not listed

    html = staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/").content.decode()
    assert people_listed(html) == ["BERNARD Hugo", "DUPONT Anaïs", "LEFÈVRE Zoé"]
    assert "Présences pointées : 0 sur 3 personnes ayant une place" in html
    assert '<label for="recherche-personne">Chercher une personne</label>' in html

    found = staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/", {"q": "lefevre"})
    assert people_listed(found.content.decode()) == ["LEFÈVRE Zoé"]
    assert "1 personne trouvée pour « lefevre »." in found.content.decode()
    both_words = staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/", {"q": "anais bretagne"})
    assert people_listed(both_words.content.decode()) == ["DUPONT Anaïs"]
    nobody = staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/", {"q": "Diallo"})
    assert people_listed(nobody.content.decode()) == []
    assert "Aucune personne ayant une place ne correspond à cette recherche." in nobody.content.decode()


def test_check_in_button_marks_present_and_returns_to_the_same_search(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    zoe = register_person(session, "Zoé", "Lefèvre")
    register_person(session, "Hugo", "Bernard")
    url = f"/admin/inscriptions/inscription/{zoe.pk}/pointage/"

    response = staff_client.post(url, {"present": "1", "q": "lefè"})
    assert response.status_code == 302
    assert response["Location"] == (
        f"/admin/inscriptions/session/{session.pk}/pointage/?q=lef%C3%A8#personne-{zoe.pk}"
    )
    assert Registration.objects.get(pk=zoe.pk).checked_in_at is not None
    html = staff_client.get(response["Location"]).content.decode()
    assert "Présence enregistrée : Zoé Lefèvre." in html
    assert "Présences pointées : 1 sur 2 personnes ayant une place" in html
    assert "Présence pointée à" in html
    assert "Annuler le pointage<span class=\"w-sr-only\"> : Zoé Lefèvre</span>" in html

    response = staff_client.post(url, {"present": "0"}, follow=True)
    assert Registration.objects.get(pk=zoe.pk).checked_in_at is None
    assert "Pointage annulé : Zoé Lefèvre." in response.content.decode()
    assert response.redirect_chain[0][0] == f"/admin/inscriptions/session/{session.pk}/pointage/#personne-{zoe.pk}"


def test_check_in_refuses_people_without_a_seat_gets_and_other_users(site_tree, client, staff_client):
    _event, session = workshop(site_tree, capacity=1)
    register_person(session, "Hugo", "Bernard")
    waiting = register_person(session, "Karim", "Diallo")
    url = f"/admin/inscriptions/inscription/{waiting.pk}/pointage/"

    response = staff_client.post(url, {"present": "1"}, follow=True)
    assert "Seules les personnes ayant une place peuvent être pointées." in response.content.decode()
    assert Registration.objects.get(pk=waiting.pk).checked_in_at is None
    assert staff_client.get(url).status_code == 405

    editor = User.objects.create_user("editor", "editor@example.org", "pw")
    client.force_login(editor)
    assert client.get(f"/admin/inscriptions/session/{session.pk}/pointage/").status_code in (302, 403)
    seated = Registration.objects.get(status="confirmed")
    assert client.post(f"/admin/inscriptions/inscription/{seated.pk}/pointage/", {"present": "1"}).status_code in (302, 403)
    assert Registration.objects.get(pk=seated.pk).checked_in_at is None


def test_check_in_page_queries_do_not_grow_with_the_list(site_tree, staff_client):
    _event, small = workshop(site_tree, capacity=3)
    large = EventSession.objects.create(
        event=small.event, start=small.start + datetime.timedelta(days=1),
        end=small.end + datetime.timedelta(days=1), capacity=60,
    )
    for n in range(3):
        register_person(small, f"Petit{n}", "Martin")
    for n in range(60):
        register_person(large, f"Grand{n}", "Martin")
    counts = []
    for session in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_check_in_page_speaks_the_admin_language_of_its_user(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    register_person(session, "Zoé", "Lefèvre")
    profile = UserProfile.get_for_user(User.objects.get(username="staff"))
    profile.preferred_language = "en"
    profile.save()
    html = staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/", {"q": "zoe"}).content.decode()
    assert "Checked in: 0 of 1 people with a seat" in html
    assert "1 person found for “zoe”." in html
    assert 'Check in<span class="w-sr-only"> : Zoé Lefèvre</span>' in html


# --- Export -----------------------------------------------------------------------------------

def exported_rows(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_export_lists_everyone_by_status_in_the_session_time_zone_as_safe_text(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=1)
    seated = register_person(session, "Zoé", "Lefèvre", organisation="=HYPERLINK(\"http://evil.example\")")
    waiting = register_person(session, "Hugo", "Bernard")
    gone = register_person(session, "Anaïs", "Dupont")
    services.cancel(gone, notify=False)
    services.check_in(seated)

    response = staff_client.get(f"/admin/inscriptions/session/{session.pk}/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="inscriptions-session-{session.pk}.csv"'
    rows = exported_rows(response)
    assert rows[0][:6] == ["Statut", "Position en liste d'attente", "Prénom", "Nom de famille", "Courriel", "Organisation"]
    assert [row[:3] for row in rows[1:]] == [
        ["Confirmée", "", "Zoé"], ["En liste d'attente", "1", "Hugo"], ["Annulée", "", "Anaïs"],
    ]
    assert rows[1][5] == "'=HYPERLINK(\"http://evil.example\")"
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
    assert staff_client.post(f"/admin/inscriptions/session/{session.pk}/export.csv").status_code == 405
    assert staff_client.get("/admin/inscriptions/session/999999/export.csv").status_code in (302, 404)
    client.force_login(User.objects.create_user("editor", "editor@example.org", "pw"))
    response = client.get(f"/admin/inscriptions/session/{session.pk}/export.csv")
    assert response.status_code in (302, 403)
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
    other_event = make_event(site_tree.programme, title="Atelier de la DITP", organiser=ditp, capacity=2)
    other = EventSession.objects.get(event=other_event)
    mine = register_person(own, "Zoé", "Lefèvre")
    theirs = register_person(other, "Hugo", "Bernard")
    lab_staff(client, own_event.organiser)

    index = client.get("/admin/inscriptions/").content.decode()
    assert "Atelier du Ti-Lab" in index and "Atelier de la DITP" not in index
    assert "Vous suivez les inscriptions des événements de : Laboratoire Bretagne." in index
    for url in ["", "pointage/", "export.csv"]:
        assert client.get(f"/admin/inscriptions/session/{own.pk}/{url}").status_code == 200
        assert client.get(f"/admin/inscriptions/session/{other.pk}/{url}").status_code in (302, 404)
    assert client.post(f"/admin/inscriptions/session/{other.pk}/", {"capacity": "9"}).status_code in (302, 404)
    for action in ["inscription/{pk}/cancel/", "inscription/{pk}/check_in/", "inscription/{pk}/pointage/"]:
        client.post("/admin/inscriptions/" + action.format(pk=theirs.pk), {"present": "1"})
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
    assert client.get(f"/admin/inscriptions/session/{session.pk}/").status_code in (302, 404)


def test_communication_team_follows_every_organiser(site_tree, client):
    _event, session = workshop(site_tree)
    editor = User.objects.create_user("editeur", "editeur@example.org", "pw")
    grant_editor_role(editor)
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
