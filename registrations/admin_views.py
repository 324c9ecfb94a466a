"""Staff screens in the Wagtail admin: sessions with their counts, and each session's people.

Thin: every button calls ``registrations.services``. The check-in page is built for a
phone held at the door: one column, a search box, one large button per person.
"""

import csv
import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from events.formatting import format_when
from events.programme import folded, sessions_with_availability

from . import services
from .access import can_follow_registrations, organisers_followed_by, sessions_visible_to
from .models import Registration
from .models import RegistrationStatus as Status


def _check(request):
    if not can_follow_registrations(request.user):
        raise PermissionDenied


def _visible_registration(request, registration_id):
    return get_object_or_404(
        Registration, pk=registration_id, session__in=sessions_visible_to(request.user)
    )


LIST_ORDER = {Status.CONFIRMED: 0, Status.WAITLISTED: 1, Status.CANCELLED: 2}


def _in_list_order(session):
    """Everyone registered: with a seat, then waiting by position, then cancelled."""
    return sorted(
        Registration.objects.filter(session=session),
        key=lambda r: (LIST_ORDER[r.status], r.waitlist_position or 0, r.created_at),
    )


def _annotated(queryset):
    return sessions_with_availability(queryset).annotate(
        checked_in_count=Count("registrations", filter=Q(registrations__checked_in_at__isnull=False))
    )


def session_index(request):
    _check(request)
    show_past = request.GET.get("passees") == "1"
    sessions = sessions_visible_to(request.user)
    now = timezone.now()
    sessions = sessions.filter(end__lt=now) if show_past else sessions.filter(end__gte=now)
    sessions = _annotated(sessions)
    if show_past:
        sessions = sessions.order_by("-start")
    page = Paginator(sessions, 50).get_page(request.GET.get("p"))
    for session in page.object_list:
        session.when = format_when(session.start, session.end, session.time_zone)
        session.overbooked_by = max(0, session.confirmed_count - session.capacity)
    return TemplateResponse(
        request,
        "registrations/admin/session_index.html",
        {
            "page_title": _("Inscriptions aux sessions"),
            "header_title": _("Inscriptions aux sessions"),
            "header_icon": "group",
            "page_obj": page,
            "show_past": show_past,
            "organisers": organisers_followed_by(request.user),
        },
    )


class CapacityForm(forms.Form):
    capacity = forms.IntegerField(label=gettext_lazy("Capacité"), min_value=0, max_value=100000)


def session_detail(request, session_id):
    _check(request)
    session = get_object_or_404(_annotated(sessions_visible_to(request.user)), pk=session_id)
    if request.method == "POST":
        form = CapacityForm(request.POST)
        if form.is_valid():
            promoted = services.change_capacity(session, form.cleaned_data["capacity"])
            messages.success(
                request,
                _("Capacité enregistrée. Personnes passées de la liste d'attente : %(count)s.")
                % {"count": len(promoted)},
            )
            return redirect("registrations_admin:session", session.pk)
    else:
        form = CapacityForm(initial={"capacity": session.capacity})
    registrations = _in_list_order(session)
    when = format_when(session.start, session.end, session.time_zone)
    return TemplateResponse(
        request,
        "registrations/admin/session_detail.html",
        {
            "page_title": session.event.title,
            "header_title": session.event.title,
            "page_subtitle": when,
            "header_icon": "group",
            "session": session,
            "when": when,
            "registrations": registrations,
            "form": form,
            "overbooked_by": max(0, session.confirmed_count - session.capacity),
            "free_seats": max(0, session.capacity - session.confirmed_count),
            "started": session.start <= timezone.now(),
        },
    )


ACTIONS = {
    "promote": lambda r: services.promote(r),
    "cancel": lambda r: services.cancel(r, by_staff=True),
    "check_in": lambda r: services.check_in(r),
    "undo_check_in": lambda r: services.check_in(r, present=False),
}


@require_POST
def registration_action(request, registration_id, action):
    _check(request)
    registration = _visible_registration(request, registration_id)
    if action not in ACTIONS:
        raise Http404
    try:
        ACTIONS[action](registration)
    except services.RegistrationError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(name)s : c'est fait.") % {"name": registration.full_name or registration.pk},
        )
    return redirect(reverse("registrations_admin:session", args=[registration.session_id]))


def _matches(registration, words):
    haystack = folded(
        " ".join([registration.first_name, registration.last_name, registration.email, registration.organisation])
    )
    return all(word in haystack for word in words)


def check_in_list(request, session_id):
    """The people with a seat, found by name, each with one button to mark them present."""
    _check(request)
    session = get_object_or_404(sessions_visible_to(request.user), pk=session_id)
    query = request.GET.get("q", "").strip()[:100]
    people = list(
        Registration.objects.filter(session=session, status=Status.CONFIRMED).only(
            "first_name", "last_name", "email", "organisation", "checked_in_at", "session_id"
        )
    )
    people.sort(key=lambda r: (folded(r.last_name), folded(r.first_name), r.pk))
    words = folded(query).split()
    shown = [person for person in people if _matches(person, words)] if words else people
    when = format_when(session.start, session.end, session.time_zone)
    return TemplateResponse(
        request,
        "registrations/admin/check_in.html",
        {
            "page_title": _("Pointage : %(event)s") % {"event": session.event.title},
            "header_icon": "tick",
            "session": session,
            "when": when,
            "query": query,
            "people": shown,
            "present_count": sum(1 for person in people if person.checked_in_at),
            "confirmed_count": len(people),
        },
    )


@require_POST
def check_in_toggle(request, registration_id):
    """Marks one person present or not present, then goes back to where staff were in the list."""
    _check(request)
    registration = _visible_registration(request, registration_id)
    present = request.POST.get("present") != "0"
    try:
        services.check_in(registration, present=present)
    except services.RegistrationError as error:
        messages.error(request, str(error))
    else:
        name = registration.full_name
        if present:
            messages.success(request, _("Présence enregistrée : %(name)s.") % {"name": name})
        else:
            messages.success(request, _("Pointage annulé : %(name)s.") % {"name": name})
    url = reverse("registrations_admin:check_in", args=[registration.session_id])
    query = request.POST.get("q", "").strip()[:100]
    if query:
        url += "?" + urlencode({"q": query})
    return redirect(f"{url}#personne-{registration.pk}")


EXPORT_FIELDS = [
    "status", "waitlist_position", "first_name", "last_name", "email", "organisation", "job_title",
    "accessibility_needs", "language", "created_at", "confirmed_at", "checked_in_at", "cancelled_at",
]


def _spreadsheet_safe(value):
    """A cell a spreadsheet will show as text, never run as a formula (CSV injection)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _export_value(registration, name, tzinfo):
    if name == "status":
        return registration.get_status_display()
    value = getattr(registration, name)
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value, tzinfo).strftime("%Y-%m-%d %H:%M")
    return _spreadsheet_safe(value)


@require_GET
def session_export(request, session_id):
    """Everyone registered for a session, as a spreadsheet opens it in France (";", UTF-8 BOM).

    Times are in the session's own time zone, as on its page.
    """
    _check(request)
    sessions = sessions_visible_to(request.user).select_related(None).only("pk", "time_zone")
    session = get_object_or_404(sessions, pk=session_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="inscriptions-session-{session.pk}.csv"'
    response["Cache-Control"] = "no-store"
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([capfirst(Registration._meta.get_field(name).verbose_name) for name in EXPORT_FIELDS])
    for registration in _in_list_order(session):
        writer.writerow([_export_value(registration, name, session.tzinfo) for name in EXPORT_FIELDS])
    return response
