"""The programme query: filters in, prefetched queryset out.

Shared by the programme page, the home page and the calendar feed. No request in here:
filters arrive as a mapping of GET parameters, bad values are dropped and explained, never
raised.

Sessions belong to the French (source) event page only. Every language shows the source
sessions: they are found through the page's ``translation_key``, for a whole page of events
in one query (see ``attach_programme_data``).
"""

import datetime
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from taxonomy.models import EventFormat, Organisation, OrganisationFamily, Region, Theme

from .models import EventMode, EventPage, EventPageTheme, EventSession

PER_PAGE = 12
MAX_VALUE_LENGTH = 100
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 8
MAX_THEMES = 20

PERIODS = {"semaine", "mois"}
MODES = {
    "sur-place": [EventMode.ON_SITE, EventMode.HYBRID],
    "en-ligne": [EventMode.ONLINE, EventMode.HYBRID],
}
TRUE_VALUES = {"1", "on", "oui", "true"}
SLUG_RE = re.compile(r"^[-\w]+$")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y")

# Registration states (EventSession.registration_state) in which a seat can still be taken.
REGISTRABLE_STATES = {"open", "not_open"}


def sessions_with_availability(sessions):
    """Annotate sessions with ``confirmed_count`` and ``waitlist_count``, in the same query."""
    return sessions.annotate(
        confirmed_count=Count("registrations", filter=Q(registrations__status="confirmed")),
        waitlist_count=Count("registrations", filter=Q(registrations__status="waitlisted")),
    ).order_by("start")


# Filters ---------------------------------------------------------------------------------


@dataclass
class FilterOptions:
    """The taxonomy items a visitor can filter on, in one language."""

    themes: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    formats: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    families: list = field(default_factory=list)

    @classmethod
    def for_locale(cls, locale):
        """Only items used by at least one live event of the locale: four queries.

        An item is looked up whatever its own language (an event translated before its
        region was would still point to the French one) and shown once per slug,
        preferably in the locale's language.
        """
        locale_id = getattr(locale, "pk", locale)
        events = EventPage.objects.live().filter(locale_id=locale_id)
        used_themes = EventPageTheme.objects.filter(page__in=events).values("theme_id")
        return cls(
            themes=_one_per_slug(Theme.objects.filter(id__in=used_themes), locale_id),
            regions=_one_per_slug(Region.objects.filter(id__in=events.values("region_id")), locale_id),
            formats=_one_per_slug(
                EventFormat.objects.filter(id__in=events.values("event_format_id")), locale_id
            ),
            organisations=_one_per_slug(
                Organisation.objects.filter(id__in=events.values("organiser_id")), locale_id
            ),
            families=[{"value": value, "label": label} for value, label in OrganisationFamily.choices],
        )

    def slugs(self, name):
        return {item.slug for item in getattr(self, name)}


