"""A history entry's particulars, in the reader's language."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.formatting import format_time

from .models import EventKind, PauseScope


def describe(event, language="fr"):
    count = event.count
    if event.kind == EventKind.PAUSED:
        text = _("Pour %(who)s, jusqu’à %(time)s.") % {
            "who": PauseScope(event.scope).label if event.scope else "",
            "time": format_time(timezone.localtime(event.paused_until), language)
            if event.paused_until
            else "",
        }
        if count:
            text += " " + ngettext(
                "%(count)d tentative refusée pendant la suspension.",
                "%(count)d tentatives refusées pendant la suspension.",
                count,
            ) % {"count": count}
        return text
    if event.kind == EventKind.SIGNED_IN_SSO:
        return _("Par %(provider)s.") % {"provider": event.detail}
    if event.kind == EventKind.SSO_REFUSED:
        from .oidc import REASONS

        return str(REASONS.get(event.detail, event.detail))
    if event.kind == EventKind.RECOVERY_CODE_USED:
        return ngettext(
            "%(count)d code de secours restant.", "%(count)d codes de secours restants.", count
        ) % {"count": count}
    if event.kind in (EventKind.FACTOR_RESET, EventKind.SESSIONS_ENDED):
        actor = event.actor.get_username() if event.actor else _("un administrateur")
        return ngettext(
            "Par %(actor)s ; %(count)d session fermée.",
            "Par %(actor)s ; %(count)d sessions fermées.",
            count,
        ) % {"actor": actor, "count": count}
    if event.kind in (EventKind.PASSWORD_CHANGED, EventKind.SIGNED_OUT_EVERYWHERE):
        return ngettext("%(count)d session fermée.", "%(count)d sessions fermées.", count) % {
            "count": count
        }
    return ""
