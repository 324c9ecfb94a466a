"""The check-in screen, built for a phone held at the door.

One column with every person who has a seat, sorted by name; the search filters that list
in the page as the name is typed, so that no name or address ever travels in a URL or
reaches an access log. Each person has one large button; with JavaScript the button posts
in the background, the counter follows, and the answer offers to undo. A small JSON view
lets the counter and the list follow check-ins made on other phones and by scanning.

Opening this screen makes its session the one "at the door" for the person's scans
(``door_session_id``): a code for another session is then refused.
"""

import time

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from common.text import folded
from events.formatting import format_time, format_when
from registrations import services
from registrations.access import can_follow_registrations, sessions_visible_to
from registrations.models import Registration
from registrations.models import RegistrationStatus as Status
from registrations.services import RegistrationError

DOOR_SESSION_KEY = "registrations.door_session"
# A check-in screen opened earlier than this no longer says which door a scan is at.
DOOR_SESSION_SECONDS = 12 * 3600


def check_access(request):
    if not can_follow_registrations(request.user):
        raise PermissionDenied


def visible_session(request, session_id):
    check_access(request)
    return get_object_or_404(sessions_visible_to(request.user), pk=session_id)


def visible_registration(request, registration_id):
    check_access(request)
    return get_object_or_404(
        Registration.objects.select_related("session"),
        pk=registration_id,
        session__in=sessions_visible_to(request.user),
    )


def remember_door_session(request, session):
    request.session[DOOR_SESSION_KEY] = {"id": session.pk, "at": time.time()}


def door_session_id(request):
    """The session whose check-in screen the person opened last, if recently."""
    remembered = request.session.get(DOOR_SESSION_KEY) or {}
    if time.time() - remembered.get("at", 0) > DOOR_SESSION_SECONDS:
        return None
    return remembered.get("id")


def local_time(moment, session):
    """A check-in time as the session's place reads it (« 14 h 05 », "2:05 pm")."""
    if moment is None:
        return ""
    return format_time(timezone.localtime(moment, session.tzinfo), translation.get_language())


def people_with_a_seat(session, *fields):
    """Everyone with a seat, by last name then first name, accents aside."""
    people = list(
        Registration.objects.filter(session=session, status=Status.CONFIRMED).only(
            "session_id", "first_name", "last_name", "checked_in_at", "no_show_at", *fields
        )
    )
    people.sort(key=lambda r: (folded(r.last_name), folded(r.first_name), r.pk))
    return people


def search_text(registration):
    """What the search matches, folded as ``common.text.folded`` folds (the script too)."""
    return folded(
        " ".join(
            [
                registration.first_name,
                registration.last_name,
                registration.email,
                registration.organisation,
            ]
        )
    )


@never_cache
def check_in_list(request, session_id):
    session = visible_session(request, session_id)
    remember_door_session(request, session)
    people = people_with_a_seat(session, "email", "organisation")
    for person in people:
        person.search_text = search_text(person)
        person.checked_in_time = local_time(person.checked_in_at, session)
    now = timezone.now()
    return TemplateResponse(
        request,
        "registrations/staff/check_in.html",
        {
            # A short heading that fits a phone; the tab's title names the event.
            "page_title": _("Pointage"),
            "header_title": _("Pointage : %(event)s") % {"event": session.event_title},
            "header_icon": "tick",
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "people": people,
            "present_count": sum(1 for person in people if person.checked_in_at),
            "no_show_count": sum(1 for person in people if person.no_show_at),
            "confirmed_count": len(people),
            "started": now >= session.start,
        },
    )


def _counts(session):
    rows = Registration.objects.filter(session=session, status=Status.CONFIRMED).values_list(
        "pk", "checked_in_at"
    )
    present = {pk: local_time(moment, session) for pk, moment in rows if moment}
    return {
        "confirmed": [pk for pk, _moment in rows],
        "present": {str(pk): value for pk, value in present.items()},
        "present_count": len(present),
        "confirmed_count": len(rows),
    }


@require_GET
@never_cache
def check_in_state(request, session_id):
    """Who is present now, by registration id (no name): the screen follows other phones."""
    session = visible_session(request, session_id)
    return JsonResponse(_counts(session))


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@require_POST
def check_in(request, registration_id, present=None, from_session_page=False):
    """Marks one person present or not present, then goes back to the screen staff were on.

    The check-in screen posts ``present`` (in the background with JavaScript, answered in
    JSON); the session page's buttons say ``present`` in their URL (see ``wagtail_hooks``)
    and come back to the session page.
    """
    registration = visible_registration(request, registration_id)
    session = registration.session
    if present is None:
        present = request.POST.get("present") != "0"
    name = registration.full_name or str(registration.pk)
    try:
        registration = services.check_in(registration, present=present, by=request.user)
    except RegistrationError as error:
        if _wants_json(request):
            return JsonResponse({"error": str(error)}, status=409)
        messages.error(request, str(error))
    else:
        if present:
            message = _("Présence enregistrée : %(name)s.") % {"name": name}
        else:
            message = _("Pointage annulé : %(name)s.") % {"name": name}
        if _wants_json(request):
            counts = _counts(session)
            return JsonResponse(
                {
                    "id": registration.pk,
                    "present": registration.checked_in_at is not None,
                    "time": local_time(registration.checked_in_at, session),
                    "message": message,
                    "present_count": counts["present_count"],
                    "confirmed_count": counts["confirmed_count"],
                }
            )
        messages.success(request, message)
    if from_session_page:
        return redirect("registrations_admin:session", registration.session_id)
    url = reverse("registrations_admin:check_in", args=[registration.session_id])
    return redirect(f"{url}#personne-{registration.pk}")
