"""The session-level controls of a session's staff screen (``registrations.session_controls``)."""

from django import template

from ..session_controls import controls_context

register = template.Library()


@register.inclusion_tag("registrations/admin/includes/session_controls.html", takes_context=True)
def session_controls(context, session):
    """Capacity, waiting list, cancel or restore, history; a refused capacity comes back
    from the view as ``capacity_form``."""
    return {
        **controls_context(
            session, capacity_form=context.get("capacity_form"), request=context.get("request")
        ),
        "session": session,
        "csrf_token": context.get("csrf_token"),
    }
