"""What the home page shows, prefetched."""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Page

from events.models import EventPage
from events.programme import attach_programme_data, for_display, with_places_left

UPCOMING_EVENTS = 6


def upcoming_events_with_places(root_page, limit=UPCOMING_EVENTS, now=None):
    """The next events below ``root_page`` (so in its language) where a seat can be taken."""
    now = now or timezone.now()
    default_locale = Locale.get_default()
    events = (
        EventPage.objects.live()
        .public()
        .descendant_of(root_page)
        .filter(locale_id=root_page.locale_id, last_end__gte=now)
    )
    events = with_places_left(events, default_locale.id, now).order_by("first_start", "pk")
    return attach_programme_data(for_display(events)[:limit], now=now, default_locale=default_locale)


def featured_pages(home_page):
    """Featured labs and défis, specific, in the home page's language when translated.

    A featured page chosen in another language is replaced by its translation in the
    home's language; without one it is kept as chosen.
    """
    ids = [link.page_id for link in home_page.featured_pages.all()]
    if not ids:
        return []
    pages = (
        Page.objects.live()
        .public()
        .filter(
            Q(id__in=ids)
            | Q(
                translation_key__in=Page.objects.filter(id__in=ids).values("translation_key"),
                locale_id=home_page.locale_id,
            )
        )
        .specific()
    )
    by_id = {}
    by_key = {}
    for page in pages:
        by_id[page.id] = page
        if page.locale_id == home_page.locale_id:
            by_key[page.translation_key] = page
    result = []
    for page_id in ids:
        page = by_id.get(page_id)
        if page is not None:
            page = by_key.get(page.translation_key, page)
        if page is not None and page not in result:
            result.append(page)
    return result


def home_context(home_page):
    return {
        "upcoming_events": upcoming_events_with_places(home_page),
        "featured_pages": featured_pages(home_page),
    }
