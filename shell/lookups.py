"""What the site shell reads: the home page of each language, the translations of the
current page, its ancestors and the menus.

The header, the switcher, the breadcrumbs and the ``<head>`` links need the same few rows.
Each part is kept in the shell's cache (``common/cache.py``) per site and language, and on the
request once read, so a warm page costs no query for its shell whatever the page.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from common.cache import cached

from .models import NavigationMenu


def request_cache(context):
    """The request of a template context and the shell's cache kept on it."""
    request = context.get("request")
    if request is None:
        return None, {}
    memo = getattr(request, "_site_shell", None)
    if memo is None:
        memo = request._site_shell = {}
    return request, memo


def language():
    """The two-letter code of the language displayed."""
    return (translation.get_language() or settings.LANGUAGE_CODE)[:2]


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def page_url(page, request):
    return page.get_url(request=request) if page is not None else None


def current_site(request):
    if request is not None:
        return Site.find_for_request(request)
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def shell_part(context, key, compute):
    """``compute()`` cached across requests under ``key`` (with the site) and on the request."""
    request, memo = request_cache(context)
    if key not in memo:
        site = current_site(request)
        site_id = site.pk if site is not None else None
        memo[key] = cached(request, (site_id, *key), lambda: compute(request, site))
    return memo[key]


def _home_pages(request, site):
    homes = {}
    if site is not None:
        for home in (
            Page.objects.live()
            .filter(translation_key=site.root_page.translation_key)
            .select_related("locale")
        ):
            homes[home.locale.language_code] = home
    return homes


def home_pages(context):
    """{language code: live home page} for the current site, with their locales."""
    return shell_part(context, ("homes",), _home_pages)


def current_home(context):
    homes = home_pages(context)
    return homes.get(language()) or homes.get(settings.LANGUAGE_CODE)


def page_translations(context):
    """{language code: page} for the live translations of the current page (itself included)."""
    page = current_page(context)
    if page is None or not page.pk:
        return {}

    def compute(request, site):
        return {
            other.locale.language_code: other
            for other in Page.objects.live()
            .public()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
        }

    return shell_part(context, ("translations", page.translation_key), compute)


def page_ancestors(context, page, start):
    """The ancestors of ``page`` from depth ``start``, as {"label", "url"} (breadcrumbs)."""

    def compute(request, site):
        return [
            {"label": ancestor.title, "url": page_url(ancestor, request)}
            for ancestor in page.get_ancestors().filter(depth__gte=start)
        ]

    return shell_part(context, ("ancestors", page.pk, start), compute)


def link_of(label, url, page=None):
    """A menu link as the templates read it: plain values, safe to cache and to copy."""
    return {
        "label": label,
        "url": url,
        "page": page is not None,
        "slug": getattr(page, "slug", None),
    }


def menu_links(context, location):
    """The links of the current language's menu at ``location``, or None if it has none."""
    code = language()

    def compute(request, site):
        menu = NavigationMenu.objects.filter(location=location, locale__language_code=code).first()
        if menu is None:
            return None
        links = []
        for block in menu.links:
            value = block.value
            page = value.get("page")
            if page is not None:
                if not page.live:
                    continue
                url = page_url(page, request)
            else:
                url = value.get("url")
            if url:
                links.append(link_of(value.get("label"), url, page))
        return links

    return shell_part(context, ("menu", str(location), code), compute)
