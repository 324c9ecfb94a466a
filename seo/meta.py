"""What a page says about itself to search engines and to sites it is shared on."""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from common.images import sharing_image

DESCRIPTION_LENGTH = 200
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def description(page):
    """The search description an editor wrote, else the page's summary or introduction."""
    for name in ("search_description", "summary", "introduction"):
        text = " ".join(strip_tags(getattr(page, name, "") or "").split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def absolute(page, request, url):
    """``url`` on the page's site (like its canonical address), unless already absolute."""
    if url.startswith(("http://", "https://")):
        return url
    _site_id, root_url, _path = page.get_url_parts(request)
    return urljoin(root_url or request.build_absolute_uri("/"), url)


def page_meta(page, request, alternates=(), language=None):
    """Description, canonical address, Open Graph and Twitter card values for ``page``."""
    language = language or page.locale.language_code
    canonical = page.get_full_url(request)
    image = sharing_image(page)
    meta = {
        "title": page.seo_title or page.title,
        "description": description(page),
        "canonical": canonical,
        "site_name": _("Mois de l'innovation publique"),
        "og_type": "website" if page.depth <= 2 else "article",
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [
            OG_LOCALES.get(code, code) for code in alternates if code != language
        ],
        "image": None,
    }
    if image is not None:
        meta["image"] = {
            "url": absolute(page, request, image.url),
            "width": image.width,
            "height": image.height,
            "alt": getattr(page, "picture_alt", ""),
        }
    return meta


def site_languages():
    return [code for code, _name in settings.LANGUAGES]
