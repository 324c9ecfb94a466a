"""At the door: scanned QR codes and their answers, a new code for one person, no-shows."""

import datetime
import logging

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone
from wagtail.models import ModelLogEntry

from demo.accounts import grant_lab_staff_role
from events.models import EventSession
from registrations import entry_codes, services
from registrations.log_filters import redact
from registrations.models import Registration
from tests.factories import make_event, make_organisation, register_person
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


def happening_now(session, minutes_ago=30):
    start = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    EventSession.objects.filter(pk=session.pk).update(
        start=start, end=start + datetime.timedelta(hours=2)
    )
    session.refresh_from_db()
    return session


def scan_url(registration):
    return f"/admin/inscriptions/code/{registration.check_in_secret}/"


def open_door(client, session):
    """What staff do before scanning: open the session's check-in screen."""
    assert client.get(f"/admin/inscriptions/session/{session.pk}/pointage/").status_code == 200


def scans():
    return list(
        ModelLogEntry.objects.filter(action__startswith="registrations.scan_")
        .order_by("id")
        .values_list("action", "object_id", "user__username")
    )


@pytest.fixture
def door(site_tree):
    """A session under way with a seated person, one waiting, one cancelled."""
    _event, session = workshop(site_tree, capacity=2)
    people = {
        "zoe": register_person(session, "Zoé", "Lefèvre", organisation="DINUM"),
        "hugo": register_person(session, "Hugo", "Bernard"),
        "karim": register_person(session, "Karim", "Diallo"),
    }
    services.cancel(people["hugo"], notify=False)  # Karim gets the seat
    people["ines"] = register_person(session, "Inès", "Moreau")  # waiting list
    happening_now(session)
    for person in people.values():
        person.refresh_from_db()
    return session, people


