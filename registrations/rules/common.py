"""What every rule shares: the session lock, seats at write time, invites, promotion."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, Max, Q

from common.page_cache import seats_changed
from events.availability import Outcome, availability, counting
from events.models import EventPage, EventSession

from .. import notifications
from ..models import InvitationLink, InviteState, Registration
from ..models import RegistrationStatus as Status


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    registration: Registration | None = None
    position: int | None = None
    duplicate: bool = False
    reason: str = ""  # why a reserved session refused the person (translated)

    @property
    def registered(self):
        return self.outcome in (Outcome.CONFIRMED, Outcome.WAITLISTED)


class RegistrationError(Exception):
    """An action that the rules refuse; the message is meant for the person who tried."""


def person_fields(
    *, first_name, last_name, organisation, language, job_title="", accessibility_needs=""
):
    """What a registration stores of its person, as every rule writes it."""
    return {
        "first_name": first_name.strip(),
        "last_name": last_name.strip(),
        "organisation": organisation.strip(),
        "job_title": job_title.strip(),
        "accessibility_needs": accessibility_needs.strip(),
        "language": (language or settings.LANGUAGE_CODE)[:2],
    }


def occupy(registration, status, position, now):
    """Give a row (new, or cancelled and taken again) its place, forgetting its past one."""
    registration.status = status
    registration.waitlist_position = position
    registration.confirmed_at = now if status == Status.CONFIRMED else None
    registration.cancelled_at = None
    registration.moved_at = None
    registration.checked_in_at = None
    registration.no_show_at = None
    registration.reminded_at = None
    registration.promoted_at = None


def pk_of(value):
    return getattr(value, "pk", value)


def lock_session(session):
    """Lock the session row: every seat decision for it waits here, one at a time.

    Its invite state comes in the same query (only the session row is locked): everyone
    waiting in the queue pays for each query made under the lock, and for each join (the
    invitation token, which only sessions on invitation need, is read when asked for).
    Cached pages that show its seats are dropped (``common.page_cache``): before the lock
    is waited for when the caller's session came with its event, else once the locking
    query has read its key.
    """
    event_key = session.loaded_event_key() if isinstance(session, EventSession) else None
    sessions = EventSession.objects.select_for_update(of=("self",)).select_related("invite_state")
    if event_key is None:
        sessions = sessions.annotate(event_key=F("event__translation_key"))
        locked = sessions.get(pk=pk_of(session))
        seats_changed(locked.event_key)
    else:
        seats_changed(event_key)
        locked = sessions.get(pk=pk_of(session))
    return locked


def seats_now(session, now, email=None):
    """What the locked session allows, and (same query) the id of ``email``'s row if any."""
    aggregates = counting("")
    if email:
        aggregates["existing"] = Max("id", filter=Q(email=email))
    counts = Registration.objects.filter(session=session).aggregate(**aggregates)
    seats = availability(session, counts["confirmed_count"], counts["waitlist_count"], now)
    return seats, counts.get("existing")


LOCATION_FIELDS = ("mode", "venue_name", "venue_address", "online_url")


def location_key(session):
    """Everything that makes up the place of a session, in the source language."""
    if session.event_id is None:
        # The page was deleted: what it said then (events.ownership.page_snapshot).
        snapshot = session.event_snapshot
        language = snapshot.get("language", "")
        parts = [
            snapshot.get("mode", ""),
            snapshot.get("venue_name", {}).get(language, ""),
            snapshot.get("venue_address", {}).get(language, ""),
            snapshot.get("online_url", ""),
        ]
    elif EventSession.event.is_cached(session):
        parts = [getattr(session.event, name) for name in LOCATION_FIELDS]
    else:
        # Four columns, not the whole page: a first registration reads them under the lock.
        pages = EventPage.objects.filter(pk=session.event_id)
        parts = list(pages.values_list(*LOCATION_FIELDS).get())
    return "\n".join([session.venue_override, *parts])


def known_invite_state(session):
    """The session's invite state if it has one (read with the lock), else None."""
    try:
        return session.invite_state
    except InviteState.DoesNotExist:
        return None


def invite_state(session):
    """The session's invite state, created with the first registration; one instance per
    session object, so that a sequence bumped by one rule is the one the next rule reads."""
    state = known_invite_state(session)
    if state is not None:
        return state
    values = {
        "sequence": 0,
        "start": session.start,
        "end": session.end,
        "location": location_key(session),
        "is_cancelled": session.is_cancelled,
    }
    if EventSession.invite_state.is_cached(session):
        # Read with the lock (``lock_session``), which found none: nobody else can create
        # it before the lock is released, so one INSERT, without a savepoint.
        state = InviteState.objects.create(session=session, **values)
    else:
        state, _created = InviteState.objects.get_or_create(session=session, defaults=values)
    session.invite_state = state
    return state


def bump_sequence(state):
    state.sequence += 1
    state.save(update_fields=["sequence", "updated_at"])
    return state.sequence


def active_registrations(session):
    return Registration.objects.filter(session=session).exclude(status=Status.CANCELLED)


def close_gap(session, position, count=1):
    Registration.objects.filter(
        session=session, status=Status.WAITLISTED, waitlist_position__gt=position
    ).update(waitlist_position=F("waitlist_position") - count)


def promote_people(session, people, now, notify):
    """The one promotion write (queue or staff): seats for ``people``, consecutive places
    of the waiting list; everyone behind moves up as many places."""
    first = people[0].waitlist_position
    for registration in people:
        registration.status = Status.CONFIRMED
        registration.waitlist_position = None
        registration.confirmed_at = registration.promoted_at = now
        registration.save(
            update_fields=[
                "status",
                "waitlist_position",
                "confirmed_at",
                "promoted_at",
                "updated_at",
            ]
        )
    close_gap(session, first - 1, len(people))
    sequence = invite_state(session).sequence
    if notify:
        for registration in people:
            notifications.registration_promoted(registration, sequence)
    return people


def fill_seats(session, now, notify):
    """Promote the first people waiting into free seats, while registration is open."""
    free = seats_now(session, now)[0].seats_to_fill
    if not free:
        return []
    people = list(
        Registration.objects.filter(session=session, status=Status.WAITLISTED).order_by(
            "waitlist_position", "id"
        )[:free]
    )
    return promote_people(session, people, now, notify) if people else []


def current_invitation(session):
    """The invitation token the eligibility check compares with: only a session on
    invitation has one to check (read with the lock, where it is renewed); "" otherwise,
    and when none was made."""
    if not session.invitation_only:
        return ""
    try:
        return session.invitation.token
    except InvitationLink.DoesNotExist:
        return ""


def invite_sequence(session) -> int:
    """The SEQUENCE of the invites a session's registrants last got (for the reminders)."""
    return invite_state(session).sequence
