"""What staff do with the rows of a session's list: filter it (the filters are kept in the
user's session, so no searched name reaches a URL), act on the selected people (check in,
mark absent, cancel after a confirmation) and export the filtered list (CSV or XLSX).

Every change goes through a rule (``registrations.services``) with the acting person, so
it is in the session's history; the session is found through ``registrations.access``, and
the rules only touch rows of that session: another lab's ids are left alone. Exports hold
the rows the list's filters keep, and are in the history with their format and size.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from common.typography import french
from events.availability import with_counts
from events.formatting import format_when
from registrations import history, services, spreadsheets
from registrations.access import sessions_visible_to
from registrations.models import Registration
from registrations.models import RegistrationStatus as Status
from registrations.services import RegistrationError

from . import registrants
from .check_in import check_access

MAX_SELECTED = 5000


def _session(request, session_id):
    check_access(request)
    session = with_counts(sessions_visible_to(request.user)).filter(pk=session_id).first()
    if session is None:
        raise Http404
    return session


def _back(session):
    return redirect(reverse("registrations_admin:session", args=[session.pk]))


@require_POST
def filter_list(request, session_id):
    """Apply (or, with ``reset``, clear) the list's filters, then show the list again."""
    session = _session(request, session_id)
    data = {} if request.POST.get("reset") else request.POST
    registrants.store_filters(request.session, session.pk, data)
    return _back(session)


def _selected_ids(request):
    values = request.POST.getlist("selected")
    if len(values) > MAX_SELECTED or not all(v.isascii() and v.isdigit() for v in values):
        return None
    return [int(value) for value in values if len(value) <= 18]


@require_POST
def bulk_action(request, session_id):
    """The selected rows of the list, one action: check in, mark absent or cancel."""
    session = _session(request, session_id)
    action = request.POST.get("action", "")
    ids = _selected_ids(request)
    if ids is None or action not in dict(registrants.BULK_ACTIONS):
        return HttpResponseBadRequest(
            _("Sélection ou action invalide."), content_type="text/plain; charset=utf-8"
        )
    if not ids:
        messages.warning(request, _("Cochez d'abord les personnes concernées."))
        return _back(session)
    try:
        if action == "check_in":
            count = services.check_in_people(session, ids, by=request.user)
            done = ngettext(
                "%(count)s personne pointée présente.",
                "%(count)s personnes pointées présentes.",
                count,
            )
        elif action == "no_show":
            count = services.mark_no_shows(session, registrations=ids, by=request.user)
            done = ngettext(
                "%(count)s personne marquée absente.",
                "%(count)s personnes marquées absentes.",
                count,
            )
        elif request.POST.get("confirmed") != "1":
            return _confirm_cancel(request, session, ids)
        else:
            count = services.cancel_people(session, ids, by=request.user)
            done = ngettext(
                "%(count)s inscription annulée.", "%(count)s inscriptions annulées.", count
            )
        messages.success(request, done % {"count": count})
    except RegistrationError as error:
        messages.error(request, str(error))
    return _back(session)


def _confirm_cancel(request, session, ids):
    people = sorted(
        Registration.objects.filter(session=session, pk__in=ids)
        .exclude(status=Status.CANCELLED)
        .only("session_id", "first_name", "last_name", "email", "status"),
        key=registrants.by_name,
    )
    if not people:
        messages.warning(request, _("Ces inscriptions sont déjà annulées."))
        return _back(session)
    told = sum(1 for person in people if person.email)
    title = ngettext(
        "Annuler %(count)s inscription ?", "Annuler %(count)s inscriptions ?", len(people)
    ) % {"count": len(people)}
    if get_language().startswith("fr"):
        title = french(title)  # the « ? » never wraps alone onto a line
    return TemplateResponse(
        request,
        "registrations/admin/confirm_bulk_cancel.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "group",
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "people": people,
            "told": told,
            "seats_freed": sum(1 for person in people if person.status == Status.CONFIRMED),
        },
    )


FORMATS = {"csv", "xlsx"}


@require_GET
def export(request, session_id, extension):
    """The list as filtered on screen, as a spreadsheet; the file is named after the
    session's number, never a person."""
    if extension not in FORMATS:
        raise Http404
    session = _session(request, session_id)
    filters = registrants.filter_form(registrants.stored_filters(request.session, session.pk))
    if filters.errors:
        return HttpResponseBadRequest(
            _("Filtre invalide : corrigez-le sur la liste, puis exportez."),
            content_type="text/plain; charset=utf-8",
        )
    rows = registrants.select(registrants.people(session), filters.cleaned_data, session.tzinfo)
    table = registrants.export_rows(session, rows)
    if extension == "csv":
        response = HttpResponse(
            spreadsheets.csv_content(table), content_type="text/csv; charset=utf-8"
        )
    else:
        response = HttpResponse(
            spreadsheets.xlsx_content((_("Inscriptions"), table)),
            content_type=spreadsheets.XLSX_TYPE,
        )
    response["Content-Disposition"] = (
        f'attachment; filename="inscriptions-session-{session.pk}.{extension}"'
    )
    response["Cache-Control"] = "no-store"
    history.record(
        session, "exported", user=request.user, format=extension.upper(), count=len(rows)
    )
    return response
