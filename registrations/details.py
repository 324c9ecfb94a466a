"""What a message or an invite says about a session, in one language.

Sessions belong to the French event page; a registrant who signed up in English reads the
English translation's title, place and link when it exists and is live. Built in batches
so that a feed of many sessions costs a fixed number of queries. A session whose page was
deleted is described from the snapshot it kept (``events.ownership.page_snapshot``).
"""

from dataclasses import dataclass
from email.utils import parseaddr

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from common.translations import localized
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
    # The session's own title and description, when its event has distinct sessions.
    session_title: str = ""
    session_description: str = ""

    @property
    def full_title(self):
        """« Event – session title », or the event's title for an untitled session."""
        return f"{self.title} – {self.session_title}" if self.session_title else self.title

    @property
    def uid(self):
        return f"session-{self.session_id}@{settings.SITE_DOMAIN}"


def _translations(events, language):
    """Map source page id → live page in ``language`` (the source itself when none)."""
    if language == settings.LANGUAGE_CODE:
        return {event.id: event for event in events}
    return localized(events, language, EventPage.objects.live().select_related("organiser"))


def location_text(session, page):
    if session.venue_override:
        return session.venue_override.strip()
    if page.mode == EventMode.ONLINE:
        return _("En ligne")
    parts = [page.venue_name.strip(), " ".join(page.venue_address.split())]
    return ", ".join(part for part in parts if part)


def default_from_address():
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def _from_snapshot(session, language):
    """A session that outlived its page, described as the page was when it was deleted."""
    snapshot = session.event_snapshot

    def text(name):
        values = snapshot.get(name, {})
        return values.get(language) or values.get(snapshot.get("language"), "")

    mode = snapshot.get("mode", EventMode.ON_SITE)
    if session.venue_override:
        location = session.venue_override.strip()
    elif mode == EventMode.ONLINE:
        location = _("En ligne")
    else:
        parts = [text("venue_name").strip(), " ".join(text("venue_address").split())]
        location = ", ".join(part for part in parts if part)
    contact = snapshot.get("contact_email", "")
    return SessionDetails(
        session_id=session.id,
        language=language,
        title=text("title"),
        summary=text("summary"),
        when=format_when(session.start, session.end, session.time_zone, language),
        start=session.start,
        end=session.end,
        time_zone=session.time_zone,
        location=location,
        online_url=snapshot.get("online_url", "") if mode != EventMode.ON_SITE else "",
        online_only=mode == EventMode.ONLINE and not session.venue_override,
        event_url=site_url() + "/",
        organiser_name=text("organiser_name") or _("Mois de l'innovation publique"),
        organiser_email=contact or default_from_address(),
        reply_to=contact or settings.DEFAULT_REPLY_TO_EMAIL,
        is_cancelled=session.is_cancelled,
        session_title=session.title_in(language),
        session_description=session.description_in(language),
    )


def details_for_sessions(sessions, language):
    """Return {session id: SessionDetails} for sessions whose ``event`` is selected."""
    language = (language or settings.LANGUAGE_CODE)[:2]
    events = {session.event_id: session.event for session in sessions if session.event_id}
    pages = _translations(list(events.values()), language)
    result = {}
    with translation.override(language):
        for session in sessions:
            if session.event_id is None:
                result[session.id] = _from_snapshot(session, language)
                continue
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
                session_title=session.title_in(language),
                session_description=session.description_in(language),
            )
    return result


def session_details(session, language):
    return details_for_sessions([session], language)[session.id]
