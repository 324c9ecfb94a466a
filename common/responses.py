"""Headers of a page reached by a secret link (a token or a check-in code in its path)."""


def private(response):
    """Not cached, not indexed, the address never sent on to another site.

    "no-referrer" would make Chromium post forms with "Origin: null", which CSRF protection
    rightly refuses: "same-origin" keeps the token on this site."""
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "no-store"
    return response
