"""The registration rules: the only code that writes a registration's status or position.

Every function that changes seats opens ``transaction.atomic(durable=True)`` and locks the
session row first (``select_for_update``; SQLite serialises writers with IMMEDIATE
transactions), so availability is decided at write time from the database, never from
the page the participant loaded, and no caller can fold the rule into a longer
transaction by accident. Emails are queued by ``registrations.notifications`` inside the
same transaction and sent after commit.

Signatures::

    register(session, *, first_name, last_name, email, organisation, language,
             job_title="", accessibility_needs="", notify=True, now=None) -> Result
    cancel(registration, *, by_staff=False, notify=True, now=None,
           only_waitlisted=False) -> list[Registration]
    leave_waitlist(registration, *, by_staff=False, notify=True, now=None) -> None
    promote(registration, *, notify=True, now=None) -> Registration          # staff
    promote_from_waitlist(session, *, notify=True, now=None) -> list[Registration]
    change_capacity(session, capacity, *, notify=True, now=None) -> list[Registration]
    check_in(registration, *, present=True, now=None) -> Registration
    apply_session_changes(session, *, notify=True) -> str | None   # after an editor publishes
    notify_session_deleted(session) -> int                          # from pre_delete
    send_due_reminders(*, now=None, hours=None) -> int
    anonymise(*, now=None, months=None) -> int

``session`` and ``registration`` arguments accept an instance or a primary key.
``register`` returns ``Result(outcome, registration, position, duplicate)``: ``outcome`` is
one of ``Outcome``; for an address already registered, ``duplicate`` is true and
``outcome``/``position`` are what a new registration would have got, so that the page
shows the same neutral answer while the address's owner is told its real status by email.
``cancel`` and ``change_capacity`` return the people promoted from the waiting list.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventSession

from . import notifications
from .models import InviteState, OutboundEmail, Registration, new_token
from .models import RegistrationStatus as Status


class Outcome:
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    FULL = "full"
    NOT_OPEN = "not_open"
    CLOSED = "closed"
    STARTED = "started"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Result:
    outcome: str
    registration: Registration | None = None
    position: int | None = None
    duplicate: bool = False

    @property
    def registered(self):
        return self.outcome in (Outcome.CONFIRMED, Outcome.WAITLISTED)


class RegistrationError(Exception):
    """A staff action that the rules refuse; the message is meant for the person who tried."""


def normalise_email(email):
    return email.strip().lower()


def _pk(value):
    return getattr(value, "pk", value)


def _lock_session(session):
    """Lock the session row: every seat decision for it waits here, one at a time."""
    return EventSession.objects.select_for_update().get(pk=_pk(session))


def _counts(session, email=None):
    """Seats taken and people waiting, and (one query) the id of ``email``'s row if any."""
    aggregates = {
        "confirmed": Count("id", filter=Q(status=Status.CONFIRMED)),
        "waitlisted": Count("id", filter=Q(status=Status.WAITLISTED)),
    }
    if email:
        aggregates["existing"] = Max("id", filter=Q(email=email))
    counts = Registration.objects.filter(session=session).aggregate(**aggregates)
    if email:
        return counts["confirmed"], counts["waitlisted"], counts["existing"]
    return counts["confirmed"], counts["waitlisted"]


def location_key(session):
    """Everything that makes up the place of a session, in the source language."""
    event = session.event
    return "\n".join(
        [session.venue_override, event.mode, event.venue_name, event.venue_address, event.online_url]
    )


def _invite_state(session):
    state, _created = InviteState.objects.get_or_create(
        session=session,
        defaults={
            "sequence": session.ical_sequence,
            "start": session.start,
            "end": session.end,
            # Called only when the row is created: it loads the whole event page.
            "location": lambda: location_key(session),
            "is_cancelled": session.is_cancelled,
            "capacity": session.capacity,
        },
    )
    return state


def _bump_sequence(state):
    state.sequence += 1
    state.save(update_fields=["sequence", "updated_at"])
    return state.sequence


def register(
    session,
    *,
    first_name,
    last_name,
    email,
    organisation,
    language,
    job_title="",
    accessibility_needs="",
    notify=True,
    now=None,
):
    """Give a seat, a place on the waiting list, or the reason why not (see module doc)."""
    fields = {
        "first_name": first_name.strip(),
        "last_name": last_name.strip(),
        "organisation": organisation.strip(),
        "job_title": job_title.strip(),
        "accessibility_needs": accessibility_needs.strip(),
        "language": (language or settings.LANGUAGE_CODE)[:2],
    }
    arguments = (session, normalise_email(email), fields, notify, now or timezone.now())
    try:
        return _register(*arguments)
    except IntegrityError:
        # Only a row written outside the session lock could collide: decide again, once.
        return _register(*arguments)


