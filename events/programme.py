"""The programme query: filters in, prefetched queryset out.

Shared by the programme page, the home page and the calendar feed. No request in here.
"""

from django.db.models import Count, Q


def sessions_with_availability(sessions):
    """Annotate sessions with ``confirmed_count`` and ``waitlist_count``, in the same query."""
    return sessions.annotate(
        confirmed_count=Count("registrations", filter=Q(registrations__status="confirmed")),
        waitlist_count=Count("registrations", filter=Q(registrations__status="waitlisted")),
    ).order_by("start")


def programme_context(index_page, params):
    return {}
