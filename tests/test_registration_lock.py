"""What a registration does while it holds the session lock: everyone queued behind it
waits for each of these queries, so their number is pinned here."""

import datetime
import uuid

import pytest
from django.db import connection, transaction
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.availability import with_counts
from events.models import EventSession
from registrations import services
from registrations.models import InviteState, OutboundEmail, Registration
from registrations.rules.common import (
    LOCKED_EVENT_FIELDS,
    known_invite_state,
    lock_session,
    seats_now,
)
from registrations.services import location_key
from tests.factories import make_event, register


def statements_of(session, n, **fields):
    with CaptureQueriesContext(connection) as captured:
        result = register(session, n, **fields)
    sql = [q["sql"] for q in captured.captured_queries if "SAVEPOINT" not in q["sql"]]
    return result, sql


def under_the_lock():
    """The lock's read, the counts, the registration, its email: on PostgreSQL the first two
    travel in one query (``lock_and_count``)."""
    return 3 if connection.vendor == "postgresql" else 4


def test_a_registration_holds_the_lock_for_its_counts_and_two_inserts(site_tree):
    session = make_event(site_tree.programme, capacity=1).sessions.get()
    register(session, 1)  # the first one also creates the invite state
    confirmed = Registration.objects.get()
    assert confirmed.status == "confirmed"

    result, sql = statements_of(session, 2)
    # lock (with the invite state), counts, the registration, its email: nothing else (the
    # task that sends the email is queued after the commit, once the lock is released)
    assert len(sql) == under_the_lock(), sql
    assert "invite" in sql[0].lower() and sql[0].startswith("SELECT")
    if connection.features.has_select_for_update:
        assert 'FOR UPDATE OF "events_eventsession"' in sql[0]
    if connection.vendor == "postgresql":
        assert sql[0].count("SELECT") == 2 and "COUNT(" in sql[0]
    assert result.registration.status == "waitlisted"
    assert result.registration.waitlist_position == 1
    assert OutboundEmail.objects.filter(registration=result.registration).count() == 1


def test_the_first_registration_creates_the_invite_state_in_one_insert(site_tree):
    """The lock's read found no state: no savepoint, no second look; the page's columns
    came with that read."""
    event = make_event(site_tree.programme, capacity=5, venue_name="Labo 110bis")
    session = event.sessions.get()
    with CaptureQueriesContext(connection) as captured:
        register(session, 1)
    sql = [q["sql"] for q in captured.captured_queries]
    # Inside the test's transaction the rules' own transaction is the outer savepoint.
    assert not [q for q in sql[1:-1] if "SAVEPOINT" in q], sql
    page_reads = [q for q in sql if q.startswith("SELECT") and '"events_eventpage"' in q]
    assert len(page_reads) == 1 and '"registrations_invitestate"' in page_reads[0], page_reads
    inserts = [q for q in sql if q.startswith('INSERT INTO "registrations_invitestate"')]
    assert len(inserts) == 1
    state = InviteState.objects.get(session=session)
    assert state.location == location_key(EventSession.objects.get(pk=session.pk))
    assert "Labo 110bis" in state.location
    assert (state.sequence, state.start, state.end) == (0, session.start, session.end)


def test_a_confirmed_registration_carries_the_invite_sequence_read_with_the_lock(site_tree):
    session = make_event(site_tree.programme, capacity=3).sessions.get()
    register(session, 1)
    session.invite_state.sequence = 4
    session.invite_state.save()
    result, sql = statements_of(session, 2)
    assert len(sql) == under_the_lock(), sql
    email = OutboundEmail.objects.get(registration=result.registration)
    assert result.registration.status == "confirmed"
    assert email.context["sequence"] == 4


def test_the_counts_under_the_lock_are_those_the_pages_show(site_tree):
    """``seats_now`` writes its statement by hand: it must count as ``with_counts`` does."""
    session = make_event(site_tree.programme, capacity=2, waitlist=True).sessions.get()
    for n in range(5):
        register(session, n)
    cancelled = Registration.objects.filter(session=session, status="waitlisted").first()
    services.leave_waitlist(cancelled, notify=False)
    Registration.objects.create(session=session, status="confirmed", email="", first_name="Sans")
    shown = with_counts(EventSession.objects.filter(pk=session.pk)).get()
    with transaction.atomic():
        seats, existing = seats_now(session, timezone.now(), "camille3@example.org")
        _seats, nobody = seats_now(session, timezone.now())
    assert (shown.confirmed_count, shown.waitlist_count) == (3, 2)
    assert (seats.confirmed, seats.waitlisted) == (3, 2)
    assert existing == Registration.objects.get(email="camille3@example.org").pk
    assert nobody is None


def _as_the_orm_reads_it(session_id):
    fields = {alias: F(f"event__{name}") for alias, name in LOCKED_EVENT_FIELDS.items()}
    return EventSession.objects.select_related("invite_state").annotate(**fields).get(pk=session_id)


def _values(session):
    state = known_invite_state(session)
    return (
        [getattr(session, field.attname) for field in EventSession._meta.concrete_fields],
        state and [getattr(state, field.attname) for field in InviteState._meta.concrete_fields],
        [getattr(session, alias) for alias in LOCKED_EVENT_FIELDS],
    )


def test_the_locking_read_reads_what_the_orm_reads(site_tree):
    """``lock_session`` writes its statement by hand: the same values, of the same types."""
    event = make_event(site_tree.programme, capacity=3, venue_name="Labo 110bis", mode="hybrid")
    session = event.sessions.get()
    session.venue_override = "Salle 2"
    session.save()
    with transaction.atomic():
        fresh = lock_session(session.pk)
    assert known_invite_state(fresh) is None
    assert _values(fresh) == _values(_as_the_orm_reads_it(session.pk))
    assert fresh.event_live is True and fresh.event_venue_name == "Labo 110bis"
    assert isinstance(fresh.event_key, uuid.UUID) and isinstance(fresh.start, datetime.datetime)

    register(session, 1)
    with transaction.atomic():
        locked = lock_session(session.pk)
    assert locked.invite_state.session is locked
    assert _values(locked) == _values(_as_the_orm_reads_it(session.pk))

    event.delete()  # the session stays with its registration, and its snapshot
    with transaction.atomic():
        orphan = lock_session(session.pk)
    assert orphan.event_id is None and orphan.event_snapshot
    assert _values(orphan) == _values(_as_the_orm_reads_it(session.pk))
    assert (orphan.event_key, orphan.event_live) == (None, None)
    with pytest.raises(EventSession.DoesNotExist), transaction.atomic():
        lock_session(10**9)
