"""Fixed-window counters in the Django cache, against registration floods.

Limits are settings of the form "count/seconds" (``REGISTRATION_RATE_LIMIT_EMAIL``,
``REGISTRATION_RATE_LIMIT_IP``). Keys are hashed so that no address sits in the cache.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def parse(rate):
    count, seconds = rate.split("/")
    return int(count), int(seconds)


def hit(scope, identity, rate):
    """Count one attempt; return the seconds to wait if over the limit, else 0."""
    limit, period = parse(rate)
    if limit <= 0:
        return 0
    window = int(time.time() // period)
    digest = hashlib.sha256(f"{scope}:{identity}".encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}:{window}"
    cache.add(key, 0, timeout=period + 5)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=period + 5)
        count = 1
    if count > limit:
        return max(1, int((window + 1) * period - time.time()))
    return 0


def client_ip(request):
    """The client's address; behind a proxy, from the header it sets (its last entry,
    the one the proxy itself added, which the client cannot forge)."""
    header = getattr(settings, "REGISTRATION_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def ip_limited(request):
    return hit("ip", client_ip(request), settings.REGISTRATION_RATE_LIMIT_IP)


def email_limited(email, session_id):
    return hit("email", f"{session_id}:{email.strip().lower()}", settings.REGISTRATION_RATE_LIMIT_EMAIL)
