"""Site search: Wagtail search over events, labs, défis and standard pages, one language.

The index is kept up to date by Wagtail's signal handlers, which enqueue a background task
on every save (the worker must run; ``manage.py update_index`` rebuilds it).
"""

import re

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from defis.models import DefiPage
from events.models import EventPage
from events.programme import attach_programme_data, page_numbers
from home.models import StandardPage
from labs.models import LabPage

PER_PAGE = 10
MAX_QUERY_LENGTH = 200
SEARCHED_TYPES = {
    EventPage: _("Événement"),
    LabPage: _("Laboratoire"),
    DefiPage: _("Défi"),
    StandardPage: _("Page"),
}


def search_terms(query):
    """The words of a query, without the punctuation full-text syntaxes give a meaning to.

    SQLite's FTS5 fails on an unbalanced quote, for one; visitors mean words, not operators.
    """
    return " ".join(re.sub(r"[^\w]+", " ", query).split())


def search_hits(query, locale):
    """Live, public pages of the searched types in ``locale`` matching ``query``."""
    terms = search_terms(query)
    pages = Page.objects.live().public().filter(locale=locale).type(*SEARCHED_TYPES)
    if not terms:
        return pages.none()
    return pages.search(terms)


def specific_hits(pages):
    """The specific pages of a page of results, in order, with what their type shows."""
    ids = [page.pk for page in pages]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    hits = [specific[pk] for pk in ids if pk in specific]
    attach_programme_data([hit for hit in hits if isinstance(hit, EventPage)])
    for hit in hits:
        hit.type_label = SEARCHED_TYPES.get(type(hit), _("Page"))
        hit.is_event = isinstance(hit, EventPage)
    return hits


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    context = {"query": query, "hits": [], "page_obj": None, "result_count": 0}
    if query:
        paginator = Paginator(search_hits(query, Locale.get_active()), PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            hits=specific_hits(page_obj.object_list),
            page_obj=page_obj,
            page_numbers=page_numbers(page_obj),
            result_count=paginator.count,
            pagination_query=urlencode({"q": query}),
        )
    return render(request, "search/search.html", context)
