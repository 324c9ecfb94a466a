"""At the door and after: the answer to a scanned QR code, a new code for one person, and
the people with a seat who did not come, marked absent in one action.

Thin: the decisions are ``registrations.attendance``'s; these screens show them.
"""

from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from common.responses import private
from events.formatting import format_when
from registrations import services
from registrations.access import sessions_visible_to
from registrations.models import Registration
from registrations.models import RegistrationStatus as Status
from registrations.services import RegistrationError, ScanOutcome

from .check_in import (
    check_access,
    door_session_id,
    local_time,
    visible_registration,
    visible_session,
)

SCAN_TITLES = {
    ScanOutcome.CHECKED_IN: gettext_lazy("Présence enregistrée"),
    ScanOutcome.ALREADY: gettext_lazy("Présence déjà pointée"),
    ScanOutcome.WRONG_SESSION: gettext_lazy("Pas la bonne session"),
    ScanOutcome.CANCELLED: gettext_lazy("Inscription annulée"),
    ScanOutcome.WAITLISTED: gettext_lazy("En liste d'attente : pas de place"),
    ScanOutcome.SESSION_CANCELLED: gettext_lazy("Session annulée"),
    ScanOutcome.NOT_YOURS: gettext_lazy("Pas une de vos sessions"),
    ScanOutcome.UNKNOWN: gettext_lazy("Code inconnu"),
}


@require_GET
@never_cache
def scan(request, secret):
    """What the phone's camera opens: the code checked in, or why not, full screen."""
    check_access(request)
    door_id = door_session_id(request)
    # The session at the door, if it still exists and is still this person's to follow.
    door = sessions_visible_to(request.user).filter(pk=door_id).first() if door_id else None
    result = services.scan(secret, by=request.user, door_session=door)
    session = result.session
    context = {
        "result": result,
        "outcome": result.outcome,
        "page_title": str(SCAN_TITLES[result.outcome]),
        "person": result.registration,
        "session": session,
        "door": door or session,
        "when": format_when(session.start, session.end, session.time_zone) if session else "",
        "time": format_html(
            '<span class="scan__nowrap">{}</span>', local_time(result.checked_in_at, session)
        )
        if session
        else "",
    }
    # Always a 200: a 404 would be turned by the locale middleware into the site's own
    # "page not found", where the person at the door needs this red answer.
    return private(TemplateResponse(request, "registrations/staff/scan.html", context))


@require_http_methods(["GET", "POST"])
@never_cache
def renew_code(request, registration_id):
    """A new QR code for one person, after a confirmation that says what will happen."""
    registration = visible_registration(request, registration_id)
    if request.method == "POST":
        try:
            email = services.renew_check_in_secret(registration, by=request.user)
        except RegistrationError as error:
            messages.error(request, str(error))
        else:
            name = registration.full_name or registration.pk
            if email:
                message = _("Nouveau code d'entrée pour %(name)s, envoyé par courriel.")
            else:
                message = _("Nouveau code d'entrée pour %(name)s (aucun courriel envoyé).")
            messages.success(request, message % {"name": name})
        return redirect("registrations_admin:session", registration.session_id)
    session = registration.session
    will_email = (
        bool(registration.email)
        and registration.status == Status.CONFIRMED
        and not session.is_cancelled
        and session.end > timezone.now()
    )
    title = _("Nouveau code d'entrée")
    return TemplateResponse(
        request,
        "registrations/staff/renew_code.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "key",
            "registration": registration,
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "will_email": will_email,
        },
    )


@require_http_methods(["GET", "POST"])
@never_cache
def no_shows(request, session_id):
    """After the session: everyone with a seat not checked in is marked absent at once."""
    session = visible_session(request, session_id)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "undo":
                count = services.undo_no_shows(session, by=request.user)
                message = _("Absences retirées : %(count)s.")
            else:
                count = services.mark_no_shows(session, by=request.user)
                message = _("Personnes marquées absentes : %(count)s.")
        except RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, message % {"count": count})
        return redirect("registrations_admin:no_shows", session.pk)
    counts = Registration.objects.filter(session=session, status=Status.CONFIRMED).aggregate(
        confirmed=Count("id"),
        present=Count("id", filter=Q(checked_in_at__isnull=False)),
        absent=Count("id", filter=Q(no_show_at__isnull=False)),
        to_mark=Count("id", filter=Q(checked_in_at__isnull=True, no_show_at__isnull=True)),
    )
    return TemplateResponse(
        request,
        "registrations/staff/no_shows.html",
        {
            "page_title": _("Absences"),
            "header_title": _("Absences : %(event)s") % {"event": session.event_title},
            "header_icon": "user",
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "counts": counts,
            "started": timezone.now() >= session.start,
        },
    )
