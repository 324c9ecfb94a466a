"""The public faces of proposals: the form, its confirmation, and the private edit link.

Thin: every step is in ``moderation``. No personal data in a URL: the confirmation and
edit links carry a random token only, kept out of logs and Referer headers.
"""

import zoneinfo

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from common.responses import private
from registrations.views import method_not_allowed, see_other
from submissions import flow, limits
from submissions.views import confirmation, error_summary, rate_limited

from . import drafts, moderation
from .forms import MAX_SESSIONS, Edition, ProposalForm, SessionFormSet
from .models import EventProposal, ProposalStatus

PREFIX = "sessions"
ERROR_FIELDS = ("date", "start_time", "end_time", "time_zone", "capacity")


def _edition():
    programme = drafts.programme()
    if programme is None or not (programme.edition_start or programme.edition_end):
        return None
    return Edition(programme.edition_start, programme.edition_end)


def _session_kwargs(data=None):
    external = bool(data and data.get("external_registration_url", "").strip())
    return {"edition": _edition(), "external_registration": external, "now": timezone.now()}


def _as_initial(form, data):
    """What was typed, as initial values: the form shown again without judging it yet."""
    initial = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        if hasattr(field, "queryset") and getattr(field.widget, "allow_multiple_selected", False):
            initial[name] = data.getlist(key)
        elif key in data:
            initial[name] = data.get(key)
    return initial


def _with_one_more_session(request):
    """The form as typed, with one more, empty session (the no-JavaScript "add" button)."""
    form = ProposalForm()
    form.initial = _as_initial(form, request.POST)
    posted = SessionFormSet(request.POST, prefix=PREFIX, form_kwargs=_session_kwargs())
    sessions = []
    for session_form in posted.forms[: MAX_SESSIONS - 1]:
        values = {name: session_form[name].value() for name in ERROR_FIELDS}
        if not session_form["DELETE"].value():
            sessions.append(values)
    sessions.append({"time_zone": "Europe/Paris"})
    formset = SessionFormSet(
        prefix=PREFIX, initial=sessions, form_kwargs=_session_kwargs(request.POST)
    )
    formset.extra = 0
    formset.min_num = len(sessions)
    return form, formset


def _initial_from(proposal):
    language = translation.get_language()

    def shown(item):
        if item is None:
            return None
        return (item.get_translation_or_none(_locale(language)) or item).pk

    return {
        "title": proposal.title,
        "summary": proposal.summary,
        "description": proposal.description,
        "event_format": shown(proposal.event_format),
        "themes": [shown(theme) for theme in proposal.themes.all()],
        "region": shown(proposal.region),
        "organiser": shown(proposal.organiser),
        "new_organiser": proposal.new_organiser,
        "mode": proposal.mode,
        "venue_name": proposal.venue_name,
        "venue_address": proposal.venue_address,
        "online_url": proposal.online_url,
        "external_registration_url": proposal.external_registration_url,
        "contact_name": proposal.contact_name,
        "email": proposal.email,
        "publish_contact": proposal.publish_contact,
        "image_alt": proposal.image_alt,
        "consent": True,
    }


def _locale(language):
    return Locale.objects.filter(language_code=language).first()


def _sessions_initial(proposal):
    sessions = []
    for session in proposal.sessions.all():
        start = timezone.localtime(session.start, _zone(session.time_zone))
        end = timezone.localtime(session.end, _zone(session.time_zone))
        sessions.append(
            {
                "date": start.date(),
                "start_time": start.time(),
                "end_time": end.time(),
                "time_zone": session.time_zone,
                "capacity": session.capacity,
            }
        )
    return sessions


def _zone(name):
    return zoneinfo.ZoneInfo(name)


def _read(request, has_image=False):
    form = ProposalForm(request.POST, request.FILES, has_image=has_image)
    formset = SessionFormSet(request.POST, prefix=PREFIX, form_kwargs=_session_kwargs(request.POST))
    valid = form.is_valid() & formset.is_valid()
    if not valid and request.FILES.get("image"):
        form.add_error(
            "image",
            _(
                "Le formulaire contenait des erreurs : l'image n'a pas été conservée, choisissez-la à nouveau."
            ),
        )
    return form, formset, valid


