"""Content security policy header.

Public pages get a strict policy: scripts, styles, fonts and frames from this origin only,
no inline script or style, no framing. The DSFR's JavaScript only touches styles through
the CSSOM, which a policy does not restrict, so it works under it. The Wagtail admin
(and the page previews it renders, which are served under its prefix) relies on inline
scripts and styles, so paths under ``CSP_ADMIN_PREFIXES`` get a looser policy that still
keeps every source on this origin.

Settings: ``CSP_POLICY`` and ``CSP_ADMIN_POLICY`` (dicts of directive -> list of sources)
replace the defaults; ``CSP_EXTRA_SOURCES`` ("img-src https://cdn.example; frame-src
https://www.youtube-nocookie.com") adds sources to both; ``CSP_REPORT_ONLY`` sends the
policy as ``Content-Security-Policy-Report-Only`` to try a change without breaking pages.
When uploaded media are served from elsewhere (object storage, a CDN), their origin is
allowed for images and media.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import Http404

SELF = "'self'"
NONE = "'none'"

PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "frame-src": [SELF],
    "manifest-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "media-src": [SELF, "blob:"],
    "worker-src": [SELF, "blob:"],
    # The live preview panel frames the page it previews.
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}


def parse_sources(text):
    """ "img-src a b; frame-src c" -> {"img-src": ["a", "b"], "frame-src": ["c"]}."""
    extra = {}
    for part in (text or "").split(";"):
        words = part.split()
        if len(words) > 1:
            extra.setdefault(words[0].lower(), []).extend(words[1:])
    return extra


def media_origin():
    """The origin of uploaded media if the storage serves them from another site, else ""."""
    try:
        url = default_storage.url("csp-origin")
    except Exception:  # noqa: BLE001 - a storage that cannot say adds nothing
        return ""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def build_policy(directives, extra=None):
    merged = {name: list(sources) for name, sources in directives.items()}
    for name, sources in (extra or {}).items():
        current = merged.setdefault(name, list(merged.get("default-src", [])))
        current.extend(source for source in sources if source not in current)
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in merged.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        extra = getattr(settings, "CSP_EXTRA_SOURCES", "")
        extra = parse_sources(extra) if isinstance(extra, str) else dict(extra)
        origin = media_origin()
        if origin:
            for directive in ("img-src", "media-src"):
                extra[directive] = [*extra.get(directive, []), origin]
        self.public = build_policy(getattr(settings, "CSP_POLICY", PUBLIC_POLICY), extra)
        self.admin = build_policy(getattr(settings, "CSP_ADMIN_POLICY", ADMIN_POLICY), extra)
        self.admin_prefixes = tuple(getattr(settings, "CSP_ADMIN_PREFIXES", ("/admin/",)))
        self.header = (
            "Content-Security-Policy-Report-Only"
            if getattr(settings, "CSP_REPORT_ONLY", False)
            else "Content-Security-Policy"
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header not in response:
            admin = request.path_info.startswith(self.admin_prefixes)
            response[self.header] = self.admin if admin else self.public
        return response


class SiteNotFoundMiddleware:
    """Under DEBUG (``make run``), a missing page shows the site's 404 page, as in production.

    Django shows its technical 404 page when DEBUG is on; people trying the site with
    ``make run`` took it for a crash. ``DEBUG_TECHNICAL_404=1`` brings the technical page
    back for developers who want the URL patterns tried.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not settings.DEBUG or getattr(settings, "DEBUG_TECHNICAL_404", False):
            return None
        if not isinstance(exception, Http404):
            return None
        from shell.views import page_not_found

        return page_not_found(request, exception)
