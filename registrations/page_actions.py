"""Deleting or unpublishing an event page that people registered for: the confirmation.

Wagtail's delete and unpublish views call these through their hooks (``wagtail_hooks``).
When the pages concerned have upcoming sessions with people registered, the action only goes
ahead once the person confirmed on a page that names how many people will be told: the
form posts back to Wagtail's own view with that number, and a number that no longer matches
(someone registered meanwhile) asks again. Bulk deletion and unpublishing of such pages are
refused, with a message saying to do it page by page. What the action then does to the
sessions is the rules' (``registrations.signals``), whichever way the page action came.
"""

from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page

from events.models import EventPage

from . import services

CONFIRMATION_FIELD = "registrations_confirmed"


def _subtree(pages):
    paths = Q()
    for page in pages:
        paths |= Q(path__startswith=page.path)
    return EventPage.objects.filter(paths)


def _stake_text(stake, action):
    people = ngettext(
        "%(people)s personne est inscrite aux sessions à venir de cet événement.",
        "%(people)s personnes sont inscrites aux sessions à venir de cet événement.",
        stake.people,
    ) % {"people": stake.people}
    sessions = ngettext(
        "Session concernée : %(sessions)s.", "Sessions concernées : %(sessions)s.", stake.sessions
    ) % {"sessions": stake.sessions}
    if action == "delete":
        effect = _(
            "Supprimer la page annule ces sessions : chaque personne inscrite reçoit un courriel "
            "d'annulation, et l'événement est retiré de l'agenda de celles qui avaient une place."
        )
    else:
        effect = _(
            "Dépublier la page annule ces sessions : chaque personne inscrite reçoit un courriel "
            "d'annulation, et l'événement est retiré de l'agenda de celles qui avaient une place. "
            "Publier la page à nouveau ne les rétablit pas : rétablissez-les depuis l'écran des "
            "inscriptions."
        )
    return f"{people} {sessions}", effect


def _confirmation(request, page, stake, action, *, stale=False):
    people, effect = _stake_text(stake, action)
    next_url = get_valid_next_url_from_request(request)
    cancel_url = next_url or reverse("wagtailadmin_explore", args=[page.get_parent().id])
    descendants = page.get_descendant_count()
    if action == "delete":
        title = _("Supprimer")
        button = ngettext(
            "Oui, supprimer la page et prévenir la personne inscrite",
            "Oui, supprimer la page et prévenir les %(people)s personnes inscrites",
            stake.people,
        )
        limit = getattr(settings, "WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT", 10)
        type_site_name = descendants + 1 >= limit
    else:
        title = _("Dépublier")
        button = ngettext(
            "Oui, dépublier la page et prévenir la personne inscrite",
            "Oui, dépublier la page et prévenir les %(people)s personnes inscrites",
            stake.people,
        )
        type_site_name = False
    return TemplateResponse(
        request,
        "registrations/admin/confirm_page_action.html",
        {
            "page_title": title,
            "header_title": f"{title} : {page.get_admin_display_title()}",
            "page_subtitle": page.get_admin_display_title(),
            "header_icon": "warning",
            "page": page,
            "action": action,
            "people_text": people,
            "effect_text": effect,
            "kept": stake.kept,
            "stale": stale,
            "confirmation_field": CONFIRMATION_FIELD,
            "people": stake.people,
            "button": button % {"people": stake.people},
            "next": next_url,
            "cancel_url": cancel_url,
            "descendants": descendants,
            "include_descendants": request.POST.get("include_descendants", ""),
            "type_site_name": type_site_name,
            "total_pages": descendants + 1,
            "wagtail_site_name": getattr(settings, "WAGTAIL_SITE_NAME", "wagtail"),
        },
    )


def _ask_unless_confirmed(request, page, pages, action):
    stake = services.withdrawal_stake(pages)
    if not stake.people:
        return None
    confirmed = request.POST.get(CONFIRMATION_FIELD) if request.method == "POST" else None
    if confirmed == str(stake.people):
        return None
    return _confirmation(request, page, stake, action, stale=confirmed is not None)


def before_delete_page(request, page):
    """Deleting a page deletes the pages below it: every event page there counts."""
    return _ask_unless_confirmed(request, page, _subtree([page]), "delete")


def before_unpublish_page(request, page):
    """Called when the unpublishing is posted; the pages below count only if they go too."""
    if request.POST.get("include_descendants"):
        pages = _subtree([page])
    else:
        pages = EventPage.objects.filter(pk=page.pk)
    return _ask_unless_confirmed(request, page, pages, "unpublish")


def before_bulk_action(request, action_type, objects, action):
    if action_type not in ("delete", "unpublish") or Page not in getattr(action, "models", []):
        return None
    for page in objects:
        stake = services.withdrawal_stake(_subtree([page]))
        if stake.people:
            messages.error(
                request,
                ngettext(
                    "« %(title)s » : %(people)s personne est inscrite à ses sessions à venir. "
                    "Supprimez ou dépubliez cette page seule, pour confirmer qu'elle sera "
                    "prévenue. Rien n'a été fait.",
                    "« %(title)s » : %(people)s personnes sont inscrites à ses sessions à venir. "
                    "Supprimez ou dépubliez cette page seule, pour confirmer qu'elles seront "
                    "prévenues. Rien n'a été fait.",
                    stake.people,
                )
                % {"title": page.get_admin_display_title(), "people": stake.people},
            )
            return redirect(getattr(action, "next_url", None) or "wagtailadmin_home")
    return None
