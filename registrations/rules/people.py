"""What happens to one registration: register, cancel, leave the queue, promote, check in."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.text import normalise_email
from events.availability import Outcome, SessionState, session_state
from events.eligibility import eligibility, parse_domains
from events.models import EventSession

from .. import history, notifications
from ..models import Registration, new_token
from ..models import RegistrationStatus as Status
from .common import (
    RegistrationError,
    Result,
    SessionUnavailable,
    bump_sequence,
    close_gap,
    current_invitation,
    fill_seats,
    invite_state,
    lock_and_count,
    lock_session,
    occupy,
    offered_on_site,
    person_fields,
    pk_of,
    promote_people,
    seats_now,
)


def register(
    session: EventSession | int,
    *,
    first_name: str,
    last_name: str,
    email: str,
    organisation: str,
    language: str,
    job_title: str = "",
    accessibility_needs: str = "",
    invitation: str = "",
    override: bool = False,
    by=None,
    from_site: bool = False,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> Result:
    """Give a seat, a place on the waiting list, or the reason why not (see module doc).

    A reserved session (``events.eligibility``) refuses an address outside its domains, or
    without its current ``invitation`` token, with ``Outcome.RESERVED`` and a translated
    ``reason``, writing nothing. Staff adding someone by hand pass ``override=True`` and
    ``by=`` (themselves): the registration is made and the history says so. A visitor's
    own registration (``from_site=True``, the public form) raises ``SessionUnavailable``,
    writing nothing, when the site does not offer the session (``offered_on_site``), or it
    is on invitation and ``invitation`` is not its token: for them it does not exist."""
    fields = person_fields(
        first_name=first_name,
        last_name=last_name,
        organisation=organisation,
        language=language,
        job_title=job_title,
        accessibility_needs=accessibility_needs,
    )
    access = (invitation or "", override, by, from_site)
    arguments = (session, normalise_email(email), fields, access, notify, now or timezone.now())
    try:
        return _register(*arguments)
    except IntegrityError:
        # Only a row written outside the session lock could collide: decide again, once.
        return _register(*arguments)


def _register(session, email, fields, access, notify, now):
    invitation, override, by, from_site = access
    with transaction.atomic(durable=True):
        try:
            session, seats, existing_id = lock_and_count(session, now, email)
        except EventSession.DoesNotExist:
            if from_site:
                raise SessionUnavailable from None
            raise
        if from_site and not offered_on_site(session):
            raise SessionUnavailable
        decision = eligibility(
            session, email, invitation, current_invitation(session), override=override
        )
        if from_site and not decision.allowed and decision.reason == "invitation":
            raise SessionUnavailable
        if not decision.allowed:
            reason = decision.message(parse_domains(session.reserved_domains))
            return Result(Outcome.RESERVED, reason=str(reason))
        if seats.state != SessionState.OPEN:
            return Result(seats.outcome)
        outcome, position = seats.outcome, seats.next_position

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
        occupy(registration, Status(outcome), position, now)
        if existing:
            registration.token = new_token()
        registration.save()
        if decision.overridden:
            history.record(
                session,
                "eligibility_overridden",
                user=by,
                registration=registration,
                reason=decision.reason,
            )

        # The baseline later publications compare with, from the first registration on.
        state = invite_state(session)
        if outcome == Outcome.CONFIRMED:
            # Whoever cancelled before got a CANCEL: their new invite must supersede it.
            sequence = bump_sequence(state) if existing else state.sequence
            if notify:
                notifications.registration_confirmed(registration, sequence)
        elif notify:
            notifications.registration_waitlisted(registration)
        return Result(outcome, registration, position)


def cancel(
    registration: Registration | int,
    *,
    by_staff: bool = False,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
    only_waitlisted: bool = False,
) -> list[Registration]:
    """Cancel a seat or a place on the waiting list; the freed seat goes to the next person.

    Once the session started or was cancelled, only staff can (as the manage page says).
    A staff cancellation is in the session's history, with ``by`` (the staff member)."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        registration = Registration.objects.get(pk=pk_of(registration))
        session = lock_session(registration.session_id)
        registration.refresh_from_db()
        if only_waitlisted and registration.status != Status.WAITLISTED:
            raise RegistrationError(_("Cette inscription n'est pas en liste d'attente."))
        if registration.status == Status.CANCELLED:
            return []
        if not by_staff and session_state(session, now).is_settled:
            raise RegistrationError(_("La session est annulée ou a déjà commencé."))
        if not _cancel_locked(session, registration, by_staff, by, notify, now):
            return []
        return fill_seats(session, now, notify)


def _cancel_locked(session, registration, by_staff, by, notify, now):
    """Cancel one registration of the locked session; returns whether it freed a seat."""
    was = registration.status
    position = registration.waitlist_position
    registration.status = Status.CANCELLED
    registration.waitlist_position = None
    registration.cancelled_at = now
    # The personal link has done its job: a used link cannot be replayed.
    registration.token = new_token()
    registration.save()
    if by_staff:
        history.record(session, "cancelled", user=by, registration=registration)
    if was == Status.WAITLISTED:
        close_gap(session, position)
        if notify:
            notifications.left_waitlist(registration, by_staff=by_staff)
        return False
    sequence = bump_sequence(invite_state(session))
    if notify:
        notifications.registration_cancelled(registration, sequence, by_staff=by_staff)
    return True


def cancel_people(
    session: EventSession | int,
    registrations,
    *,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> int:
    """Staff cancel several registrations of one session at once (the list's selection):
    each person is told as by ``cancel``, then the freed seats go to the people waiting.

    ``registrations`` are instances or ids; those of another session or already cancelled
    are left alone. Returns how many were cancelled."""
    now = now or timezone.now()
    ids = [pk_of(registration) for registration in registrations]
    with transaction.atomic(durable=True):
        session = lock_session(session)
        chosen = Registration.objects.filter(session=session, pk__in=ids).exclude(
            status=Status.CANCELLED
        )
        # From the back of the queue forward: each gap closed leaves the next positions true.
        people = sorted(chosen, key=lambda r: -(r.waitlist_position or 0))
        for registration in people:
            _cancel_locked(session, registration, True, by, notify, now)
        if people:
            fill_seats(session, now, notify)
        return len(people)


def leave_waitlist(
    registration: Registration | int,
    *,
    by_staff: bool = False,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> None:
    """Leave the waiting list: everyone behind moves up one place."""
    cancel(registration, by_staff=by_staff, notify=notify, now=now, only_waitlisted=True)


def promote(
    registration: Registration | int,
    *,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> Registration:
    """Staff give a free seat to one person on the waiting list, whatever their position;
    the session's history says who (``by``)."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        registration = Registration.objects.get(pk=pk_of(registration))
        session = lock_session(registration.session_id)
        registration.refresh_from_db()
        if registration.status != Status.WAITLISTED:
            raise RegistrationError(_("Cette inscription n'est pas en liste d'attente."))
        seats = seats_now(session, now)[0]
        if seats.state.is_settled:
            raise RegistrationError(_("La session est annulée ou a déjà commencé."))
        if not seats.can_promote:
            raise RegistrationError(
                _("Aucune place libre : augmentez d'abord la capacité de la session.")
            )
        promoted = promote_people(session, [registration], now, notify)[0]
        history.record(session, "promoted", user=by, registration=promoted)
        return promoted
