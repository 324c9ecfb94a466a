"""The staff statistics: figures equal to counts made from the rows, the promotion date,
registrations per day in site time, charts that say what they show, exports with local
times and cells that never run, constant queries, and only the sessions a person follows."""

import csv
import datetime
import io
import re
import zoneinfo

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from common.charts import Point, bar_chart, line_chart, rate_bars
from demo.accounts import grant_lab_staff_role
from events.models import EventSession
from registrations import services, statistics
from registrations.access import sessions_visible_to
from registrations.models import Registration
from tests.factories import (
    make_event,
    make_lab,
    make_organisation,
    make_registrations,
    register,
)
from tests.registration_support import workshop

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def scope(**fields):
    today = timezone.localdate()
    return statistics.Scope(
        date_from=today - datetime.timedelta(days=30),
        date_to=today + datetime.timedelta(days=30),
        **fields,
    )


@pytest.fixture
def two_sessions(site_tree):
    """A past session (5 seats: 4 taken, 2 came, 1 absence recorded, 1 cancelled, 1 promoted)
    and a coming one (2 seats, full, 2 waiting)."""
    event, past = workshop(site_tree, capacity=4, sessions=2)
    coming = EventSession.objects.filter(event=event).order_by("start")[1]
    people = [register(past, n, notify=False).registration for n in range(1, 5)]
    late = register(past, 5, notify=False).registration  # waiting
    services.cancel(people[0], notify=False)  # the waiting person is promoted
    EventSession.objects.filter(pk=coming.pk).update(capacity=2)
    for n in range(6, 10):
        register(coming, n, notify=False)
    start = timezone.now() - datetime.timedelta(days=1)
    EventSession.objects.filter(pk=past.pk).update(
        start=start, end=start + datetime.timedelta(hours=2)
    )
    now = timezone.now()
    Registration.objects.filter(pk__in=[people[1].pk, people[2].pk]).update(checked_in_at=now)
    Registration.objects.filter(pk=people[3].pk).update(no_show_at=now)
    return event, EventSession.objects.get(pk=past.pk), EventSession.objects.get(pk=coming.pk), late


def test_promotion_sets_its_date(two_sessions):
    _event, past, _coming, late = two_sessions
    late.refresh_from_db()
    assert late.status == "confirmed" and late.promoted_at is not None
    assert Registration.objects.filter(promoted_at__isnull=False).count() == 1


def test_figures_equal_the_counts_of_the_rows(two_sessions):
    _event, past, coming, _late = two_sessions
    now = timezone.now()
    result = statistics.report(EventSession.objects.all(), scope(), now=now)
    rows = list(Registration.objects.all())
    confirmed = [r for r in rows if r.status == "confirmed"]
    at_past = [r for r in confirmed if r.session_id == past.pk]
    totals = result.totals
    assert totals.registrations == len(rows)
    assert totals.confirmed == len(confirmed)
    assert totals.waitlisted == len([r for r in rows if r.status == "waitlisted"])
    assert totals.cancelled == len([r for r in rows if r.status == "cancelled"])
    assert totals.promoted == len([r for r in rows if r.promoted_at])
    assert totals.checked_in == len([r for r in confirmed if r.checked_in_at])
    assert totals.capacity == past.capacity + coming.capacity
    assert totals.fill_rate == round(100 * len(confirmed) / (past.capacity + coming.capacity), 1)
    assert totals.attendance_rate == round(
        100 * len([r for r in at_past if r.checked_in_at]) / len(at_past), 1
    )
    assert totals.no_show_rate == round(
        100 * len([r for r in at_past if r.no_show_at]) / len(at_past), 1
    )
    # The figures themselves, as the fixture made them.
    assert (totals.registrations, totals.confirmed, totals.waitlisted) == (9, 6, 2)
    assert (totals.cancelled, totals.promoted, totals.checked_in, totals.no_shows) == (1, 1, 2, 1)
    assert (totals.fill_rate, totals.attendance_rate, totals.no_show_rate) == (100.0, 50.0, 25.0)
    first, second = result.sessions
    assert first.session == past and first.has_started and second.attendance_rate is None


def test_a_cancelled_session_counts_for_no_rate(two_sessions):
    _event, past, coming, _late = two_sessions
    EventSession.objects.filter(pk=coming.pk).update(is_cancelled=True)
    result = statistics.report(EventSession.objects.all(), scope(), now=timezone.now())
    assert result.totals.fill_rate == 100.0  # the past session alone: 4 of 4
    assert result.sessions[1].fill_rate is None


