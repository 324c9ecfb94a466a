"""Public faces of the registration rules: the form, the result, the personal manage page,
calendar downloads and the programme feed. Thin: every decision is in ``services``.

No personal data travels in a URL: results are carried by a signed summary (outcome and
position only); the manage link's token is the one secret, kept out of logs
(``log_filters``) and out of Referer headers.
"""

import re

from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from common.responses import private
from events.availability import session_state, with_counts
from events.eligibility import eligibility
from events.models import EventPage, EventSession
from events.queries import feed_sessions, listed_sessions, source_sessions

from . import entry_codes, invites, ratelimit, services
from .details import details_for_sessions, session_details
from .forms import RegistrationForm
from .models import InviteState, Registration, RegistrationStatus

RESULT_SALT = "registrations.result"
TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def see_other(url):
    response = HttpResponse(status=303)
    response["Location"] = url
    return response


def method_not_allowed(request, allowed):
    response = render(
        request, "registrations/method_not_allowed.html", {"allowed": allowed}, status=405
    )
    response["Allow"] = ", ".join(allowed)
    return response


def _registrable_session(session_id):
    """The session, with its counts, if its event is live and registers here; 404 otherwise.

    A valid registration POST does not read it: the rules decide the same under the lock
    (``services.register(from_site=True)``), with the rest of what they read there.
    """
    sessions = with_counts(EventSession.objects.select_related("event", "event__organiser"))
    session = get_object_or_404(sessions, pk=session_id)
    event = session.event  # None once the page is deleted: its session takes nobody
    if event is None or not event.live or event.external_registration_url:
        raise Http404
    return session


def _invitation(request, session):
    """The invitation token the visitor holds (in the link, and in the form's address), checked for a
    session on invitation only: without the right one, the session does not exist (404).
    The rules check it again under the lock when the form is sent."""
    token = request.GET.get("invitation", "")[:100]
    if session.invitation_only:
        current = services.invitation_token(session)
        if eligibility(session, "", token, current).reason == "invitation":
            raise Http404
    return token


def _summary_url(url_name, summary):
    """A result page's URL carrying ``summary`` (session, outcome, position: nothing personal)."""
    return f"{reverse(url_name)}?r={signing.dumps(summary, salt=RESULT_SALT)}"


def _read_summary(request):
    """The session id, outcome and waiting position signed into ``?r=``; 404 if forged."""
    try:
        summary = signing.loads(request.GET.get("r", ""), salt=RESULT_SALT)
        return int(summary["s"]), str(summary["o"]), summary.get("p")
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise Http404 from error


def _session_context(session):
    details = session_details(session, translation.get_language())
    return {"session": session, "details": details}


def register(request, session_id):
    if request.method not in ("GET", "POST"):
        return method_not_allowed(request, ["GET", "POST"])
    if request.method == "GET":
        session = _registrable_session(session_id)
        form = RegistrationForm(session=session, invitation=_invitation(request, session))
        context = {**_session_context(session), "form": form}
        return render(request, "registrations/register.html", context)

    invitation = request.GET.get("invitation", "")[:100]
    form = RegistrationForm(request.POST, prefix=f"session-{session_id}", invitation=invitation)
    valid = form.is_valid()
    email = form.cleaned_data["email"] if valid else None
    wait = ratelimit.registration_limited(request, session_id, email)
    if wait or not valid:
        return _refused(request, form, session_id, wait)

    data = form.cleaned_data
    try:
        result = services.register(
            session_id,
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            organisation=data["organisation"],
            job_title=data["job_title"],
            accessibility_needs=data["accessibility_needs"],
            invitation=invitation,
            language=translation.get_language(),
            from_site=True,
        )
    except services.SessionUnavailable as error:
        raise Http404 from error
    if result.outcome == services.Outcome.RESERVED:
        # Nothing was written: the form comes back with the reason on the address.
        form.add_error("email", result.reason)
        return _refused(request, form, session_id, status=403)
    summary = {"s": session_id, "o": result.outcome, "p": result.position}
    return see_other(_summary_url("registrations:result", summary))


def _refused(request, form, session_id, wait=0, status=400):
    """The form shown back (or the rate limit's page), with the session as it is now: 404
    for a session the visitor cannot see, as on the form's own page."""
    session = form.session = _registrable_session(session_id)
    _invitation(request, session)
    context = _session_context(session)
    if wait:
        context["minutes"] = max(1, round(wait / 60))
        response = render(request, "registrations/rate_limited.html", context, status=429)
        response["Retry-After"] = str(wait)
        return response
    return render(request, "registrations/register.html", {**context, "form": form}, status=status)


@require_GET
def result(request):
    session_id, outcome, position = _read_summary(request)
    session = _registrable_session(session_id)
    context = {
        **_session_context(session),
        "outcome": outcome,
        "position": position,
        "registered": outcome in (services.Outcome.CONFIRMED, services.Outcome.WAITLISTED),
    }
    return render(request, "registrations/result.html", context)


def _registration_for(token):
    if not TOKEN_PATTERN.match(token or ""):
        return None
    return (
        Registration.objects.select_related(
            "session", "session__event", "session__event__organiser"
        )
        .filter(token=token, anonymised_at__isnull=True)
        .first()
    )


