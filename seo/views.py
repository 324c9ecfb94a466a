"""sitemap.xml (every live page in both languages, with its hreflang alternates) and robots.txt."""

from collections import defaultdict
from urllib.parse import urljoin

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from events.models import EventPage
from events.queries import listed_events

CACHE_SECONDS = 60 * 60


def site_root(request):
    """The site's own address (as in the sitemap), else the address the request came to."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/")


def site_pages(site):
    """Live public pages below the site's root page and its translations (each language's
    home), in tree order."""
    roots = site.root_page.get_translations(inclusive=True)
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    # An event whose sessions are all on invitation only is not announced anywhere.
    events = EventPage.objects.filter(pk__in=pages.values("pk"))
    unlisted = events.exclude(pk__in=listed_events(events).values("pk"))
    pages = pages.exclude(pk__in=unlisted.values("pk"))
    return pages.live().public().select_related("locale").order_by("path")


def sitemap_urls(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    pages = list(site_pages(site))
    versions = defaultdict(list)
    for page in pages:
        versions[page.translation_key].append(page)
    urls = []
    for page in pages:
        location = page.get_full_url(request)
        if not location:
            continue
        alternates = [
            {"lang_code": version.locale.language_code, "location": version.get_full_url(request)}
            for version in versions[page.translation_key]
        ]
        if len(alternates) > 1:
            source = min(versions[page.translation_key], key=lambda version: version.pk)
            alternates.append({"lang_code": "x-default", "location": source.get_full_url(request)})
        else:
            alternates = []
        urls.append(
            {
                "location": location,
                "lastmod": page.last_published_at,
                "alternates": alternates,
            }
        )
    return urls


@require_GET
@cache_page(CACHE_SECONDS)
def sitemap(request):
    return render(
        request,
        "sitemap.xml",
        {"urlset": sitemap_urls(request)},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "",
        f"Sitemap: {urljoin(site_root(request), reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
