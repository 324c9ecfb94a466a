"""What a registration does while it holds the session lock: everyone queued behind it
waits for each of these queries, so their number is pinned here."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventSession
from registrations.models import InviteState, OutboundEmail, Registration
from registrations.services import location_key
from tests.factories import make_event, register


def statements_of(session, n, **fields):
    with CaptureQueriesContext(connection) as captured:
        result = register(session, n, **fields)
    sql = [q["sql"] for q in captured.captured_queries if "SAVEPOINT" not in q["sql"]]
    return result, sql


def test_a_registration_holds_the_lock_for_four_statements(site_tree):
    session = make_event(site_tree.programme, capacity=1).sessions.get()
    register(session, 1)  # the first one also creates the invite state
    confirmed = Registration.objects.get()
    assert confirmed.status == "confirmed"

    result, sql = statements_of(session, 2)
    # lock (with the invite state), counts, the registration, its email: nothing else (the
    # task that sends the email is queued after the commit, once the lock is released)
    assert len(sql) == 4, sql
    assert "invite" in sql[0].lower() and sql[0].startswith("SELECT")
    if connection.features.has_select_for_update:
        assert 'FOR UPDATE OF "events_eventsession"' in sql[0]
    assert result.registration.status == "waitlisted"
    assert result.registration.waitlist_position == 1
    assert OutboundEmail.objects.filter(registration=result.registration).count() == 1


def test_the_first_registration_creates_the_invite_state_in_one_insert(site_tree):
    """The lock's read found no state: no savepoint, no second look, four page columns."""
    event = make_event(site_tree.programme, capacity=5, venue_name="Labo 110bis")
    session = event.sessions.get()
    with CaptureQueriesContext(connection) as captured:
        register(session, 1)
    sql = [q["sql"] for q in captured.captured_queries]
    # Inside the test's transaction the rules' own transaction is the outer savepoint.
    assert not [q for q in sql[1:-1] if "SAVEPOINT" in q], sql
    page_reads = [q for q in sql if q.startswith("SELECT") and '"events_eventpage"' in q]
    assert len(page_reads) == 1 and '"wagtailcore_page"' not in page_reads[0], page_reads
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
    assert len(sql) == 4, sql
    email = OutboundEmail.objects.get(registration=result.registration)
    assert result.registration.status == "confirmed"
    assert email.context["sequence"] == 4
