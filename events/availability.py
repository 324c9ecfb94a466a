"""Seat availability: the one home of what a session allows and what a page may show.

The registration rules call ``availability`` under the session lock with counts read in
the same transaction; pages, template tags, templates and staff screens call it for
display with the counts ``with_counts`` annotated. Nothing here reads the clock or the
database by itself: the counts and ``now`` come in, so the rules and the pages cannot
disagree.

It lives with the event pages (which display it); the registration rules, one floor up,
import it, together with the registration status vocabulary they count with.
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmée")
    WAITLISTED = "waitlisted", _("En liste d'attente")
    CANCELLED = "cancelled", _("Annulée")


class SessionState(models.TextChoices):
    """Where a session stands for registration at a given moment (never stored)."""

    OPEN = "open"
    NOT_OPEN = "not_open"
    CLOSED = "closed"
    STARTED = "started"
    CANCELLED = "cancelled"

    @property
    def is_settled(self):
        """Started or cancelled: nobody leaves it through their link, nobody gets a seat."""
        return self in (SessionState.STARTED, SessionState.CANCELLED)

    @property
    def is_registrable(self):
        """A seat can be taken now, or once registration opens."""
        return self in (SessionState.OPEN, SessionState.NOT_OPEN)


class Outcome(models.TextChoices):
    """What registering gets: a seat, a place in the queue, or why not."""

    CONFIRMED = RegistrationStatus.CONFIRMED.value
    WAITLISTED = RegistrationStatus.WAITLISTED.value
    FULL = "full"
    NOT_OPEN = SessionState.NOT_OPEN.value
    CLOSED = SessionState.CLOSED.value
    STARTED = SessionState.STARTED.value
    CANCELLED = SessionState.CANCELLED.value
    # Reserved to some addresses or to invited people, and this person is neither
    # (events.eligibility): nothing is written, not even a place on the waiting list.
    RESERVED = "reserved"


def session_state(session, now: datetime.datetime) -> SessionState:
    """The state of ``session`` at ``now``; the counts play no part in it."""
    if session.is_cancelled:
        return SessionState.CANCELLED
    if now >= session.start:
        return SessionState.STARTED
    if session.registration_opens_at and now < session.registration_opens_at:
        return SessionState.NOT_OPEN
    if now >= session.closes_at:
        return SessionState.CLOSED
    return SessionState.OPEN


@dataclass(frozen=True)
class Availability:
    """What a session allows at one moment, given its counts."""

    state: SessionState
    capacity: int
    confirmed: int
    waitlisted: int
    waitlist_enabled: bool

    @property
    def places_left(self):
        """Seats not taken (never below zero, even when staff lowered the capacity)."""
        return max(self.capacity - self.confirmed, 0)

    @property
    def overbooked_by(self):
        """People confirmed beyond the capacity (staff lowered it; nobody is bumped)."""
        return max(self.confirmed - self.capacity, 0)

    @property
    def is_full(self):
        return self.confirmed >= self.capacity

    @property
    def outcome(self):
        """What registering now gets."""
        if self.state != SessionState.OPEN:
            return Outcome(self.state)
        if self.places_left:
            return Outcome.CONFIRMED
        if self.waitlist_enabled:
            return Outcome.WAITLISTED
        return Outcome.FULL

    @property
    def can_register(self):
        """The page offers the form: a seat or the waiting list."""
        return self.outcome in (Outcome.CONFIRMED, Outcome.WAITLISTED)

    @property
    def next_position(self):
        """The waiting-list place registering now gets, or None for a seat or a refusal."""
        return self.waitlisted + 1 if self.outcome == Outcome.WAITLISTED else None

    @property
    def can_cancel(self):
        """A participant can still cancel, or leave the waiting list, with their link."""
        return not self.state.is_settled

    @property
    def can_promote(self):
        """Staff can give a seat to someone waiting, whatever their position."""
        return not self.state.is_settled and self.places_left > 0

    @property
    def seats_to_fill(self):
        """Seats the waiting list takes by itself now: only while registration is open."""
        return self.places_left if self.state == SessionState.OPEN else 0


def availability(session, confirmed: int, waitlisted: int, now: datetime.datetime) -> Availability:
    """What ``session`` allows at ``now`` with ``confirmed`` seats taken and ``waitlisted``
    people waiting."""
    return Availability(
        state=session_state(session, now),
        capacity=session.capacity,
        confirmed=confirmed,
        waitlisted=waitlisted,
        waitlist_enabled=session.waitlist_enabled,
    )


def counting(path="registrations"):
    """The two counts availability needs, as aggregates of the registrations at ``path``.

    ``"registrations"`` from sessions (annotations), ``""`` over registrations themselves.
    """
    target, status = (path, f"{path}__status") if path else ("pk", "status")
    return {
        "confirmed_count": Count(target, filter=Q(**{status: RegistrationStatus.CONFIRMED})),
        "waitlist_count": Count(target, filter=Q(**{status: RegistrationStatus.WAITLISTED})),
    }


def with_counts(sessions: QuerySet, *, checked_in=False) -> QuerySet:
    """Annotate sessions with ``confirmed_count`` and ``waitlist_count`` in the same query
    (and ``checked_in_count``, people marked present, for the staff screens)."""
    annotations = counting()
    if checked_in:
        annotations["checked_in_count"] = Count(
            "registrations", filter=Q(registrations__checked_in_at__isnull=False)
        )
    return sessions.annotate(**annotations)


def with_places_left(sessions: QuerySet, now: datetime.datetime) -> QuerySet:
    """Sessions with a seat to take now or once registration opens, in SQL.

    The database's reading of ``state.is_registrable and places_left``, for filters that
    must not load every session (``tests/test_availability.py`` holds the two together).
    """
    return (
        sessions.filter(is_cancelled=False, start__gt=now)
        .filter(Q(registration_closes_at__isnull=True) | Q(registration_closes_at__gt=now))
        .annotate(
            seats_taken=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)
            )
        )
        .filter(seats_taken__lt=F("capacity"))
    )


def event_availability(sessions, *, external=False):
    """The badge of an event card and its seats left, from its sessions' availability.

    Returns ``(badge, places_left)``: badge is None (no session), "external", "places",
    "soon" (seats once registration opens), "waitlist", "full" or "closed"; places_left
    counts the seats of sessions still registrable (None when registration is elsewhere).
    """
    if external:
        return "external", None
    if not sessions:
        return None, None
    registrable = [s.availability for s in sessions if s.availability.state.is_registrable]
    places_left = sum(a.places_left for a in registrable)
    if not registrable:
        return "closed", places_left
    if any(a.state == SessionState.OPEN and a.places_left for a in registrable):
        return "places", places_left
    if places_left:
        return "soon", places_left
    if any(a.state == SessionState.OPEN and a.waitlist_enabled for a in registrable):
        return "waitlist", places_left
    return "full", places_left
