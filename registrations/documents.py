"""The printable documents: a session's attendance sheet and a participant's certificate.

Both are HTML templates (``registrations/documents/``) rendered to PDF by WeasyPrint. Its
URL fetcher reads the project's own static files and nothing else, so a document never
reaches the network, whatever a title or a name contains; the fonts are the DSFR's Marianne,
shipped with django-dsfr's static files (reserved to State sites, which this one is).
"""

import datetime
import functools
import mimetypes
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from common.text import folded
from events.coaches import EventCoach
from events.formatting import format_date

from .details import session_details
from .models import Registration, RegistrationStatus

# Documents link their fonts and images under this made-up origin; the fetcher answers
# from the static files (never over the network: ".invalid" cannot resolve).
STATIC_ORIGIN = "https://static.invalid"
# A morning ends at noon and an afternoon starts at two: a session running on both sides
# of lunch is signed twice a day, as French training rules ask.
NOON = datetime.time(12, 0)
AFTERNOON = datetime.time(14, 0)
# Empty numbered rows at the end of the sheet, for people who came without registering.
BLANK_ROWS = 5


def _static_file(url):
    """(bytes, content type) of the static file ``url`` names; ValueError for any other URL."""
    parts = urlsplit(url)
    prefix = urlsplit(settings.STATIC_URL).path
    if f"{parts.scheme}://{parts.netloc}" != STATIC_ORIGIN or not parts.path.startswith(prefix):
        raise ValueError(f"Documents read only the project's static files, not {url[:100]}")
    try:
        found = finders.find(unquote(parts.path[len(prefix) :]))
    except SuspiciousFileOperation as error:
        raise ValueError(f"Not a static file: {url[:100]}") from error
    if not found or not Path(found).is_file():
        raise ValueError(f"No such static file: {url[:100]}")
    return Path(found).read_bytes(), mimetypes.guess_type(found)[0] or "application/octet-stream"


@functools.cache
def _weasyprint():
    """WeasyPrint and a fetcher that serves it the static files and refuses everything else.

    Imported on first use: it weighs half a second and tens of megabytes, which the web
    processes that never print a document need not carry.
    """
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            content, content_type = _static_file(url)
            return URLFetcherResponse(url, content, {"Content-Type": content_type})

    return HTML, StaticFilesFetcher


def static_files_fetcher():
    return _weasyprint()[1]()


def render_pdf(template_name, context):
    html_class, fetcher_class = _weasyprint()
    static_base = STATIC_ORIGIN + urlsplit(settings.STATIC_URL).path
    html = render_to_string(template_name, {**context, "static_base": static_base})
    return html_class(string=html, base_url=static_base, url_fetcher=fetcher_class()).write_pdf()


def css_string(text):
    """``text`` as a CSS string literal, for the page margins (running title, page numbers)."""
    escaped = "".join(
        f"\\{ord(c):x} " if c in '"\\' or ord(c) < 32 else c for c in re.sub(r"\s+", " ", text)
    )
    return f'"{escaped}"'


def page_numbers():
    """The CSS ``content`` of the page numbers in the active language: « Page 2 sur 5 »."""
    pieces = _("Page %(page)s sur %(pages)s").split("%(")
    content = [css_string(pieces[0])] if pieces[0] else []
    for piece in pieces[1:]:
        name, _sep, rest = piece.partition(")s")
        content.append(f"counter({'pages' if name == 'pages' else 'page'})")
        if rest:
            content.append(css_string(rest))
    return " ".join(content)


def _half_days(session):
    """[(day, morning?, afternoon?)] for each local day the session runs on."""
    start, end = session.local_start, session.local_end
    days = []
    day = start.date()
    while day <= end.date():
        opens = start.time() if day == start.date() else datetime.time.min
        closes = end.time() if day == end.date() else datetime.time.max
        days.append((day, opens < NOON, closes > AFTERNOON))
        day += datetime.timedelta(days=1)
    return days


