"""Finding one's way through the page tree: breadcrumbs, site map, links to key pages."""

from django import template
from django.apps import apps
from wagtail.models import Page

from shell.lookups import (
    current_home,
    current_page,
    language,
    page_ancestors,
    page_url,
    shell_part,
)

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, title=None):
    """DSFR breadcrumb from this language's home page to the current page (none on the home)."""
    request = context.get("request")
    page = current_page(context)
    home = current_home(context)
    items = []
    if page is not None:
        if home is not None and page.depth and page.depth <= home.depth:
            return {"items": []}
        if page.pk and page.path:
            start = home.depth if home is not None else 2
            items.extend(page_ancestors(context, page, start))
        elif home is not None:
            items.append({"label": home.title, "url": page_url(home, request)})
        items.append({"label": title or page.title, "url": None})
    elif title:
        if home is not None:
            items.append({"label": home.title, "url": page_url(home, request)})
        items.append({"label": title, "url": None})
    return {"items": items}


@register.simple_tag(takes_context=True)
def site_map(context, root=None):
    """The tree of live pages below this language's home, read in one query.

    Returns nested nodes ``{"page", "url", "children"}`` starting with the home page.
    """
    request = context.get("request")
    root = root or current_home(context)
    if root is None:
        return []
    pages = Page.objects.live().public().descendant_of(root, inclusive=True).order_by("path")
    nodes_by_path = {}
    roots = []
    for page in pages:
        node = {"page": page, "url": page_url(page, request), "children": []}
        parent = nodes_by_path.get(page.path[: -Page.steplen])
        (parent["children"] if parent else roots).append(node)
        nodes_by_path[page.path] = node
    return roots


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the displayed language."""
    home = current_home(context)
    return page_url(home, context.get("request")) or f"/{language()}/"


@register.simple_tag(takes_context=True)
def child_page_url(context, parent, model_label):
    """The URL of the first live child of ``parent`` of type ``model_label`` ("app.Model")."""

    def compute(request, site):
        child = apps.get_model(model_label).objects.live().child_of(parent).first()
        return page_url(child, request) or ""

    return shell_part(context, ("child", parent.pk, model_label), compute)
