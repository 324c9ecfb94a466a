"""The admin home's panel for staff: their coming sessions and how full each one is."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from events.availability import with_counts
from events.formatting import format_when
from registrations import statistics
from registrations.access import can_follow_registrations, sessions_visible_to

SHOWN = 8


class UpcomingSessionsPanel(Component):
    name = "upcoming_sessions"
    template_name = "registrations/staff/dashboard_panel.html"
    order = 90  # above Wagtail's own panels: the staff's day starts here

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        sessions = list(
            with_counts(
                sessions_visible_to(self.user).filter(end__gte=timezone.now(), is_cancelled=False)
            ).order_by("start", "pk")[:SHOWN]
        )
        for session in sessions:
            session.when = format_when(session.start, session.end, session.time_zone)
            session.fill_rate = statistics.rate(session.confirmed_count, session.capacity)
        context["sessions"] = sessions
        return context


def add_panel(request, panels):
    if can_follow_registrations(request.user):
        panels.append(UpcomingSessionsPanel(request.user))
