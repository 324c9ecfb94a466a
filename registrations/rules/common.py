"""What every rule shares: the session lock, seats at write time, invites, promotion."""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import F
from wagtail.models import Page

from common.page_cache import seats_changed
from events.availability import Outcome, availability
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


class SessionUnavailable(RegistrationError):
    """The site does not offer this session to its visitors: gone, its page not live, its
    registrations taken elsewhere, or on invitation and the visitor has none."""


LOCATION_FIELDS = ("mode", "venue_name", "venue_address", "online_url")

# What the locking read brings of the session's event (only the session row is locked):
# its key for the cached pages, whether the site takes its registrations, and its place for
# the invite state a first registration creates. Two joins on primary keys cost less than
# the queries they replace, which everyone queued behind the lock would wait for.
LOCKED_EVENT_FIELDS = {
    "event_key": "translation_key",
    "event_live": "live",
    "event_registers_elsewhere": "external_registration_url",
    **{f"event_{name}": name for name in LOCATION_FIELDS},
}


def lock_session(session):
    """Lock the session row: every seat decision for it waits here, one at a time.

    Its invite state and what the rules need of its event come in the same query
    (``LOCKED_EVENT_FIELDS``; the invitation token, which only sessions on invitation need,
    is read when asked for). Cached pages that show its seats are dropped once the
    transaction commits (``common.page_cache``): whoever made the change sees it after.
    """
    return _lock(session)[0]


def lock_and_count(session, now, email=None):
    """``lock_session`` then ``seats_now``: (the locked session, its seats, ``email``'s row).

    On PostgreSQL in one round trip, two statements in one query: under READ COMMITTED the
    second one's snapshot is taken once the first holds the lock, so it counts what the
    previous holder committed. Everyone queued behind the lock waits for one exchange less.
    """
    if not _two_statements_at_once():
        locked = lock_session(session)
        return locked, *seats_now(locked, now, email)
    counting = (_counts_statement(), _counts_parameters(pk_of(session), email or ""))
    locked, counts = _lock(session, then=counting)
    return locked, *_seats(locked, counts, now, email)


def _lock(session, then=None):
    """The locking read, and the row of ``then`` (statement, parameters) sent with it."""
    read = _locking_read()
    extra = None
    with connection.cursor() as cursor:
        if then is None:
            cursor.execute(read.sql, [pk_of(session)])
        else:
            statement, parameters = then
            cursor.execute(f"{read.sql}; {statement}", [pk_of(session), *parameters])
        row = cursor.fetchone()
        if then is not None:
            cursor.nextset()
            extra = cursor.fetchone()
    if row is None:
        raise EventSession.DoesNotExist("EventSession matching query does not exist.")
    values = [read.convert(index, value) for index, value in enumerate(row)]
    sessions, states = len(read.session_fields), len(read.state_fields)
    names = [field.attname for field in read.session_fields]
    locked = EventSession.from_db(connection.alias, names, values[:sessions])
    state = None
    if values[sessions] is not None:
        names = [field.attname for field in read.state_fields]
        state = InviteState.from_db(connection.alias, names, values[sessions : sessions + states])
        InviteState.session.field.set_cached_value(state, locked)
    EventSession.invite_state.related.set_cached_value(locked, state)
    for alias, value in zip(LOCKED_EVENT_FIELDS, values[sessions + states :], strict=True):
        setattr(locked, alias, value)
    seats_changed(locked.event_key, at_once=False)
    return locked, extra


def _two_statements_at_once():
    """Whether one query may carry two statements: PostgreSQL with parameters bound by
    psycopg in the client (Django's default), not SQLite."""
    options = connection.settings_dict.get("OPTIONS", {})
    return connection.vendor == "postgresql" and not options.get("server_side_binding")


@dataclass(frozen=True)
class _LockingRead:
    sql: str
    session_fields: tuple
    state_fields: tuple
    columns: tuple  # (column expression, its converters), in the order of the select list

    def convert(self, index, value):
        expression, converters = self.columns[index]
        for converter in converters:
            value = converter(value, expression, connection)
        return value


