from django import template

from events.formatting import format_day, format_when

register = template.Library()


@register.simple_tag(takes_context=True)
def session_when(context, session):
    """« mardi 16 novembre 2021, 14 h – 15 h 30 » for a session, in the page's language."""
    return format_when(session.start, session.end, session.time_zone)


@register.filter
def session_day(session):
    return format_day(session.start, session.time_zone)
