"""What a registration does while it holds the session lock: everyone queued behind it
waits for each of these queries, so their number is pinned here."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from registrations.models import OutboundEmail, Registration
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
    # lock (with the invite state), counts, the registration, its email: nothing else
    assert len(sql) == 4, sql
    assert "invite" in sql[0].lower() and sql[0].startswith("SELECT")
    if connection.features.has_select_for_update:
        assert 'FOR UPDATE OF "events_eventsession"' in sql[0]
    assert result.registration.status == "waitlisted"
    assert result.registration.waitlist_position == 1
    assert OutboundEmail.objects.filter(registration=result.registration).count() == 1


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
