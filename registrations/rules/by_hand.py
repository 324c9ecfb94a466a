"""What staff do to one person by hand: add a registration taken on the phone, move a
registration to another session of the same event, send the confirmation again.

Like every rule, each action opens ``transaction.atomic(durable=True)``, takes the session
lock (both sessions' for a move, in the order of their ids so that two moves in opposite
directions never wait for each other), decides from the rows under the lock, records the
history entry with the person who acted (``registrations.history``) and queues its emails
(``registrations.notifications``) in the same transaction.

Seats follow the capacity rule of the public form: a free seat is taken only when nobody
is waiting for one; otherwise the person joins the waiting list. Staff may overbook, but
only by saying so (``overbook=True``), and the history says they did.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.text import normalise_email
from events.availability import SessionState, session_state
from events.eligibility import eligibility, parse_domains
from events.models import EventSession

from .. import history, notifications
from ..models import OutboundEmail, Registration, new_token
from ..models import RegistrationStatus as Status
from .common import (
    RegistrationError,
    bump_sequence,
    close_gap,
    current_invitation,
    fill_seats,
    invite_state,
    lock_session,
    occupy,
    person_fields,
    pk_of,
    seats_now,
)

# What a person's row carries from one session to another when they move.
PERSON_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "organisation",
    "job_title",
    "accessibility_needs",
    "language",
    "added_by",
]


@dataclass(frozen=True)
class Placement:
    """Where staff put a person: ``status`` confirmed or waitlisted, with the position."""

    registration: Registration
    status: str
    position: int | None = None
    overbooked: bool = False
    email: OutboundEmail | None = None
    promoted: tuple = ()


def _refuse_if_settled(session, now):
    state = session_state(session, now)
    if state == SessionState.CANCELLED:
        raise RegistrationError(_("La session est annulée."))
    if state == SessionState.STARTED:
        raise RegistrationError(_("La session a déjà commencé."))


def _seat_or_queue(seats, *, overbook, waitlist_allowed):
    """(status, position, overbooked) for one more person, or a refusal."""
    if seats.places_left and not seats.waitlisted:
        return Status.CONFIRMED, None, False
    if overbook:
        return Status.CONFIRMED, None, not seats.places_left
    if not waitlist_allowed:
        raise RegistrationError(
            _(
                "La session est complète. Choisissez de l'inscrire sur la liste d'attente, "
                "ou de la surréserver."
            )
        )
    if not seats.waitlist_enabled:
        raise RegistrationError(
            _(
                "La session est complète et sa liste d'attente est fermée aux nouvelles inscriptions."
            )
        )
    return Status.WAITLISTED, seats.waitlisted + 1, False


def _check_reservation(session, email, override):
    """A reserved session (``events.eligibility``) admits staff's additions on its own terms
    too: an address outside it, or anyone on an invitation-only session, needs the staff
    member to say they override it. Returns the reason overridden, or ""."""
    decision = eligibility(session, email, "", current_invitation(session), override=override)
    if not decision.allowed:
        reason = decision.message(parse_domains(session.reserved_domains))
        raise RegistrationError(
            _("%(reason)s Pour l'inscrire quand même, cochez « Inscrire malgré la réservation ».")
            % {"reason": reason}
        )
    return decision.reason if decision.overridden else ""


def _existing(session, email):
    if not email:
        return None
    return Registration.objects.filter(session=session, email=email).first()


def _welcome(registration, status, sequence, notify):
    """The confirmation (with its invite) or the waiting-list email, for people with an address."""
    if not (notify and registration.email):
        return None
    if status == Status.CONFIRMED:
        return notifications.registration_confirmed(registration, sequence)
    return notifications.registration_waitlisted(registration)


def add_registration(
    session: EventSession | int,
    *,
    first_name: str,
    last_name: str,
    organisation: str,
    language: str,
    email: str = "",
    job_title: str = "",
    accessibility_needs: str = "",
    overbook: bool = False,
    override_reservation: bool = False,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> Placement:
    """Register a person who called: a seat, else the waiting list (or an explicit overbooking).

    Staff may add people whether public registration is open or not, until the session
    starts. Without an address the person gets no email (tell them on the phone). A
    reserved session refuses them unless ``override_reservation`` (in the history)."""
    now = now or timezone.now()
    email = normalise_email(email or "")
    fields = person_fields(
        first_name=first_name,
        last_name=last_name,
        organisation=organisation,
        language=language,
        job_title=job_title,
        accessibility_needs=accessibility_needs,
    )
    if not (fields["first_name"] and fields["last_name"]):
        raise RegistrationError(_("Le prénom et le nom sont nécessaires."))
    with transaction.atomic(durable=True):
        session = lock_session(session)
        _refuse_if_settled(session, now)
        overridden = _check_reservation(session, email, override_reservation)
        existing = _existing(session, email)
        if existing and existing.status != Status.CANCELLED:
            raise RegistrationError(_("Cette adresse est déjà inscrite à cette session."))
        seats = seats_now(session, now)[0]
        status, position, overbooked = _seat_or_queue(
            seats, overbook=overbook, waitlist_allowed=True
        )
        registration = existing or Registration(session=session, email=email)
        for name, value in fields.items():
            setattr(registration, name, value)
        occupy(registration, status, position, now)
        registration.added_by = by
        if existing:
            registration.token = new_token()
        registration.save()
        state = invite_state(session)
        if existing and status == Status.CONFIRMED:
            # Someone who cancelled before got a CANCEL: the new invite must supersede it.
            bump_sequence(state)
        email_row = _welcome(registration, status, state.sequence, notify)
        history.record(
            session,
            "added",
            user=by,
            registration=registration,
            status=str(status),
            overbooked=overbooked,
            emailed=email_row is not None,
        )
        if overridden:
            history.record(
                session,
                "eligibility_overridden",
                user=by,
                registration=registration,
                reason=overridden,
            )
        return Placement(registration, status, position, overbooked, email_row)


def release_seat(session, registration, now, notify):
    """Cancel ``registration`` on its locked ``session`` without writing to them; a freed
    seat goes to the waiting list as on a cancellation. Returns (CANCEL sequence or None,
    people promoted)."""
    was, position = registration.status, registration.waitlist_position
    registration.status = Status.CANCELLED
    registration.waitlist_position = None
    registration.cancelled_at = now
    registration.token = new_token()
    registration.save()
    if was == Status.WAITLISTED:
        close_gap(session, position)
        return None, []
    sequence = bump_sequence(invite_state(session))
    return sequence, fill_seats(session, now, notify)


def lock_in_order(*session_ids):
    """Lock sessions by increasing id: the one order every multi-session rule follows."""
    return {pk: lock_session(pk) for pk in sorted(set(session_ids))}


def _same_event(source, target):
    if source.pk == target.pk:
        raise RegistrationError(_("La personne est déjà inscrite à cette session."))
    if source.event_id is None or source.event_id != target.event_id:
        raise RegistrationError(
            _("On ne peut déplacer une inscription que vers une session du même événement.")
        )


def move_registration(
    registration: Registration | int,
    to_session: EventSession | int,
    *,
    waitlist: bool = False,
    override_reservation: bool = False,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> Placement:
    """Move a person to another session of the same event (a reserved target admits them
    on its terms, or when staff override it, as for an addition).

    A seat if one is free on the target; a full target refuses unless ``waitlist`` (then
    the person joins its waiting list). The source row is cancelled (its seat goes to the
    source's waiting list) and a new row holds the person on the target, with a new
    personal link. One email tells them: the new invite, and a CANCEL of the old one."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        source_id = Registration.objects.values_list("session_id", flat=True).get(
            pk=pk_of(registration)
        )
        locked = lock_in_order(source_id, pk_of(to_session))
        source, target = locked[source_id], locked[pk_of(to_session)]
        old = Registration.objects.get(pk=pk_of(registration))
        _same_event(source, target)
        if old.status == Status.CANCELLED:
            raise RegistrationError(_("Cette inscription est annulée."))
        if old.anonymised_at is not None:
            raise RegistrationError(_("Cette inscription est anonymisée."))
        _refuse_if_settled(target, now)
        overridden = _check_reservation(target, old.email, override_reservation)
        existing = _existing(target, old.email)
        if existing and existing.status != Status.CANCELLED:
            raise RegistrationError(_("Cette personne est déjà inscrite à la session visée."))
        seats = seats_now(target, now)[0]
        if seats.places_left and not seats.waitlisted:
            status, position = Status.CONFIRMED, None
        elif not waitlist:
            raise RegistrationError(
                _(
                    "La session visée est complète : rien n'a changé. Choisissez de placer la "
                    "personne sur sa liste d'attente, ou une autre session."
                )
            )
        else:
            status, position, _overbooked = _seat_or_queue(
                seats, overbook=False, waitlist_allowed=True
            )
        new = existing or Registration(session=target)
        for name in PERSON_FIELDS:
            setattr(new, name, getattr(old, name))
        occupy(new, status, position, now)
        if existing:
            new.token = new_token()
        new.save()
        old.moved_at = now
        cancel_sequence, promoted = release_seat(source, old, now, notify)
        state = invite_state(target)
        if existing and status == Status.CONFIRMED:
            bump_sequence(state)
        email_row = None
        if notify and new.email:
            email_row = notifications.registration_moved(
                new,
                state.sequence if status == Status.CONFIRMED else None,
                previous=old,
                previous_sequence=cancel_sequence,
            )
        history.record(
            source,
            "moved_out",
            user=by,
            registration=old,
            to_session=target.pk,
            to_registration=new.pk,
            promoted=len(promoted),
        )
        history.record(
            target,
            "moved_in",
            user=by,
            registration=new,
            from_session=source.pk,
            from_registration=old.pk,
            status=str(status),
        )
        if overridden:
            history.record(
                target, "eligibility_overridden", user=by, registration=new, reason=overridden
            )
        return Placement(new, status, position, False, email_row, tuple(promoted))


def resend_confirmation(
    registration: Registration | int,
    *,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> OutboundEmail | None:
    """Send again what a person with a seat (confirmation, invite, entry code) or on the
    waiting list (their position) was sent; returns the email queued."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        session_id = Registration.objects.values_list("session_id", flat=True).get(
            pk=pk_of(registration)
        )
        session = lock_session(session_id)
        registration = Registration.objects.get(pk=pk_of(registration))
        if registration.anonymised_at is not None:
            raise RegistrationError(_("Cette inscription est anonymisée."))
        if not registration.email:
            raise RegistrationError(_("Cette personne n'a pas d'adresse électronique."))
        if registration.status == Status.CANCELLED:
            raise RegistrationError(_("Cette inscription est annulée."))
        if session.is_cancelled:
            raise RegistrationError(_("La session est annulée."))
        if session.end <= now:
            raise RegistrationError(_("La session est terminée."))
        email_row = _welcome(
            registration, registration.status, invite_state(session).sequence, notify
        )
        history.record(
            session,
            "confirmation_resent",
            user=by,
            registration=registration,
            status=registration.status,
        )
        return email_row