def _data(form, formset):
    data = dict(form.cleaned_data)
    for name in ("website", "consent", "image"):
        data.pop(name, None)
    sessions = [f.facts() for f in formset.kept_forms()]
    return data, sessions


def _render(request, form, formset, *, status=200, proposal=None):
    errors = _error_list(form, formset)
    context = {"form": form, "formset": formset, "errors": errors, "proposal": proposal}
    return render(request, "proposals/propose.html", context, status=status)


def _error_list(form, formset):
    """Every error of the page, each with the id of its field, for the summary at the top."""
    if not form.is_bound and not formset.is_bound:
        return []
    items = error_summary(form)
    items += [(None, None, error) for error in formset.non_form_errors()]
    for number, session_form in enumerate(formset.forms, start=1):
        for field in session_form:
            if field.errors and not field.is_hidden:
                label = _("Session %(number)s, %(field)s") % {
                    "number": number,
                    "field": str(field.label).lower(),
                }
                items.append((field.id_for_label, label, field.errors[0]))
    return items


@never_cache
def propose(request):
    if request.method not in ("GET", "POST"):
        return method_not_allowed(request, ["GET", "POST"])
    if request.method == "GET":
        formset = SessionFormSet(prefix=PREFIX, form_kwargs=_session_kwargs())
        return _render(request, ProposalForm(), formset)
    if "add_session" in request.POST:
        return _render(request, *_with_one_more_session(request))
    wait = limits.request_limited(request)
    if wait:
        return rate_limited(request, wait)
    form, formset, valid = _read(request)
    if valid:
        wait = limits.email_limited("event", form.cleaned_data["email"])
        if wait:
            return rate_limited(request, wait)
    if not valid:
        return _render(request, form, formset, status=400)
    data, sessions = _data(form, formset)
    moderation.submit(
        data, sessions, language=translation.get_language(), image=form.cleaned_data.get("image")
    )
    return see_other(reverse("proposals:sent"))


def sent(request):
    return render(request, "proposals/sent.html", {"days": settings.SUBMISSION_UNCONFIRMED_DAYS})


def _invalid(request):
    return private(render(request, "proposals/invalid_link.html", status=404))


@never_cache
def confirm(request, token):
    return confirmation(
        request,
        token,
        submissions=EventProposal.objects.all(),
        confirm=moderation.confirm,
        app="proposals",
        name="proposal",
    )


@never_cache
def edit(request, token):
    if request.method not in ("GET", "POST"):
        return method_not_allowed(request, ["GET", "POST"])
    proposal = flow.by_edit_token(EventProposal.objects.all(), token)
    if proposal is None:
        return _invalid(request)
    if not proposal.editable:
        context = {"proposal": proposal, "published": proposal.status == ProposalStatus.PUBLISHED}
        return private(render(request, "proposals/closed.html", context, status=403))
    has_image = bool(proposal.image)
    if request.method == "GET":
        form = ProposalForm(initial=_initial_from(proposal), has_image=has_image)
        formset = SessionFormSet(
            prefix=PREFIX, initial=_sessions_initial(proposal), form_kwargs=_session_kwargs()
        )
        formset.extra = 0
        return private(_render(request, form, formset, proposal=proposal))
    if "add_session" in request.POST:
        return private(_render(request, *_with_one_more_session(request), proposal=proposal))
    form, formset, valid = _read(request, has_image=has_image)
    if not valid:
        return private(_render(request, form, formset, status=400, proposal=proposal))
    data, sessions = _data(form, formset)
    updated = moderation.update(proposal, data, sessions, image=form.cleaned_data.get("image"))
    if updated is None:
        return private(render(request, "proposals/closed.html", {"proposal": proposal}, status=403))
    return private(render(request, "proposals/updated.html", {"proposal": updated}))