def test_registrations_per_day_in_site_time_with_empty_days(site_tree):
    _event, session = workshop(site_tree, capacity=10)
    people = [register(session, n, notify=False).registration for n in range(1, 5)]
    moments = [
        datetime.datetime(2026, 3, 1, 23, 30, tzinfo=PARIS),  # 22:30 UTC: 1 March in Paris
        datetime.datetime(2026, 3, 2, 0, 30, tzinfo=PARIS),  # 23:30 UTC on 1 March: 2 March
        datetime.datetime(2026, 3, 4, 12, 0, tzinfo=PARIS),
        datetime.datetime(2026, 3, 4, 13, 0, tzinfo=PARIS),
    ]
    for person, moment in zip(people, moments, strict=True):
        Registration.objects.filter(pk=person.pk).update(created_at=moment)
    days = statistics.registrations_per_day(EventSession.objects.filter(pk=session.pk))
    assert [(d.day.isoformat(), d.count, d.cumulative) for d in days] == [
        ("2026-03-01", 1, 1),
        ("2026-03-02", 1, 2),
        ("2026-03-03", 0, 2),
        ("2026-03-04", 2, 4),
    ]


def test_charts_are_named_images():
    svg = bar_chart([Point("1/3", 2), Point("2/3", 0)], title="Par jour", desc="Détail <ici>")
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "<title id=" in svg and "<desc id=" in svg and "Détail &lt;ici&gt;" in svg
    assert svg.count("<rect") == 1
    assert "<polyline" in line_chart([Point("a", 1), Point("b", 3)], title="t", desc="d")
    bars = rate_bars([Point("Atelier", 50.0)], title="t", desc="d")
    assert "50 %" in bars


def test_a_move_counts_where_the_person_went_not_as_a_cancellation(site_tree):
    event, first = workshop(site_tree, capacity=4, sessions=2)
    second = EventSession.objects.filter(event=event).order_by("start")[1]
    staying = register(first, 1, notify=False).registration
    mover = register(first, 2, notify=False).registration
    services.cancel(staying, notify=False)
    services.move_registration(mover, second, notify=False)
    result = statistics.report(EventSession.objects.all(), scope(), now=timezone.now())
    left, arrived = result.sessions
    assert (left.registrations, left.cancelled, left.moved, left.confirmed) == (1, 1, 1, 0)
    assert (arrived.registrations, arrived.confirmed, arrived.moved) == (1, 1, 0)
    assert (result.totals.registrations, result.totals.cancelled) == (2, 1)
    assert sum(day.count for day in result.days) == 2
    # Registering again on the session left makes the row an ordinary registration.
    again = register(first, 2, notify=False).registration
    assert again.pk == mover.pk and again.moved_at is None


@pytest.fixture
def lab_staff(client, site_tree, two_sessions):
    """Staff of the workshop's lab; another organiser's session with 3 people exists."""
    event, _past, _coming, _late = two_sessions
    other_event = make_event(
        site_tree.programme,
        title='=HYPERLINK("http://evil")',
        organiser=make_organisation(name="DITP", slug="ditp"),
    )
    make_registrations(EventSession.objects.get(event=other_event), 3)
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, event.organiser)
    client.force_login(user)
    return client, user, other_event