def _register(session, email, fields, notify, now):
    with transaction.atomic(durable=True):
        session = _lock_session(session)
        state = session.registration_state(now)
        if state != "open":
            return Result(state)
        confirmed, waitlisted, existing_id = _counts(session, email)
        if confirmed < session.capacity:
            outcome, position = Outcome.CONFIRMED, None
        elif session.waitlist_enabled:
            outcome, position = Outcome.WAITLISTED, waitlisted + 1
        else:
            outcome, position = Outcome.FULL, None

        existing = Registration.objects.get(pk=existing_id) if existing_id else None
        if existing and existing.status != Status.CANCELLED:
            if notify:
                notifications.already_registered(existing)
            return Result(outcome, existing, position, duplicate=True)
        if outcome == Outcome.FULL:
            return Result(outcome)

        registration = existing or Registration(session=session, email=email)
        for name, value in fields.items():
            setattr(registration, name, value)
        registration.status = outcome
        registration.waitlist_position = position
        registration.confirmed_at = now if outcome == Outcome.CONFIRMED else None
        registration.cancelled_at = None
        registration.checked_in_at = None
        registration.reminded_at = None
        if existing:
            registration.token = new_token()
        registration.save()

        # The baseline later publications compare with, from the first registration on.
        invite_state = _invite_state(session)
        if outcome == Outcome.CONFIRMED:
            # Whoever cancelled before got a CANCEL: their new invite must supersede it.
            sequence = _bump_sequence(invite_state) if existing else invite_state.sequence
            if notify:
                notifications.registration_confirmed(registration, sequence)
        elif notify:
            notifications.registration_waitlisted(registration)
        return Result(outcome, registration, position)


def _close_gap(session, position, count=1):
    Registration.objects.filter(
        session=session, status=Status.WAITLISTED, waitlist_position__gt=position
    ).update(waitlist_position=F("waitlist_position") - count)


def _fill_seats(session, now, notify):
    """Promote the first people waiting into free seats, while registration is open."""
    if session.registration_state(now) != "open":
        return []
    confirmed, _waitlisted = _counts(session)
    free = session.capacity - confirmed
    if free <= 0:
        return []
    promoted = list(
        Registration.objects.filter(session=session, status=Status.WAITLISTED).order_by(
            "waitlist_position", "id"
        )[:free]
    )
    if not promoted:
        return []
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.waitlist_position = None
        registration.confirmed_at = now
        registration.save(update_fields=["status", "waitlist_position", "confirmed_at", "updated_at"])
    _close_gap(session, 0, len(promoted))
    sequence = _invite_state(session).sequence
    if notify:
        for registration in promoted:
            notifications.registration_promoted(registration, sequence)
    return promoted


def cancel(registration, *, by_staff=False, notify=True, now=None, only_waitlisted=False):
    """Cancel a seat or a place on the waiting list; the freed seat goes to the next person."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        registration = Registration.objects.get(pk=_pk(registration))
        session = _lock_session(registration.session_id)
        registration.refresh_from_db()
        if only_waitlisted and registration.status != Status.WAITLISTED:
            raise RegistrationError(_("Cette inscription n'est pas en liste d'attente."))
        if registration.status == Status.CANCELLED:
            return []
        was = registration.status
        position = registration.waitlist_position
        registration.status = Status.CANCELLED
        registration.waitlist_position = None
        registration.cancelled_at = now
        # The personal link has done its job: a used link cannot be replayed.
        registration.token = new_token()
        registration.save()
        if was == Status.WAITLISTED:
            _close_gap(session, position)
            if notify:
                notifications.left_waitlist(registration, by_staff=by_staff)
            return []
        sequence = _bump_sequence(_invite_state(session))
        if notify:
            notifications.registration_cancelled(registration, sequence, by_staff=by_staff)
        return _fill_seats(session, now, notify)


def leave_waitlist(registration, *, by_staff=False, notify=True, now=None):
    """Leave the waiting list: everyone behind moves up one place."""
    cancel(registration, by_staff=by_staff, notify=notify, now=now, only_waitlisted=True)


def promote(registration, *, notify=True, now=None):
    """Staff give a free seat to one person on the waiting list, whatever their position."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        registration = Registration.objects.get(pk=_pk(registration))
        session = _lock_session(registration.session_id)
        registration.refresh_from_db()
        if registration.status != Status.WAITLISTED:
            raise RegistrationError(_("Cette inscription n'est pas en liste d'attente."))
        if session.is_cancelled or now >= session.start:
            raise RegistrationError(_("La session est annulée ou a déjà commencé."))
        confirmed, _waitlisted = _counts(session)
        if confirmed >= session.capacity:
            raise RegistrationError(
                _("Aucune place libre : augmentez d'abord la capacité de la session.")
            )
        position = registration.waitlist_position
        registration.status = Status.CONFIRMED
        registration.waitlist_position = None
        registration.confirmed_at = now
        registration.save(update_fields=["status", "waitlist_position", "confirmed_at", "updated_at"])
        _close_gap(session, position)
        if notify:
            notifications.registration_promoted(registration, _invite_state(session).sequence)
        return registration


def promote_from_waitlist(session, *, notify=True, now=None):
    with transaction.atomic(durable=True):
        return _fill_seats(_lock_session(session), now or timezone.now(), notify)


