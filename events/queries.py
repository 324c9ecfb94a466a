"""The programme query: filters in, prefetched events out; and which sessions an event shows.

Shared by the programme page, the event page, the home page, search and the calendar feeds.
No request in here. ``events.models`` uses this module for its pages' context, so the page
models are looked up when a function runs (``apps.get_model``), never imported.

Sessions belong to the event page in the default language (French): its translations show
the same session rows, so a seat counted in French is counted in English too. An event
written only in another language keeps its own. ``source_sessions`` is that rule, for one
page, a list of pages, a queryset or an outer query.
"""

from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.db.models import Count, Exists, F, Min, OuterRef, Q, QuerySet
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from common.text import french_sort_key, matches_words
from common.translations import localized
from taxonomy.models import EventFormat, Organisation, OrganisationFamily, Region, Theme

from .availability import availability, event_availability, with_counts, with_places_left
from .filters import MODES, FilterOptions, ProgrammeFilters


def _model(name):
    return apps.get_model("events", name)


def source_language():
    """The language whose event page owns the sessions."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


# Sessions of the source page -------------------------------------------------------------


def _owns_sessions(path=""):
    """Q: the event page at ``path`` owns the sessions of its translation key.

    The page in the source language, or any page when the event has none in it.
    """
    language = source_language()
    in_source_language = _model("EventPage").objects.filter(
        translation_key=OuterRef(f"{path}translation_key"), locale__language_code=language
    )
    return Q(**{f"{path}locale__language_code": language}) | ~Exists(in_source_language)


def source_sessions(events):
    """The sessions ``events`` show in every language: those of their source page.

    ``events`` is an event page, an iterable of them, a queryset of them (used as a
    subquery) or ``OuterRef("translation_key")`` for the event of an outer query. One
    query in every case; each session's ``event.translation_key`` says whose it is.
    """
    if isinstance(events, QuerySet):
        keys = {"event__translation_key__in": events.values("translation_key")}
    elif isinstance(events, F):
        keys = {"event__translation_key": events}
    elif hasattr(events, "translation_key"):
        keys = {"event__translation_key": events.translation_key}
    else:
        keys = {"event__translation_key__in": {event.translation_key for event in events}}
    return _model("EventSession").objects.filter(_owns_sessions("event__"), **keys)


def source_page(page):
    """The event page whose sessions ``page`` shows: itself or its source-language version."""
    return localized([page], source_language(), _model("EventPage").objects)[page.pk]


def listed_sessions(sessions):
    """The sessions lists, feeds and pages show: not those on invitation only."""
    return sessions.filter(invitation_only=False)


def listed_events(events):
    """Events the programme, search and the sitemap show: those with no session yet or with
    at least one session that is not on invitation only.

    The events left out are found once for the whole query (the translation keys whose
    source sessions are all on invitation only: an uncorrelated subquery the database
    computes once), not event by event: the programme's cost no longer grows with the
    number of events for this rule.
    """
    hidden = (
        _model("EventSession")
        .objects.filter(_owns_sessions("event__"), event__isnull=False)
        .values("event__translation_key")
        .annotate(public=Count("pk", filter=Q(invitation_only=False)))
        .filter(public=0)
        .values("event__translation_key")
    )
    return events.exclude(translation_key__in=hidden)


# The programme query ---------------------------------------------------------------------


def _one_per_slug(items, locale_id):
    by_slug = {}
    for item in sorted(items, key=lambda item: item.locale_id != locale_id):
        by_slug.setdefault(item.slug, item)
    return sorted(by_slug.values(), key=lambda item: french_sort_key(item.name))


def filter_options(locale):
    """The filters' choices: only items used by a live event of ``locale``, five queries.

    An item is looked up whatever its own language (an event translated before its region
    was would still point to the French one) and shown once per slug, preferably in the
    locale's language.
    """
    locale_id = getattr(locale, "pk", locale)
    events = _model("EventPage").objects.live().filter(locale_id=locale_id)
    used_themes = _model("EventPageTheme").objects.filter(page__in=events).values("theme_id")
    return FilterOptions(
        themes=_one_per_slug(Theme.objects.filter(id__in=used_themes), locale_id),
        regions=_one_per_slug(Region.objects.filter(id__in=events.values("region_id")), locale_id),
        formats=_one_per_slug(
            EventFormat.objects.filter(id__in=events.values("event_format_id")), locale_id
        ),
        organisations=_one_per_slug(
            Organisation.objects.filter(id__in=events.values("organiser_id")), locale_id
        ),
        families=[{"value": value, "label": label} for value, label in OrganisationFamily.choices],
        series=list(
            _model("SeriesPage")
            .objects.live()
            .filter(
                locale_id=locale_id,
                translation_key__in=_model("SeriesPage")
                .objects.filter(pk__in=events.values("series_id"))
                .values("translation_key"),
            )
            .order_by("title")
        ),
    )


def _matching_keywords(events, query):
    """``events`` narrowed to those whose title or summary holds every word of ``query``.

    Compared folded in Python (``common.text``), so « donnees » finds « Données » the same
    way on SQLite and PostgreSQL, with no database extension: one query reads the titles
    and summaries of the events the other filters kept, whatever their number.
    """
    words = query.split()
    if not words:
        return events
    rows = events.order_by().values_list("pk", "title", "summary")
    return events.filter(
        pk__in=[pk for pk, title, summary in rows if matches_words(words, title, summary)]
    )


def with_seats(events, now=None):
    """Events with a registrable session that still has seats (external ones excluded)."""
    now = now or timezone.now()
    sessions = with_places_left(source_sessions(OuterRef("translation_key")), now)
    return events.filter(Exists(sessions), external_registration_url="")


def programme_events(index_page, filters, language=None, now=None):
    """Live, public events matching ``filters``, upcoming ones first or the archive.

    ``index_page`` limits to the events of one programme (and its language); without it,
    every programme of ``language`` (default: the source language) is searched.
    """
    now = now or timezone.now()
    return in_tab(matching_events(index_page, filters, language, now), filters.archive, now)


def matching_events(index_page, filters, language=None, now=None):
    """``programme_events`` in both tabs (upcoming and archive), unordered."""
    now = now or timezone.now()
    events = listed_events(_model("EventPage").objects.live().public())
    if index_page is not None:
        events = events.child_of(index_page)
        if language is None:
            events = events.filter(locale_id=index_page.locale_id)
    if language is not None or index_page is None:
        events = events.filter(locale__language_code=language or source_language())

    if filters.themes:
        themes = _model("EventPageTheme").objects.filter(
            page_id=OuterRef("pk"), theme__slug__in=filters.themes
        )
        events = events.filter(Exists(themes))
    if filters.region:
        events = events.filter(region__slug=filters.region)
    if filters.format:
        events = events.filter(event_format__slug=filters.format)
    if filters.family:
        events = events.filter(organiser__family=filters.family)
    if filters.organisation:
        events = events.filter(organiser__slug=filters.organisation)
    if filters.series:
        keys = _model("SeriesPage").objects.filter(slug=filters.series).values("translation_key")
        events = events.filter(series__translation_key__in=keys)
    if filters.mode:
        events = events.filter(mode__in=MODES[filters.mode])
    start, end = filters.date_range(now)
    if start or end:
        sessions = source_sessions(OuterRef("translation_key")).filter(is_cancelled=False)
        if start:
            sessions = sessions.filter(end__gt=start)
        if end:
            sessions = sessions.filter(start__lt=end)
        events = events.filter(Exists(sessions))
    if filters.places_left:
        events = with_seats(events, now)
    if filters.q:
        events = _matching_keywords(events, filters.q)
    return events


def _upcoming(now):
    return Q(last_end__gte=now) | Q(last_end__isnull=True)


def in_tab(events, archive, now):
    """The archive (latest first) or the upcoming events (soonest first) of ``events``."""
    if archive:
        return events.filter(last_end__lt=now).order_by(
            F("first_start").desc(nulls_last=True), "-pk"
        )
    return events.filter(_upcoming(now)).order_by(F("first_start").asc(nulls_last=True), "pk")


def tab_counts(events, now):
    """(upcoming, archive) counts of ``events`` and the moment the next one moves to the
    archive (None: never), in one query."""
    counts = events.aggregate(
        upcoming=Count("pk", filter=_upcoming(now)),
        archive=Count("pk", filter=Q(last_end__lt=now)),
        next_archived_at=Min("last_end", filter=Q(last_end__gte=now)),
    )
    return counts["upcoming"], counts["archive"], counts["next_archived_at"]


def filtered_events(index_page, params, language=None, now=None):
    """Parse ``params`` and return ``(filters, events)`` (an unevaluated queryset).

    For the calendar feed and any other caller that needs the programme's filtering
    without its page. ``filters.messages`` says what was ignored.
    """
    if index_page is not None:
        locale = index_page.locale_id
    elif language:
        locale = Locale.objects.filter(language_code=language).first()
    else:
        locale = Locale.get_default()
    filters = ProgrammeFilters.from_params(params, filter_options(locale))
    return filters, programme_events(index_page, filters, language, now=now)


def feed_sessions(params, language):
    """Sessions of the events the programme page lists with these filters (same query)."""
    _filters, events = filtered_events(None, params, language)
    return list(
        listed_sessions(source_sessions(events))
        .select_related("event", "event__organiser")
        .order_by("start")
    )


# What a list of events shows -------------------------------------------------------------


def for_display(events):
    """Add what an event card shows to a queryset: format, organiser, region, lab, image."""
    return events.select_related(
        "event_format", "organiser", "region", "host_lab", "locale", "image"
    ).prefetch_related("image__renditions")


def displayed_events(ids):
    """The events of ``ids`` (a page of a listing, in its order) with what a card shows."""
    found = for_display(_model("EventPage").objects.all()).in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def sessions_for_display(sessions, now=None):
    """Evaluate ``sessions`` by start with their counts, each with its ``availability``."""
    now = now or timezone.now()
    sessions = list(with_counts(sessions).order_by("start"))
    for session in sessions:
        session.availability = availability(
            session, session.confirmed_count, session.waitlist_count, now
        )
    return sessions


def attach_programme_data(events, now=None):
    """Give each event its themes and its source sessions with availability: two queries.

    Sets on every event: ``theme_list``, ``display_sessions`` (all source sessions, by
    start, each with its ``availability``), ``next_session`` (first session not over and
    not cancelled, or None), ``first_session``, ``availability_badge`` and ``places_left``
    (see ``availability.event_availability``).
    """
    events = list(events)
    if not events:
        return events
    now = now or timezone.now()

    themes = defaultdict(list)
    for link in (
        _model("EventPageTheme")
        .objects.filter(page_id__in=[e.pk for e in events])
        .select_related("theme")
        .order_by("sort_order", "pk")
    ):
        themes[link.page_id].append(link.theme)

    sessions = defaultdict(list)
    for session in sessions_for_display(
        listed_sessions(source_sessions(events)).annotate(event_key=F("event__translation_key")),
        now,
    ):
        sessions[session.event_key].append(session)

    for event in events:
        event.theme_list = themes.get(event.pk, [])
        event.display_sessions = shown = sessions.get(event.translation_key, [])
        current = [s for s in shown if not s.is_cancelled and s.end > now]
        event.next_session = current[0] if current else None
        event.first_session = shown[0] if shown else None
        # « Réservé aux agents (adresses @…) » when every listed session is reserved so.
        reserved = {s.reserved_to for s in shown}
        event.reserved_to = reserved.pop() if len(reserved) == 1 else ""
        event.availability_badge, event.places_left = event_availability(
            shown, external=bool(event.external_registration_url)
        )
    return events
