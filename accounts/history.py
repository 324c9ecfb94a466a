"""Writes the sign-in history: one function, so that no caller can add a password to it."""

from django.db.models import F
from django.utils import timezone

from registrations.ratelimit import client_ip

from .models import EventKind, SignInEvent
from .throttle import account_key


def request_origin(request):
    if request is None:
        return None, ""
    address = client_ip(request) or None
    agent = request.META.get("HTTP_USER_AGENT", "")[:300]
    return address, agent


def record(kind, request=None, user=None, username=None, now=None, **fields):
    """Add one entry; ``username`` defaults to the account's own."""
    address, agent = request_origin(request)
    if username is None and user is not None:
        username = user.get_username()
    return SignInEvent.objects.create(
        kind=kind,
        created_at=now or timezone.now(),
        user=user if user is not None and user.pk else None,
        username=account_key(username),
        ip_address=address,
        user_agent=agent,
        **fields,
    )


def record_pause(pause, request, username, now=None):
    return record(
        EventKind.PAUSED,
        request,
        username=username,
        user=user_named(username),
        now=now,
        scope=pause.scope,
        paused_until=pause.until,
    )


def count_refused(pause, request, username, now=None):
    """An attempt during a pause: counted on the pause's entry, not one row per attempt,
    so that a flood of attempts cannot fill the history."""
    address, _agent = request_origin(request)
    entry = (
        SignInEvent.objects.filter(
            kind=EventKind.PAUSED,
            scope=pause.scope,
            paused_until__gte=now or timezone.now(),
        )
        .filter(**_scope_filter(pause.scope, account_key(username), address))
        .order_by("-created_at")
        .first()
    )
    if entry is None:
        entry = record_pause(pause, request, username, now=now)
    SignInEvent.objects.filter(pk=entry.pk).update(count=F("count") + 1)


def _scope_filter(scope, username, address):
    if scope == "account_address":
        return {"username": username, "ip_address": address}
    if scope == "account":
        return {"username": username}
    return {"ip_address": address}


def user_named(username):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    return User.objects.filter(**{User.USERNAME_FIELD: (username or "").strip()}).first()
