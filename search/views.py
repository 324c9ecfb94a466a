"""Site search over events, labs, défis and standard pages, in the visitor's language,
narrowed by type and, for events, upcoming or past (what matches and in which order:
``search/query.py``)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from common.pagination import page_numbers, querystring
from events.models import EventPage
from events.queries import attach_programme_data

from .query import KINDS, WHEN_CHOICES, search_pages

PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def specific_hits(ids, now):
    """The specific pages of a page of results, in order, with what their type shows."""
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    hits = [specific[pk] for pk in ids if pk in specific]
    attach_programme_data([hit for hit in hits if isinstance(hit, EventPage)], now=now)
    for hit in hits:
        hit.type_label = getattr(hit, "kind_label", _("Page"))
        hit.is_event = isinstance(hit, EventPage)
        hit.is_past = hit.is_event and (hit.last_end is None or hit.last_end < now)
    return hits


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    kind = request.GET.get("type", "")
    kind = kind if kind in {k.slug for k in KINDS} else ""
    when = request.GET.get("quand", "")
    when = when if when in dict(WHEN_CHOICES) else ""
    context = {
        "query": query,
        "hits": [],
        "page_obj": None,
        "result_count": 0,
        "kind": kind,
        "when": when,
        "kinds": [(k.slug, k.label) for k in KINDS],
        "when_choices": WHEN_CHOICES,
    }
    if query:
        now = timezone.now()
        ids = search_pages(query, Locale.get_active(), kind=kind or None, when=when, now=now)
        paginator = Paginator(ids, PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        params = [("q", query)] + [
            (name, value) for name, value in (("type", kind), ("quand", when)) if value
        ]
        context.update(
            hits=specific_hits(list(page_obj.object_list), now),
            page_obj=page_obj,
            page_numbers=page_numbers(page_obj),
            result_count=paginator.count,
            pagination_query=querystring(params),
        )
    return render(request, "search/search.html", context)