def test_staff_see_the_figures_of_their_sessions_only(lab_staff):
    client, user, other_event = lab_staff
    response = client.get("/admin/inscriptions/statistiques/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="img"' in page and "Inscriptions par jour" in page
    assert "Atelier design des politiques publiques" in page and "HYPERLINK" not in page
    assert response.context["report"].totals.registrations == 9
    assert "DITP" not in page
    other_key = other_event.organiser.translation_key
    response = client.get("/admin/inscriptions/statistiques/", {"organiser": other_key})
    assert response.status_code == 400 and response.context["report"] is None
    assert "Sélectionnez un choix valide" in response.content.decode()
    response = client.get("/admin/inscriptions/statistiques/", {"event": other_event.pk})
    assert response.status_code == 400
    export = client.get("/admin/inscriptions/statistiques/export.csv", {"event": other_event.pk})
    assert export.status_code == 400


def test_the_english_report(lab_staff):
    client, user, _other = lab_staff
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    page = client.get("/admin/inscriptions/statistiques/").content.decode()
    assert "Registrations per day" in page and "Fill rate" in page


def test_exports_have_local_times_and_cells_that_never_run(client, site_tree, two_sessions):
    _event, past, _coming, _late = two_sessions
    make_event(site_tree.programme, title='=HYPERLINK("http://evil")')
    user = User.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    response = client.get("/admin/inscriptions/statistiques/export.csv")
    assert response["Content-Disposition"].startswith(
        'attachment; filename="statistiques-inscriptions-'
    )
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    local = timezone.localtime(past.start, PARIS).strftime("%Y-%m-%d %H:%M")
    assert rows[1][:2] == ["Atelier design des politiques publiques", local]
    assert rows[1][3:7] == ["4", "5", "4", "0"]
    assert any(row and row[0] == '\'=HYPERLINK("http://evil")' for row in rows)

    response = client.get("/admin/inscriptions/statistiques/export.xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    sessions = workbook["Sessions"]
    assert sessions["B2"].value == timezone.localtime(past.start, PARIS).replace(
        tzinfo=None, second=0, microsecond=0
    )
    titles = [cell for cell in sessions["A"] if "HYPERLINK" in str(cell.value)]
    assert [(c.value, c.data_type) for c in titles] == [('=HYPERLINK("http://evil")', "s")]
    days = workbook["Par jour"]
    assert days["C1"].value == "Cumul" and days.cell(days.max_row, 3).value == 9
    assert client.get("/admin/inscriptions/statistiques/export.pdf").status_code == 404


def test_the_report_queries_stay_constant_from_5_to_500_registrations(site_tree, client):
    user = User.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    _event, session = workshop(site_tree, capacity=500)
    make_registrations(session, 5)
    url = "/admin/inscriptions/statistiques/"
    client.get(url)
    counts = []
    for more in (0, 495):
        make_registrations(session, more)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    assert response.context["report"].totals.registrations == 500
    assert counts[0] == counts[1]


def test_a_person_without_access_sees_no_figures(site_tree, two_sessions):
    nobody = User.objects.create_user("editor", "editor@example.org", "pw")
    assert not sessions_visible_to(nobody).exists()
    result = statistics.report(sessions_visible_to(nobody), scope(), now=timezone.now())
    assert result.totals.registrations == 0 and result.sessions == []


def test_the_dashboard_lists_the_coming_sessions_with_their_fill_rate(lab_staff):
    client, _user, _other = lab_staff
    page = client.get("/admin/").content.decode()
    assert "Vos prochaines sessions" in page
    assert "Atelier design des politiques publiques" in page
    assert "2 / 2" in page and "100 %" in page  # the coming session, full
    assert "HYPERLINK" not in page  # another organiser's session
    session_url = "/admin/inscriptions/session/"
    assert page.count(session_url) == 1  # the past one is not shown


def test_the_dashboard_has_no_panel_for_editors(site_tree, client):
    editor = User.objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(editor)
    assert "Vos prochaines sessions" in client.get("/admin/").content.decode()
    plain = User.objects.create_user("editor", "editor@example.org", "pw")
    group = Group.objects.create(name="Rédaction")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    plain.groups.add(group)
    client.force_login(plain)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Vos prochaines sessions" not in response.content.decode()


def test_a_report_per_lab_organiser_or_event(site_tree, client):
    ti_lab = make_lab(site_tree.labs, title="Ti-Lab")
    ditp = make_organisation(name="DITP", slug="ditp")
    hosted = make_event(site_tree.programme, title="Hébergé au Ti-Lab", organiser=ditp)
    hosted.host_lab = ti_lab
    hosted.save_revision().publish()
    elsewhere = make_event(site_tree.programme, title="Ailleurs", organiser=ditp)
    other = make_event(
        site_tree.programme,
        title="Autre organisateur",
        organiser=make_organisation(name="Préfecture", slug="prefecture"),
    )
    for event, count in ((hosted, 2), (elsewhere, 3), (other, 4)):
        make_registrations(EventSession.objects.get(event=event), count)
    user = User.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    url = "/admin/inscriptions/statistiques/"

    def registrations(**params):
        response = client.get(url, params)
        assert response.status_code == 200, response.context["form"].errors
        return response.context["report"].totals.registrations

    assert registrations() == 9
    assert registrations(lab=ti_lab.translation_key) == 2
    assert registrations(organiser=ditp.translation_key) == 5
    assert registrations(event=other.pk) == 4
    # Sessions outside the period are left out.
    today = timezone.localdate()
    assert registrations(date_from=today - datetime.timedelta(days=30), date_to=today) == 0
    response = client.get(url, {"date_from": today, "date_to": today - datetime.timedelta(1)})
    assert response.status_code == 400
    assert "La fin de la période précède son début." in response.content.decode()
    assert client.get(url, {"date_from": "demain"}).status_code == 400


def test_a_field_error_is_the_description_its_input_names(lab_staff):
    """Django names ``<id>_error`` in the input's aria-describedby; the message carries it."""
    client, _user, other_event = lab_staff
    page = client.get("/admin/inscriptions/statistiques/", {"event": other_event.pk})
    html = page.content.decode()
    described = re.search(r'<select[^>]*name="event"[^>]*aria-describedby="([^"]+)"', html)
    assert described, "the event field names no description"
    for id_ in described.group(1).split():
        assert f'id="{id_}"' in html, id_
