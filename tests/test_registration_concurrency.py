"""Many people registering for one session at the same second, on real transactions.

Runs on the configured database: PostgreSQL (row lock on the session) in CI's second pass,
SQLite (IMMEDIATE transactions) otherwise. Prints the throughput measured.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

from events.models import EventSession
from registrations import services
from registrations.models import OutboundEmail, Registration
from tests.factories import build_site, make_event, register
from tests.registration_support import DATABASE_TASKS, IMMEDIATE

# serialized_rollback: the page tree and locales that migrations create come back for each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CAPACITY = 20
ATTEMPTS = 200


def threads():
    return 16 if connection.vendor == "postgresql" else 8


def run_concurrently(function, arguments, workers):
    """Call ``function`` on every argument from ``workers`` threads started together."""
    barrier = threading.Barrier(workers)
    errors = []
    results = []

    def worker(chunk):
        from django.db import connection as thread_connection

        barrier.wait()
        try:
            for argument in chunk:
                try:
                    results.append(function(argument))
                except Exception as error:  # collected, the test fails on any
                    errors.append(repr(error))
        finally:
            thread_connection.close()

    chunks = [arguments[i::workers] for i in range(workers)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(worker, chunks))
    return results, errors, time.perf_counter() - started


def open_session(capacity=CAPACITY):
    site = build_site()
    event = make_event(site.programme, capacity=capacity, contact_email="o@example.fr")
    return EventSession.objects.get(event=event)


def attempt(session_id):
    """Participant n registers (by session id, as the form does), half of them in English."""
    return lambda n: register(session_id, n, language="fr" if n % 2 else "en")


def assert_exact(session, confirmed, waitlisted):
    rows = Registration.objects.filter(session=session)
    assert rows.filter(status="confirmed").count() == confirmed
    positions = sorted(rows.filter(status="waitlisted").values_list("waitlist_position", flat=True))
    assert positions == list(range(1, waitlisted + 1))
    assert not rows.filter(status="confirmed", waitlist_position__isnull=False).exists()


def test_two_hundred_at_once_never_overbook_and_keep_positions_contiguous(settings):
    """As in production: emails are queued for the worker, which sends them afterwards."""
    settings.TASKS = DATABASE_TASKS
    session = open_session()
    results, errors, elapsed = run_concurrently(
        attempt(session.pk), list(range(ATTEMPTS)), threads()
    )
    call_command("db_worker", batch=True, no_startup_delay=True, interval=0.01, verbosity=0)

    assert errors == []
    assert sorted(r.outcome for r in results).count("confirmed") == CAPACITY
    assert_exact(session, CAPACITY, ATTEMPTS - CAPACITY)
    # First come, first served: positions follow the order in which rows were written.
    waiting = Registration.objects.filter(session=session, status="waitlisted").order_by("id")
    assert list(waiting.values_list("waitlist_position", flat=True)) == list(
        range(1, ATTEMPTS - CAPACITY + 1)
    )
    # Everyone got exactly one email, sent after commit.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        f"camille{n}@example.org" for n in range(ATTEMPTS)
    )
    assert OutboundEmail.objects.filter(sent_at__isnull=True).count() == 0
    print(
        f"\n[{connection.vendor}] {ATTEMPTS} registrations from {threads()} threads in {elapsed:.2f} s: "
        f"{ATTEMPTS / elapsed:.0f} registrations/s, {CAPACITY} confirmed, "
        f"positions 1..{ATTEMPTS - CAPACITY}, {len(errors)} errors"
    )


def test_same_address_many_times_at_once_gives_one_registration(settings):
    settings.TASKS = IMMEDIATE
    session = open_session()

    def same(n):
        return register(session.pk, n, email="Meme@Example.org", notify=False)

    results, errors, _elapsed = run_concurrently(same, list(range(40)), threads())
    assert errors == []
    assert Registration.objects.filter(session=session).count() == 1
    assert sum(not r.duplicate for r in results) == 1


def test_cancellations_racing_registrations_keep_every_rule(settings):
    settings.TASKS = IMMEDIATE
    session = open_session(capacity=10)
    for n in range(40):
        attempt(session.pk)(n)
    confirmed = list(Registration.objects.filter(session=session, status="confirmed"))
    # The tail of the list: never reached by the ten promotions the cancellations cause.
    waiting = list(
        Registration.objects.filter(session=session, status="waitlisted").order_by(
            "-waitlist_position"
        )[:10]
    )
    mail.outbox.clear()

    def act(item):
        kind, value = item
        if kind == "cancel":
            return services.cancel(value)
        if kind == "leave":
            return services.leave_waitlist(value)
        return attempt(session.pk)(value)

    work = [("cancel", r) for r in confirmed] + [("leave", r) for r in waiting]
    work += [("register", n) for n in range(100, 130)]
    _results, errors, _elapsed = run_concurrently(act, work, threads())

    assert errors == []
    # 40 + 30 people, 10 + 10 left: the 10 seats are full again and positions have no gap.
    assert_exact(session, 10, 70 - 20 - 10)
    promoted = [m for m in mail.outbox if m.subject.startswith("Une place s'est libérée")]
    promoted += [m for m in mail.outbox if m.subject.startswith("A seat is yours")]
    assert len(promoted) == 10
