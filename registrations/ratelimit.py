"""Fixed-window counters in the Django cache, against registration floods.

The policy (docs/registrations.md, "Rate limits"): State agents reach the site through a
few shared addresses (the interministerial network), so one address is many colleagues and
its own limit is high. A flood is bounded instead by one browser on one address (the CSRF
cookie the form needs), by email address and session, by the honeypot field (the form
refuses it), and by a ceiling for the whole site.

Limits are settings of the form "count/seconds" (``REGISTRATION_RATE_LIMIT_BROWSER``,
``REGISTRATION_RATE_LIMIT_IP``, ``REGISTRATION_RATE_LIMIT_EMAIL``,
``REGISTRATION_RATE_LIMIT_GLOBAL``). Keys are hashed so that no address sits in the cache.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from common.text import normalise_email


def parse(rate):
    count, seconds = rate.split("/")
    return int(count), int(seconds)


def hit(scope, identity, rate):
    """Count one attempt; return the seconds to wait if over the limit, else 0."""
    return hits([(scope, identity, rate)])


def hits(attempts):
    """Count one attempt on each (scope, identity, rate) of ``attempts``; the seconds to
    wait for the first limit that is exceeded, else 0. On Redis the counters are counted in
    one round trip whatever their number."""
    windows = []
    for scope, identity, rate in attempts:
        limit, period = parse(rate)
        if limit > 0:
            window = int(time.time() // period)
            digest = hashlib.sha256(f"{scope}:{identity}".encode()).hexdigest()[:32]
            windows.append((f"ratelimit:{scope}:{digest}:{window}", limit, period, window))
    if not windows:
        return 0
    counters = [(key, period + 5) for key, _limit, period, _window in windows]
    counts = cache.count(counters) if hasattr(cache, "count") else _count_each(counters)
    if counts is None:  # Redis does not answer: the limits fail open (config.cache)
        return 0
    for count, (_key, limit, period, window) in zip(counts, windows, strict=True):
        if count > limit:
            return max(1, int((window + 1) * period - time.time()))
    return 0


def _count_each(counters):
    """``count`` for caches other than ours on Redis (tests, development): two operations."""
    counts = []
    for key, seconds in counters:
        if cache.add(key, 1, timeout=seconds):
            counts.append(1)
            continue
        try:
            counts.append(cache.incr(key))
        except ValueError:  # the window's counter expired in between
            cache.set(key, 1, timeout=seconds)
            counts.append(1)
    return counts


def client_ip(request):
    """The client's address; behind a proxy, from the header it sets (its last entry,
    the one the proxy itself added, which the client cannot forge)."""
    header = getattr(settings, "REGISTRATION_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _request_attempts(request):
    address = client_ip(request)
    browser = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
    return [
        ("global", "site", settings.REGISTRATION_RATE_LIMIT_GLOBAL),
        ("ip", address, settings.REGISTRATION_RATE_LIMIT_IP),
        ("browser", f"{address}:{browser}", settings.REGISTRATION_RATE_LIMIT_BROWSER),
    ]


def _email_attempt(email, session_id):
    return (
        "email",
        f"{session_id}:{normalise_email(email)}",
        settings.REGISTRATION_RATE_LIMIT_EMAIL,
    )


def request_limited(request):
    """Seconds to wait if this attempt is over a limit of the site, the address, or the
    browser on that address; else 0. Checked before the form is read."""
    return hits(_request_attempts(request))


def email_limited(email, session_id):
    return hits([_email_attempt(email, session_id)])


def registration_limited(request, session_id, email=None):
    """``request_limited`` and, for a valid form, ``email_limited``, counted in one round
    trip: the seconds to wait for the first limit exceeded, else 0."""
    attempts = _request_attempts(request)
    if email:
        attempts.append(_email_attempt(email, session_id))
    return hits(attempts)
