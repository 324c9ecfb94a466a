"""What happens to a whole session: capacity, waiting list, cancellation, restoration, the
editor's changes to its time and place, and its event page deleted or unpublished.

Once people have registered, these rules are the only writers of a session's capacity,
waiting-list switch and cancelled state (``events.ownership``). Each staff action records
who did it in the session's history and its page's (``registrations.history``).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventPage, EventSession
from events.ownership import detach_sessions, registered_counts

from .. import history, notifications
from ..models import Registration
from ..models import RegistrationStatus as Status
from .common import (
    RegistrationError,
    active_registrations,
    bump_sequence,
    fill_seats,
    invite_state,
    known_invite_state,
    location_key,
    lock_session,
)

WITHDRAWAL_ACTIONS = {
    "deleted": "session_cancelled_page_deleted",
    "unpublished": "session_cancelled_page_unpublished",
}


def change_capacity(
    session: EventSession | int,
    capacity: int,
    *,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> list[Registration]:
    """Set the capacity; a rise promotes people waiting, a fall bumps nobody."""
    if capacity < 0:
        raise RegistrationError(_("La capacité ne peut pas être négative."))
    with transaction.atomic(durable=True):
        session = lock_session(session)
        old = session.capacity
        if capacity != old:
            session.capacity = capacity
            session.save(update_fields=["capacity"])
            history.record_session_change(session, "capacity", user=by, old=old, new=capacity)
        return fill_seats(session, now or timezone.now(), notify)


def set_waitlist(session: EventSession | int, enabled: bool, *, by=None) -> bool:
    """Open or close the waiting list to new registrations; returns whether it changed.

    Closing it keeps everyone already waiting in their place: a freed seat still goes to them.
    """
    with transaction.atomic(durable=True):
        session = lock_session(session)
        if session.waitlist_enabled == enabled:
            return False
        session.waitlist_enabled = enabled
        session.save(update_fields=["waitlist_enabled"])
        action = "waitlist_opened" if enabled else "waitlist_closed"
        history.record_session_change(session, action, user=by)
        return True


def _cancel_locked(session, action, by, now, notify):
    """Cancel the locked session: everyone registered is told, calendars get a CANCEL."""
    state = invite_state(session)
    session.is_cancelled = True
    session.save(update_fields=["is_cancelled"])
    state.is_cancelled = True
    state.sequence += 1
    state.save(update_fields=["is_cancelled", "sequence", "updated_at"])
    sequence = state.sequence
    registered = list(active_registrations(session))
    if notify and registered:
        notifications.session_cancelled(session, registered, sequence)
    history.record_session_change(session, action, user=by, people=len(registered))
    return len(registered)


def cancel_session(
    session: EventSession | int,
    *,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> int:
    """Staff cancel a session that has not ended; returns how many people were told.

    Registrations keep their status (restoring the session gives everyone back their place).
    """
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        session = lock_session(session)
        if session.is_cancelled:
            raise RegistrationError(_("Cette session est déjà annulée."))
        if now >= session.end:
            raise RegistrationError(
                _("Cette session est terminée : elle ne peut plus être annulée.")
            )
        return _cancel_locked(session, "session_cancelled", by, now, notify)


def restore_session(
    session: EventSession | int,
    *,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> int:
    """Staff restore a cancelled session before it starts; returns how many people were told.

    Everyone registered keeps the status they had: people with a seat get a new invite,
    people waiting their place; free seats then go to the first people waiting.
    """
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        session = lock_session(session)
        if not session.is_cancelled:
            raise RegistrationError(_("Cette session n'est pas annulée."))
        if now >= session.start:
            raise RegistrationError(
                _("Cette session a déjà commencé : elle ne peut plus être rétablie.")
            )
        page = EventPage.objects.filter(pk=session.event_id).values("live").first()
        if page is None:
            raise RegistrationError(
                _(
                    "La page de cet événement a été supprimée : la session ne peut pas être rétablie."
                )
            )
        if not page["live"]:
            raise RegistrationError(
                _("Publiez d'abord la page de l'événement, puis rétablissez la session.")
            )
        state = invite_state(session)
        session.is_cancelled = False
        session.save(update_fields=["is_cancelled"])
        # The new invite carries the session as it is now: later publications compare to it.
        state.sequence += 1
        state.is_cancelled = False
        state.start, state.end, state.location = session.start, session.end, location_key(session)
        state.save()
        sequence = state.sequence
        registered = list(active_registrations(session))
        if notify and registered:
            notifications.session_restored(session, registered, sequence)
        history.record_session_change(session, "session_restored", user=by, people=len(registered))
        fill_seats(session, now, notify)
        return len(registered)


@dataclass(frozen=True)
class Stake:
    """What withdrawing event pages would do: people told, sessions cancelled, rows kept."""

    people: int = 0
    sessions: int = 0
    kept: int = 0


def _withdrawn(pages, now):
    """The sessions a withdrawal cancels: upcoming, not cancelled yet, of these pages."""
    return EventSession.objects.filter(event__in=pages, is_cancelled=False, start__gt=now)


def withdrawal_stake(pages, *, now: datetime.datetime | None = None) -> Stake:
    """For the confirmations: ``pages`` (event pages, a queryset) deleted or unpublished."""
    now = now or timezone.now()
    told = [counts.active for counts in registered_counts(_withdrawn(pages, now)).values()]
    told = [people for people in told if people]
    kept = sum(
        counts.total
        for counts in registered_counts(EventSession.objects.filter(event__in=pages)).values()
    )
    return Stake(people=sum(told), sessions=len(told), kept=kept)


def withdraw_event(
    page: EventPage,
    *,
    reason: str,
    by=None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> int:
    """The event page is being deleted or unpublished (``reason``): its upcoming sessions
    with people registered are cancelled and everyone is told. Returns how many were told.

    Sessions that started or ended stay as they were, and nobody is emailed about them.
    A deleted page's sessions with registrations then outlive it, with a snapshot of it
    (``events.ownership.detach_sessions``); the others go with it. Runs inside the page
    action's own transaction (not a durable one): the cancellations are committed with the
    page action, or not at all.
    """
    now = now or timezone.now()
    action = WITHDRAWAL_ACTIONS[reason]
    told = 0
    with transaction.atomic():
        # Every session of the page is locked: no registration slips in meanwhile.
        sessions = list(
            EventSession.objects.select_for_update().filter(event_id=page.pk).order_by("pk")
        )
        registered = registered_counts([session.pk for session in sessions]) if sessions else {}
        for session in sessions:
            upcoming = not session.is_cancelled and session.start > now
            if upcoming and session.pk in registered and registered[session.pk].active:
                told += _cancel_locked(session, action, by, now, notify)
        if reason == "deleted":
            detach_sessions(page, now)
    return told


def apply_session_changes(
    session: EventSession | int,
    *,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> str | None:
    """After an editor publishes: send updates or cancellations, fill seats a rise freed.

    Compares the session with what its registrants were last sent (``InviteState``), not
    with the previous revision, so a run that failed is caught up by the next publish.
    Returns "cancelled", "restored", "updated" or None.
    """
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        try:
            session = lock_session(session)
        except EventSession.DoesNotExist:
            return None
        state = known_invite_state(session)
        if state is None:
            invite_state(session)
            fill_seats(session, now, notify)
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
            sequence = bump_sequence(state)
            registered = active_registrations(session)
            if moved:
                registered.update(reminded_at=None)
            if notify and change == "cancelled":
                notifications.session_cancelled(session, list(registered), sequence)
            elif notify and change == "restored":
                notifications.session_restored(session, list(registered), sequence)
            elif notify:
                notifications.session_updated(
                    session, list(registered.filter(status=Status.CONFIRMED)), sequence
                )
        state.start, state.end = session.start, session.end
        state.location = location_key(session)
        state.is_cancelled = session.is_cancelled
        state.save()
        fill_seats(session, now, notify)
        return change