def invalid_link(request):
    return private(render(request, "registrations/invalid_link.html", status=404))


def _entry_code(registration, details):
    """The QR code to show at the door, while it can still serve."""
    session = registration.session
    if (
        registration.status != RegistrationStatus.CONFIRMED
        or session.is_cancelled
        or session.end < timezone.now()
        or details.online_only
    ):
        return ""
    return entry_codes.svg(registration.check_in_secret, _("Code QR d’entrée"))


def _manage_context(registration):
    session = registration.session
    state = session_state(session, timezone.now())
    active = registration.status != RegistrationStatus.CANCELLED
    context = _session_context(session)
    return {
        **context,
        "registration": registration,
        "token": registration.token,
        # The rule services.cancel applies to participants.
        "can_cancel": active and not state.is_settled,
        "can_download": registration.status == RegistrationStatus.CONFIRMED
        and not session.is_cancelled,
        "session_state": state,
        "entry_code": _entry_code(registration, context["details"]),
        "has_certificate": _has_certificate(registration),
    }


def _has_certificate(registration):
    return (
        registration.status == RegistrationStatus.CONFIRMED
        and registration.checked_in_at is not None
    )


@never_cache
def manage(request, token):
    if request.method != "GET":
        return method_not_allowed(request, ["GET"])
    registration = _registration_for(token)
    if registration is None:
        return invalid_link(request)
    return private(render(request, "registrations/manage.html", _manage_context(registration)))


@never_cache
def cancel(request, token):
    """POST only: a first POST asks for confirmation, the confirmed POST cancels."""
    if request.method != "POST":
        return method_not_allowed(request, ["POST"])
    registration = _registration_for(token)
    if registration is None:
        return invalid_link(request)
    context = _manage_context(registration)
    if not context["can_cancel"]:
        return private(render(request, "registrations/manage.html", context, status=409))
    if request.POST.get("confirm") != "yes":
        return private(render(request, "registrations/cancel_confirm.html", context))
    was_waitlisted = registration.status == RegistrationStatus.WAITLISTED
    try:
        if was_waitlisted:
            services.leave_waitlist(registration)
        else:
            services.cancel(registration)
    except services.RegistrationError:
        registration.refresh_from_db()
        return private(
            render(request, "registrations/manage.html", _manage_context(registration), status=409)
        )
    summary = {
        "s": registration.session_id,
        "o": "left_waitlist" if was_waitlisted else "cancelled",
    }
    return private(see_other(_summary_url("registrations:cancelled", summary)))


@require_GET
def cancelled(request):
    session_id, outcome, _position = _read_summary(request)
    session = get_object_or_404(EventSession.objects.select_related("event"), pk=session_id)
    context = {**_session_context(session), "outcome": outcome}
    return private(render(request, "registrations/cancelled.html", context))


def _calendar_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _sequences(sessions):
    return dict(
        InviteState.objects.filter(session__in=sessions).values_list("session_id", "sequence")
    )


@require_GET
@never_cache
def manage_invite(request, token):
    registration = _registration_for(token)
    if registration is None or registration.status != RegistrationStatus.CONFIRMED:
        return invalid_link(request)
    session = registration.session
    details = session_details(session, registration.language)
    content = invites.publish_calendar(
        [details], sequences=_sequences([session]), include_online=True
    )
    return private(_calendar_response(content, f"session-{session.pk}.ics"))


@require_GET
@never_cache
def manage_certificate(request, token):
    """The participant's attendance certificate, once they were checked in."""
    registration = _registration_for(token)
    if registration is None or not _has_certificate(registration):
        return invalid_link(request)
    # Imported here: WeasyPrint is loaded by the processes that print a document only.
    from . import documents

    with translation.override(registration.language):
        content = documents.certificate(registration)
        filename = documents.certificate_filename()
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return private(response)


@require_GET
def session_calendar(request, session_id):
    session = get_object_or_404(
        EventSession.objects.select_related("event", "event__organiser").filter(
            event__live=True, invitation_only=False
        ),
        pk=session_id,
    )
    details = session_details(session, translation.get_language())
    content = invites.publish_calendar([details], sequences=_sequences([session]))
    return _calendar_response(content, f"session-{session.pk}.ics")


@require_GET
def event_calendar(request, page_id):
    page = get_object_or_404(EventPage.objects.live(), pk=page_id)
    sessions = list(
        listed_sessions(source_sessions(page))
        .select_related("event", "event__organiser")
        .order_by("start")
    )
    if not sessions:
        raise Http404
    details = details_for_sessions(sessions, translation.get_language())
    content = invites.publish_calendar(
        [details[s.pk] for s in sessions], sequences=_sequences(sessions), name=page.title
    )
    return _calendar_response(content, f"{page.slug}.ics")


@require_GET
def programme_feed(request):
    """The programme as a subscribable calendar, with the programme page's filters."""
    language = translation.get_language()
    sessions = feed_sessions(request.GET, language)
    details = details_for_sessions(sessions, language)
    content = invites.publish_calendar(
        [details[s.pk] for s in sessions],
        sequences=_sequences(sessions),
        name=_("Programme – %(site)s") % {"site": _("Mois de l'innovation publique")},
    )
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="programme.ics"'
    return response
