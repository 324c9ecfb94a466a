"""The rules at the door and after the session: check-in (from the list or by scanning a
code), no-shows, the check-in secret, attendance certificates.

They keep the discipline of the other rules (reached through ``registrations.services``):
each action opens ``transaction.atomic(durable=True)``, takes the session lock,
decides from the rows as they are under the lock, writes the history entry
(``registrations.history``) and queues its emails (``registrations.notifications``) in the
same transaction. Arguments are plain values (a registration or its id, a user, ``now=``),
never a request.

A check-in secret is what the QR code carries: never the manage token, so a photographed
code can check its owner in and do nothing else; staff can draw a new one.
"""

import datetime
import logging
import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventSession

from .. import history, notifications
from ..access import sessions_visible_to
from ..models import EmailKind, OutboundEmail, Registration, new_token
from ..models import RegistrationStatus as Status
from .common import RegistrationError, lock_session, pk_of

logger = logging.getLogger(__name__)

SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def _locked_registration(registration):
    """The registration and its session, read again once the session is locked."""
    registration = Registration.objects.only("session_id").get(pk=pk_of(registration))
    session = lock_session(registration.session_id)
    return Registration.objects.get(pk=registration.pk), session


def _write_check_in(registration, present, now):
    registration.checked_in_at = now if present else None
    if present:
        # Late but here: a person marked absent who turns up is present after all.
        registration.no_show_at = None
    registration.save(update_fields=["checked_in_at", "no_show_at", "updated_at"])


def check_in(
    registration: Registration | int,
    *,
    present: bool = True,
    by=None,
    now: datetime.datetime | None = None,
) -> Registration:
    """Mark a person with a seat present (or not, to undo); the first time is kept."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        registration, session = _locked_registration(registration)
        if registration.status != Status.CONFIRMED:
            raise RegistrationError(
                _("Seules les personnes ayant une place peuvent être pointées.")
            )
        if session.is_cancelled:
            raise RegistrationError(_("La session est annulée."))
        if present == (registration.checked_in_at is not None):
            return registration
        _write_check_in(registration, present, now)
        action = "checked_in" if present else "check_in_undone"
        history.record(session, action, user=by, registration=registration)
        return registration


class ScanOutcome:
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    WRONG_SESSION = "wrong_session"
    CANCELLED = "cancelled"
    WAITLISTED = "waitlisted"
    SESSION_CANCELLED = "session_cancelled"
    NOT_YOURS = "not_yours"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Scan:
    """What a scanned code gave. ``registration`` and ``session`` are only set for a code
    the scanning person may see; ``checked_in_at`` is the first check-in's time."""

    outcome: str
    registration: Registration | None = None
    session: EventSession | None = None
    checked_in_at: datetime.datetime | None = None

    @property
    def tone(self):
        if self.outcome == ScanOutcome.CHECKED_IN:
            return "success"
        if self.outcome == ScanOutcome.ALREADY:
            return "warning"
        return "error"


def at_the_door(session, now):
    """Whether a session is the one taking place: it runs now, or starts or ends today."""
    if session.start <= now <= session.end:
        return True
    today = timezone.localtime(now, session.tzinfo).date()
    return today in (session.local_start.date(), session.local_end.date())


def _scan_outcome(registration, session, user, door_session_id, now):
    if not sessions_visible_to(user).filter(pk=session.pk).exists():
        return ScanOutcome.NOT_YOURS
    if door_session_id is not None and door_session_id != session.pk:
        return ScanOutcome.WRONG_SESSION
    if door_session_id is None and not at_the_door(session, now):
        return ScanOutcome.WRONG_SESSION
    if registration.status == Status.CANCELLED:
        return ScanOutcome.CANCELLED
    if registration.status == Status.WAITLISTED:
        return ScanOutcome.WAITLISTED
    if session.is_cancelled:
        return ScanOutcome.SESSION_CANCELLED
    if registration.checked_in_at is not None:
        return ScanOutcome.ALREADY
    return ScanOutcome.CHECKED_IN


def scan(
    secret: str,
    *,
    by,
    door_session: EventSession | int | None = None,
    now: datetime.datetime | None = None,
) -> Scan:
    """Check in the owner of a scanned code, or say why not; every scan is in the history.

    ``door_session`` is the session whose check-in the person scanning has open: a code for
    another session is refused. Without one, the code's own session must be taking place.
    A scan that finds the person already present changes nothing and gives the first time.
    """
    now = now or timezone.now()
    door_session_id = pk_of(door_session)
    found = None
    if SECRET_PATTERN.match(secret or ""):
        found = (
            Registration.objects.filter(check_in_secret=secret, anonymised_at__isnull=True)
            .only("session_id")
            .first()
        )
    with transaction.atomic(durable=True):
        if found is None:
            if door_session_id is not None:
                history.record(lock_session(door_session_id), "scan_unknown", user=by)
            else:
                logger.info("Unknown check-in code scanned by user %s", getattr(by, "pk", None))
            return Scan(ScanOutcome.UNKNOWN)
        registration, session = _locked_registration(found)
        outcome = _scan_outcome(registration, session, by, door_session_id, now)
        if outcome == ScanOutcome.CHECKED_IN:
            _write_check_in(registration, True, now)
        data = {"door_session": door_session_id} if outcome == ScanOutcome.WRONG_SESSION else {}
        history.record(session, f"scan_{outcome}", user=by, registration=registration, **data)
    if outcome == ScanOutcome.NOT_YOURS:
        # Another team's participant: nothing about them is shown.
        return Scan(outcome)
    return Scan(outcome, registration, session, registration.checked_in_at)