def folded(text):
    """Lower case without accents: « Île-de-France » sorts among the I, "lefevre" finds "Lefèvre"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _one_per_slug(items, locale_id):
    by_slug = {}
    for item in sorted(items, key=lambda item: item.locale_id != locale_id):
        by_slug.setdefault(item.slug, item)
    return sorted(by_slug.values(), key=lambda item: folded(item.name))


def _values(params, name):
    """Every value of a parameter, from a QueryDict or a plain dict of str or lists."""
    if hasattr(params, "getlist"):
        return [v for v in params.getlist(name) if v is not None]
    value = params.get(name)
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def _short(value, length=30):
    return value if len(value) <= length else value[: length - 1] + "…"


def _parse_date(value):
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if 2000 <= parsed.year <= 2100:
            return parsed
    return None


@dataclass
class ProgrammeFilters:
    """Programme filters parsed from GET parameters; ``messages`` explains what was ignored."""

    q: str = ""
    themes: list = field(default_factory=list)
    region: str = ""
    format: str = ""
    family: str = ""
    organisation: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    period: str = ""
    mode: str = ""
    places_left: bool = False
    archive: bool = False
    messages: list = field(default_factory=list)

    # GET parameter of each single-valued field, in the order of the form.
    SINGLE = [
        ("q", "q"),
        ("region", "region"),
        ("format", "format"),
        ("family", "famille"),
        ("organisation", "organisation"),
        ("date_from", "date_debut"),
        ("date_to", "date_fin"),
        ("period", "periode"),
        ("mode", "modalite"),
        ("places_left", "places"),
        ("archive", "archive"),
    ]

    @classmethod
    def from_params(cls, params, options=None):
        """Parse ``params``; with ``options``, slugs not in them are ignored and reported."""
        filters = cls()
        messages = filters.messages
        labels = {
            "q": _("Recherche"),
            "region": _("Région"),
            "format": _("Format"),
            "family": _("Type d'organisateur"),
            "organisation": _("Organisateur"),
            "date_from": _("Du"),
            "date_to": _("Au"),
            "period": _("Période"),
            "mode": _("Modalité"),
            "places_left": _("Places disponibles"),
            "archive": _("Archives"),
            "themes": _("Thématiques"),
        }

        def ignore(name, value):
            messages.append(
                _("Filtre « %(filter)s » : la valeur « %(value)s » n'est pas reconnue, elle est ignorée.")
                % {"filter": labels[name], "value": _short(value)}
            )

        raw = {}
        for attr, param in cls.SINGLE:
            values = [v.strip() for v in _values(params, param)]
            values = [v for v in values if v]
            if not values:
                continue
            if len(values) > 1:
                messages.append(
                    _("Filtre « %(filter)s » : une seule valeur est possible, la première est retenue.")
                    % {"filter": labels[attr]}
                )
            value = values[0]
            limit = MAX_QUERY_LENGTH if attr == "q" else MAX_VALUE_LENGTH
            if len(value) > limit:
                messages.append(
                    _("Filtre « %(filter)s » : la valeur est trop longue, elle est ignorée.")
                    % {"filter": labels[attr]}
                )
                continue
            raw[attr] = value

        if "q" in raw:
            filters.q = " ".join(raw["q"].split()[:MAX_QUERY_WORDS])

        slug_fields = [
            ("region", "regions"),
            ("format", "formats"),
            ("organisation", "organisations"),
        ]
        for attr, option_name in slug_fields:
            value = raw.get(attr)
            if value is None:
                continue
            known = options.slugs(option_name) if options is not None else None
            if SLUG_RE.match(value) and (known is None or value in known):
                setattr(filters, attr, value)
            else:
                ignore(attr, value)

        known_themes = options.slugs("themes") if options is not None else None
        for value in _values(params, "theme"):
            value = value.strip()
            if not value or value in filters.themes:
                continue
            if len(value) > MAX_VALUE_LENGTH or len(filters.themes) >= MAX_THEMES:
                ignore("themes", value)
            elif SLUG_RE.match(value) and (known_themes is None or value in known_themes):
                filters.themes.append(value)
            else:
                ignore("themes", value)

        if "family" in raw:
            if raw["family"] in OrganisationFamily.values:
                filters.family = raw["family"]
            else:
                ignore("family", raw["family"])

        if "mode" in raw:
            if raw["mode"] in MODES:
                filters.mode = raw["mode"]
            else:
                ignore("mode", raw["mode"])

        if "period" in raw:
            if raw["period"] in PERIODS:
                filters.period = raw["period"]
            else:
                ignore("period", raw["period"])

        for attr in ("date_from", "date_to"):
            if attr in raw:
                parsed = _parse_date(raw[attr])
                if parsed:
                    setattr(filters, attr, parsed)
                else:
                    messages.append(
                        _("Filtre « %(filter)s » : « %(value)s » n'est pas une date (attendu : AAAA-MM-JJ), elle est ignorée.")
                        % {"filter": labels[attr], "value": _short(raw[attr])}
                    )
        if filters.date_from and filters.date_to and filters.date_to < filters.date_from:
            messages.append(_("La date de fin précède la date de début : elle est ignorée."))
            filters.date_to = None
        if filters.period and (filters.date_from or filters.date_to):
            messages.append(_("Une période et des dates ont été choisies : seule la période est retenue."))
            filters.date_from = filters.date_to = None

        for attr in ("places_left", "archive"):
            if attr in raw:
                if raw[attr].lower() in TRUE_VALUES:
                    setattr(filters, attr, True)
                elif raw[attr].lower() not in {"0", "non", "false", "off"}:
                    ignore(attr, raw[attr])
        return filters

    @property
    def is_filtered(self):
        """True when anything narrows the list (the upcoming/archive switch does not)."""
        return bool(
            self.q or self.themes or self.region or self.format or self.family
            or self.organisation or self.date_from or self.date_to or self.period
            or self.mode or self.places_left
        )

    def query_items(self, archive=None):
        """The clean GET parameters for links that keep these filters (pagination, tabs)."""
        items = []
        if self.q:
            items.append(("q", self.q))
        items += [("theme", slug) for slug in self.themes]
        for attr, param in self.SINGLE:
            if attr in ("q", "places_left", "archive"):
                continue
            value = getattr(self, attr)
            if value:
                items.append((param, value.isoformat() if isinstance(value, datetime.date) else value))
        if self.places_left:
            items.append(("places", "1"))
        if self.archive if archive is None else archive:
            items.append(("archive", "1"))
        return items

    def querystring(self, archive=None, **extra):
        """``a=1&b=2`` (no leading ``?``), escaped for a URL."""
        return urlencode(self.query_items(archive) + list(extra.items()))

    def date_range(self, now=None):
        """The [start, end) datetimes asked for, in the site's time zone, or (None, None)."""
        today = timezone.localtime(now or timezone.now()).date()
        if self.period == "semaine":
            start = today - datetime.timedelta(days=today.weekday())
            end = start + datetime.timedelta(days=7)
        elif self.period == "mois":
            start = today.replace(day=1)
            end = (start + datetime.timedelta(days=32)).replace(day=1)
        else:
            start = self.date_from
            end = self.date_to + datetime.timedelta(days=1) if self.date_to else None
        return _midnight(start), _midnight(end)


