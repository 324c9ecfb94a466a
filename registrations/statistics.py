"""The figures of the staff statistics: registrations per day, fill, attendance, no-shows,
waiting lists and promotions, for the sessions a person may follow over a date range.

Everything comes from two aggregated queries (one row per session, one per day), whatever
the number of registrations; totals are summed from the session rows. Rates are
percentages, None when they have nothing to divide by:

- fill rate: seats taken / capacity, over the sessions not cancelled;
- attendance rate: people checked in / people with a seat, over the sessions that started
  and were not cancelled; no-show rate: absences recorded / people with a seat, the same;
- waiting list: people waiting now; promoted: people who got a seat from the waiting list;
- moved: people staff moved to another session of the event, counted there; a move is
  neither a registration nor a cancellation of the session they left.

The caller hands the sessions already limited by ``registrations.access``.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate

from events.models import EventSession

from .models import Registration
from .models import RegistrationStatus as Status

MAX_DAYS = 3 * 366


def site_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Scope:
    """Which sessions: starting between two dates (site time), for one organiser, lab or
    event when given (translation keys for the snippets and pages, so either language's)."""

    date_from: datetime.date
    date_to: datetime.date
    organiser_key: str | None = None
    lab_key: str | None = None
    event_id: int | None = None

    def bounds(self):
        zone = site_zone()
        start = datetime.datetime.combine(self.date_from, datetime.time(), zone)
        end = datetime.datetime.combine(
            self.date_to + datetime.timedelta(days=1), datetime.time(), zone
        )
        return start, end


def rate(part, whole):
    return round(100 * part / whole, 1) if whole else None


@dataclass
class Figures:
    """The counts of one session, or of all of them (``Report.totals``)."""

    capacity: int = 0
    registrations: int = 0
    confirmed: int = 0
    waitlisted: int = 0
    cancelled: int = 0
    moved: int = 0
    checked_in: int = 0
    no_shows: int = 0
    promoted: int = 0
    # What the rates divide: seats of sessions held, people with a seat at started ones.
    open_capacity: int = 0
    open_confirmed: int = 0
    started_confirmed: int = 0
    started_checked_in: int = 0
    started_no_shows: int = 0

    COUNTS = (
        "capacity",
        "registrations",
        "confirmed",
        "waitlisted",
        "cancelled",
        "moved",
        "checked_in",
        "no_shows",
        "promoted",
        "open_capacity",
        "open_confirmed",
        "started_confirmed",
        "started_checked_in",
        "started_no_shows",
    )

    def add(self, other):
        for name in self.COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def fill_rate(self):
        return rate(self.open_confirmed, self.open_capacity)

    @property
    def attendance_rate(self):
        return rate(self.started_checked_in, self.started_confirmed)

    @property
    def no_show_rate(self):
        return rate(self.started_no_shows, self.started_confirmed)


@dataclass
class SessionFigures(Figures):
    session: EventSession | None = None
    title: str = ""
    start: datetime.datetime | None = None  # in the session's own time zone
    is_cancelled: bool = False
    has_started: bool = False


@dataclass(frozen=True)
class Day:
    day: datetime.date
    count: int
    cumulative: int


@dataclass
class Report:
    scope: Scope
    sessions: list[SessionFigures]
    days: list[Day]
    totals: Figures = field(default_factory=Figures)


def sessions_in(sessions: QuerySet, scope: Scope) -> QuerySet:
    start, end = scope.bounds()
    sessions = sessions.filter(start__gte=start, start__lt=end)
    if scope.organiser_key:
        sessions = sessions.filter(
            Q(event__organiser__translation_key=scope.organiser_key)
            | Q(event__isnull=True, event_organiser_key=scope.organiser_key)
        )
    if scope.lab_key:
        sessions = sessions.filter(
            Q(event__host_lab__translation_key=scope.lab_key)
            | Q(event__isnull=True, event_host_lab_key=scope.lab_key)
        )
    if scope.event_id:
        sessions = sessions.filter(event_id=scope.event_id)
    return sessions


def _counted(sessions):
    confirmed = Q(registrations__status=Status.CONFIRMED)
    moved = Q(registrations__moved_at__isnull=False)
    return sessions.annotate(
        n_registrations=Count("registrations", filter=~moved),
        n_confirmed=Count("registrations", filter=confirmed),
        n_waitlisted=Count("registrations", filter=Q(registrations__status=Status.WAITLISTED)),
        n_cancelled=Count(
            "registrations", filter=Q(registrations__status=Status.CANCELLED) & ~moved
        ),
        n_moved=Count("registrations", filter=moved),
        n_checked_in=Count(
            "registrations", filter=confirmed & Q(registrations__checked_in_at__isnull=False)
        ),
        n_no_shows=Count(
            "registrations", filter=confirmed & Q(registrations__no_show_at__isnull=False)
        ),
        n_promoted=Count("registrations", filter=Q(registrations__promoted_at__isnull=False)),
    ).order_by("start", "pk")


def _session_figures(session, now):
    held = not session.is_cancelled
    started = held and session.start <= now
    return SessionFigures(
        session=session,
        title=session.event_title,
        start=session.local_start,
        is_cancelled=session.is_cancelled,
        has_started=started,
        capacity=session.capacity,
        registrations=session.n_registrations,
        confirmed=session.n_confirmed,
        waitlisted=session.n_waitlisted,
        cancelled=session.n_cancelled,
        moved=session.n_moved,
        checked_in=session.n_checked_in,
        no_shows=session.n_no_shows,
        promoted=session.n_promoted,
        open_capacity=session.capacity if held else 0,
        open_confirmed=session.n_confirmed if held else 0,
        started_confirmed=session.n_confirmed if started else 0,
        started_checked_in=session.n_checked_in if started else 0,
        started_no_shows=session.n_no_shows if started else 0,
    )


def registrations_per_day(sessions: QuerySet) -> list[Day]:
    """Registrations made each day (site time) for ``sessions``, every day from the first to
    the last shown (days without any included), with the running total."""
    rows = (
        Registration.objects.filter(session__in=sessions.values("pk"), moved_at__isnull=True)
        .annotate(day=TruncDate("created_at", tzinfo=site_zone()))
        .values("day")
        .annotate(count=Count("id"))
        .order_by("day")
    )
    per_day = {row["day"]: row["count"] for row in rows}
    if not per_day:
        return []
    first, last = min(per_day), max(per_day)
    first = max(first, last - datetime.timedelta(days=MAX_DAYS))
    earlier = sum(count for day, count in per_day.items() if day < first)
    days, total = [], earlier
    for offset in range((last - first).days + 1):
        day = first + datetime.timedelta(days=offset)
        total += per_day.get(day, 0)
        days.append(Day(day, per_day.get(day, 0), total))
    return days


def report(sessions: QuerySet, scope: Scope, *, now: datetime.datetime) -> Report:
    """The figures of the ``sessions`` (already limited to what the person may follow) that
    ``scope`` selects."""
    chosen = sessions_in(sessions, scope)
    rows = [_session_figures(session, now) for session in _counted(chosen)]
    result = Report(scope=scope, sessions=rows, days=registrations_per_day(chosen))
    for row in rows:
        result.totals.add(row)
    return result
