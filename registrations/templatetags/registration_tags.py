from django import template
from django.utils import translation

from events.formatting import format_when
from registrations.forms import RegistrationForm

register = template.Library()


@register.simple_tag
def registration_form(session):
    """An unbound form for one session, labelled with its date for assistive technologies."""
    form = RegistrationForm(session=session)
    when = format_when(session.start, session.end, session.time_zone, translation.get_language())
    form.helper.attrs["aria-label"] = translation.gettext("Inscription : %(when)s") % {"when": when}
    return form
