"""Capacity and waiting-list rules of registrations.services."""

import datetime

import pytest
from django.utils import timezone

from events.models import EventSession
from registrations import jobs, services
from registrations.models import Registration
from tests.factories import make_event, register, register_people


def session_for(site_tree, capacity=2, waitlist=True, **fields):
    event = make_event(site_tree.programme, capacity=capacity, waitlist=waitlist, **fields)
    return EventSession.objects.get(event=event)


def statuses(session):
    return [
        (r.email.split("@")[0], r.status, r.waitlist_position)
        for r in Registration.objects.filter(session=session).order_by("id")
    ]


def waitlist(session):
    return list(
        Registration.objects.filter(session=session, status="waitlisted")
        .order_by("waitlist_position")
        .values_list("email", "waitlist_position")
    )


def test_seats_then_waiting_list_in_order(site_tree):
    session = session_for(site_tree, capacity=2)
    outcomes = [register(session, n, notify=False) for n in range(1, 5)]
    assert [(r.outcome, r.position) for r in outcomes] == [
        ("confirmed", None),
        ("confirmed", None),
        ("waitlisted", 1),
        ("waitlisted", 2),
    ]
    assert statuses(session)[2:] == [("camille3", "waitlisted", 1), ("camille4", "waitlisted", 2)]


def test_full_session_without_waiting_list_refuses(site_tree):
    session = session_for(site_tree, capacity=1, waitlist=False)
    assert register(session, 1, notify=False).outcome == "confirmed"
    result = register(session, 2, notify=False)
    assert result.outcome == "full"
    assert result.registration is None
    assert Registration.objects.filter(session=session).count() == 1


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"registration_opens_at": timezone.now() + datetime.timedelta(days=1)}, "not_open"),
        ({"registration_closes_at": timezone.now() - datetime.timedelta(minutes=1)}, "closed"),
        ({"is_cancelled": True}, "cancelled"),
    ],
)
def test_no_registration_outside_the_open_period(site_tree, fields, expected):
    session = session_for(site_tree)
    EventSession.objects.filter(pk=session.pk).update(**fields)
    assert register(session, 1, notify=False).outcome == expected
    assert not Registration.objects.exists()


def test_no_registration_once_started(site_tree):
    session = session_for(site_tree)
    later = session.start + datetime.timedelta(minutes=1)
    assert register(session, 1, now=later, notify=False).outcome == "started"


def test_same_address_in_other_case_is_a_duplicate_with_a_neutral_result(site_tree):
    session = session_for(site_tree, capacity=1)
    first = register(session, 1, notify=False)
    again = services.register(
        session,
        first_name="X",
        last_name="Y",
        email="  CAMILLE1@Example.org ",
        organisation="Z",
        language="en",
        notify=False,
    )
    assert again.duplicate
    assert again.registration == first.registration
    # What a new registration would get now: the session is full, so a waiting place.
    assert (again.outcome, again.position) == ("waitlisted", 1)
    assert Registration.objects.filter(session=session).count() == 1
    assert Registration.objects.get().first_name == "Camille1"


def test_database_refuses_two_rows_for_one_address_whatever_the_case(site_tree):
    from django.db import IntegrityError, transaction

    session = session_for(site_tree)
    register(session, 1, notify=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            session=session,
            status="confirmed",
            first_name="a",
            last_name="b",
            email="Camille1@EXAMPLE.org",
            organisation="o",
        )


def test_cancel_promotes_the_first_waiting_and_moves_the_others_up(site_tree):
    session = session_for(site_tree, capacity=2)
    people = register_people(session, 5)
    promoted = services.cancel(people[0])
    assert [r.pk for r in promoted] == [people[2].pk]
    assert statuses(session) == [
        ("camille1", "cancelled", None),
        ("camille2", "confirmed", None),
        ("camille3", "confirmed", None),
        ("camille4", "waitlisted", 1),
        ("camille5", "waitlisted", 2),
    ]


def test_cancelling_twice_changes_nothing_more(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 3)
    services.cancel(people[0])
    assert services.cancel(people[0]) == []
    assert waitlist(session) == [("camille3@example.org", 1)]


def test_leaving_the_waiting_list_moves_those_behind_up(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 5)
    services.leave_waitlist(people[2])
    assert waitlist(session) == [
        ("camille2@example.org", 1),
        ("camille4@example.org", 2),
        ("camille5@example.org", 3),
    ]
    with pytest.raises(services.RegistrationError):
        services.leave_waitlist(people[0])
    assert Registration.objects.get(pk=people[0].pk).status == "confirmed"


