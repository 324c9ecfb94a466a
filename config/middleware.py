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
"""

from django.conf import settings

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
    """"img-src a b; frame-src c" -> {"img-src": ["a", "b"], "frame-src": ["c"]}."""
    extra = {}
    for part in (text or "").split(";"):
        words = part.split()
        if len(words) > 1:
            extra.setdefault(words[0].lower(), []).extend(words[1:])
    return extra


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
        extra = parse_sources(extra) if isinstance(extra, str) else extra
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
