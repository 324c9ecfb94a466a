"""The header and footer menus in both languages, and the site's identity settings."""

import uuid

from shell.models import AccessibilityStatus, NavigationMenu, SiteIdentity

from .builder import key
from .data import pages as data


def load_menus(builder, pages_by_key):
    """Each menu of the data files, linking to our pages (their English twins in English)."""
    for location, links in data.MENUS.items():
        translation_key = key("menu", location)
        menu = (
            NavigationMenu.objects.filter(
                translation_key=translation_key, locale=builder.fr
            ).first()
            or NavigationMenu.objects.filter(location=location, locale=builder.fr).first()
        )
        owner = translation_key
        fr_blocks, en_blocks, overrides = [], [], {}
        for index, (label_fr, label_en, page_key, url) in enumerate(links):
            page = pages_by_key.get(page_key)
            block_id = str(uuid.uuid5(owner, f"block:{index}"))
            fr_blocks.append(
                {
                    "type": "link",
                    "id": block_id,
                    "value": {"label": label_fr, "page": page and page.pk, "url": url},
                }
            )
            en_blocks.append(
                {
                    "type": "link",
                    "id": block_id,
                    "value": {"label": label_en, "page": page and page.pk, "url": url},
                }
            )
            if page is not None:
                overrides[f"links.{block_id}.page"] = page.get_translation(builder.en).pk
        if menu is None:
            menu = NavigationMenu.objects.create(
                translation_key=translation_key,
                locale=builder.fr,
                location=location,
                links=fr_blocks,
            )
            builder.created[type(menu).__name__] += 1
        builder.translate(menu, NavigationMenu(location=location, links=en_blocks), overrides)


def load_settings():
    identity = SiteIdentity.load()
    if identity.accessibility_status != AccessibilityStatus.PARTIAL:
        identity.accessibility_status = AccessibilityStatus.PARTIAL
        identity.save()
