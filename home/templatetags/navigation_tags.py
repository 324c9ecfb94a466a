"""The site shell's data: menus, language switcher, hreflang alternates, breadcrumbs, site map.

The header, the switcher and the ``<head>`` links need the same few rows (the home page of each
language, the translations of the current page); they are read once per request and kept on
the request, so the shell costs a constant number of queries whatever the page.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail.models import Page, Site

from home.models import AccessibilityStatus, MenuLocation, NavigationMenu, SiteIdentity

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


def _request_cache(context):
    request = context.get("request")
    if request is None:
        return None, {}
    cache = getattr(request, "_site_shell", None)
    if cache is None:
        cache = request._site_shell = {}
    return request, cache


def _language():
    return (translation.get_language() or settings.LANGUAGE_CODE)[:2]


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def home_pages(context):
    """{language code: live home page} for the current site, with their locales."""
    request, cache = _request_cache(context)
    if "homes" not in cache:
        homes = {}
        site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
        if site is not None:
            for home in (
                Page.objects.live()
                .filter(translation_key=site.root_page.translation_key)
                .select_related("locale")
            ):
                homes[home.locale.language_code] = home
        cache["homes"] = homes
    return cache["homes"]


def current_home(context):
    homes = home_pages(context)
    return homes.get(_language()) or homes.get(settings.LANGUAGE_CODE)


def page_translations(context):
    """{language code: page} for the live translations of the current page (itself included)."""
    request, cache = _request_cache(context)
    page = _current_page(context)
    if page is None:
        return {}
    key = ("translations", page.pk)
    if key not in cache:
        translations = {}
        if page.pk:
            for other in (
                Page.objects.live()
                .public()
                .filter(translation_key=page.translation_key)
                .select_related("locale")
            ):
                translations[other.locale.language_code] = other
        cache[key] = translations
    return cache[key]


def _url(page, request):
    return page.get_url(request=request) if page is not None else None


@register.simple_tag(takes_context=True)
def lang_attr(context, page):
    """` lang="xx"` when ``page`` is written in another language than the one displayed."""
    locales = {home.locale_id: code for code, home in home_pages(context).items()}
    code = locales.get(getattr(page, "locale_id", None))
    if code and code != _language():
        return format_html(' lang="{}"', code)
    return ""


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One entry per language: the same page in that language, or the home page and a note."""
    request = context.get("request")
    page = _current_page(context)
    homes = home_pages(context)
    translations = page_translations(context)
    current = _language()
    entries = []
    for code, name in settings.LANGUAGES:
        entry = {"code": code, "name": name, "current": code == current, "translated": True}
        if entry["current"]:
            entry["url"] = request.get_full_path() if request else "#"
        elif context.get("is_error_page"):
            entry["url"] = _url(homes.get(code), request) or f"/{code}/"
        elif page is not None:
            translated = translations.get(code)
            if translated is not None:
                entry["url"] = _url(translated, request)
            else:
                entry["translated"] = False
                entry["url"] = _url(homes.get(code), request) or f"/{code}/"
        elif request is not None:
            entry["url"] = translate_url(request.get_full_path(), code)
        else:
            entry["url"] = f"/{code}/"
        entries.append(entry)
    return {"entries": entries, "current": current}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """``<link rel="alternate" hreflang>`` for every live version of this page (absolute URLs)."""
    request = context.get("request")
    if request is None or context.get("is_error_page"):
        return {"alternates": []}
    page = _current_page(context)
    urls = {}
    if page is not None:
        for code, translated in page_translations(context).items():
            url = _url(translated, request)
            if url:
                urls[code] = url
    else:
        for code, _name in settings.LANGUAGES:
            urls[code] = translate_url(request.path, code)
    alternates = [
        {"code": code, "url": request.build_absolute_uri(urls[code])}
        for code, _name in settings.LANGUAGES
        if code in urls
    ]
    default = urls.get(settings.LANGUAGE_CODE)
    if default:
        alternates.append({"code": "x-default", "url": request.build_absolute_uri(default)})
    return {"alternates": alternates}


def _menu_links(context, location):
    """The links of the current language's menu at ``location``, or None if it has none."""
    request, cache = _request_cache(context)
    key = ("menu", location, _language())
    if key not in cache:
        menu = NavigationMenu.objects.filter(
            location=location, locale__language_code=_language()
        ).first()
        links = None
        if menu is not None:
            links = []
            for block in menu.links:
                value = block.value
                page = value.get("page")
                if page is not None:
                    if not page.live:
                        continue
                    url = _url(page, request)
                else:
                    url = value.get("url")
                if url:
                    links.append({"label": value.get("label"), "url": url, "page": page})
        cache[key] = links
    return cache[key]


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
    links = _menu_links(context, MenuLocation.HEADER)
    if links is None:
        links = []
        home = current_home(context)
        if home is not None:
            links = [
                {"label": child.title, "url": _url(child, request), "page": child}
                for child in home.get_children().live().public().in_menu()
            ]
    return {"links": _mark_active([dict(link) for link in links], request)}


