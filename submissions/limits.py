"""Rate limits of public submissions, on the registrations' counters.

The site, address and browser limits are those of the registration form (one flood, one
ceiling); the per-email limit counts submissions of one kind from one address.
"""

from django.conf import settings

from common.text import normalise_email
from registrations import ratelimit


def request_limited(request):
    """Seconds to wait before this request may submit anything, else 0."""
    return ratelimit.request_limited(request)


def email_limited(scope, email):
    """Seconds to wait before this address may submit one more ``scope``, else 0."""
    return ratelimit.hit(
        f"submission:{scope}", normalise_email(email), settings.SUBMISSION_RATE_LIMIT_EMAIL
    )
