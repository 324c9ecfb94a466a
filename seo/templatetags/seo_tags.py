"""``{% page_meta %}`` and ``{% structured_data %}`` in the ``<head>`` of every page."""

from django import template
from django.template.loader import render_to_string
from wagtail.models import Page

from events.models import EventPage
from labs.models import LabPage
from seo.meta import page_meta as build_page_meta
from seo.structured_data import event_data, organization_data, script
from shell.lookups import page_translations

register = template.Library()


def _page(context):
    page = context.get("page")
    if isinstance(page, Page) and page.pk and not context.get("is_error_page"):
        return page
    return None


@register.simple_tag(takes_context=True)
def page_meta(context):
    page, request = _page(context), context.get("request")
    if page is None or request is None:
        return ""
    # The shell's cached translations: no query of its own on a warm page.
    translations = page_translations(context)
    language = next((code for code, other in translations.items() if other.pk == page.pk), None)
    meta = build_page_meta(page, request, alternates=list(translations), language=language)
    return render_to_string("seo/meta.html", {"meta": meta})


@register.simple_tag(takes_context=True)
def structured_data(context):
    page, request = _page(context), context.get("request")
    if page is None or request is None:
        return ""
    if isinstance(page, EventPage) and context.get("sessions"):
        return script(event_data(page, context["sessions"], request))
    if isinstance(page, LabPage):
        return script(organization_data(page, request))
    return ""
