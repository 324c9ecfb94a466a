"""One home for seat availability and for the sessions an event shows in every language."""

import datetime

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from events.availability import (
    Outcome,
    SessionState,
    availability,
    with_counts,
    with_places_left,
)
from events.models import EventPage, EventSession
from events.queries import attach_programme_data, source_page, source_sessions
from registrations import services
from tests.factories import make_event, make_registrations, register_people, translate
from tests.registration_support import immediate_tasks  # noqa: F401

NOW = timezone.now().replace(microsecond=0)
HOUR = datetime.timedelta(hours=1)


def _session(site_tree, title, start=None, capacity=2, confirmed=0, **fields):
    event = make_event(site_tree.programme, title=title, start=start, capacity=capacity)
    session = event.sessions.get()
    make_registrations(session, confirmed)
    EventSession.objects.filter(pk=session.pk).update(**fields)
    return session


@pytest.fixture
def sessions(site_tree):
    """One session in each situation a page or a rule must tell apart."""
    return {
        "open": _session(site_tree, "Ouverte", confirmed=1),
        "full": _session(site_tree, "Complète", confirmed=2),
        "overbooked": _session(site_tree, "Surréservée", confirmed=3),
        "not_open": _session(site_tree, "Bientôt", registration_opens_at=NOW + 24 * HOUR),
        "closed": _session(site_tree, "Close", registration_closes_at=NOW - HOUR),
        "started": _session(site_tree, "Commencée", start=NOW - HOUR),
        "cancelled": _session(site_tree, "Annulée", is_cancelled=True),
    }


def _availabilities(now):
    return {
        s.event.title: availability(s, s.confirmed_count, s.waitlist_count, now)
        for s in with_counts(EventSession.objects.select_related("event"))
    }


def test_one_function_says_what_each_session_allows(sessions):
    seats = _availabilities(NOW)
    assert {title: a.state for title, a in seats.items()} == {
        "Ouverte": SessionState.OPEN,
        "Complète": SessionState.OPEN,
        "Surréservée": SessionState.OPEN,
        "Bientôt": SessionState.NOT_OPEN,
        "Close": SessionState.CLOSED,
        "Commencée": SessionState.STARTED,
        "Annulée": SessionState.CANCELLED,
    }
    assert (seats["Ouverte"].places_left, seats["Ouverte"].outcome) == (1, Outcome.CONFIRMED)
    assert (seats["Complète"].outcome, seats["Complète"].next_position) == (Outcome.WAITLISTED, 1)
    assert (seats["Surréservée"].overbooked_by, seats["Surréservée"].places_left) == (1, 0)
    assert seats["Close"].outcome == Outcome.CLOSED and not seats["Close"].can_register
    assert {title for title, a in seats.items() if not a.can_cancel} == {"Commencée", "Annulée"}
    assert {title for title, a in seats.items() if a.can_promote} == {"Ouverte", "Bientôt", "Close"}
    assert {title for title, a in seats.items() if a.seats_to_fill} == {"Ouverte"}


def test_the_database_filter_finds_the_sessions_the_function_gives_seats_in(sessions):
    in_sql = set(with_places_left(EventSession.objects.all(), NOW).values_list("pk", flat=True))
    in_python = {
        session.pk
        for session in with_counts(EventSession.objects.all())
        if (seats := availability(session, session.confirmed_count, 0, NOW)).places_left
        and seats.state.is_registrable
    }
    assert in_sql == in_python == {sessions["open"].pk, sessions["not_open"].pk}


def test_the_rules_decide_with_the_function_the_pages_show(site_tree, sessions):
    shown = {s.pk: s.availability for s in with_counts(EventSession.objects.all())}
    for name in ("open", "full", "closed", "started", "cancelled"):
        result = services.register(
            sessions[name],
            first_name="Camille",
            last_name="Martin",
            email=f"{name}@example.org",
            organisation="Mairie",
            language="fr",
            notify=False,
        )
        seats = shown[sessions[name].pk]
        assert (result.outcome, result.position) == (seats.outcome, seats.next_position)


@pytest.mark.usefixtures("immediate_tasks")
def test_participants_cannot_cancel_where_the_manage_page_offers_no_button(site_tree, client):
    event = make_event(site_tree.programme, capacity=1)
    session = event.sessions.get()
    (person,) = register_people(session, 1)
    EventSession.objects.filter(pk=session.pk).update(start=NOW - HOUR)
    with translation.override("fr"):
        manage_url = reverse("registrations:manage", args=[person.token])
        cancel_url = reverse("registrations:cancel", args=[person.token])
    assert "Annuler mon inscription" not in client.get(manage_url).content.decode()
    response = client.post(cancel_url, {"confirm": "yes"})
    assert response.status_code == 409
    with pytest.raises(services.RegistrationError):
        services.cancel(person)
    assert EventSession.objects.get(pk=session.pk).registrations.get().status == "confirmed"


def _english_only_event(site_tree):
    for page in (site_tree.home, site_tree.programme):
        translate(page, site_tree.en)
    english_programme = site_tree.programme.get_translation(site_tree.en)
    return make_event(english_programme, title="Only in English", sessions=2)


def test_sessions_of_the_source_page_for_one_page_a_list_a_queryset_and_a_subquery(site_tree):
    french = make_event(site_tree.programme, title="Atelier", sessions=2)
    english_only = _english_only_event(site_tree)
    translate(french, site_tree.en)
    english = EventPage.objects.get(translation_key=french.translation_key, locale=site_tree.en)
    french_ids = set(french.sessions.values_list("pk", flat=True))
    own_ids = set(english_only.sessions.values_list("pk", flat=True))

    with CaptureQueriesContext(connection) as queries:
        assert set(source_sessions(english).values_list("pk", flat=True)) == french_ids
    assert len(queries) == 1
    assert set(source_sessions(english_only).values_list("pk", flat=True)) == own_ids
    assert set(source_sessions([english, english_only]).values_list("pk", flat=True)) == (
        french_ids | own_ids
    )
    english_pages = EventPage.objects.filter(locale=site_tree.en)
    assert set(source_sessions(english_pages).values_list("pk", flat=True)) == (
        french_ids | own_ids
    )
    assert source_page(english) == french and source_page(english_only) == english_only
    assert source_page(french) == french

    events = attach_programme_data(EventPage.objects.filter(locale=site_tree.en).order_by("pk"))
    assert [{s.pk for s in e.display_sessions} for e in events] == [own_ids, french_ids]


def test_an_event_written_only_in_english_shows_its_sessions_everywhere(site_tree, client):
    event = _english_only_event(site_tree)
    page = client.get(event.url).content.decode()
    assert page.count("download>Save the date in my calendar (does not register you)") == 2
    feed = icalendar.Calendar.from_ical(client.get("/en/calendrier/programme.ics").content)
    assert [str(e["SUMMARY"]) for e in feed.events] == ["Only in English"] * 2
    with translation.override("en"):
        calendar = client.get(reverse("registrations:event_calendar", args=[event.pk]))
    assert len(icalendar.Calendar.from_ical(calendar.content).events) == 2
