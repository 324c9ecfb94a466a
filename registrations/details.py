"""What a message or an invite says about a session, in one language.

Sessions belong to the French event page; a registrant who signed up in English reads the
English translation's title, place and link when it exists and is live. Built in batches
so that a feed of many sessions costs a fixed number of queries.
"""

from dataclasses import dataclass
from email.utils import parseaddr

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from events.formatting import format_when
from events.models import EventMode, EventPage


def site_url():
    return getattr(settings, "SITE_URL", settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute_url(path):
    return site_url() + path


def page_url(page):
    parts = page.get_url_parts()
    if parts is None:
        return site_url() + "/"
    return site_url() + parts[2]


@dataclass
class SessionDetails:
    session_id: int
    language: str
    title: str
    summary: str
    when: str
    start: object
    end: object
    time_zone: str
    location: str
    online_url: str
    online_only: bool
    event_url: str
    organiser_name: str
    organiser_email: str
    reply_to: str
    is_cancelled: bool

    @property
    def uid(self):
        return f"session-{self.session_id}@{settings.SITE_DOMAIN}"


def _translations(events, language):
    """Map source page id → live page in ``language`` (the source itself when none)."""
    pages = {event.id: event for event in events}
    if language == settings.LANGUAGE_CODE or not pages:
        return pages
    keys = {event.translation_key: event.id for event in events}
    translated = EventPage.objects.live().filter(
        translation_key__in=keys, locale__language_code=language
    ).select_related("organiser")
    for page in translated:
        pages[keys[page.translation_key]] = page
    return pages


def location_text(session, page):
    if session.venue_override:
        return session.venue_override.strip()
    if page.mode == EventMode.ONLINE:
        return _("En ligne")
    parts = [page.venue_name.strip(), " ".join(page.venue_address.split())]
    return ", ".join(part for part in parts if part)


def default_from_address():
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def details_for_sessions(sessions, language):
    """Return {session id: SessionDetails} for sessions whose ``event`` is selected."""
    language = (language or settings.LANGUAGE_CODE)[:2]
    events = {session.event_id: session.event for session in sessions}
    pages = _translations(list(events.values()), language)
    result = {}
    with translation.override(language):
        for session in sessions:
            source = events[session.event_id]
            page = pages.get(session.event_id, source)
            organiser = page.organiser or source.organiser
            contact = source.contact_email or page.contact_email
            result[session.id] = SessionDetails(
                session_id=session.id,
                language=language,
                title=page.title,
                summary=page.summary,
                when=format_when(session.start, session.end, session.time_zone, language),
                start=session.start,
                end=session.end,
                time_zone=session.time_zone,
                location=location_text(session, page),
                online_url=source.online_url if source.mode != EventMode.ON_SITE else "",
                online_only=source.mode == EventMode.ONLINE and not session.venue_override,
                event_url=page_url(page),
                organiser_name=organiser.name if organiser else _("Mois de l'innovation publique"),
                organiser_email=contact or default_from_address(),
                reply_to=contact or settings.DEFAULT_REPLY_TO_EMAIL,
                is_cancelled=session.is_cancelled,
            )
    return result


def session_details(session, language):
    return details_for_sessions([session], language)[session.id]
