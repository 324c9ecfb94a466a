"""The sign-in history is kept SIGNIN_HISTORY_RETENTION_MONTHS (6 by default, within the
six months to one year the CNIL recommends for access logs), then deleted."""

import datetime

from django.conf import settings
from django.utils import timezone

from .models import SignInEvent, TrackedSession
from .sessions import session_store


def cutoff(now=None):
    now = now or timezone.now()
    return now - datetime.timedelta(days=round(30.44 * settings.SIGNIN_HISTORY_RETENTION_MONTHS))


def purge(now=None):
    events, _ = SignInEvent.objects.filter(created_at__lt=cutoff(now)).delete()
    store = session_store()
    store.clear_expired()
    ended = [t.pk for t in TrackedSession.objects.all() if not store().exists(t.session_key)]
    tracked, _ = TrackedSession.objects.filter(pk__in=ended).delete()
    return events, tracked
