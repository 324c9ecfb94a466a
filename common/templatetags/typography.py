"""``|typographie``: French typography over rich text and titles (``common.typography``)."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from common.typography import french

register = template.Library()


@register.filter(needs_autoescape=True)
def typographie(value, autoescape=True):
    """French typography when the page is in French; other languages unchanged (escaped)."""
    if value is None:
        return ""
    text = conditional_escape(value) if autoescape else str(value)
    if (get_language() or "")[:2] != "fr":
        return mark_safe(text) if autoescape else text
    return mark_safe(french(str(text)))


@register.filter
def sans_point_final(value):
    """The text without its final full stop, before a colon (« …inscription : Cochez… »)."""
    text = str(value).rstrip()
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text
