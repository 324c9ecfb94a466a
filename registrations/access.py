"""Who may follow which session's registrations in the admin.

One place for the rule, so that every staff screen (lists, check-in, export, buttons)
applies the same one.
"""

from events.models import EventSession

from .models import StaffAccess

FOLLOW_PERMISSION = "registrations.change_registration"
VIEW_ALL_PERMISSION = "registrations.view_all_registrations"


def can_follow_registrations(user):
    return user.has_perm(FOLLOW_PERMISSION)


def sees_every_organiser(user):
    return user.has_perm(VIEW_ALL_PERMISSION)


def sessions_visible_to(user):
    """Every session for the communication team; for lab staff, their organisers' sessions.

    Sessions belong to the French page, whose organiser is the French snippet: the access
    is matched on the organiser's translation key, so either language's snippet grants it.
    """
    sessions = EventSession.objects.select_related("event")
    if not can_follow_registrations(user):
        return sessions.none()
    if sees_every_organiser(user):
        return sessions
    keys = StaffAccess.objects.filter(user=user).values("organisation__translation_key")
    return sessions.filter(event__organiser__translation_key__in=keys)


def organisers_followed_by(user):
    """The organisers whose sessions ``user`` follows, or None when they follow them all."""
    if sees_every_organiser(user):
        return None
    return [access.organisation for access in StaffAccess.objects.filter(user=user).select_related("organisation")]
