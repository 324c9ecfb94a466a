"""How many wrong passwords the admin sign-in accepts, counted in the sign-in history.

Three sliding windows, each a setting of the form "count/seconds":

- ``SIGNIN_LIMIT_ACCOUNT_ADDRESS``: one account from one address. The tightest, so that one
  person's typos pause only that person, not colleagues behind the same address (most State
  agents reach the internet through a few shared addresses of the interministerial network).
- ``SIGNIN_LIMIT_ACCOUNT``: one account from every address (a spread-out guessing attack).
- ``SIGNIN_LIMIT_ADDRESS``: every account from one address (one machine trying many names).

A scope is paused while its window holds ``count`` failures; the pause ends when the oldest
of them leaves the window. During a pause the password is not even checked, so the right one
does not get in. A successful sign-in clears the account's counts (pair and account), not the
address's, which an attacker holding one valid account could otherwise reset at will.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from .models import EventKind, PauseScope, SignInEvent

SUCCESS_KINDS = [EventKind.SIGNED_IN, EventKind.SIGNED_IN_SSO]


def parse(rate):
    count, seconds = str(rate).split("/")
    return int(count), int(seconds)


def account_key(username):
    return (username or "").strip().casefold()[:150]


@dataclass(frozen=True)
class Pause:
    scope: str
    until: datetime.datetime

    def seconds_left(self, now=None):
        now = now or timezone.now()
        return max(1, int((self.until - now).total_seconds() + 0.999))


def _limits():
    return [
        (PauseScope.ACCOUNT_ADDRESS, settings.SIGNIN_LIMIT_ACCOUNT_ADDRESS),
        (PauseScope.ACCOUNT, settings.SIGNIN_LIMIT_ACCOUNT),
        (PauseScope.ADDRESS, settings.SIGNIN_LIMIT_ADDRESS),
    ]


def _last_success(username):
    return SignInEvent.objects.filter(kind__in=SUCCESS_KINDS, username=username).aggregate(
        last=Max("created_at")
    )["last"]


def current_pause(username, ip_address, now=None):
    """The pause in force for this account name and address, or None.

    When several scopes are paused, the one that ends last is returned.
    """
    now = now or timezone.now()
    username = account_key(username)
    last_success = None
    pauses = []
    for scope, rate in _limits():
        limit, period = parse(rate)
        if limit <= 0:
            continue
        since = now - datetime.timedelta(seconds=period)
        failures = SignInEvent.objects.filter(kind=EventKind.FAILED, created_at__gt=since)
        if scope in (PauseScope.ACCOUNT_ADDRESS, PauseScope.ACCOUNT):
            if last_success is None:
                last_success = _last_success(username) or since
            failures = failures.filter(username=username, created_at__gt=last_success)
        if scope in (PauseScope.ACCOUNT_ADDRESS, PauseScope.ADDRESS):
            failures = failures.filter(ip_address=ip_address or None)
        # The limit-th most recent failure: the pause lasts until it leaves the window.
        counted = list(
            failures.order_by("-created_at").values_list("created_at", flat=True)[limit - 1 : limit]
        )
        if counted:
            pauses.append(Pause(scope, counted[0] + datetime.timedelta(seconds=period)))
    pauses = [pause for pause in pauses if pause.until > now]
    return max(pauses, key=lambda pause: pause.until, default=None)