def change_capacity(session, capacity, *, notify=True, now=None):
    """Set the capacity; a rise promotes people waiting, a fall bumps nobody."""
    if capacity < 0:
        raise RegistrationError(_("La capacité ne peut pas être négative."))
    with transaction.atomic(durable=True):
        session = _lock_session(session)
        session.capacity = capacity
        session.save(update_fields=["capacity"])
        InviteState.objects.filter(session=session).update(capacity=capacity)
        return _fill_seats(session, now or timezone.now(), notify)


def check_in(registration, *, present=True, now=None):
    with transaction.atomic(durable=True):
        registration = Registration.objects.select_related("session").get(pk=_pk(registration))
        _lock_session(registration.session_id)
        registration.refresh_from_db()
        if registration.status != Status.CONFIRMED:
            raise RegistrationError(_("Seules les personnes ayant une place peuvent être pointées."))
        registration.checked_in_at = (now or timezone.now()) if present else None
        registration.save(update_fields=["checked_in_at", "updated_at"])
        return registration


def apply_session_changes(session, *, notify=True, now=None):
    """After an editor publishes: send updates or cancellations, fill seats a rise freed.

    Compares the session with what its registrants were last sent (``InviteState``), not
    with the previous revision, so a run that failed is caught up by the next publish.
    Returns "cancelled", "restored", "updated" or None.
    """
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        try:
            session = _lock_session(session)
        except EventSession.DoesNotExist:
            return None
        state = InviteState.objects.filter(session=session).first()
        if state is None:
            _invite_state(session)
            _fill_seats(session, now, notify)
            return None
        change = None
        moved = (state.start, state.end) != (session.start, session.end)
        if session.is_cancelled and not state.is_cancelled:
            change = "cancelled"
        elif state.is_cancelled and not session.is_cancelled:
            change = "restored"
        elif not session.is_cancelled and (moved or state.location != location_key(session)):
            change = "updated"
        if change:
            sequence = _bump_sequence(state)
            registered = Registration.objects.filter(session=session).exclude(status=Status.CANCELLED)
            if moved:
                registered.update(reminded_at=None)
            if notify and change == "cancelled":
                notifications.session_cancelled(session, list(registered), sequence)
            elif notify:
                notifications.session_updated(
                    session, list(registered.filter(status=Status.CONFIRMED)), sequence
                )
        state.start, state.end = session.start, session.end
        state.location = location_key(session)
        state.is_cancelled = session.is_cancelled
        state.capacity = session.capacity
        state.save()
        _fill_seats(session, now, notify)
        return change


def notify_session_deleted(session):
    """Runs inside the deletion's own transaction, before the registrations disappear."""
    registered = list(
        Registration.objects.filter(session_id=session.pk).exclude(status=Status.CANCELLED)
    )
    if not registered or session.is_cancelled:
        return 0
    state = InviteState.objects.filter(session_id=session.pk).first()
    sequence = (state.sequence if state else session.ical_sequence) + 1
    notifications.session_cancelled(session, registered, sequence, deleted=True)
    return len(registered)


def send_due_reminders(*, now=None, hours=None):
    """Remind confirmed people of a session starting within the next day, once each.

    People who got their seat less than a day before the start already have a fresh email.
    """
    now = now or timezone.now()
    window = datetime.timedelta(hours=hours or settings.REGISTRATION_REMINDER_HOURS)
    due = (
        Registration.objects.filter(
            status=Status.CONFIRMED,
            reminded_at__isnull=True,
            anonymised_at__isnull=True,
            session__is_cancelled=False,
            session__start__gt=now,
            session__start__lte=now + window,
            confirmed_at__lte=F("session__start") - window,
        )
        .select_related("session", "session__event", "session__event__organiser")
        .order_by("session_id", "id")
    )
    sent = 0
    for registration in due:
        with transaction.atomic():
            claimed = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if claimed:
                sequence = _invite_state(registration.session).sequence
                notifications.reminder(registration, sequence)
                sent += 1
    return sent


def _months_before(moment, months):
    month_index = moment.month - 1 - months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue


def anonymise(*, now=None, months=None):
    """Erase who registered, months after the session, keeping statuses for the counts."""
    now = now or timezone.now()
    months = settings.REGISTRATION_RETENTION_MONTHS if months is None else months
    limit = _months_before(now, months)
    due = Registration.objects.filter(anonymised_at__isnull=True, session__end__lt=limit)
    ids = list(due.values_list("id", flat=True))
    with transaction.atomic():
        for registration_id in ids:
            Registration.objects.filter(pk=registration_id).update(
                first_name="",
                last_name="",
                email=f"anonyme-{registration_id}@invalid",
                organisation="",
                job_title="",
                accessibility_needs="",
                token=new_token(),
                anonymised_at=now,
            )
        OutboundEmail.objects.filter(registration_id__in=ids).delete()
        OutboundEmail.objects.filter(registration__isnull=True, created_at__lt=limit).delete()
    return len(ids)
