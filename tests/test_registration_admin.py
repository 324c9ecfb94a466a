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
from registrations import services
from registrations.models import Registration
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    register,
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

def attend(session, first_name, last_name, organisation="Préfecture"):
    return services.register(
        session,
        first_name=first_name,
        last_name=last_name,
        email=f"{first_name}.{last_name}@example.org".lower().replace(" ", ""),
        organisation=organisation,
        language="fr",
        notify=False,
    ).registration


def people_listed(html):
    return re.findall(r'<li class="check-in__person[^"]*" id="personne-\d+">\s*<div class="check-in__who">\s*<strong>([^<]+)</strong>', html)


def test_check_in_page_lists_people_with_a_seat_by_name_and_finds_them_without_accents(
    site_tree, staff_client
):
    _event, session = workshop(site_tree, capacity=3)
    attend(session, "Zoé", "Lefèvre", organisation="DINUM")
    attend(session, "Hugo", "Bernard")
    attend(session, "Anaïs", "Dupont", organisation="Région Bretagne")
    attend(session, "Karim", "Diallo")  # waiting list: no seat, not listed

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
    zoe = attend(session, "Zoé", "Lefèvre")
    attend(session, "Hugo", "Bernard")
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
    attend(session, "Hugo", "Bernard")
    waiting = attend(session, "Karim", "Diallo")
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
        attend(small, f"Petit{n}", "Martin")
    for n in range(60):
        attend(large, f"Grand{n}", "Martin")
    counts = []
    for session in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_check_in_page_speaks_the_admin_language_of_its_user(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    attend(session, "Zoé", "Lefèvre")
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
    seated = attend(session, "Zoé", "Lefèvre", organisation="=HYPERLINK(\"http://evil.example\")")
    waiting = attend(session, "Hugo", "Bernard")
    gone = attend(session, "Anaïs", "Dupont")
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
    attend(session, "Zoé", "Lefèvre")
    assert staff_client.post(f"/admin/inscriptions/session/{session.pk}/export.csv").status_code == 405
    assert staff_client.get("/admin/inscriptions/session/999999/export.csv").status_code in (302, 404)
    client.force_login(User.objects.create_user("editor", "editor@example.org", "pw"))
    response = client.get(f"/admin/inscriptions/session/{session.pk}/export.csv")
    assert response.status_code in (302, 403)
    assert b"Lef" not in response.content