# The State's sites every DSFR footer links to, when no footer menu is defined.
DEFAULT_FOOTER_LINKS = [
    {"label": "info.gouv.fr", "url": "https://www.info.gouv.fr/", "page": None},
    {"label": "service-public.fr", "url": "https://www.service-public.fr/", "page": None},
    {"label": "legifrance.gouv.fr", "url": "https://www.legifrance.gouv.fr/", "page": None},
    {"label": "data.gouv.fr", "url": "https://www.data.gouv.fr/", "page": None},
]


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    """Footer content links: the footer menu of this language, else the State's sites."""
    links = _menu_links(context, MenuLocation.FOOTER)
    return {"links": DEFAULT_FOOTER_LINKS if links is None else links}


def _accessibility_label(context):
    identity = SiteIdentity.load(request_or_site=context.get("request"))
    status = AccessibilityStatus(identity.accessibility_status).label
    return _("Accessibilité : %(status)s") % {"status": status}


def _default_bottom_links(context):
    """Links to the mandatory pages found below this language's home page, by slug."""
    request = context.get("request")
    home = current_home(context)
    found = {}
    if home is not None:
        slugs = set().union(*(names for _key, names in LEGAL_PAGE_SLUGS))
        for page in Page.objects.live().public().descendant_of(home).filter(slug__in=slugs):
            found.setdefault(page.slug, page)
    labels = {
        "accessibility": _("Accessibilité"),
        "legal": _("Mentions légales"),
        "personal_data": _("Données personnelles"),
        "cookies": _("Gestion des cookies"),
        "sitemap": _("Plan du site"),
    }
    links = []
    for key, names in LEGAL_PAGE_SLUGS:
        page = next((found[name] for name in names if name in found), None)
        if page is not None or key == "accessibility":
            links.append({"label": labels[key], "url": _url(page, request), "page": page})
    return links


@register.inclusion_tag("includes/footer_bottom_menu.html", takes_context=True)
def footer_bottom_menu(context):
    """Mandatory footer links; the accessibility link always states the conformity status."""
    links = _menu_links(context, MenuLocation.FOOTER_BOTTOM)
    links = [dict(link) for link in links] if links is not None else _default_bottom_links(context)
    accessibility = _accessibility_label(context)
    has_accessibility = False
    for link in links:
        page = link.get("page")
        if (page is not None and page.slug in ACCESSIBILITY_SLUGS) or (
            link["label"] or ""
        ).lower().startswith(("accessibilit", "accessibility")):
            link["label"] = accessibility
            has_accessibility = True
    if not has_accessibility:
        links.insert(0, {"label": accessibility, "url": None})
    return {"links": links}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, title=None):
    """DSFR breadcrumb from this language's home page to the current page (none on the home)."""
    request = context.get("request")
    page = _current_page(context)
    home = current_home(context)
    items = []
    if page is not None:
        if home is not None and page.depth and page.depth <= home.depth:
            return {"items": []}
        ancestors = []
        if page.pk and page.path:
            start = home.depth if home is not None else 2
            ancestors = list(page.get_ancestors().filter(depth__gte=start))
        elif home is not None:
            ancestors = [home]
        for ancestor in ancestors:
            items.append({"label": ancestor.title, "url": _url(ancestor, request)})
        items.append({"label": title or page.title, "url": None})
    elif title:
        if home is not None:
            items.append({"label": home.title, "url": _url(home, request)})
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
        node = {"page": page, "url": _url(page, request), "children": []}
        parent = nodes_by_path.get(page.path[: -Page.steplen])
        (parent["children"] if parent else roots).append(node)
        nodes_by_path[page.path] = node
    return roots


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the displayed language."""
    home = current_home(context)
    return _url(home, context.get("request")) or f"/{_language()}/"


PAGE_KIND_LABELS = {
    "labs.labpage": _lazy("Laboratoire"),
    "defis.defipage": _lazy("Défi"),
    "events.eventpage": _lazy("Événement"),
}


@register.filter
def page_kind(page):
    """A short label of what a page is (laboratoire, défi, événement) for cards."""
    return PAGE_KIND_LABELS.get(page._meta.label_lower, "")


@register.simple_tag(takes_context=True)
def child_page_url(context, parent, model_label):
    """The URL of the first live child of ``parent`` of type ``model_label`` ("app.Model")."""
    from django.apps import apps

    model = apps.get_model(model_label)
    child = model.objects.live().child_of(parent).first()
    return _url(child, context.get("request")) or ""


@register.filter
def local_day(value):
    """« mardi 16 novembre 2021 » / "Tuesday 16 November 2021" for a datetime, Paris time."""
    from events.formatting import format_day

    return format_day(value) if value else ""
