"""What the home page shows, prefetched."""

from django.utils import timezone
from wagtail.models import Page

from common.grid import in_balanced_grid
from common.translations import localized
from events.models import EventPage
from events.queries import attach_programme_data, for_display, with_seats

UPCOMING_EVENTS = 6


def upcoming_events_with_places(root_page, limit=UPCOMING_EVENTS, now=None):
    """The next events below ``root_page`` (so in its language) where a seat can be taken."""
    now = now or timezone.now()
    events = (
        EventPage.objects.live()
        .public()
        .descendant_of(root_page)
        .filter(locale_id=root_page.locale_id, last_end__gte=now)
    )
    events = with_seats(events, now).order_by("first_start", "pk")
    return attach_programme_data(for_display(events)[:limit], now=now)


def featured_pages(home_page):
    """Featured labs and défis, specific, in the home page's language when translated.

    A featured page chosen in another language is replaced by its translation in the
    home's language; without one it is kept as chosen.
    """
    ids = [link.page_id for link in home_page.featured_pages.all()]
    if not ids:
        return []
    shown = Page.objects.live().public().select_related("locale")
    chosen = shown.filter(id__in=ids).specific()
    pages = localized(chosen, home_page.locale_id, shown.specific())
    result = []
    for page_id in ids:
        page = pages.get(page_id)
        if page is not None and page not in result:
            result.append(page)
    return result


def home_context(home_page):
    events = upcoming_events_with_places(home_page)
    featured = featured_pages(home_page)
    return {
        "upcoming_events": events,
        "featured_pages": featured,
        # Cards with their column classes: no grid ends on a lone card.
        "upcoming_grid": in_balanced_grid(events),
        "featured_grid": in_balanced_grid(featured),
    }
