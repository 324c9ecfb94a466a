"""Personal-data requests: a staff member finds what is held about an address in the
sessions they follow (and nothing from another lab's), exports exactly those rows as JSON
or CSV (no address in the file name), and erases them after a confirmation: seats of
sessions to come are cancelled through the rules first, the waiting list moves up, the
rows are anonymised by the retention's write, and the history says who did it."""

import csv
import datetime
import html
import io
import json

import pytest
from django.contrib.auth.models import User
from django.core import mail
from wagtail.models import ModelLogEntry

from demo.accounts import grant_lab_staff_role
from events.models import EventSession
from registrations import jobs, services
from registrations.models import OutboundEmail, Registration
from tests.factories import make_event, make_organisation, register
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")

URL = "/admin/inscriptions/donnees-personnelles/"
ADDRESS = "camille1@example.org"


def page_text(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def held(site_tree):
    """Camille1 has a seat on the lab's first session (Camille3 waits behind her) and is
    waiting on its second; she also registered for another organiser's event."""
    event, first = workshop(site_tree, capacity=2, sessions=2)
    second = EventSession.objects.filter(event=event).exclude(pk=first.pk).get()
    seat = register(first, 1).registration
    register(first, 2, notify=False)
    behind = register(first, 3, notify=False).registration
    register(second, 4, notify=False)
    register(second, 5, notify=False)
    waiting = register(second, 1, notify=False).registration
    other_event = make_event(
        site_tree.programme, organiser=make_organisation(name="DITP", slug="ditp-autre")
    )
    other = EventSession.objects.get(event=other_event)
    elsewhere = register(other, 1, notify=False).registration
    lab = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(lab, event.organiser)
    outsider = User.objects.create_user("ditp", "ditp@example.org", "pw")
    grant_lab_staff_role(outsider, other_event.organiser)
    return {
        "first": first,
        "seat": seat,
        "behind": behind,
        "waiting": waiting,
        "elsewhere": elsewhere,
        "lab": lab,
        "outsider": outsider,
    }


def test_the_lab_sees_only_its_sessions_rows_and_the_address_never_in_a_url(held, client):
    client.force_login(held["lab"])
    assert client.get(URL).status_code == 200
    response = client.post(URL, {"email": " Camille1@Example.org "})
    text = page_text(response)
    assert "2 inscriptions trouvées" in text
    assert "Atelier design des politiques publiques" in text
    assert "Place confirmée" in text  # the email she received
    assert "no-store" in response["Cache-Control"]
    assert "camille1" not in response.wsgi_request.get_full_path()

    client.force_login(held["outsider"])
    text = page_text(client.post(URL, {"email": ADDRESS}))
    assert "1 inscription trouvée" in text
    assert "Atelier design des politiques publiques" not in text


def test_the_json_export_holds_exactly_the_visible_rows(held, client):
    client.force_login(held["lab"])
    response = client.post(URL, {"email": ADDRESS, "action": "export", "format": "json"})
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="donnees-personnelles-')
    assert "camille" not in disposition and "@" not in disposition
    data = json.loads(response.content)["registrations"]
    assert [(row["session"]["id"], row["status"]) for row in data] == [
        (held["seat"].session_id, "confirmed"),
        (held["waiting"].session_id, "waitlisted"),
    ]
    assert {row["email"] for row in data} == {ADDRESS}
    assert data[0]["emails"][0]["kind"] == "confirmed"
    assert data[1]["waitlist_position"] == 1
    # Local times with their offset, in the session's time zone.
    assert data[0]["session"]["start"].endswith(("+01:00", "+02:00"))
    exported = ModelLogEntry.objects.filter(action="registrations.personal_data_exported")
    assert exported.count() == 2 and {entry.user for entry in exported} == {held["lab"]}


def test_the_csv_export_has_one_formula_safe_line_per_visible_row(held, client):
    Registration.objects.filter(pk=held["seat"].pk).update(organisation="=HYPERLINK(1)")
    client.force_login(held["lab"])
    response = client.post(URL, {"email": ADDRESS, "action": "export", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "@" not in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [int(row["session_id"]) for row in rows] == [
        held["seat"].session_id,
        held["waiting"].session_id,
    ]
    assert rows[0]["organisation"] == "'=HYPERLINK(1)"
    assert "confirmed" in rows[0]["emails"]


def test_erasing_asks_first_then_cancels_promotes_and_anonymises_the_visible_rows(
    held, client, django_capture_on_commit_callbacks
):
    client.force_login(held["lab"])
    confirm = client.post(URL, {"email": ADDRESS, "action": "erase"})
    assert "Effacer les données de cette personne ?" in page_text(confirm)
    assert "d'abord annulées" in page_text(confirm)
    assert Registration.objects.filter(email=ADDRESS).count() == 3
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            URL, {"email": ADDRESS, "action": "erase", "confirmed": "1"}, follow=True
        )
    assert "2 inscriptions anonymisées" in page_text(response)
    seat, waiting, behind, elsewhere = (
        Registration.objects.get(pk=held[name].pk)
        for name in ("seat", "waiting", "behind", "elsewhere")
    )
    for row in (seat, waiting):
        assert row.anonymised_at is not None and row.status == "cancelled"
        assert (row.first_name, row.last_name, row.organisation) == ("", "", "")
        assert ADDRESS not in row.email
    assert not OutboundEmail.objects.filter(registration__in=[seat, waiting]).exists()
    # The freed seat went to the next person, who was told; the erased person was not.
    assert behind.status == "confirmed" and len(outbox_to("camille3@example.org")) == 1
    assert outbox_to(ADDRESS) == []
    first = held["first"]
    assert Registration.objects.filter(session=first, status="confirmed").count() == 2
    assert (
        list(
            Registration.objects.filter(session=waiting.session, status="waitlisted")
            .order_by("waitlist_position")
            .values_list("waitlist_position", flat=True)
        )
        == []
    )
    # Another lab's row is untouched.
    assert elsewhere.anonymised_at is None and elsewhere.email == ADDRESS
    erased = ModelLogEntry.objects.filter(action="registrations.erased")
    assert erased.count() == 2 and {entry.user for entry in erased} == {held["lab"]}
    assert all(ADDRESS not in json.dumps(entry.data) for entry in erased)


def test_nothing_visible_means_nothing_to_export_or_erase(held, client):
    client.force_login(held["outsider"])
    Registration.objects.filter(pk=held["elsewhere"].pk).update(email="autre@example.org")
    for action in ("export", "erase"):
        response = client.post(URL, {"email": ADDRESS, "action": action, "confirmed": "1"})
        assert response.status_code == 400
        assert "Rien n'est enregistré pour cette adresse dans vos sessions." in page_text(response)
    assert Registration.objects.filter(email=ADDRESS, anonymised_at__isnull=True).count() == 2


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": ""}, "Saisissez l'adresse électronique de la personne."),
        ({"email": "pas une adresse"}, "Saisissez une adresse électronique valide"),
        ({"email": ADDRESS, "action": "drop"}, ""),
        ({"email": ADDRESS, "action": "export", "format": "xml"}, ""),
    ],
)
def test_bad_input_is_a_form_error(held, client, data, message):
    client.force_login(held["lab"])
    response = client.post(URL, data)
    assert response.status_code == 400
    assert message in page_text(response)
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 0


def test_people_who_cannot_follow_registrations_are_refused(held, client):
    editor = User.objects.create_user("redac", "redac@example.org", "pw")
    client.force_login(editor)
    response = client.post(URL, {"email": ADDRESS, "action": "erase", "confirmed": "1"})
    assert response.status_code in (302, 403)
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 0


def test_the_retention_job_still_anonymises_through_the_same_write(held):
    later = held["first"].end + datetime.timedelta(days=500)
    count = jobs.anonymise(now=later, months=12)
    assert count == Registration.objects.filter(anonymised_at=later).count() >= 3
    assert services.held_about(ADDRESS, User.objects.get(username="labo")).count() == 0
