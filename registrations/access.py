"""Who may follow which session's registrations in the admin.

One place for the rule, so that every staff screen (lists, check-in, export, buttons)
applies the same one.
"""

from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db.models import Q, QuerySet

from events.models import EventSession

from .models import StaffAccess

AnyUser = AbstractUser | AnonymousUser

FOLLOW_PERMISSION = "registrations.change_registration"
VIEW_ALL_PERMISSION = "registrations.view_all_registrations"


def can_follow_registrations(user: AnyUser) -> bool:
    return user.has_perm(FOLLOW_PERMISSION)


def sees_every_organiser(user: AnyUser) -> bool:
    return user.has_perm(VIEW_ALL_PERMISSION)


def sessions_visible_to(user: AnyUser) -> QuerySet[EventSession]:
    """Every session for the communication team; for lab staff, the sessions of the
    organisers they follow and of the events hosted by the labs they follow.

    Sessions belong to the French page, whose organiser and host lab are French: the
    access is matched on translation keys, so either language's snippet or lab page grants
    it. A session whose page was deleted keeps both keys (``event_organiser_key``,
    ``event_host_lab_key``).
    """
    sessions = EventSession.objects.select_related("event")
    if not can_follow_registrations(user):
        return sessions.none()
    if sees_every_organiser(user):
        return sessions
    grants = StaffAccess.objects.filter(user=user)
    organisers = grants.filter(organisation__isnull=False).values("organisation__translation_key")
    labs = grants.filter(lab__isnull=False).values("lab__translation_key")
    return sessions.filter(
        Q(event__organiser__translation_key__in=organisers)
        | Q(event__host_lab__translation_key__in=labs)
        | Q(event__isnull=True, event_organiser_key__in=organisers)
        | Q(event__isnull=True, event_host_lab_key__in=labs)
    )


def followed_by(user: AnyUser) -> list[str] | None:
    """The names of the organisers and labs whose sessions ``user`` follows, or None when
    they follow them all."""
    if sees_every_organiser(user):
        return None
    grants = StaffAccess.objects.filter(user=user).select_related("organisation", "lab")
    return [
        grant.organisation.name if grant.organisation_id else grant.lab.title
        for grant in grants.order_by("lab_id", "organisation_id", "pk")
    ]
