"""The header and footer menus, with the defaults a State site shows when none is edited."""

from django import template
from django.utils.translation import gettext as _
from wagtail.models import Page

from shell.lookups import current_home, link_of, menu_links, page_url, shell_part
from shell.models import AccessibilityStatus, MenuLocation, SiteIdentity

register = template.Library()

# Slugs of the mandatory pages, in both languages, used when no footer_bottom menu exists.
LEGAL_PAGE_SLUGS = [
    ("accessibility", {"accessibilite", "accessibility"}),
    ("legal", {"mentions-legales", "legal-notice"}),
    ("personal_data", {"donnees-personnelles", "personal-data"}),
    ("cookies", {"gestion-des-cookies", "cookies"}),
    ("sitemap", {"plan-du-site", "sitemap", "site-map"}),
]
ACCESSIBILITY_SLUGS = LEGAL_PAGE_SLUGS[0][1]

# The State's sites every DSFR footer links to, when no footer menu is defined.
DEFAULT_FOOTER_LINKS = [
    link_of("info.gouv.fr", "https://www.info.gouv.fr/"),
    link_of("service-public.fr", "https://www.service-public.fr/"),
    link_of("legifrance.gouv.fr", "https://www.legifrance.gouv.fr/"),
    link_of("data.gouv.fr", "https://www.data.gouv.fr/"),
]


def _mark_active(links, request):
    path = request.path if request else ""
    for link in links:
        url = link["url"] or ""
        if url == path:
            link["current"] = "page"
        elif url.startswith("/") and url.count("/") > 2 and path.startswith(url):
            link["current"] = "true"
        else:
            link["current"] = None
    return links


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Header navigation: the header menu of this language, else the home page's menu pages."""
    request = context.get("request")
    links = menu_links(context, MenuLocation.HEADER)
    if links is None:
        home = current_home(context)

        def compute(request, site):
            if home is None:
                return []
            return [
                link_of(child.title, page_url(child, request), child)
                for child in home.get_children().live().public().in_menu()
            ]

        links = shell_part(context, ("menu_pages", getattr(home, "pk", None)), compute)
    return {"links": _mark_active([dict(link) for link in links], request)}


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    """Footer content links: the footer menu of this language, else the State's sites."""
    links = menu_links(context, MenuLocation.FOOTER)
    return {"links": DEFAULT_FOOTER_LINKS if links is None else links}


def _accessibility_label(context):
    def compute(request, site):
        return SiteIdentity.load(request_or_site=request or site).accessibility_status

    status = AccessibilityStatus(shell_part(context, ("accessibility",), compute)).label
    return _("Accessibilité : %(status)s") % {"status": status}


def _legal_pages(context, home):
    """{slug: (title, url)} of the mandatory pages below ``home``, read once per generation."""

    def compute(request, site):
        found = {}
        slugs = set().union(*(names for _key, names in LEGAL_PAGE_SLUGS))
        for page in Page.objects.live().public().descendant_of(home).filter(slug__in=slugs):
            found.setdefault(page.slug, page_url(page, request))
        return found

    return shell_part(context, ("legal_pages", home.pk), compute) if home is not None else {}


def _default_bottom_links(context):
    """Links to the mandatory pages found below this language's home page, by slug."""
    found = _legal_pages(context, current_home(context))
    labels = {
        "accessibility": _("Accessibilité"),
        "legal": _("Mentions légales"),
        "personal_data": _("Données personnelles"),
        "cookies": _("Gestion des cookies"),
        "sitemap": _("Plan du site"),
    }
    links = []
    for key, names in LEGAL_PAGE_SLUGS:
        slug = next((name for name in names if name in found), None)
        if slug is not None:
            links.append({"label": labels[key], "url": found[slug], "page": True, "slug": slug})
        elif key == "accessibility":
            links.append(link_of(labels[key], None))
    return links


@register.inclusion_tag("includes/footer_bottom_menu.html", takes_context=True)
def footer_bottom_menu(context):
    """Mandatory footer links; the accessibility link always states the conformity status."""
    links = menu_links(context, MenuLocation.FOOTER_BOTTOM)
    links = [dict(link) for link in links] if links is not None else _default_bottom_links(context)
    accessibility = _accessibility_label(context)
    has_accessibility = False
    for link in links:
        if link.get("slug") in ACCESSIBILITY_SLUGS or (link["label"] or "").lower().startswith(
            ("accessibilit", "accessibility")
        ):
            link["label"] = accessibility
            has_accessibility = True
    if not has_accessibility:
        links.insert(0, {"label": accessibility, "url": None})
    return {"links": links}
