"""Capacity and waiting-list rules of registrations.services."""

import datetime

import pytest
from django.utils import timezone

from events.models import EventSession
from registrations import services
from registrations.models import Registration
from tests.factories import make_event, register_people


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


def register(session, n, **kwargs):
    return services.register(
        session,
        first_name="A",
        last_name="B",
        email=f"personne{n}@example.org",
        organisation="Mairie",
        language="fr",
        notify=False,
        **kwargs,
    )


def test_seats_then_waiting_list_in_order(site_tree):
    session = session_for(site_tree, capacity=2)
    outcomes = [register(session, n) for n in range(1, 5)]
    assert [(r.outcome, r.position) for r in outcomes] == [
        ("confirmed", None),
        ("confirmed", None),
        ("waitlisted", 1),
        ("waitlisted", 2),
    ]
    assert statuses(session)[2:] == [("personne3", "waitlisted", 1), ("personne4", "waitlisted", 2)]


def test_full_session_without_waiting_list_refuses(site_tree):
    session = session_for(site_tree, capacity=1, waitlist=False)
    assert register(session, 1).outcome == "confirmed"
    result = register(session, 2)
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
    assert register(session, 1).outcome == expected
    assert not Registration.objects.exists()


def test_no_registration_once_started(site_tree):
    session = session_for(site_tree)
    later = session.start + datetime.timedelta(minutes=1)
    assert register(session, 1, now=later).outcome == "started"


def test_same_address_in_other_case_is_a_duplicate_with_a_neutral_result(site_tree):
    session = session_for(site_tree, capacity=1)
    first = register(session, 1)
    again = services.register(
        session, first_name="X", last_name="Y", email="  PERSONNE1@Example.org ",
        organisation="Z", language="en", notify=False,
    )
    assert again.duplicate
    assert again.registration == first.registration
    # What a new registration would get now: the session is full, so a waiting place.
    assert (again.outcome, again.position) == ("waitlisted", 1)
    assert Registration.objects.filter(session=session).count() == 1
    assert Registration.objects.get().first_name == "A"


def test_database_refuses_two_rows_for_one_address_whatever_the_case(site_tree):
    from django.db import IntegrityError, transaction

    session = session_for(site_tree)
    register(session, 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            session=session, status="confirmed", first_name="a", last_name="b",
            email="Personne1@EXAMPLE.org", organisation="o",
        )


def test_cancel_promotes_the_first_waiting_and_moves_the_others_up(site_tree):
    session = session_for(site_tree, capacity=2)
    people = register_people(session, 5)
    promoted = services.cancel(people[0])
    assert [r.pk for r in promoted] == [people[2].pk]
    assert statuses(session) == [
        ("personne1", "cancelled", None),
        ("personne2", "confirmed", None),
        ("personne3", "confirmed", None),
        ("personne4", "waitlisted", 1),
        ("personne5", "waitlisted", 2),
    ]


def test_cancelling_twice_changes_nothing_more(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 3)
    services.cancel(people[0])
    assert services.cancel(people[0]) == []
    assert waitlist(session) == [("personne3@example.org", 1)]


def test_leaving_the_waiting_list_moves_those_behind_up(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 5)
    services.leave_waitlist(people[2])
    assert waitlist(session) == [
        ("personne2@example.org", 1),
        ("personne4@example.org", 2),
        ("personne5@example.org", 3),
    ]
    with pytest.raises(services.RegistrationError):
        services.leave_waitlist(people[0])
    assert Registration.objects.get(pk=people[0].pk).status == "confirmed"


def test_raising_capacity_promotes_in_order_and_lowering_bumps_nobody(site_tree):
    session = session_for(site_tree, capacity=2)
    register_people(session, 6)
    promoted = services.change_capacity(session, 4)
    assert [r.email for r in promoted] == ["personne3@example.org", "personne4@example.org"]
    assert waitlist(session) == [("personne5@example.org", 1), ("personne6@example.org", 2)]

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
    assert services.cancel(people[0], now=started) == []
    assert services.change_capacity(session, 5, now=started) == []
    assert len(waitlist(session)) == 2



def test_no_promotion_once_registration_closed(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 3)
    EventSession.objects.filter(pk=session.pk).update(
        registration_closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert services.cancel(people[0]) == []
    assert services.change_capacity(session, 3) == []
    assert services.promote_from_waitlist(session) == []
    assert len(waitlist(session)) == 2


def test_staff_promotion_needs_a_free_seat_and_keeps_positions_contiguous(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 4)
    with pytest.raises(services.RegistrationError):
        services.promote(people[2])
    EventSession.objects.filter(pk=session.pk).update(capacity=2)
    services.promote(people[2])
    assert statuses(session) == [
        ("personne1", "confirmed", None),
        ("personne2", "waitlisted", 1),
        ("personne3", "confirmed", None),
        ("personne4", "waitlisted", 2),
    ]


def test_a_cancelled_person_can_register_again_at_the_end_of_the_queue(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 2)
    old_token = people[1].token
    services.leave_waitlist(people[1])
    again = register(session, 2)
    assert not again.duplicate
    assert (again.outcome, again.position) == ("waitlisted", 1)
    assert again.registration.pk == people[1].pk
    assert again.registration.token != old_token


def test_check_in_only_for_confirmed_people(site_tree):
    session = session_for(site_tree, capacity=1)
    people = register_people(session, 2)
    assert services.check_in(people[0]).checked_in_at is not None
    assert services.check_in(people[0], present=False).checked_in_at is None
    with pytest.raises(services.RegistrationError):
        services.check_in(people[1])


def test_anonymise_after_retention_keeps_counts(site_tree, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    session = session_for(site_tree, capacity=1)
    register_people(session, 3)
    soon = session.end + datetime.timedelta(days=300)
    assert services.anonymise(now=soon) == 0
    later = session.end + datetime.timedelta(days=370)
    assert services.anonymise(now=later) == 3
    rows = Registration.objects.filter(session=session)
    assert sorted(rows.values_list("status", flat=True)) == ["confirmed", "waitlisted", "waitlisted"]
    assert not rows.exclude(first_name="").exists()
    assert not rows.filter(email__contains="example.org").exists()
    assert services.anonymise(now=later) == 0


def test_anonymise_command_erases_people_and_their_stored_emails(site_tree, capsys):
    from django.core.management import call_command

    from registrations.models import OutboundEmail

    session = session_for(site_tree, capacity=1)
    services.register(
        session, first_name="Ana", last_name="Lima", email="ana@example.org",
        organisation="Mairie", language="fr",
    )
    assert OutboundEmail.objects.filter(to="ana@example.org").exists()
    past = timezone.now() - datetime.timedelta(days=500)
    EventSession.objects.filter(pk=session.pk).update(start=past, end=past + datetime.timedelta(hours=2))
    call_command("anonymise_registrations")
    assert "1 registration(s) anonymised." in capsys.readouterr().out
    registration = Registration.objects.get(session=session)
    assert (registration.first_name, registration.status) == ("", "confirmed")
    assert not OutboundEmail.objects.exists()
