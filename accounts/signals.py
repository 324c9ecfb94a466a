"""Sign-ins and sign-outs, whatever view did them, go to the history and the session list."""

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver

from . import history, sessions
from .models import EventKind

# Set on the request by the view that signs someone in through the identity provider
# (its name) or by whatever signs someone out for a reason of its own (an EventKind).
SINGLE_SIGN_ON_ATTRIBUTE = "accounts_single_sign_on"
SIGN_OUT_KIND_ATTRIBUTE = "accounts_sign_out_kind"


@receiver(user_logged_in, dispatch_uid="accounts_signed_in")
def signed_in(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    provider = getattr(request, SINGLE_SIGN_ON_ATTRIBUTE, None)
    history.record(
        EventKind.SIGNED_IN_SSO if provider else EventKind.SIGNED_IN,
        request,
        user=user,
        detail=provider or "",
    )
    sessions.track(request, user, single_sign_on=bool(provider))


@receiver(user_logged_out, dispatch_uid="accounts_signed_out")
def signed_out(sender, request, user, **kwargs):
    if request is None or user is None:
        return
    kind = getattr(request, SIGN_OUT_KIND_ATTRIBUTE, EventKind.SIGNED_OUT)
    if kind:
        history.record(kind, request, user=user)
    sessions.forget(request.session.session_key)
