"""The session-level controls of a session's staff screen: capacity, waiting list,
cancellation and restoration, and the session's history.

Kept apart from the screen's list of people (``admin_views.session_detail``) so that the
screen can be rebuilt around them: the screen renders the include
``registrations/admin/includes/session_controls.html`` with ``controls_context``, and each
control posts to its own view below, which calls the rule with the acting user and goes
back to the screen. Cancelling and restoring ask for a confirmation that says how many
people will be emailed.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from common.fields import AsciiIntegerField
from events.availability import with_counts
from events.formatting import format_when

from . import admin_views, history, services
from .access import can_follow_registrations, sessions_visible_to

HISTORY_SHOWN = 30


class CapacityForm(forms.Form):
    capacity = AsciiIntegerField(label=gettext_lazy("Capacité"), min_value=0, max_value=100000)


def can_cancel(session, now):
    return not session.is_cancelled and now < session.end


def can_restore(session, now):
    """Before the start, while its page exists (the rule also wants it published)."""
    return session.is_cancelled and now < session.start and session.event_id is not None


def invitation_path(session):
    """The path of a session's invitation link (in the source language), or ""."""
    if not session.invitation_only:
        return ""
    token = services.invitation_token(session)
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("registrations:register", args=[session.pk])
    return f"{path}?{urlencode({'invitation': token})}"


def controls_context(session, *, capacity_form=None, now=None, request=None):
    """What the include shows; ``session`` comes with its counts (``with_counts``)."""
    now = now or timezone.now()
    entries = history.for_session(session)
    path = invitation_path(session)
    return {
        "invitation_url": request.build_absolute_uri(path) if path and request else path,
        "capacity_form": capacity_form or CapacityForm(initial={"capacity": session.capacity}),
        "history_entries": entries[:HISTORY_SHOWN],
        "history_more": max(len(entries) - HISTORY_SHOWN, 0),
        "can_cancel": can_cancel(session, now),
        "can_restore": can_restore(session, now),
        "page_deleted": session.event_id is None,
        "page_unpublished": session.event_id is not None and not session.event.live,
    }


def _session(request, session_id):
    if not can_follow_registrations(request.user):
        raise PermissionDenied
    return get_object_or_404(with_counts(sessions_visible_to(request.user)), pk=session_id)


def _back(session):
    return redirect("registrations_admin:session", session.pk)


@require_POST
def change_capacity(request, session_id):
    session = _session(request, session_id)
    form = CapacityForm(request.POST)
    if not form.is_valid():
        return admin_views.session_detail(request, session.pk, capacity_form=form)
    try:
        promoted = services.change_capacity(session, form.cleaned_data["capacity"], by=request.user)
    except services.RegistrationError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Capacité enregistrée. Personnes passées de la liste d'attente : %(count)s.")
            % {"count": len(promoted)},
        )
    return _back(session)


@require_POST
def renew_invitation(request, session_id):
    session = _session(request, session_id)
    if session.invitation_only:
        services.renew_invitation(session, by=request.user)
        messages.success(
            request, _("Nouveau lien d'invitation créé : l'ancien ne permet plus de s'inscrire.")
        )
    return _back(session)


@require_POST
def set_waitlist(request, session_id):
    session = _session(request, session_id)
    enabled = request.POST.get("enabled") == "1"
    if services.set_waitlist(session, enabled, by=request.user):
        if enabled:
            messages.success(request, _("Liste d'attente ouverte aux nouvelles inscriptions."))
        else:
            messages.success(
                request,
                _(
                    "Liste d'attente fermée aux nouvelles inscriptions. Les personnes qui "
                    "attendent gardent leur place."
                ),
            )
    return _back(session)


def _people(session):
    return session.confirmed_count + session.waitlist_count


def _confirm(request, session, action):
    """The confirmation page of a cancellation or restoration (GET)."""
    when = format_when(session.start, session.end, session.time_zone)
    people = _people(session)
    if action == "cancel":
        title = _("Annuler la session")
        consequence = ngettext(
            "La personne inscrite recevra un courriel d'annulation ; si elle a une place, "
            "l'événement sera retiré de son agenda.",
            "Les %(count)s personnes inscrites recevront un courriel d'annulation ; celles "
            "qui ont une place verront l'événement retiré de leur agenda.",
            people,
        )
        button = _("Oui, annuler la session")
    else:
        title = _("Rétablir la session")
        consequence = ngettext(
            "La personne inscrite recevra un courriel : sa place ou son rang en liste "
            "d'attente est celui qu'elle avait.",
            "Les %(count)s personnes inscrites recevront un courriel : chacune retrouve sa "
            "place ou son rang en liste d'attente.",
            people,
        )
        button = _("Oui, rétablir la session")
    return TemplateResponse(
        request,
        "registrations/admin/confirm_session_action.html",
        {
            "page_title": title,
            "header_title": f"{title} : {session.event_title}",
            "page_subtitle": session.event_title,
            "header_icon": "group",
            "session": session,
            "when": when,
            "action": action,
            "consequence": consequence % {"count": people} if people else "",
            "button": button,
        },
    )


def _cancelled_message(told):
    return ngettext(
        "Session annulée. %(count)s personne a été prévenue.",
        "Session annulée. %(count)s personnes ont été prévenues.",
        told,
    ) % {"count": told}


def _restored_message(told):
    return ngettext(
        "Session rétablie. %(count)s personne a été prévenue.",
        "Session rétablie. %(count)s personnes ont été prévenues.",
        told,
    ) % {"count": told}


# action: (whether it may be done now, the rule that does it, what staff are told after)
SESSION_ACTIONS = {
    "cancel": (can_cancel, services.cancel_session, _cancelled_message),
    "restore": (can_restore, services.restore_session, _restored_message),
}


def _session_action(request, session_id, action):
    """Confirm on GET, act on POST: cancelling and restoring a session read alike."""
    allowed, rule, told_message = SESSION_ACTIONS[action]
    session = _session(request, session_id)
    if request.method != "POST":
        if not allowed(session, timezone.now()):
            return _back(session)
        return _confirm(request, session, action)
    try:
        told = rule(session, by=request.user)
    except services.RegistrationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, told_message(told))
    return _back(session)


@require_http_methods(["GET", "POST"])
def cancel_session(request, session_id):
    return _session_action(request, session_id, "cancel")


@require_http_methods(["GET", "POST"])
def restore_session(request, session_id):
    return _session_action(request, session_id, "restore")
