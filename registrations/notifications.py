"""Which emails a registration change queues: one function per kind, in the person's language.

Each function below stores an ``OutboundEmail`` row in the caller's transaction with the
facts it must tell (status, position, SEQUENCE, the personal link as it was), and has it
sent once the transaction commits (``mail.queue_sending``: one task sends a whole burst):
an email exists if and only if its cause was committed, and a failing mail server leaves
the row unsent for a later retry. Rendering and sending are ``registrations.mail``'s job,
outside any lock.

Called only by the rules (``registrations.services``) and the periodic jobs
(``registrations.jobs``); nothing else queues an email.
"""

from collections.abc import Iterable

from django.conf import settings

from events.models import EventSession

from . import mail
from .models import EmailKind, OutboundEmail, Registration, RegistrationStatus


def _queue(
    kind,
    registration,
    *,
    sequence=None,
    ics_method="",
    with_link=True,
    language=None,
    staff_message=None,
    **facts,
):
    """Store the email with the facts it must tell; ``mail.render`` renders it later.

    A person staff added without an address gets nothing (None): they were told otherwise.

    Rendering (templates, invite) happens outside the caller's transaction, so the session
    lock is held for one INSERT, not for template work.
    """
    if not registration.email:
        return None
    email = OutboundEmail.objects.create(
        kind=kind,
        registration=registration,
        language=language or registration.language,
        staff_message=staff_message,
        to=registration.email,
        from_email=settings.DEFAULT_FROM_EMAIL,
        ics_method=ics_method,
        context={
            "sequence": sequence,
            "token": registration.token if with_link else "",
            "status": registration.status,
            "position": registration.waitlist_position,
            "first_name": registration.first_name,
            "full_name": registration.full_name,
            **facts,
        },
    )
    mail.queue_sending(email.id)
    return email


def registration_confirmed(registration: Registration, sequence: int) -> OutboundEmail:
    return _queue(EmailKind.CONFIRMED, registration, sequence=sequence, ics_method="REQUEST")


def registration_waitlisted(registration: Registration) -> OutboundEmail:
    return _queue(EmailKind.WAITLISTED, registration)


def registration_promoted(registration: Registration, sequence: int) -> OutboundEmail:
    return _queue(EmailKind.PROMOTED, registration, sequence=sequence, ics_method="REQUEST")


def registration_cancelled(
    registration: Registration, sequence: int, *, by_staff: bool = False
) -> OutboundEmail:
    """Tell a confirmed person their seat is gone; their calendar gets a CANCEL."""
    return _queue(
        EmailKind.CANCELLED,
        registration,
        sequence=sequence,
        ics_method="CANCEL",
        by_staff=by_staff,
        with_link=False,
    )


def left_waitlist(registration: Registration, *, by_staff: bool = False) -> OutboundEmail:
    return _queue(EmailKind.LEFT_WAITLIST, registration, by_staff=by_staff, with_link=False)


def already_registered(registration: Registration) -> OutboundEmail:
    """Someone asked again with this address: tell its owner, not the person on the page."""
    return _queue(EmailKind.ALREADY_REGISTERED, registration)


def reminder(registration: Registration, sequence: int) -> OutboundEmail:
    return _queue(EmailKind.REMINDER, registration, sequence=sequence, ics_method="REQUEST")


def session_updated(
    session: EventSession, registrations: Iterable[Registration], sequence: int
) -> None:
    """Confirmed people get the new time or place with an updated invite."""
    for registration in registrations:
        _queue(EmailKind.SESSION_UPDATED, registration, sequence=sequence, ics_method="REQUEST")


def session_cancelled(
    session: EventSession, registrations: Iterable[Registration], sequence: int
) -> None:
    """Everyone registered is told; confirmed people's calendars get a CANCEL."""
    for registration in registrations:
        confirmed = registration.status == RegistrationStatus.CONFIRMED
        _queue(
            EmailKind.SESSION_CANCELLED,
            registration,
            sequence=sequence,
            ics_method="CANCEL" if confirmed else "",
            with_link=False,
            was_confirmed=confirmed,
        )


def session_restored(
    session: EventSession, registrations: Iterable[Registration], sequence: int
) -> None:
    """A cancelled session takes place after all: people with a seat get their invite back,
    people waiting are told they keep their place."""
    for registration in registrations:
        confirmed = registration.status == RegistrationStatus.CONFIRMED
        _queue(
            EmailKind.SESSION_RESTORED,
            registration,
            sequence=sequence,
            ics_method="REQUEST" if confirmed else "",
        )


def entry_code(registration: Registration) -> OutboundEmail:
    """Staff drew a new check-in code: its owner gets it (the old one no longer works)."""
    return _queue(EmailKind.ENTRY_CODE, registration)


def certificate(registration: Registration) -> OutboundEmail:
    """The attendance certificate of a checked-in person, as a PDF built when it is sent."""
    return _queue(EmailKind.CERTIFICATE, registration)


def registration_moved(
    registration: Registration,
    sequence: int | None,
    *,
    previous: Registration,
    previous_sequence: int | None,
) -> OutboundEmail:
    """Staff moved a person to another session: one email with the new session (and its
    invite when they have a seat there) and the CANCEL of the old session's invite when
    they had a seat there (``sequence``/``previous_sequence`` None: no invite)."""
    if sequence is not None:
        method = "REQUEST"
    else:
        method = "CANCEL" if previous_sequence is not None else ""
    return _queue(
        EmailKind.MOVED,
        registration,
        sequence=sequence,
        ics_method=method,
        previous_session=previous.session_id,
        previous_sequence=previous_sequence,
    )


def staff_message(message, registration: Registration, *, subject, body, language) -> OutboundEmail:
    """A message staff wrote, already personalised, in the language of its text."""
    return _queue(
        EmailKind.STAFF_MESSAGE,
        registration,
        language=language,
        staff_message=message,
        subject=subject,
        body=body,
    )