def test_raising_capacity_promotes_in_order_and_lowering_bumps_nobody(site_tree):
    session = session_for(site_tree, capacity=2)
    register_people(session, 6)
    promoted = services.change_capacity(session, 4)
    assert [r.email for r in promoted] == ["camille3@example.org", "camille4@example.org"]
    assert waitlist(session) == [("camille5@example.org", 1), ("camille6@example.org", 2)]

    assert services.change_capacity(session, 1) == []
    assert Registration.objects.filter(session=session, status="confirmed").count() == 4
    assert EventSession.objects.get(pk=session.pk).capacity == 1
    # Overbooked: a cancellation frees no seat for the waiting list.
    confirmed = Registration.objects.filter(session=session, status="confirmed").first()
    assert services.cancel(confirmed) == []
    assert len(waitlist(session)) == 2


def test_no_promotion_once_the_session_started_or_registration_closed(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 3)
    started = session.start + datetime.timedelta(minutes=5)
    # Staff may still cancel once the session started (participants may not, see below).
    assert services.cancel(people[0], by_staff=True, now=started) == []
    assert services.change_capacity(session, 5, now=started) == []
    assert len(waitlist(session)) == 2


def test_participants_cannot_cancel_once_the_session_started_or_was_cancelled(site_tree):
    session = session_for(site_tree, capacity=1)
    seated, waiting = register_people(session, 2)
    started = session.start + datetime.timedelta(minutes=5)
    with pytest.raises(services.RegistrationError):
        services.cancel(seated, now=started)
    with pytest.raises(services.RegistrationError):
        services.leave_waitlist(waiting, now=started)
    EventSession.objects.filter(pk=session.pk).update(is_cancelled=True)
    with pytest.raises(services.RegistrationError):
        services.cancel(seated)
    rows = Registration.objects.filter(session=session).order_by("id")
    assert [(r.status, r.waitlist_position) for r in rows] == [
        ("confirmed", None),
        ("waitlisted", 1),
    ]
    services.cancel(seated, by_staff=True)
    assert Registration.objects.get(pk=seated.pk).status == "cancelled"


def test_no_promotion_once_registration_closed(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 3)
    EventSession.objects.filter(pk=session.pk).update(
        registration_closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert services.cancel(people[0]) == []
    assert services.change_capacity(session, 3) == []
    # Publishing the page fills freed seats too, but not once registration closed.
    assert services.apply_session_changes(session) is None
    assert len(waitlist(session)) == 2


def test_staff_promotion_needs_a_free_seat_and_keeps_positions_contiguous(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 4)
    with pytest.raises(services.RegistrationError):
        services.promote(people[2])
    EventSession.objects.filter(pk=session.pk).update(capacity=2)
    services.promote(people[2])
    assert statuses(session) == [
        ("camille1", "confirmed", None),
        ("camille2", "waitlisted", 1),
        ("camille3", "confirmed", None),
        ("camille4", "waitlisted", 2),
    ]


def test_a_cancelled_person_can_register_again_at_the_end_of_the_queue(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 2)
    old_token = people[1].token
    services.leave_waitlist(people[1])
    again = register(session, 2, notify=False)
    assert not again.duplicate
    assert (again.outcome, again.position) == ("waitlisted", 1)
    assert again.registration.pk == people[1].pk
    assert again.registration.token != old_token


def test_anonymise_after_retention_keeps_counts(site_tree, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    session = session_for(site_tree, capacity=1)
    register_people(session, 3)
    soon = session.end + datetime.timedelta(days=300)
    assert jobs.anonymise(now=soon) == 0
    later = session.end + datetime.timedelta(days=370)
    assert jobs.anonymise(now=later) == 3
    rows = Registration.objects.filter(session=session)
    assert sorted(rows.values_list("status", flat=True)) == [
        "confirmed",
        "waitlisted",
        "waitlisted",
    ]
    assert not rows.exclude(first_name="").exists()
    assert not rows.filter(email__contains="example.org").exists()
    assert jobs.anonymise(now=later) == 0


def test_anonymise_command_erases_people_and_their_stored_emails(site_tree, capsys):
    from django.core.management import call_command

    from registrations.models import OutboundEmail

    session = session_for(site_tree, capacity=1)
    services.register(
        session,
        first_name="Ana",
        last_name="Lima",
        email="ana@example.org",
        organisation="Mairie",
        language="fr",
    )
    assert OutboundEmail.objects.filter(to="ana@example.org").exists()
    past = timezone.now() - datetime.timedelta(days=500)
    EventSession.objects.filter(pk=session.pk).update(
        start=past, end=past + datetime.timedelta(hours=2)
    )
    call_command("anonymise_registrations")
    assert "1 registration(s) anonymised." in capsys.readouterr().out
    registration = Registration.objects.get(session=session)
    assert (registration.first_name, registration.status) == ("", "confirmed")
    assert not OutboundEmail.objects.exists()