def test_a_scan_checks_in_green_then_a_second_scan_is_amber_with_the_first_time(door, staff_client):
    session, people = door
    open_door(staff_client, session)
    response = staff_client.get(scan_url(people["zoe"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="scan scan--success"' in html
    assert '<h1 class="scan__title">Présence enregistrée</h1>' in html
    assert "Zoé LEFÈVRE" in html and "DINUM" in html
    assert "no-store" in response["Cache-Control"]
    first = Registration.objects.get(pk=people["zoe"].pk).checked_in_at
    assert first is not None
    local = timezone.localtime(first, session.tzinfo)
    hour = f"{local.hour} h" + (f" {local.minute:02d}" if local.minute else "")

    again = staff_client.get(scan_url(people["zoe"])).content.decode()
    assert 'class="scan scan--warning"' in again
    assert "Présence déjà pointée" in again
    assert f'Déjà pointée à <span class="scan__nowrap">{hour}</span>.' in again
    assert Registration.objects.get(pk=people["zoe"].pk).checked_in_at == first
    assert scans() == [
        ("registrations.scan_checked_in", str(session.pk), "staff"),
        ("registrations.scan_already", str(session.pk), "staff"),
    ]
    # The answer offers to undo a scan made by mistake.
    assert f'action="/admin/inscriptions/inscription/{people["zoe"].pk}/pointage/"' in html


@pytest.mark.parametrize(
    "who, title, text",
    [
        ("hugo", "Inscription annulée", "Cette inscription a été annulée"),
        ("ines", "En liste d&#x27;attente : pas de place", "En position 1 sur la liste d'attente"),
    ],
)
def test_a_code_without_a_seat_is_red_and_checks_nobody_in(door, staff_client, who, title, text):
    session, people = door
    open_door(staff_client, session)
    html = staff_client.get(scan_url(people[who])).content.decode()
    assert 'class="scan scan--error"' in html
    assert title in html and text in html
    assert Registration.objects.get(pk=people[who].pk).checked_in_at is None
    assert scans()[0][0] in ("registrations.scan_cancelled", "registrations.scan_waitlisted")


def test_a_code_for_another_session_is_refused_at_this_door(door, staff_client, site_tree):
    session, people = door
    other = EventSession.objects.create(
        event=session.event,
        start=session.start + datetime.timedelta(hours=3),
        end=session.end + datetime.timedelta(hours=3),
        capacity=5,
    )
    open_door(staff_client, other)
    html = staff_client.get(scan_url(people["zoe"])).content.decode()
    assert 'class="scan scan--error"' in html
    assert "Pas la bonne session" in html
    assert "Inscription à une autre session : Atelier design des politiques publiques" in html
    assert f'href="/admin/inscriptions/session/{session.pk}/pointage/"' in html
    assert Registration.objects.get(pk=people["zoe"].pk).checked_in_at is None
    entry = ModelLogEntry.objects.get(action="registrations.scan_wrong_session")
    assert entry.data == {"registration": people["zoe"].pk, "door_session": other.pk}


def test_without_a_door_open_only_a_session_taking_place_today_checks_in(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)  # next week
    person = register_person(session, "Zoé", "Lefèvre")
    html = staff_client.get(scan_url(person)).content.decode()
    assert "Pas la bonne session" in html
    assert Registration.objects.get(pk=person.pk).checked_in_at is None

    happening_now(session)
    html = staff_client.get(scan_url(person)).content.decode()
    assert "Présence enregistrée" in html
    assert f'href="/admin/inscriptions/session/{session.pk}/pointage/"' in html


def test_a_cancelled_session_checks_nobody_in(door, staff_client):
    session, people = door
    EventSession.objects.filter(pk=session.pk).update(is_cancelled=True)
    open_door(staff_client, session)
    html = staff_client.get(scan_url(people["zoe"])).content.decode()
    assert "Session annulée" in html and 'scan--error"' in html
    assert Registration.objects.get(pk=people["zoe"].pk).checked_in_at is None


def test_another_labs_code_is_not_yours_and_shows_nothing_about_the_person(site_tree, client):
    own_event, own = workshop(site_tree, capacity=2, title="Atelier du Ti-Lab")
    other_event = make_event(
        site_tree.programme,
        title="Atelier de la DITP",
        organiser=make_organisation(name="DITP", slug="ditp"),
    )
    other = EventSession.objects.get(event=other_event)
    theirs = register_person(other, "Hugo", "Bernard", organisation="DITP")
    happening_now(other)
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, own_event.organiser)
    client.force_login(user)
    open_door(client, own)

    response = client.get(scan_url(theirs))
    html = response.content.decode()
    assert response.status_code == 200 and 'scan--error"' in html
    assert "Pas une de vos sessions" in html
    for secret in ("Hugo", "BERNARD", "Atelier de la DITP"):
        assert secret not in html
    assert Registration.objects.get(pk=theirs.pk).checked_in_at is None
    # Logged on the code's own session, with who scanned.
    assert scans() == [("registrations.scan_not_yours", str(other.pk), "labo")]


def test_an_unknown_or_replaced_code_is_red_and_logged(door, staff_client, staff):
    session, people = door
    open_door(staff_client, session)
    old_secret = people["zoe"].check_in_secret
    services.renew_check_in_secret(people["zoe"], by=staff)
    # An answer of its own, not the site's "page not found".
    response = staff_client.get(f"/admin/inscriptions/code/{old_secret}/")
    assert response.status_code == 200
    assert 'scan--error"' in response.content.decode()
    assert "Code inconnu" in response.content.decode()
    assert "Code inconnu" in staff_client.get("/admin/inscriptions/code/x-y/").content.decode()
    assert scans() == [("registrations.scan_unknown", str(session.pk), "staff")] * 2
    assert Registration.objects.get(pk=people["zoe"].pk).checked_in_at is None


def test_a_photographed_code_cannot_cancel_and_a_manage_link_cannot_check_in(door, staff_client):
    session, people = door
    zoe = people["zoe"]
    assert zoe.check_in_secret != zoe.token
    response = staff_client.get(f"/fr/inscriptions/gerer/{zoe.check_in_secret}/")
    assert response.status_code == 404
    staff_client.post(f"/fr/inscriptions/gerer/{zoe.check_in_secret}/annuler/", {"confirm": "yes"})
    assert Registration.objects.get(pk=zoe.pk).status == "confirmed"
    assert (
        "Code inconnu"
        in staff_client.get(f"/admin/inscriptions/code/{zoe.token}/").content.decode()
    )


def test_scanning_needs_a_signed_in_staff_member_and_keeps_the_code_out_of_logs(door, client):
    _session, people = door
    response = client.get(scan_url(people["zoe"]))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert people["zoe"].check_in_secret not in redact(f"GET {response['Location']} 200")
    assert people["zoe"].check_in_secret not in redact(f'"GET {scan_url(people["zoe"])} HTTP/1.1"')
    editor = User.objects.create_user("editor", "editor@example.org", "pw")
    client.force_login(editor)
    client.get(scan_url(people["zoe"]))
    assert Registration.objects.get(pk=people["zoe"].pk).checked_in_at is None


def test_the_scan_url_is_the_one_the_email_code_carries(door, settings):
    _session, people = door
    settings.WAGTAILADMIN_BASE_URL = "https://innovation.example.gouv.fr/"
    assert entry_codes.check_in_url(people["zoe"].check_in_secret) == (
        "https://innovation.example.gouv.fr" + scan_url(people["zoe"])
    )


# --- A new code -------------------------------------------------------------------------------


def test_staff_draw_a_new_code_after_a_confirmation_and_the_person_gets_it(
    site_tree, staff_client, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=2)
    zoe = register_person(session, "Zoé", "Lefèvre")
    old = zoe.check_in_secret
    url = f"/admin/inscriptions/inscription/{zoe.pk}/nouveau-code/"
    page = staff_client.get(url).content.decode()
    assert "Tirer un nouveau code d'entrée pour <strong>Zoé Lefèvre</strong> ?" in page
    assert "Le nouveau code sera envoyé par courriel à zoé.lefèvre@example.org." in page
    assert Registration.objects.get(pk=zoe.pk).check_in_secret == old  # a GET changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, follow=True)
    zoe.refresh_from_db()
    assert zoe.check_in_secret != old and zoe.token != zoe.check_in_secret
    assert "Nouveau code d&#x27;entrée pour Zoé Lefèvre, envoyé par courriel." in (
        response.content.decode()
    )
    [message] = outbox_to("zoé.lefèvre@example.org")
    assert (
        message.subject == "Votre nouveau code d'entrée : Atelier design des politiques publiques"
    )
    images = [p for p in message.message().walk() if p.get_content_type() == "image/png"]
    assert [p["Content-ID"] for p in images] == ["<code-entree>"]
    assert images[0].get_payload(decode=True) == entry_codes.png(zoe.check_in_secret)
    entry = ModelLogEntry.objects.get(action="registrations.entry_code_renewed")
    assert entry.user.username == "staff" and entry.data == {"registration": zoe.pk}


def test_a_new_code_for_someone_waiting_is_not_emailed(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=1)
    register_person(session, "Hugo", "Bernard")
    waiting = register_person(session, "Karim", "Diallo")
    page = staff_client.get(f"/admin/inscriptions/inscription/{waiting.pk}/nouveau-code/")
    assert "Aucun courriel ne sera envoyé" in page.content.decode()
    assert services.renew_check_in_secret(waiting) is None
    assert mail.outbox == []


# --- No-shows ---------------------------------------------------------------------------------


def test_after_the_start_the_rest_are_marked_absent_in_one_action(door, staff_client):
    session, people = door
    services.check_in(people["zoe"])
    url = f"/admin/inscriptions/session/{session.pk}/absences/"
    page = staff_client.get(url).content.decode()
    assert "Marquer absente la personne ayant une place qui n'a pas été pointée ?" in page

    response = staff_client.post(url, {"action": "mark"}, follow=True)
    assert "Personnes marquées absentes : 1." in response.content.decode()
    rows = {r.first_name: r for r in Registration.objects.filter(session=session)}
    assert rows["Karim"].no_show_at is not None
    assert rows["Zoé"].no_show_at is None  # present
    assert rows["Inès"].no_show_at is None and rows["Hugo"].no_show_at is None  # no seat
    assert services.mark_no_shows(session) == 0  # nobody twice
    entry = ModelLogEntry.objects.get(action="registrations.no_shows")
    assert (entry.user.username, entry.data) == ("staff", {"count": 1})
    check_in_page = staff_client.get(f"/admin/inscriptions/session/{session.pk}/pointage/")
    assert "Absence constatée" in check_in_page.content.decode()

    response = staff_client.post(url, {"action": "undo"}, follow=True)
    assert "Absences retirées : 1." in response.content.decode()
    assert not Registration.objects.filter(session=session, no_show_at__isnull=False).exists()


def test_no_shows_wait_for_the_session_to_start(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    person = register_person(session, "Zoé", "Lefèvre")
    url = f"/admin/inscriptions/session/{session.pk}/absences/"
    assert "Les absences se constatent une fois la session commencée." in (
        staff_client.get(url).content.decode()
    )
    response = staff_client.post(url, {"action": "mark"}, follow=True)
    assert "Les absences se constatent une fois la session commencée." in (
        response.content.decode()
    )
    assert Registration.objects.get(pk=person.pk).no_show_at is None


def test_scans_and_absences_appear_in_the_site_history(door, staff_client, caplog):
    session, people = door
    caplog.set_level(logging.INFO)
    open_door(staff_client, session)
    staff_client.get(scan_url(people["ines"]))
    services.mark_no_shows(session)
    html = staff_client.get("/admin/reports/site-history/").content.decode()
    assert "Code scanné et refusé : personne en liste d&#x27;attente" in html
    assert "Personnes marquées absentes : 2" in html
    assert people["ines"].check_in_secret not in caplog.text


def test_a_door_that_no_longer_exists_is_forgotten(door, staff_client, site_tree):
    session, people = door
    gone = EventSession.objects.create(
        event=session.event,
        start=session.start,
        end=session.end,
        capacity=5,
    )
    open_door(staff_client, gone)
    gone.delete()
    response = staff_client.get("/admin/inscriptions/code/not-a-code-at-all-1234567/")
    assert response.status_code == 200 and "Code inconnu" in response.content.decode()
    assert "Présence enregistrée" in staff_client.get(scan_url(people["zoe"])).content.decode()
