"""Pages in another language, for many pages in one query."""


def localized(pages, locale, queryset):
    """Map each page's id to its version in ``locale`` found in ``queryset``, else to itself.

    Wagtail's ``Page.localized`` for a list of pages: one query instead of one per page,
    and any target language rather than the active one. ``queryset`` says which versions
    count (live, public...) and what comes with them (``specific``, ``select_related``).
    ``locale`` is a ``Locale``, its id or a language code.
    """
    pages = list(pages)
    if not pages:
        return {}
    if isinstance(locale, str):
        in_locale = {"locale__language_code": locale}
    else:
        in_locale = {"locale_id": getattr(locale, "pk", locale)}
    versions = {
        page.translation_key: page
        for page in queryset.filter(
            translation_key__in={page.translation_key for page in pages}, **in_locale
        )
    }
    return {page.pk: versions.get(page.translation_key, page) for page in pages}