def _midnight(day):
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


# Queries ---------------------------------------------------------------------------------


def _case_variants(word):
    """The word as typed, lower case, capitalised and upper case.

    SQLite's LIKE ignores case for ASCII letters only: « évaluation » would not find
    « Évaluation ». PostgreSQL needs no help; the extra alternatives cost it nothing.
    """
    if word.isascii():
        return [word]
    return list(dict.fromkeys([word, word.lower(), word.capitalize(), word.upper()]))


def _source_sessions(default_locale_id):
    """Sessions of an outer event: those of its source page, or its own when it has none."""
    return EventSession.objects.filter(
        Q(event__translation_key=OuterRef("translation_key"), event__locale_id=default_locale_id)
        | Q(event_id=OuterRef("pk"))
    )


def _sessions_with_places(sessions, now):
    """Sessions where a seat can still be taken now or once registration opens."""
    return (
        sessions.filter(is_cancelled=False, start__gt=now)
        .filter(Q(registration_closes_at__isnull=True) | Q(registration_closes_at__gt=now))
        .annotate(
            confirmed_seats=Count("registrations", filter=Q(registrations__status="confirmed"))
        )
        .filter(confirmed_seats__lt=F("capacity"))
    )


def with_places_left(events, default_locale_id, now=None):
    """Events with a registrable session that still has seats (external ones excluded)."""
    now = now or timezone.now()
    sessions = _sessions_with_places(_source_sessions(default_locale_id), now)
    return events.filter(Exists(sessions), external_registration_url="")


def programme_events(index_page, filters, language=None, now=None, default_locale=None):
    """Live, public events matching ``filters``, upcoming ones first or the archive.

    ``index_page`` limits to the events of one programme (and its language); without it,
    every programme of ``language`` (default: the site's default language) is searched.
    """
    now = now or timezone.now()
    default_locale = default_locale or Locale.get_default()
    events = EventPage.objects.live().public()
    if index_page is not None:
        events = events.child_of(index_page)
        if language is None:
            events = events.filter(locale_id=index_page.locale_id)
    if language is not None or index_page is None:
        events = events.filter(locale__language_code=language or default_locale.language_code)

    for word in filters.q.split():
        matches = Q()
        for variant in _case_variants(word):
            matches |= Q(title__icontains=variant) | Q(summary__icontains=variant)
        events = events.filter(matches)
    if filters.themes:
        events = events.filter(
            Exists(EventPageTheme.objects.filter(page_id=OuterRef("pk"), theme__slug__in=filters.themes))
        )
    if filters.region:
        events = events.filter(region__slug=filters.region)
    if filters.format:
        events = events.filter(event_format__slug=filters.format)
    if filters.family:
        events = events.filter(organiser__family=filters.family)
    if filters.organisation:
        events = events.filter(organiser__slug=filters.organisation)
    if filters.mode:
        events = events.filter(mode__in=MODES[filters.mode])
    start, end = filters.date_range(now)
    if start or end:
        sessions = _source_sessions(default_locale.id).filter(is_cancelled=False)
        if start:
            sessions = sessions.filter(end__gt=start)
        if end:
            sessions = sessions.filter(start__lt=end)
        events = events.filter(Exists(sessions))
    if filters.places_left:
        events = with_places_left(events, default_locale.id, now)

    if filters.archive:
        return events.filter(last_end__lt=now).order_by(F("first_start").desc(nulls_last=True), "-pk")
    return events.filter(Q(last_end__gte=now) | Q(last_end__isnull=True)).order_by(
        F("first_start").asc(nulls_last=True), "pk"
    )


def for_display(events):
    """Add what an event card shows to a queryset: format, organiser, region, lab, image."""
    return events.select_related(
        "event_format", "organiser", "region", "host_lab", "locale", "image"
    ).prefetch_related("image__renditions")


