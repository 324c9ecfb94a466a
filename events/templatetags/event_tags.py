from django import template

from events.formatting import format_day, format_when

register = template.Library()


@register.simple_tag
def session_when(session):
    """« mardi 16 novembre 2021, 14 h – 15 h 30 » for a session, in the page's language."""
    return format_when(session.start, session.end, session.time_zone)


@register.filter
def local_day(value):
    """« mardi 16 novembre 2021 » / "Tuesday 16 November 2021" for a datetime, Paris time."""
    return format_day(value) if value else ""
