"""A session's registrants list: search, filters, order, pages, summary, bulk actions, exports."""

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
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from events.models import EventSession
from registrations import services
from registrations.models import Registration
from tests.factories import make_event, make_registrations, register
from tests.registration_support import immediate_tasks, workshop  # noqa: F401

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def staff(client, db):
    user = User.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    return client


def person(session, first_name, last_name, address, organisation):
    return register(
        session,
        first_name=first_name,
        last_name=last_name,
        email=f"{address}@example.org",
        organisation=organisation,
        notify=False,
    ).registration


@pytest.fixture
def people(site_tree):
    """Zoé (seat, present), Hugo (seat, DINUM), Anaïs (cancelled), Inès (waiting)."""
    _event, session = workshop(site_tree, capacity=2)
    zoe = person(session, "Zoé", "Lefèvre", "zoe.lefevre", "Préfecture d'Ille-et-Vilaine")
    person(session, "Hugo", "Bernard", "hugo.bernard", "DINUM")
    person(session, "Inès", "Çelik", "ines.celik", "Mairie")
    anais = person(session, "Anaïs", "Dupont", "anais.dupont", "Région")
    services.cancel(anais, notify=False)
    services.check_in(zoe)
    return session, {r.first_name: r for r in Registration.objects.filter(session=session)}


def url(session, tail=""):
    return f"/admin/inscriptions/session/{session.pk}/{tail}"


def listed(staff, session, filters, tail=""):
    """The list (or an export, ``tail``) once ``filters`` are applied: they are posted and
    kept in the user's session, so that no searched name reaches a URL."""
    applied = staff.post(url(session, "filtres/"), filters)
    assert applied.status_code == 302 and applied["Location"] == url(session)
    return staff.get(url(session, tail))


def names(response):
    return [r.first_name for r in response.context["registrations"]]


def test_the_summary_counts_every_row(people, staff):
    session, _rows = people
    response = staff.get(url(session))
    summary = response.context["summary"]
    assert (summary.capacity, summary.confirmed, summary.waiting) == (2, 2, 1)
    assert (summary.cancelled, summary.checked_in, summary.no_shows) == (1, 1, 0)
    assert summary.fill_rate == 100
    html = response.content.decode()
    assert "Taux de remplissage" in html and "100 %" in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("zoe", ["Zoé"]),
        ("LEFEVRE", ["Zoé"]),
        ("celik", ["Inès"]),
        ("dinum", ["Hugo"]),
        ("prefecture ille", ["Zoé"]),
        ("anais.dupont@", ["Anaïs"]),
        ("personne", []),
    ],
)
def test_search_by_name_email_or_organisation_accents_and_case_aside(
    people, staff, query, expected
):
    session, _rows = people
    response = listed(staff, session, {"q": query})
    assert response.status_code == 200
    assert names(response) == expected


def test_filters_status_presence_and_registration_days(people, staff):
    session, rows = people
    assert names(listed(staff, session, {"statut": "waitlisted"})) == ["Inès"]
    assert names(listed(staff, session, {"statut": "cancelled"})) == ["Anaïs"]
    assert names(listed(staff, session, {"presence": "present"})) == ["Zoé"]
    assert names(listed(staff, session, {"presence": "not_present"})) == ["Hugo"]
    Registration.objects.filter(pk=rows["Hugo"].pk).update(no_show_at=timezone.now())
    assert names(listed(staff, session, {"presence": "no_show"})) == ["Hugo"]

    # Registration days are the session's: 23:30 UTC on 1 March is 2 March in Paris.
    march = datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC)
    Registration.objects.filter(pk=rows["Zoé"].pk).update(created_at=march)
    Registration.objects.filter(pk=rows["Hugo"].pk).update(
        created_at=march - datetime.timedelta(days=1)
    )
    between = {"inscrite_du": "2026-03-02", "inscrite_au": "2026-03-02"}
    assert names(listed(staff, session, between)) == ["Zoé"]
    assert names(listed(staff, session, {"inscrite_au": "2026-03-02"})) == ["Hugo", "Zoé"]
    assert names(listed(staff, session, {"inscrite_du": "2026-03-03"})) == ["Inès", "Anaïs"]


