"""The site of a request, and its home page, from the shell's cache.

Wagtail finds the site of every request with one query, then reads the home page's own
fields with another before routing below it. Both rows change only when an editor saves a
site or publishes a page, which start a new generation of the shell's cache
(``shell/signals.py``): until then, every request for the same host reuses them.
"""

import hashlib

from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from common.cache import cached


def _site_with_specific_root(request):
    site = Site._find_for_request(request)
    if site is not None:
        # Wagtail routes from ``site.root_page.localized.specific``: with the specific page
        # already in place, ``.specific`` reads nothing.
        site.root_page = site.root_page.specific
    return site


class CachedSiteMiddleware:
    """Puts the cached site where ``Site.find_for_request`` looks first, for page requests.

    Only Wagtail's page view gets it: the health check, the registration views and the
    admin neither read nor pay for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or hasattr(request, "_wagtail_site"):
            return None
        # get_host() validates the host against ALLOWED_HOSTS (a 400 otherwise), so the
        # cache holds one entry per served host, never one per forged header.
        host = f"{request.get_host()}|{request.get_port()}"
        digest = hashlib.sha256(host.encode()).hexdigest()[:32]
        request._wagtail_site = cached(
            request, ("site", digest), lambda: _site_with_specific_root(request)
        )
        return None
