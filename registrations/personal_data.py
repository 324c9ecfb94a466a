"""What the site holds about one email address, for a personal-data request (RGPD art. 15).

Read for the sessions a staff member may see (``services.held_about``, which applies
``registrations.access``), in three queries however many sessions: the registrations with
their sessions, the emails they were sent, the history entries about them. The same
records make the screen, the JSON file and the CSV file, so the three never disagree.
"""

import csv
import io
import json
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry

from events.formatting import format_when
from events.models import EventSession

from . import history, services
from .models import OutboundEmail

DATES = [
    "created_at",
    "confirmed_at",
    "promoted_at",
    "reminded_at",
    "checked_in_at",
    "no_show_at",
    "cancelled_at",
]
PERSON = [
    "first_name",
    "last_name",
    "email",
    "organisation",
    "job_title",
    "accessibility_needs",
    "language",
]


@dataclass
class Record:
    registration: object
    when: str
    emails: list = field(default_factory=list)
    entries: list = field(default_factory=list)

    @property
    def session(self):
        return self.registration.session


def records(email, user):
    """One record per registration of ``email`` that ``user`` may see, oldest first."""
    registrations = list(services.held_about(email, user))
    if not registrations:
        return []
    ids = [registration.pk for registration in registrations]
    found = {
        registration.pk: Record(
            registration,
            format_when(
                registration.session.start,
                registration.session.end,
                registration.session.time_zone,
            ),
        )
        for registration in registrations
    }
    for sent in OutboundEmail.objects.filter(registration_id__in=ids).order_by("created_at", "id"):
        found[sent.registration_id].emails.append(sent)
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(EventSession),
        object_id__in=[str(registration.session_id) for registration in registrations],
        action__startswith=history.PREFIX,
        data__registration__in=ids,
    ).order_by("timestamp", "id")
    for entry in entries:
        record = found.get(entry.data.get("registration"))
        if record is not None:
            record.entries.append(entry)
    return list(found.values())


def _moment(value, tzinfo):
    return timezone.localtime(value, tzinfo).isoformat() if value else None


def as_data(found):
    """The records as plain data, times in each session's own time zone (with offset)."""
    rows = []
    for record in found:
        registration, session = record.registration, record.session
        tz = session.tzinfo
        rows.append(
            {
                "session": {
                    "id": session.pk,
                    "event": session.event_title,
                    "start": _moment(session.start, tz),
                    "end": _moment(session.end, tz),
                },
                "status": registration.status,
                "waitlist_position": registration.waitlist_position,
                **{name: getattr(registration, name) for name in PERSON},
                "added_by_staff": registration.added_by_id is not None,
                **{name: _moment(getattr(registration, name), tz) for name in DATES},
                "emails": [
                    {
                        "kind": sent.kind,
                        "subject": sent.subject,
                        "queued_at": _moment(sent.created_at, tz),
                        "sent_at": _moment(sent.sent_at, tz),
                    }
                    for sent in record.emails
                ],
                "history": [
                    {
                        "action": entry.action.removeprefix(history.PREFIX),
                        "at": _moment(entry.timestamp, tz),
                    }
                    for entry in record.entries
                ],
            }
        )
    return rows


def as_json(found):
    return json.dumps({"registrations": as_data(found)}, ensure_ascii=False, indent=2)


def _cell(value):
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


CSV_COLUMNS = [
    "session_id",
    "event",
    "session_start",
    "status",
    "waitlist_position",
    *PERSON,
    "added_by_staff",
    *DATES,
    "emails",
    "history",
]


def as_csv(found):
    """One line per registration; the emails and the history each in one cell."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    for row in as_data(found):
        session = row.pop("session")
        emails = " | ".join(f"{e['queued_at']} {e['kind']}" for e in row.pop("emails"))
        entries = " | ".join(f"{e['at']} {e['action']}" for e in row.pop("history"))
        values = {
            "session_id": session["id"],
            "event": session["event"],
            "session_start": session["start"],
            **row,
            "emails": emails,
            "history": entries,
        }
        writer.writerow([_cell(values[name]) for name in CSV_COLUMNS])
    return out.getvalue()


def filename(extension):
    """No address in a file name: the date of the export only."""
    return f"donnees-personnelles-{timezone.localtime():%Y%m%d-%H%M}.{extension}"