def test_wrong_filters_are_form_errors_not_crashes(people, staff):
    session, _rows = people
    response = listed(staff, session, {"inscrite_du": "2026-03-05", "inscrite_au": "2026-03-01"})
    assert response.status_code == 400
    assert "La fin de la période précède son début." in response.content.decode()
    response = listed(staff, session, {"inscrite_du": "demain", "statut": "perdu"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Saisissez une date valide." in html and "Sélectionnez un choix valide" in html
    assert 'name="inscrite_du" value="demain" aria-invalid="true"' in html
    export = listed(staff, session, {"inscrite_du": "demain"}, "export.xlsx")
    assert export.status_code == 400


def test_orders(people, staff):
    session, _rows = people
    assert names(staff.get(url(session))) == ["Zoé", "Hugo", "Inès", "Anaïs"]
    assert names(listed(staff, session, {"ordre": "nom"})) == ["Hugo", "Inès", "Anaïs", "Zoé"]
    assert names(listed(staff, session, {"ordre": "organisation"})) == [
        "Hugo",
        "Inès",
        "Zoé",
        "Anaïs",
    ]
    assert names(listed(staff, session, {"ordre": "-inscription"})) == [
        "Anaïs",
        "Inès",
        "Hugo",
        "Zoé",
    ]


def test_pages_of_fifty_keep_the_filters(site_tree, staff):
    _event, session = workshop(site_tree, capacity=100)
    make_registrations(session, 60)
    listed(staff, session, {"q": "martin"})
    response = staff.get(url(session), {"p": "2"})
    assert len(response.context["registrations"]) == 10
    html = response.content.decode()
    assert 'class="pagination"' in html and 'href="?p=1"' in html
    assert not re.search(r'(href|action)="[^"]*martin', html, re.IGNORECASE)


def test_list_queries_stay_the_same_from_5_to_500_people(site_tree, staff):
    _small_event, small = workshop(site_tree, capacity=500, title="Petite session")
    large_event = make_event(
        site_tree.programme, title="Grande session", capacity=500, organiser=_small_event.organiser
    )
    large = EventSession.objects.get(event=large_event)
    make_registrations(small, 5)
    make_registrations(large, 500)
    counts = {}
    staff.get(url(small))  # the first admin request of a test fills a few caches
    for session in (small, large):
        listed(staff, session, {"q": "camille", "ordre": "nom"})
        with CaptureQueriesContext(connection) as page:
            assert staff.get(url(session)).status_code == 200
        with CaptureQueriesContext(connection) as export:
            assert staff.get(url(session, "export.xlsx")).status_code == 200
        counts[session.pk] = (len(page), len(export))
    assert counts[small.pk] == counts[large.pk], counts


# --- Bulk actions -------------------------------------------------------------------------------


def history_of(session, action):
    return list(
        ModelLogEntry.objects.filter(object_id=str(session.pk), action=f"registrations.{action}")
        .order_by("timestamp", "id")
        .values_list("user__username", "data")
    )


def test_bulk_check_in_goes_through_the_rule_and_the_history(people, staff):
    session, rows = people
    selected = [rows["Hugo"].pk, rows["Inès"].pk, rows["Zoé"].pk]
    response = staff.post(
        url(session, "selection/"),
        {"action": "check_in", "selected": selected},
    )
    assert response.status_code == 302 and response["Location"] == url(session)
    present = Registration.objects.filter(session=session, checked_in_at__isnull=False)
    assert sorted(present.values_list("first_name", flat=True)) == ["Hugo", "Zoé"]
    assert history_of(session, "checked_in")[-1] == (
        "staff",
        {"registration": rows["Hugo"].pk},
    )
    assert len(history_of(session, "checked_in")) == 2  # Zoé's own, then Hugo's
    assert mail.outbox == []
    page = staff.get(response["Location"]).content.decode()
    assert "1 personne pointée présente." in page


def test_bulk_no_shows_after_the_start_only(people, staff):
    session, rows = people
    selected = [rows["Hugo"].pk, rows["Zoé"].pk]
    response = staff.post(
        url(session, "selection/"), {"action": "no_show", "selected": selected}, follow=True
    )
    assert "Les absences se constatent une fois la session commencée." in response.content.decode()
    assert not Registration.objects.filter(no_show_at__isnull=False).exists()
    EventSession.objects.filter(pk=session.pk).update(
        start=timezone.now() - datetime.timedelta(hours=1)
    )
    staff.post(url(session, "selection/"), {"action": "no_show", "selected": selected})
    absent = Registration.objects.filter(session=session, no_show_at__isnull=False)
    assert list(absent.values_list("first_name", flat=True)) == ["Hugo"]  # Zoé came
    assert history_of(session, "no_shows") == [("staff", {"count": 1})]


def test_bulk_cancel_asks_first_then_tells_each_person(
    people, staff, django_capture_on_commit_callbacks
):
    session, rows = people
    selected = [rows["Hugo"].pk, rows["Zoé"].pk, rows["Anaïs"].pk]
    question = staff.post(url(session, "selection/"), {"action": "cancel", "selected": selected})
    html = question.content.decode()
    assert question.status_code == 200
    assert "Annuler 2 inscriptions\u202f?" in html and "2 personnes recevront un courriel" in html
    assert "Hugo Bernard" in html and "Anaïs" not in html
    assert Registration.objects.filter(session=session, status="cancelled").count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        staff.post(
            url(session, "selection/"),
            {"action": "cancel", "selected": selected, "confirmed": "1"},
        )
    statuses = dict(
        Registration.objects.filter(session=session).values_list("first_name", "status")
    )
    assert statuses == {
        "Zoé": "cancelled",
        "Hugo": "cancelled",
        "Anaïs": "cancelled",
        "Inès": "confirmed",  # promoted into a freed seat
    }
    told = sorted(message.to[0] for message in mail.outbox)
    assert told == ["hugo.bernard@example.org", "ines.celik@example.org", "zoe.lefevre@example.org"]
    assert sorted(data["registration"] for _user, data in history_of(session, "cancelled")) == (
        sorted([rows["Hugo"].pk, rows["Zoé"].pk])
    )
    assert {user for user, _data in history_of(session, "cancelled")} == {"staff"}


def test_bulk_actions_refuse_bad_input(people, staff):
    session, rows = people
    for data in [
        {"action": "explode", "selected": [rows["Hugo"].pk]},
        {"action": "check_in", "selected": ["1; DROP"]},
    ]:
        response = staff.post(url(session, "selection/"), data)
        assert response.status_code == 400
    assert staff.get(url(session, "selection/")).status_code == 405
    response = staff.post(url(session, "selection/"), {"action": "check_in"}, follow=True)
    assert "Cochez d&#x27;abord les personnes concernées." in response.content.decode()


# --- Exports ------------------------------------------------------------------------------------


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_exports_hold_the_filtered_rows_with_local_times_and_safe_cells(site_tree, staff):
    _event, session = workshop(site_tree, capacity=5)
    EventSession.objects.filter(pk=session.pk).update(time_zone="America/Guadeloupe")
    session.refresh_from_db()
    evil = register(session, 1, organisation='=HYPERLINK("http://evil")', notify=False)
    register(
        session, 2, organisation="-2+3", first_name="Élise", email="elise@example.org", notify=False
    )
    register(session, 3, organisation="Mairie", notify=False)
    services.check_in(evil.registration)
    evil_row = Registration.objects.get(pk=evil.registration.pk)
    local = timezone.localtime(evil_row.checked_in_at, session.tzinfo)

    query = {"q": "camille", "ordre": "nom"}
    response = listed(staff, session, query, "export.csv")
    assert response["Content-Disposition"] == (
        f'attachment; filename="inscriptions-session-{session.pk}.csv"'
    )
    rows = csv_rows(response)
    header = rows[0]
    assert "Présence pointée le (heure de America/Guadeloupe)" in header
    assert [row[2] for row in rows[1:]] == ["Camille1", "Camille3"]
    assert rows[1][5] == '\'=HYPERLINK("http://evil")'
    assert rows[1][header.index("Présence pointée le (heure de America/Guadeloupe)")] == (
        local.strftime("%Y-%m-%d %H:%M")
    )

    response = listed(staff, session, {"reset": "1"}, "export.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"] == (
        f'attachment; filename="inscriptions-session-{session.pk}.xlsx"'
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [row[2] for row in values[1:]] == ["Camille1", "Élise", "Camille3"]
    assert values[1][5] == '=HYPERLINK("http://evil")' and values[2][5] == "-2+3"
    assert sheet["F2"].quotePrefix and sheet["F3"].quotePrefix and not sheet["F4"].quotePrefix
    column = values[0].index("Présence pointée le (heure de America/Guadeloupe)")
    assert values[1][column] == local.replace(tzinfo=None, second=0, microsecond=0)
    assert all(sheet.cell(row=2, column=n).data_type != "f" for n in range(1, 16))

    only_present = listed(staff, session, {"presence": "present"}, "export.xlsx")
    sheet = load_workbook(io.BytesIO(only_present.content)).active
    assert [row[2].value for row in sheet.iter_rows(min_row=2)] == ["Camille1"]
    assert [data for _user, data in history_of(session, "exported")] == [
        {"format": "CSV", "count": 2},
        {"format": "XLSX", "count": 3},
        {"format": "XLSX", "count": 1},
    ]


# --- Languages ----------------------------------------------------------------------------------


def test_the_list_and_its_confirmation_in_french_and_english(people, staff):
    session, rows = people
    french = staff.get(url(session)).content.decode()
    assert "Personnes inscrites" in french and "Pour les personnes cochées" in french
    profile = UserProfile.get_for_user(User.objects.get(username="staff"))
    profile.preferred_language = "en"
    profile.save()
    english = staff.get(url(session)).content.decode()
    for text in ["Registered people", "For the people ticked", "Fill rate", "Export this list"]:
        assert text in english, text
    question = staff.post(
        url(session, "selection/"), {"action": "cancel", "selected": [rows["Hugo"].pk]}
    ).content.decode()
    assert "Cancel 1 registration?" in question
    response = staff.get(url(session, "export.csv"))
    assert "Checked in at (Europe/Paris time)" in csv_rows(response)[0]
