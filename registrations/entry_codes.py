"""The QR code at the door: the check-in URL it carries, as a PNG for emails and an SVG for
the participant's page.

The URL opens the scan screen of the admin (``registrations_admin:scan``) with the
registration's check-in secret, never its manage token. It goes in email bodies and pages
only: never in an ``.ics``, which gets forwarded and published.
"""

import io

import segno
from django.conf import settings
from django.urls import reverse
from django.utils.html import escape

# The Content-ID of the code's image in an email's HTML part.
IMAGE_CID = "code-entree"


def check_in_url(secret: str) -> str:
    path = reverse("registrations_admin:scan", args=[secret])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _code(secret):
    return segno.make(check_in_url(secret), error="m", micro=False)


def png(secret: str) -> bytes:
    """The code as a PNG large enough for a phone camera held at arm's length."""
    out = io.BytesIO()
    _code(secret).save(out, kind="png", scale=6, border=4)
    return out.getvalue()


def svg(secret: str, label: str) -> str:
    """The code as inline SVG markup, an image named ``label`` for assistive technologies."""
    out = io.BytesIO()
    _code(secret).save(
        out,
        kind="svg",
        scale=8,
        border=4,
        dark="#000",
        light="#fff",
        xmldecl=False,
        svgclass="entry-code",
        omitsize=True,
    )
    markup = out.getvalue().decode()
    return markup.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
