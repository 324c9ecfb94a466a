"""Calendar files: parsed by three independent parsers, stable UID, rising SEQUENCE, right times.

Editors' changes go through the page editor path (change the page's sessions, publish a
revision), as in the admin.
"""

import datetime
import zoneinfo

import icalendar
import pytest
import vobject
from django.core import mail
from django.utils import timezone
from ical.calendar_stream import IcsCalendarStream

from events.models import EventPage, EventSession
from registrations import invites, services
from registrations.details import session_details
from tests.factories import make_event, make_region, register, translate
from tests.registration_support import (
    calendar_part,
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
UTC = datetime.UTC


def parse_all(text):
    """Parse with icalendar, vobject and ical; return the first event of each."""
    calendar = icalendar.Calendar.from_ical(text)
    first = calendar.events[0]
    other = vobject.readOne(text).vevent
    third = IcsCalendarStream.calendar_from_ics(text).events[0]
    return calendar, first, other, third


def ics_of(message):
    return calendar_part(message).get_payload(decode=True).decode()


def last_sunday_of_october(year):
    day = datetime.date(year, 10, 31)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


def edit_and_publish(event, change):
    """Change the page's sessions the way the page editor does, then publish."""
    page = EventPage.objects.get(pk=event.pk)
    sessions = list(page.sessions.all())
    sessions = change(sessions) or sessions
    page.sessions = sessions
    page.save_revision().publish()


def test_request_invite_has_everything_mail_clients_need(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(session).registration
    text = ics_of(mail.outbox[0])
    calendar, event, other, third = parse_all(text)

    assert calendar["METHOD"] == "REQUEST"
    assert str(event["UID"]) == f"session-{session.pk}@innovation.example.gouv.fr"
    assert other.uid.value == third.uid == str(event["UID"])
    assert event["SEQUENCE"] == 0 and third.sequence == 0
    assert str(event["ORGANIZER"]) == "mailto:organisation@labo.example.fr"
    assert event["ORGANIZER"].params["CN"] == "Laboratoire Bretagne"
    assert str(event["ATTENDEE"]) == "mailto:camille1@example.org"
    assert event["ATTENDEE"].params["CN"] == "Camille1 Martin"
    assert "TZID=Europe/Paris" in text
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Paris"]
    assert event.start == session.start and event.end == session.end
    assert other.dtend.value == session.end
    assert third.dtend == session.end
    assert "1 rue de la République" in str(event["LOCATION"])
    assert str(event["URL"]).startswith("https://innovation.example.gouv.fr/fr/")
    assert registration.token not in text
    assert "gerer" not in text


def test_uid_stable_and_sequence_rising_across_confirm_update_cancel(
    site_tree, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree, capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        register(session, 1)
        register(session, 2)

    def move(sessions):
        sessions[0].start += datetime.timedelta(hours=2)
        sessions[0].end += datetime.timedelta(hours=2)

    with django_capture_on_commit_callbacks(execute=True):
        edit_and_publish(event, move)
    moved = EventSession.objects.get(pk=session.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_session(session)

    confirmed = outbox_to("camille1@example.org")
    assert [m.subject.split(" : ")[0] for m in confirmed] == [
        "Inscription confirmée",
        "Session modifiée",
        "Session annulée",
    ]
    parsed = [parse_all(ics_of(m)) for m in confirmed]
    assert [p[0]["METHOD"] for p in parsed] == ["REQUEST", "REQUEST", "CANCEL"]
    assert len({str(p[1]["UID"]) for p in parsed}) == 1
    sequences = [p[1]["SEQUENCE"] for p in parsed]
    assert sequences == sorted(set(sequences)) and sequences[0] == 0
    assert [p[3].sequence for p in parsed] == sequences
    assert parsed[1][1].start == moved.start
    assert str(parsed[2][1]["STATUS"]) == "CANCELLED"
    assert parsed[2][2].status.value == "CANCELLED"

    waiting = outbox_to("camille2@example.org")
    assert [m.subject.split(" : ")[0] for m in waiting] == ["Liste d'attente", "Session annulée"]
    assert calendar_part(waiting[-1]) is None  # nothing in their calendar to remove

    # Publishing again without a change sends nothing more.
    count = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        edit_and_publish(event, lambda sessions: None)
    assert len(mail.outbox) == count


def test_place_change_sends_update_and_older_revision_cannot_lower_sequence(
    site_tree, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree)
    original = EventPage.objects.get(pk=event.pk).live_revision
    with django_capture_on_commit_callbacks(execute=True):
        register(session)
    with django_capture_on_commit_callbacks(execute=True):
        page = EventPage.objects.get(pk=event.pk)
        page.venue_address = "12 place du Parlement, 35000 Rennes"
        page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        original.publish()  # an editor goes back to the first version
    messages = mail.outbox
    assert [m.subject.split(" : ")[0] for m in messages] == [
        "Inscription confirmée",
        "Session modifiée",
        "Session modifiée",
    ]
    locations = [str(parse_all(ics_of(m))[1]["LOCATION"]) for m in messages]
    assert "12 place du Parlement" in locations[1]
    assert "1 rue de la République" in locations[2]
    assert [parse_all(ics_of(m))[1]["SEQUENCE"] for m in messages] == [0, 1, 2]


def test_raising_capacity_promotes_waiting_people_with_their_invite(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=1)
    register(session, 1, notify=False)
    register(session, 2, notify=False)
    register(session, 3, notify=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.change_capacity(session, 2)
    (promoted,) = mail.outbox
    assert promoted.to == ["camille2@example.org"]
    assert promoted.subject.startswith("Une place s'est libérée")
    assert parse_all(ics_of(promoted))[0]["METHOD"] == "REQUEST"
    assert session.registrations.get(email="camille2@example.org").status == "confirmed"


def future_dst_day():
    today = timezone.now().date()
    year = (
        today.year
        if last_sunday_of_october(today.year) > today + datetime.timedelta(days=2)
        else today.year + 1
    )
    return last_sunday_of_october(year)


@pytest.mark.parametrize(
    "local_start, local_end, utc_start, utc_end",
    [
        # The afternoon after clocks go back: UTC+1.
        ((14, 0), (16, 0), (13, 0), (15, 0)),
        # Across the change: starts in summer time, ends in winter time (4 h 30 of real time).
        ((0, 30), (4, 0), (22, 30), (3, 0)),
    ],
)
def test_times_right_across_the_daylight_saving_change(
    site_tree, django_capture_on_commit_callbacks, local_start, local_end, utc_start, utc_end
):
    day = future_dst_day()
    start = datetime.datetime.combine(day, datetime.time(*local_start), PARIS)
    end = datetime.datetime.combine(day, datetime.time(*local_end), PARIS)
    event = make_event(site_tree.programme, start=start, contact_email="o@example.fr")
    EventSession.objects.filter(event=event).update(end=end)
    session = EventSession.objects.get(event=event)
    with django_capture_on_commit_callbacks(execute=True):
        register(session)
    text = ics_of(mail.outbox[0])
    _calendar, event_, other, third = parse_all(text)
    expected_start = datetime.datetime.combine(
        day - datetime.timedelta(days=1 if utc_start[0] > 12 and local_start[0] < 12 else 0),
        datetime.time(*utc_start),
        UTC,
    )
    expected_end = datetime.datetime.combine(day, datetime.time(*utc_end), UTC)
    assert (
        f"DTSTART;TZID=Europe/Paris:{day:%Y%m%d}T{local_start[0]:02d}{local_start[1]:02d}00" in text
    )
    for value in (event_.start, other.dtstart.value, third.dtstart):
        assert value.astimezone(UTC) == expected_start
    for value in (event_.end, other.dtend.value, third.dtend):
        assert value.astimezone(UTC) == expected_end


def test_ambiguous_local_time_is_written_in_utc(site_tree):
    day = future_dst_day()
    # 02:30 happens twice that night in Paris: the file must not guess.
    start = datetime.datetime.combine(day, datetime.time(0, 30), UTC)  # 02:30 CEST
    event = make_event(site_tree.programme, start=start)
    session = EventSession.objects.get(event=event)
    text = invites.publish_calendar([session_details(session, "fr")])
    assert f"DTSTART:{day:%Y%m%d}T003000Z" in text
    _calendar, event_, other, third = parse_all(text)
    assert event_.start == start == other.dtstart.value == third.dtstart


def test_overseas_session_keeps_its_own_time_zone(site_tree):
    event = make_event(site_tree.programme)
    EventSession.objects.filter(event=event).update(time_zone="Indian/Reunion")
    session = EventSession.objects.get(event=event)
    text = invites.publish_calendar([session_details(session, "fr")])
    calendar, event_, other, third = parse_all(text)
    assert [tz.tz_name for tz in calendar.timezones] == ["Indian/Reunion"]
    assert event_.start == session.start == other.dtstart.value == third.dtstart


def test_event_download_lists_every_session_as_publish(site_tree, client):
    event = make_event(
        site_tree.programme, sessions=3, online_url="https://visio.example.fr/x", mode="online"
    )
    response = client.get(f"/fr/calendrier/evenement-{event.pk}.ics")
    assert response.status_code == 200
    text = response.content.decode()
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["METHOD"] == "PUBLISH"
    assert len(calendar.events) == 3
    assert len(list(vobject.readOne(text).vevent_list)) == 3
    assert len(IcsCalendarStream.calendar_from_ics(text).events) == 3
    assert "visio.example.fr" not in text
    assert client.get("/fr/calendrier/evenement-999999.ics").status_code == 404


def test_programme_feed_honours_the_programme_filters(site_tree, client):
    brittany = make_region()
    make_event(site_tree.programme, title="Atelier breton", region=brittany)
    make_event(site_tree.programme, title="Webinaire national")
    everything = icalendar.Calendar.from_ical(client.get("/fr/calendrier/programme.ics").content)
    assert sorted(str(e["SUMMARY"]) for e in everything.events) == [
        "Atelier breton",
        "Webinaire national",
    ]
    response = client.get("/fr/calendrier/programme.ics?region=bretagne")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    filtered = icalendar.Calendar.from_ical(text)
    assert [str(e["SUMMARY"]) for e in filtered.events] == ["Atelier breton"]
    assert vobject.readOne(text).vevent.summary.value == "Atelier breton"
    assert "X-WR-CALNAME" in text
    # Unknown filter values never break the feed.
    assert (
        client.get("/fr/calendrier/programme.ics?region=%00&date_debut=demain").status_code == 200
    )


def test_deleting_the_whole_event_tells_registrants_and_keeps_their_session(
    site_tree, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        register(session, 1)
    with django_capture_on_commit_callbacks(execute=True):
        EventPage.objects.get(pk=event.pk).delete()
    kept = EventSession.objects.get(pk=session.pk)
    assert kept.event_id is None and kept.is_cancelled
    assert kept.registrations.get().email == "camille1@example.org"
    last = outbox_to("camille1@example.org")[-1]
    assert last.subject == "Session annulée : Atelier design des politiques publiques"
    assert "1 rue de la République" in last.body  # told from the page's snapshot
    assert parse_all(ics_of(last))[0]["METHOD"] == "CANCEL"


def test_programme_feed_is_in_the_visitors_language(site_tree, client):
    event, _session = workshop(site_tree)
    translate(event, site_tree.en, title="Policy design workshop", summary="An English summary.")
    english = icalendar.Calendar.from_ical(client.get("/en/calendrier/programme.ics").content)
    assert [str(e["SUMMARY"]) for e in english.events] == ["Policy design workshop"]
    assert str(english.events[0]["URL"]).startswith("https://innovation.example.gouv.fr/en/")
    french = icalendar.Calendar.from_ical(client.get("/fr/calendrier/programme.ics").content)
    assert [str(e["SUMMARY"]) for e in french.events] == ["Atelier design des politiques publiques"]


def test_online_session_invite_gives_the_link_as_location_and_conference(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(
        site_tree, mode="online", online_url="https://webinaire.example.fr/salle-12"
    )
    with django_capture_on_commit_callbacks(execute=True):
        register(session)
    text = ics_of(mail.outbox[0])
    _calendar, event, other, third = parse_all(text)
    assert str(event["LOCATION"]) == "https://webinaire.example.fr/salle-12"
    assert other.location.value == third.location == "https://webinaire.example.fr/salle-12"
    assert "CONFERENCE;FEATURE=VIDEO;VALUE=URI:https://webinaire.example.fr/salle-12" in text
    assert "https://webinaire.example.fr/salle-12" in mail.outbox[0].body


def test_cancelling_a_session_with_only_waiting_people_tells_them(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=0)
    register(session, 1, notify=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_session(session)
    (message,) = mail.outbox
    assert message.subject.startswith("Session annulée")
    assert calendar_part(message) is None