def signature_columns(session, language):
    """The heads of the signature columns: one, or a morning and an afternoon per day."""
    days = _half_days(session)
    if len(days) == 1:
        _day, morning, afternoon = days[0]
        return [_("Matin"), _("Après-midi")] if morning and afternoon else [_("Signature")]
    columns = []
    for day, morning, afternoon in days:
        date = format_date(day, language)
        if morning and afternoon:
            columns.append(_("%(date)s, matin") % {"date": date})
            columns.append(_("%(date)s, après-midi") % {"date": date})
        else:
            columns.append(date)
    return columns


def session_coaches(session, language):
    """« Name (role, organisation) » of whoever leads ``session``: the event's coaches and
    the session's own, from the event page in ``language`` if it has one."""
    if session.event_id is None:
        return []
    # A copied page's coach may still name the original's session: they lead the whole event.
    for_session = (
        Q(session__isnull=True) | Q(session=session) | ~Q(session__event_id=session.event_id)
    )
    coaches = list(
        EventCoach.objects.filter(
            for_session,
            page__translation_key=session.event.translation_key,
            page__locale__language_code=language,
        ).order_by("sort_order", "pk")
    ) or list(
        EventCoach.objects.filter(for_session, page_id=session.event_id).order_by(
            "sort_order", "pk"
        )
    )
    return [
        ", ".join(filter(None, [f"{coach.name} ({coach.get_role_display()}", coach.organisation]))
        + ")"
        for coach in coaches
    ]


def attendance_sheet(session) -> bytes:
    """The « feuille d'émargement » of a session, in the active language: one row per
    person with a seat, by last name without regard to accents."""
    language = translation.get_language()
    people = sorted(
        Registration.objects.filter(
            session=session, status=RegistrationStatus.CONFIRMED, anonymised_at__isnull=True
        ).only("first_name", "last_name", "organisation"),
        key=lambda r: (folded(r.last_name), folded(r.first_name), r.pk),
    )
    details = session_details(session, language)
    columns = signature_columns(session, language)
    title = _("Feuille d'émargement")
    return render_pdf(
        "registrations/documents/attendance_sheet.html",
        {
            "details": details,
            "people": people,
            "coaches": session_coaches(session, language),
            "columns": columns,
            "blank_rows": range(len(people) + 1, len(people) + BLANK_ROWS + 1),
            "landscape": len(columns) > 3,
            "document_title": title,
            "running_title": css_string(f"{title} – {details.title} – {details.when}"),
            "page_numbers": page_numbers(),
        },
    )


def duration(session, language):
    """How long a session lasted, as a certificate says it: « 3 heures 30 » or « 2 jours »."""
    days = _half_days(session)
    with translation.override(language):
        if len(days) > 1:
            return ngettext("%(count)s jour", "%(count)s jours", len(days)) % {"count": len(days)}
        minutes = round((session.end - session.start).total_seconds() / 60)
        hours, minutes = divmod(minutes, 60)
        parts = []
        if hours:
            parts.append(ngettext("%(count)s heure", "%(count)s heures", hours) % {"count": hours})
        if minutes or not hours:
            parts.append(
                ngettext("%(count)s minute", "%(count)s minutes", minutes) % {"count": minutes}
            )
        return " ".join(parts)


def certificate(registration: Registration, *, today: datetime.date | None = None) -> bytes:
    """The « attestation de participation » of a checked-in person, in their language."""
    session = registration.session
    language = registration.language or settings.LANGUAGE_CODE
    with translation.override(language):
        details = session_details(session, language)
        title = _("Attestation de participation")
        issued = today or timezone.localdate(timezone.now(), session.tzinfo)
        return render_pdf(
            "registrations/documents/certificate.html",
            {
                "details": details,
                "registration": registration,
                "duration": duration(session, language),
                "issued": format_date(issued, language),
                "reference": f"{session.pk}-{registration.pk}",
                "document_title": title,
                "page_numbers": page_numbers(),
            },
        )


def certificate_filename():
    """No name in it: the file travels by email and sits in download folders."""
    return _("attestation-de-participation") + ".pdf"
