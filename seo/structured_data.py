"""schema.org data of event pages (one ``Event`` per session) and lab pages (``Organization``).

Availability comes from each session's ``availability`` (``events/availability.py``): the
page shows it, search engines read the same. The connection link of an online session is
sent to registrants only: the ``VirtualLocation`` is the event page.
"""

import json

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from common.images import sharing_image
from events.availability import SessionState
from events.choices import EventMode

from .meta import absolute, description

SCHEMA = "https://schema.org/"
ATTENDANCE_MODES = {
    EventMode.ON_SITE: "OfflineEventAttendanceMode",
    EventMode.ONLINE: "OnlineEventAttendanceMode",
    EventMode.HYBRID: "MixedEventAttendanceMode",
}
# Few seats left: schema.org's "limited availability".
LIMITED_FROM = 5


def _organization(organisation):
    data = {"@type": "Organization", "name": organisation.name}
    if getattr(organisation, "website", ""):
        data["url"] = organisation.website
    return data


def _place(page, session):
    address = (session.venue_override or page.venue_address).strip()
    first_line = address.splitlines()[0] if address else ""
    region = page.region.name if page.region_id else ""
    place = {"@type": "Place", "name": page.venue_name or first_line or region or page.title}
    if address:
        place["address"] = {"@type": "PostalAddress", "streetAddress": " ".join(address.split())}
    if page.region_id:
        place.setdefault("address", {"@type": "PostalAddress"})["addressRegion"] = page.region.name
        place["address"]["addressCountry"] = "FR"
    return place


def _locations(page, session, url):
    virtual = {"@type": "VirtualLocation", "url": url}
    if page.mode == EventMode.ONLINE:
        return virtual
    if page.mode == EventMode.HYBRID:
        return [_place(page, session), virtual]
    return _place(page, session)


def _offer(page, session, url):
    # Once the session is over, the organiser's registration link is not offered any more,
    # as on the page itself.
    over = session.end <= timezone.now()
    registration_url = "" if over else page.external_registration_url
    offer = {"@type": "Offer", "url": registration_url or url, "price": "0"}
    offer["priceCurrency"] = "EUR"
    if session.registration_opens_at:
        offer["validFrom"] = session.registration_opens_at.isoformat()
    if page.external_registration_url:
        return offer
    seats = session.availability
    if seats.state == SessionState.OPEN:
        if seats.places_left == 0:
            offer["availability"] = SCHEMA + "SoldOut"
        elif seats.places_left <= LIMITED_FROM:
            offer["availability"] = SCHEMA + "LimitedAvailability"
        else:
            offer["availability"] = SCHEMA + "InStock"
    elif seats.state == SessionState.NOT_OPEN:
        offer["availability"] = SCHEMA + "PreOrder"
    else:  # closed, started or cancelled: nothing to order any more
        offer["availability"] = SCHEMA + "SoldOut"
    return offer


def event_data(page, sessions, request):
    """One schema.org ``Event`` per session of ``page`` (sessions from its context)."""
    url = page.get_full_url(request)
    image = sharing_image(page)
    events = []
    for session in sessions:
        event = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": page.title,
            "description": description(page),
            "url": url,
            "startDate": timezone.localtime(session.start, session.tzinfo).isoformat(),
            "endDate": timezone.localtime(session.end, session.tzinfo).isoformat(),
            "eventStatus": SCHEMA
            + ("EventCancelled" if session.is_cancelled else "EventScheduled"),
            "eventAttendanceMode": SCHEMA + ATTENDANCE_MODES[EventMode(page.mode)],
            "location": _locations(page, session, url),
            "inLanguage": page.event_language,
            "offers": _offer(page, session, url),
        }
        if image is not None:
            event["image"] = [absolute(page, request, image.url)]
        if page.organiser_id:
            event["organizer"] = _organization(page.organiser)
        if not page.external_registration_url and session.availability.state == SessionState.OPEN:
            event["maximumAttendeeCapacity"] = session.availability.capacity
            event["remainingAttendeeCapacity"] = session.availability.places_left
        events.append(event)
    return events


def organization_data(lab, request):
    """A lab as a schema.org ``Organization``."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": lab.title,
        "description": description(lab),
        "url": lab.get_full_url(request),
    }
    if lab.website:
        data["sameAs"] = [lab.website]
    if lab.contact_email:
        data["email"] = lab.contact_email
    address = " ".join(strip_tags(lab.address).split())
    if address or lab.region_id:
        data["address"] = {"@type": "PostalAddress", "addressCountry": "FR"}
        if address:
            data["address"]["streetAddress"] = address
        if lab.region_id:
            data["address"]["addressRegion"] = lab.region.name
    image = sharing_image(lab)
    if image is not None:
        data["image"] = absolute(lab, request, image.url)
    if lab.logo_id:
        data["logo"] = absolute(lab, request, lab.logo.get_rendition("max-400x400").url)
    return data


def script(data):
    """``<script type="application/ld+json">``: escaped like ``json_script``."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    for char, escaped in (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')
