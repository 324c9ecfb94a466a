"""Every iCalendar file the site produces: invitations, updates, cancellations, downloads, feeds.

- ``request_invite``: METHOD:REQUEST for one registrant (confirmation, promotion, update);
- ``cancel_invite``: METHOD:CANCEL, same UID, a higher SEQUENCE, STATUS:CANCELLED;
- ``publish_calendar``: METHOD:PUBLISH for downloads and the programme feed.

One UID per session (``session-<id>@<SITE_DOMAIN>``), never per message, so that clients
update or remove the event they already have. Times carry their TZID and VTIMEZONE, and
fall back to UTC for the rare local time that a daylight-saving change makes ambiguous.
No personal link ever goes in a file: invites get forwarded.
"""

import datetime
import zoneinfo
from collections.abc import Iterable, Mapping

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Conference, Event, vCalAddress

from .details import SessionDetails

PRODID = "-//Mois de l'innovation publique//Inscriptions//FR"


def _local(value, time_zone):
    if time_zone == "UTC":
        return value.astimezone(datetime.UTC)
    local = value.astimezone(zoneinfo.ZoneInfo(time_zone))
    other = local.replace(fold=1 - local.fold)
    if other.utcoffset() != local.utcoffset():
        return value.astimezone(datetime.UTC)
    return local


def _address(email, name, **params):
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = name
    address.params.update(params)
    return address


def _description(details, include_online):
    parts = [details.session_description.strip(), details.summary.strip()]
    if include_online and details.online_url:
        parts.append(_("Lien de connexion : %(url)s") % {"url": details.online_url})
    parts.append(details.event_url)
    return "\n\n".join(part for part in parts if part)


def _event(details, *, sequence, status, attendee=None, include_online=False):
    online = include_online and details.online_url
    with translation.override(details.language):
        location = details.location
        if online and (details.online_only or not location):
            location = details.online_url
        event = Event.new(
            uid=details.uid,
            sequence=sequence,
            stamp=timezone.now().astimezone(datetime.UTC),
            start=_local(details.start, details.time_zone),
            end=_local(details.end, details.time_zone),
            summary=details.full_title,
            description=_description(details, include_online),
            location=location or None,
            url=details.event_url,
            organizer=_address(details.organiser_email, details.organiser_name),
            attendees=[attendee] if attendee else None,
            conferences=[Conference(details.online_url, feature="VIDEO")] if online else None,
        )
    event.add("STATUS", status)
    return event


def _one_off_rules(calendar):
    """Each VTIMEZONE rule given as DTSTART plus RDATE becomes one rule per date.

    icalendar's ``add_missing_timezones()`` writes a transition that happens on several
    dates as one STANDARD or DAYLIGHT with a DTSTART and RDATEs. ical.js (Thunderbird)
    ignores that DTSTART when RDATE is present, and reads an autumn-night session an hour
    late. One component per transition, each with its own DTSTART and no RDATE, says the
    same thing in the form icalendar, vobject and ical.js all read alike."""
    for zone in calendar.walk("VTIMEZONE"):
        rules = []
        for rule in zone.subcomponents:
            rdates = rule.get("RDATE")
            if rdates is None or rule.get("RRULE") is not None:
                rules.append(rule)
                continue
            starts = [rule.decoded("DTSTART")]
            for rdate in rdates if isinstance(rdates, list) else [rdates]:
                starts += [value.dt for value in rdate.dts]
            for start in sorted(set(starts)):
                copy = type(rule)()
                for key, value in rule.property_items(recursive=False)[1:-1]:
                    if key not in ("DTSTART", "RDATE"):
                        copy.add(key, value, encode=False)
                copy.add("DTSTART", start)
                rules.append(copy)
        zone.subcomponents = rules


def _calendar(method, events, name=None):
    calendar = Calendar.new(method=method, prodid=PRODID, name=name)
    calendar.pop("UID", None)
    if name:
        calendar.add("X-WR-CALNAME", name)
        calendar.add("X-PUBLISHED-TTL", datetime.timedelta(hours=1))
    for event in events:
        calendar.add_component(event)
    if events:
        starts = [event.start for event in events]
        ends = [event.end for event in events]
        calendar.add_missing_timezones(
            first_date=min(starts).date() - datetime.timedelta(days=366),
            last_date=max(ends).date() + datetime.timedelta(days=366),
        )
        _one_off_rules(calendar)
    return calendar.to_ical().decode()


def request_invite(details: SessionDetails, *, email: str, name: str, sequence: int) -> str:
    attendee = _address(email, name, ROLE="REQ-PARTICIPANT", PARTSTAT="ACCEPTED", RSVP="FALSE")
    event = _event(
        details, sequence=sequence, status="CONFIRMED", attendee=attendee, include_online=True
    )
    return _calendar("REQUEST", [event])


def cancel_invite(details: SessionDetails, *, email: str, name: str, sequence: int) -> str:
    attendee = _address(email, name, ROLE="REQ-PARTICIPANT", PARTSTAT="DECLINED", RSVP="FALSE")
    event = _event(details, sequence=sequence, status="CANCELLED", attendee=attendee)
    return _calendar("CANCEL", [event])


def publish_calendar(
    details_list: Iterable[SessionDetails],
    *,
    sequences: Mapping[int, int] | None = None,
    name: str | None = None,
    include_online: bool = False,
) -> str:
    """A downloadable or subscribable calendar; online links only for a registrant's own copy."""
    sequences = sequences or {}
    events = [
        _event(
            details,
            sequence=sequences.get(details.session_id, 0),
            status="CANCELLED" if details.is_cancelled else "CONFIRMED",
            include_online=include_online,
        )
        for details in details_list
    ]
    return _calendar("PUBLISH", events, name=name)
