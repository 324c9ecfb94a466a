"""Paper for the session: the attendance sheet to sign, and the attendance certificates.

The documents are built by ``registrations.documents``; sending goes through
``registrations.attendance`` (one email per person, through the task queue). File names
carry a session number, never a name.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from events.formatting import format_when
from registrations import documents, history, services
from registrations.models import Registration
from registrations.models import RegistrationStatus as Status
from registrations.services import RegistrationError

from .check_in import visible_registration, visible_session


def pdf_response(content, filename):
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def attendance_sheet(request, session_id):
    """The « feuille d'émargement » of a session, A4, in the language of the admin."""
    session = visible_session(request, session_id)
    content = documents.attendance_sheet(session)
    count = Registration.objects.filter(session=session, status=Status.CONFIRMED).count()
    history.record(session, "exported", user=request.user, format="PDF", count=count)
    return pdf_response(content, f"feuille-emargement-session-{session.pk}.pdf")


@require_GET
def staff_certificate(request, registration_id):
    """One person's certificate, for staff to print or forward (a person without email)."""
    registration = visible_registration(request, registration_id)
    if registration.status != Status.CONFIRMED or registration.checked_in_at is None:
        raise Http404
    content = documents.certificate(registration)
    with translation.override(registration.language):
        filename = documents.certificate_filename()
    history.record(
        registration.session,
        "exported",
        user=request.user,
        registration=registration,
        format="PDF",
        count=1,
    )
    return pdf_response(content, filename)


@require_http_methods(["GET", "POST"])
@never_cache
def certificates(request, session_id):
    """Send the checked-in people their certificates, after a page that says to whom."""
    session = visible_session(request, session_id)
    if request.method == "POST":
        try:
            count = services.send_certificates(
                session, by=request.user, again=request.POST.get("again") == "1"
            )
        except RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Attestations mises en file d'envoi : %(count)s.") % {"count": count},
            )
        return redirect("registrations_admin:certificates", session.pk)
    counts = services.certificate_counts(session)
    example = (
        Registration.objects.filter(
            session=session,
            status=Status.CONFIRMED,
            checked_in_at__isnull=False,
            anonymised_at__isnull=True,
        )
        .order_by("id")
        .only("id")
        .first()
    )
    title = _("Attestations de participation : %(event)s") % {"event": session.event_title}
    return TemplateResponse(
        request,
        "registrations/staff/certificates.html",
        {
            "page_title": _("Attestations de participation"),
            "header_title": title,
            "header_icon": "doc-full",
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "counts": counts,
            "example": example,
            "started": timezone.now() >= session.start,
        },
    )