@functools.cache
def _locking_read():
    """The locking read, written out once (the ORM's would be built again each time, taking
    longer than the database takes to run it, while everyone queued waits): the session
    row, locked, its invite state and ``LOCKED_EVENT_FIELDS``, converted as the ORM
    converts them (``tests/test_registration_lock.py`` compares the two)."""
    quote = connection.ops.quote_name
    session_table, state_table = EventSession._meta.db_table, InviteState._meta.db_table
    event_table, page_table = EventPage._meta.db_table, Page._meta.db_table
    page_link = EventPage._meta.get_ancestor_link(Page)
    session_fields = tuple(EventSession._meta.concrete_fields)
    state_fields = tuple(InviteState._meta.concrete_fields)
    event_fields = [EventPage._meta.get_field(name) for name in LOCKED_EVENT_FIELDS.values()]
    selected = [
        *((session_table, field) for field in session_fields),
        *((state_table, field) for field in state_fields),
        *((field.model._meta.db_table, field) for field in event_fields),
    ]
    columns = []
    for table, field in selected:
        expression = field.get_col(table)
        converters = connection.ops.get_db_converters(expression)
        columns.append((expression, converters + expression.get_db_converters(connection)))

    def column(table, name):
        return f"{quote(table)}.{quote(name)}"

    session_id = column(session_table, EventSession._meta.pk.column)
    sql = (
        f"SELECT {', '.join(column(table, field.column) for table, field in selected)} "
        f"FROM {quote(session_table)} "
        f"LEFT OUTER JOIN {quote(state_table)} "
        f"ON {column(state_table, InviteState.session.field.column)} = {session_id} "
        f"LEFT OUTER JOIN {quote(event_table)} "
        f"ON {column(event_table, EventPage._meta.pk.column)} = "
        f"{column(session_table, EventSession.event.field.column)} "
        f"LEFT OUTER JOIN {quote(page_table)} "
        f"ON {column(page_table, Page._meta.pk.column)} = {column(event_table, page_link.column)} "
        f"WHERE {session_id} = %s"
    )
    if connection.features.has_select_for_update_of:
        sql += f" FOR UPDATE OF {quote(session_table)}"
    elif connection.features.has_select_for_update:
        sql += " FOR UPDATE"
    return _LockingRead(sql, session_fields, state_fields, tuple(columns))


def offered_on_site(session):
    """Whether visitors can register for the locked ``session`` on this site."""
    return bool(session.event_live) and not session.event_registers_elsewhere


def seats_now(session, now, email=None):
    """What the locked session allows, and (same query) the id of ``email``'s row if any."""
    with connection.cursor() as cursor:
        cursor.execute(_counts_statement(), _counts_parameters(pk_of(session), email or ""))
        return _seats(session, cursor.fetchone(), now, email)


def _counts_parameters(pk, email):
    return [*COUNTED, email, pk]


def _seats(session, counts, now, email):
    confirmed, waiting, existing = counts
    return availability(session, confirmed, waiting, now), existing if email else None


# The statuses ``events.availability.counting`` counts, in the order of its two counts.
COUNTED = (Status.CONFIRMED.value, Status.WAITLISTED.value)


@functools.cache
def _counts_statement():
    """``counting``'s two counts for one session and the id of an address's row, written
    out: every rule runs it under the lock, and the ORM takes ten times longer to build it
    than the database to run it (``tests/test_registration_lock.py`` holds the two
    together)."""
    quote = connection.ops.quote_name
    table = quote(Registration._meta.db_table)
    column = {
        name: quote(Registration._meta.get_field(name).column)
        for name in ("id", "status", "email", "session")
    }
    return (
        f"SELECT COUNT(CASE WHEN {column['status']} = %s THEN 1 END), "
        f"COUNT(CASE WHEN {column['status']} = %s THEN 1 END), "
        f"MAX(CASE WHEN {column['email']} = %s THEN {column['id']} END) "
        f"FROM {table} WHERE {column['session']} = %s"
    )


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
    elif hasattr(session, "event_mode"):  # read with the lock (``lock_session``)
        parts = [getattr(session, f"event_{name}") for name in LOCATION_FIELDS]
    else:
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