def attach_programme_data(events, now=None, default_locale=None):
    """Give each event its themes and its source sessions with availability: two queries.

    Sets on every event: ``theme_list``, ``display_sessions`` (all source sessions, by
    start), ``next_session`` (first session not over and not cancelled, or None),
    ``first_session``, ``availability`` (None, "external", "places", "soon", "waitlist",
    "full" or "closed") and ``places_left`` (seats still open to registration, or None).
    """
    events = list(events)
    if not events:
        return events
    now = now or timezone.now()
    default_locale = default_locale or Locale.get_default()

    themes = defaultdict(list)
    for link in (
        EventPageTheme.objects.filter(page_id__in=[e.pk for e in events])
        .select_related("theme")
        .order_by("sort_order", "pk")
    ):
        themes[link.page_id].append(link.theme)

    source_sessions = defaultdict(list)
    own_sessions = defaultdict(list)
    ids = {e.pk for e in events}
    sessions = sessions_with_availability(
        EventSession.objects.filter(
            Q(event__translation_key__in={e.translation_key for e in events}, event__locale_id=default_locale.id)
            | Q(event_id__in=ids)
        )
    ).annotate(event_key=F("event__translation_key"), event_locale_id=F("event__locale_id"))
    for session in sessions:
        if session.event_locale_id == default_locale.id:
            source_sessions[session.event_key].append(session)
        if session.event_id in ids:
            own_sessions[session.event_id].append(session)

    for event in events:
        event.theme_list = themes.get(event.pk, [])
        event.display_sessions = source_sessions.get(event.translation_key) or own_sessions.get(event.pk, [])
        _set_availability(event, now)
    return events


def _set_availability(event, now):
    sessions = event.display_sessions
    current = [s for s in sessions if not s.is_cancelled and s.end > now]
    event.next_session = current[0] if current else None
    event.first_session = sessions[0] if sessions else None
    for session in sessions:
        session.places_left = max(session.capacity - session.confirmed_count, 0)
        session.state = session.registration_state(now)

    if event.external_registration_url:
        event.availability, event.places_left = "external", None
        return
    if not sessions:
        event.availability, event.places_left = None, None
        return
    registrable = [s for s in sessions if s.state in REGISTRABLE_STATES]
    event.places_left = sum(s.places_left for s in registrable)
    if not registrable:
        event.availability = "closed"
    elif any(s.state == "open" and s.places_left for s in registrable):
        event.availability = "places"
    elif event.places_left:
        event.availability = "soon"
    elif any(s.state == "open" and s.waitlist_enabled for s in registrable):
        event.availability = "waitlist"
    else:
        event.availability = "full"


# Entry points ----------------------------------------------------------------------------


def filtered_events(index_page, params, language=None, now=None):
    """Parse ``params`` and return ``(filters, events)`` (an unevaluated queryset).

    For the calendar feed and any other caller that needs the programme's filtering
    without its page. ``filters.messages`` says what was ignored.
    """
    default_locale = Locale.get_default()
    if index_page is not None:
        locale = index_page.locale
    else:
        locale = Locale.objects.filter(language_code=language).first() if language else default_locale
    options = FilterOptions.for_locale(locale)
    filters = ProgrammeFilters.from_params(params, options)
    events = programme_events(index_page, filters, language, now=now, default_locale=default_locale)
    return filters, events


def page_numbers(page_obj):
    """Page numbers to link to, with None where the DSFR pagination shows an ellipsis."""
    return [
        None if number == page_obj.paginator.ELLIPSIS else number
        for number in page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    ]


def programme_context(index_page, params, now=None):
    """Everything the programme template needs, in a constant number of queries."""
    now = now or timezone.now()
    default_locale = Locale.get_default()
    options = FilterOptions.for_locale(index_page.locale_id)
    filters = ProgrammeFilters.from_params(params, options)
    events = programme_events(index_page, filters, now=now, default_locale=default_locale)

    paginator = Paginator(for_display(events), PER_PAGE)
    page_obj = paginator.get_page((_values(params, "page") or [1])[0])
    event_list = attach_programme_data(page_obj.object_list, now=now, default_locale=default_locale)

    other = ProgrammeFilters(**{**filters.__dict__, "archive": not filters.archive, "messages": []})
    other_count = programme_events(index_page, other, now=now, default_locale=default_locale).count()

    return {
        "filters": filters,
        "filter_options": options,
        "filter_messages": filters.messages,
        "events": event_list,
        "page_obj": page_obj,
        "page_numbers": page_numbers(page_obj),
        "result_count": paginator.count,
        "upcoming_count": other_count if filters.archive else paginator.count,
        "archive_count": paginator.count if filters.archive else other_count,
        "is_archive": filters.archive,
        "pagination_query": filters.querystring(),
        "upcoming_query": filters.querystring(archive=False),
        "archive_query": filters.querystring(archive=True),
    }
