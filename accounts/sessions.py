"""Admin sessions: tracked when they start, ended on demand, expired after inactivity.

Django keeps no index of a user's sessions, so each sign-in is recorded in
``TrackedSession``: that is what "sign out everywhere", an administrator's "end this
colleague's sessions" and a password change walk through to delete sessions from the store.
"""

import time
from importlib import import_module

from django.conf import settings
from django.utils import timezone

from .history import request_origin
from .models import TrackedSession

LAST_ACTIVITY_KEY = "accounts.last_activity"
SINGLE_SIGN_ON_KEY = "accounts.single_sign_on"
# Activity is written at most this often, not on every request.
ACTIVITY_RESOLUTION = 60


def session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def idle_limit():
    return int(settings.ADMIN_SESSION_IDLE_MINUTES) * 60


def track(request, user, single_sign_on=False):
    """Record the session that ``request`` has just signed in with."""
    if not request.session.session_key:
        request.session.save()
    now = timezone.now()
    address, agent = request_origin(request)
    request.session[LAST_ACTIVITY_KEY] = int(time.time())
    if single_sign_on:
        request.session[SINGLE_SIGN_ON_KEY] = True
    TrackedSession.objects.update_or_create(
        session_key=request.session.session_key,
        defaults={
            "user": user,
            "created_at": now,
            "last_seen": now,
            "ip_address": address,
            "user_agent": agent,
            "single_sign_on": single_sign_on,
        },
    )


def touch(request):
    """Note activity on a signed-in session; adopt it if it was never tracked."""
    request.session[LAST_ACTIVITY_KEY] = int(time.time())
    key = request.session.session_key
    if key is None:
        return
    updated = TrackedSession.objects.filter(session_key=key).update(last_seen=timezone.now())
    if not updated:
        track(request, request.user, bool(request.session.get(SINGLE_SIGN_ON_KEY)))


def seconds_idle(request):
    last = request.session.get(LAST_ACTIVITY_KEY)
    if last is None:
        return None
    return int(time.time()) - int(last)


def forget(session_key):
    if session_key:
        TrackedSession.objects.filter(session_key=session_key).delete()


def end_sessions(user, keep=None):
    """Delete ``user``'s sessions from the session store, except ``keep``; return how many."""
    store = session_store()
    ended = 0
    for tracked in TrackedSession.objects.filter(user=user).exclude(session_key=keep or ""):
        store(session_key=tracked.session_key).delete()
        tracked.delete()
        ended += 1
    return ended


def active_sessions(user):
    """The user's tracked sessions that still exist and still belong to them.

    A session whose password hash no longer matches (password changed elsewhere) or that the
    store expired is dropped from the list on the way.
    """
    store = session_store()
    current_hash = user.get_session_auth_hash()
    alive = []
    for tracked in TrackedSession.objects.filter(user=user):
        data = store(session_key=tracked.session_key).load()
        if (
            str(data.get("_auth_user_id")) == str(user.pk)
            and data.get("_auth_user_hash") == current_hash
            and not _expired(data)
        ):
            alive.append(tracked)
        else:
            tracked.delete()
    return alive


def _expired(data):
    last = data.get(LAST_ACTIVITY_KEY)
    limit = idle_limit()
    return bool(limit and last is not None and time.time() - int(last) > limit)