def renew_check_in_secret(
    registration: Registration | int,
    *,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> OutboundEmail | None:
    """Draw a new check-in secret: the old code stops working at once.

    A person with a seat for a session still to come gets the new code by email; returns
    that email, or None when nobody was written to.
    """
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        registration, session = _locked_registration(registration)
        if registration.anonymised_at is not None:
            raise RegistrationError(_("Cette inscription est anonymisée."))
        registration.check_in_secret = new_token()
        registration.save(update_fields=["check_in_secret", "updated_at"])
        history.record(session, "entry_code_renewed", user=by, registration=registration)
        reachable = registration.email and registration.status == Status.CONFIRMED
        if notify and reachable and not session.is_cancelled and session.end > now:
            return notifications.entry_code(registration)
        return None


def _after_start(session, now, message):
    if session.is_cancelled:
        raise RegistrationError(_("La session est annulée."))
    if now < session.start:
        raise RegistrationError(message)


def check_in_people(
    session: EventSession | int,
    registrations,
    *,
    by=None,
    now: datetime.datetime | None = None,
) -> int:
    """Staff check in several people of a session at once (the list's selection): those
    with a seat not present yet; the others are left alone. Each check-in is in the
    history. Returns how many were checked in."""
    now = now or timezone.now()
    ids = [pk_of(registration) for registration in registrations]
    with transaction.atomic(durable=True):
        session = lock_session(session)
        if session.is_cancelled:
            raise RegistrationError(_("La session est annulée."))
        people = list(
            Registration.objects.filter(
                session=session, pk__in=ids, status=Status.CONFIRMED, checked_in_at__isnull=True
            ).order_by("pk")
        )
        for registration in people:
            _write_check_in(registration, True, now)
            history.record(session, "checked_in", user=by, registration=registration)
        return len(people)


def mark_no_shows(
    session: EventSession | int,
    *,
    registrations=None,
    by=None,
    now: datetime.datetime | None = None,
) -> int:
    """Everyone with a seat who was not checked in (or, with ``registrations``, those of
    them chosen) is marked absent; returns how many."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        session = lock_session(session)
        _after_start(session, now, _("Les absences se constatent une fois la session commencée."))
        absent = Registration.objects.filter(
            session=session,
            status=Status.CONFIRMED,
            checked_in_at__isnull=True,
            no_show_at__isnull=True,
        )
        if registrations is not None:
            absent = absent.filter(pk__in=[pk_of(registration) for registration in registrations])
        count = absent.update(no_show_at=now, updated_at=now)
        if count:
            history.record(session, "no_shows", user=by, count=count)
        return count


def undo_no_shows(
    session: EventSession | int, *, by=None, now: datetime.datetime | None = None
) -> int:
    """The absences marked for a session are withdrawn; returns how many."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        session = lock_session(session)
        count = Registration.objects.filter(session=session, no_show_at__isnull=False).update(
            no_show_at=None, updated_at=now
        )
        if count:
            history.record(session, "no_shows_undone", user=by, count=count)
        return count


def _checked_in(session):
    return Registration.objects.filter(
        session=session,
        status=Status.CONFIRMED,
        checked_in_at__isnull=False,
        anonymised_at__isnull=True,
    ).annotate(
        has_certificate=Exists(
            OutboundEmail.objects.filter(kind=EmailKind.CERTIFICATE, registration=OuterRef("pk"))
        )
    )


@dataclass(frozen=True)
class CertificateCounts:
    checked_in: int
    without_email: int
    already_sent: int

    @property
    def to_send(self):
        return self.checked_in - self.without_email - self.already_sent


def certificate_counts(session: EventSession | int) -> CertificateCounts:
    """Who the certificates of a session would go to, in one query."""
    with_email = ~Q(email="")
    counts = _checked_in(pk_of(session)).aggregate(
        checked_in=Count("id"),
        without_email=Count("id", filter=~with_email),
        already_sent=Count("id", filter=with_email & Q(has_certificate=True)),
    )
    return CertificateCounts(**counts)


def send_certificates(
    session: EventSession | int,
    *,
    by=None,
    again: bool = False,
    now: datetime.datetime | None = None,
) -> int:
    """Queue an attendance certificate for each checked-in person with an address, in their
    language; people who already got one are left out unless ``again``. Returns how many."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        session = lock_session(session)
        _after_start(session, now, _("Les attestations s'envoient une fois la session commencée."))
        people = _checked_in(session).exclude(email="")
        if not again:
            people = people.filter(has_certificate=False)
        people = list(people.order_by("id"))
        for registration in people:
            notifications.certificate(registration)
        if people:
            history.record(session, "certificates_sent", user=by, count=len(people))
        return len(people)
