"""Staff screens in the Wagtail admin: sessions with their counts, and each session's people.

Thin: every button calls ``registrations.services``. The check-in screens are in
``registrations.staff``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.paginator import WagtailPaginator

from events.availability import with_counts
from events.formatting import format_when

from . import services
from .access import can_follow_registrations, followed_by, sessions_visible_to
from .models import Registration
from .staff import registrants


def _check(request):
    if not can_follow_registrations(request.user):
        raise PermissionDenied


def _visible_registration(request, registration_id):
    return get_object_or_404(
        Registration, pk=registration_id, session__in=sessions_visible_to(request.user)
    )


def _annotated(queryset):
    """Sessions by start with their counts: ``session.availability`` is what staff see."""
    return with_counts(queryset, checked_in=True).order_by("start")


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
    return TemplateResponse(
        request,
        "registrations/admin/session_index.html",
        {
            "page_title": _("Inscriptions aux sessions"),
            "header_title": _("Inscriptions aux sessions"),
            "header_icon": "group",
            "page_obj": page,
            "show_past": show_past,
            "followed": followed_by(request.user),
        },
    )


def session_detail(request, session_id, capacity_form=None):
    """A session's people (searched, filtered, ordered, paginated, with a summary and the
    bulk actions of ``registrations.staff.registrants``), with the session-level controls
    (``session_controls``) above.

    ``capacity_form`` is a capacity the controls refused, shown again with its error.
    """
    _check(request)
    session = get_object_or_404(_annotated(sessions_visible_to(request.user)), pk=session_id)
    everyone = registrants.people(session)
    stored = registrants.stored_filters(request.session, session.pk)
    filters = registrants.filter_form(stored)
    shown = registrants.select(everyone, filters.cleaned_data, session.tzinfo)
    paginator = WagtailPaginator(shown, registrants.PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    when = format_when(session.start, session.end, session.time_zone)
    return TemplateResponse(
        request,
        "registrations/admin/session_detail.html",
        {
            "page_title": session.event_title,
            "header_title": session.event_title,
            "page_subtitle": when,
            "header_icon": "group",
            "session": session,
            "when": when,
            "registrations": page.object_list,
            "page_obj": page,
            "elided_page_range": paginator.get_elided_page_range(page.number),
            "filters": filters,
            "filtering": bool(stored),
            "shown_count": len(shown),
            "total_count": len(everyone),
            "summary": registrants.summary(session, everyone),
            "bulk_actions": registrants.BULK_ACTIONS,
            "capacity_form": capacity_form,
            "seats": session.availability,
        },
        status=400 if capacity_form is not None or filters.errors else 200,
    )


ACTIONS = {
    "promote": lambda r, user: services.promote(r, by=user),
    "cancel": lambda r, user: services.cancel(r, by_staff=True, by=user),
}


@require_http_methods(["GET", "POST"])
def registration_action(request, registration_id, action):
    """Give a seat at once; cancel only after a confirmation that names the person and says
    they will be emailed (the button sits right beside the check-in one)."""
    _check(request)
    registration = _visible_registration(request, registration_id)
    if action not in ACTIONS:
        raise Http404
    if action == "cancel" and request.POST.get("confirmed") != "1":
        return _confirm_cancel(request, registration)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        ACTIONS[action](registration, request.user)
    except services.RegistrationError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("%(name)s : c'est fait.") % {"name": registration.full_name or registration.pk},
        )
    return redirect(reverse("registrations_admin:session", args=[registration.session_id]))


def _confirm_cancel(request, registration):
    name = registration.full_name or _("cette personne")
    title = _("Annuler l'inscription de %(name)s ?") % {"name": name}
    if registration.email:
        consequence = _(
            "%(name)s recevra un courriel lui annonçant l'annulation de son inscription."
        ) % {"name": name}
    else:
        consequence = _("Cette inscription est anonymisée : personne ne sera prévenu.")
    session = registration.session
    return TemplateResponse(
        request,
        "registrations/admin/confirm_registration_cancel.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "group",
            "registration": registration,
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "consequence": consequence,
        },
    )
