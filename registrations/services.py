"""The registration rules: the only code that writes a registration's status or position,
and, once people have registered, a session's capacity, waiting list and cancelled state.

Every function that changes seats opens ``transaction.atomic(durable=True)`` and locks the
session row first (``select_for_update``; SQLite serialises writers with IMMEDIATE
transactions), so availability is decided at write time from the database, never from
the page the participant loaded (by ``events.availability``, which the pages display too),
and no caller can fold the rule into a longer transaction by accident. Emails are queued
by ``registrations.notifications`` inside the same transaction and sent after commit.

``session`` and ``registration`` arguments accept an instance or a primary key.
``register`` returns ``Result(outcome, registration, position, duplicate)``: ``outcome`` is
one of ``Outcome``; for an address already registered, ``duplicate`` is true and
``outcome``/``position`` are what a new registration would have got, so that the page
shows the same neutral answer while the address's owner is told its real status by email.
``cancel`` and ``change_capacity`` return the people promoted from the waiting list;
``cancel_session``, ``restore_session`` and ``withdraw_event`` how many people were told.
``add_registration`` and ``move_registration`` (staff, by hand) return a ``Placement``;
``erase`` answers a personal-data erasure request through ``anonymise_rows``, the one
anonymising write, which the retention job uses too.

Staff actions on a session take ``by=`` (the user, for the history). A page action that
withdraws an event (deletion, unpublishing) runs ``withdraw_event`` inside its own
transaction instead of a durable one. The rules live in ``registrations.rules``; this
module is their public face, and the only one the rest of the site imports.
"""

from events.availability import Outcome

from .rules.attendance import (
    CertificateCounts,
    Scan,
    ScanOutcome,
    at_the_door,
    certificate_counts,
    check_in,
    check_in_people,
    mark_no_shows,
    renew_check_in_secret,
    scan,
    send_certificates,
    undo_no_shows,
)
from .rules.by_hand import Placement, add_registration, move_registration, resend_confirmation
from .rules.common import (
    RegistrationError,
    Result,
    SessionUnavailable,
    invite_sequence,
    location_key,
)
from .rules.erasure import anonymise_rows, erase, held_about
from .rules.invitations import invitation_token, renew_invitation
from .rules.messages import AudienceCount, audience_counts, audience_of, send_message
from .rules.people import cancel, cancel_people, leave_waitlist, promote, register
from .rules.sessions import (
    Stake,
    apply_session_changes,
    cancel_session,
    change_capacity,
    restore_session,
    set_waitlist,
    withdraw_event,
    withdrawal_stake,
)

__all__ = [
    "Placement",
    "add_registration",
    "anonymise_rows",
    "erase",
    "held_about",
    "move_registration",
    "resend_confirmation",
    "AudienceCount",
    "audience_counts",
    "audience_of",
    "send_message",
    "CertificateCounts",
    "Outcome",
    "Scan",
    "ScanOutcome",
    "at_the_door",
    "certificate_counts",
    "mark_no_shows",
    "renew_check_in_secret",
    "scan",
    "send_certificates",
    "undo_no_shows",
    "RegistrationError",
    "Result",
    "SessionUnavailable",
    "Stake",
    "apply_session_changes",
    "cancel",
    "cancel_people",
    "cancel_session",
    "change_capacity",
    "check_in",
    "check_in_people",
    "invite_sequence",
    "invitation_token",
    "renew_invitation",
    "leave_waitlist",
    "location_key",
    "promote",
    "register",
    "restore_session",
    "set_waitlist",
    "withdraw_event",
    "withdrawal_stake",
]
