"""``{% page_picture page "card" %}``: a page's picture, rendered by ``common.images``."""

from django import template
from django.utils.safestring import mark_safe

from common.images import picture_html

register = template.Library()


@register.simple_tag
def page_picture(page, shape="card"):
    return mark_safe(picture_html(page, shape))
