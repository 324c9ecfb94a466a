"""The programme's filters: GET parameters in, clean filters and their explanations out.

No request and no query in here: parameters arrive as a mapping (a ``QueryDict`` or a plain
dict), bad values are dropped and explained in ``messages``, never raised. The events they
select are found by ``events.queries``.
"""

import dataclasses
import datetime
import re
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from common.pagination import querystring
from taxonomy.models import OrganisationFamily

from .choices import EventMode

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


@dataclass
class FilterOptions:
    """The taxonomy items a visitor can filter on, in one language (``queries.filter_options``)."""

    themes: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    formats: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    families: list = field(default_factory=list)
    series: list = field(default_factory=list)  # series pages (``name`` is their title)

    def slugs(self, name):
        return {item.slug for item in getattr(self, name)}


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


def first_value(params, name, default=None):
    """The first value of a parameter, or ``default``."""
    return (_values(params, name) or [default])[0]


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
    series: str = ""
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
        ("series", "cycle"),
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
            "series": _("Cycle"),
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
                _(
                    "Filtre « %(filter)s » : la valeur « %(value)s » n'est pas reconnue, elle est ignorée."
                )
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
                    _(
                        "Filtre « %(filter)s » : une seule valeur est possible, la première est retenue."
                    )
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
            ("series", "series"),
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
                        _(
                            "Filtre « %(filter)s » : « %(value)s » n'est pas une date (attendu : AAAA-MM-JJ), elle est ignorée."
                        )
                        % {"filter": labels[attr], "value": _short(raw[attr])}
                    )
        if filters.date_from and filters.date_to and filters.date_to < filters.date_from:
            messages.append(_("La date de fin précède la date de début : elle est ignorée."))
            filters.date_to = None
        if filters.period and (filters.date_from or filters.date_to):
            messages.append(
                _("Une période et des dates ont été choisies : seule la période est retenue.")
            )
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
            self.q
            or self.themes
            or self.region
            or self.format
            or self.family
            or self.organisation
            or self.series
            or self.date_from
            or self.date_to
            or self.period
            or self.mode
            or self.places_left
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
                items.append(
                    (param, value.isoformat() if isinstance(value, datetime.date) else value)
                )
        if self.places_left:
            items.append(("places", "1"))
        if self.archive if archive is None else archive:
            items.append(("archive", "1"))
        return items

    def querystring(self, archive=None, **extra):
        """``a=1&b=2`` (no leading ``?``), escaped for a URL."""
        return querystring(self.query_items(archive) + list(extra.items()))

    def active(self, options):
        """Each filter in use as ``(label, querystring without it)``, for removable tags.

        ``options`` gives the names of the slugs (``queries.filter_options``); the
        upcoming/archive switch is kept in every link and is not a tag.
        """
        names = {}
        for param, option_name in [
            ("theme", "themes"),
            ("region", "regions"),
            ("format", "formats"),
            ("organisation", "organisations"),
            ("cycle", "series"),
        ]:
            names[param] = {item.slug: item.name for item in getattr(options, option_name)}
        names["famille"] = dict(OrganisationFamily.choices)
        names["periode"] = {"semaine": _("Cette semaine"), "mois": _("Ce mois-ci")}
        names["modalite"] = {"sur-place": _("Sur place"), "en-ligne": _("En ligne")}
        items = self.query_items()
        tags = []
        for index, (param, value) in enumerate(items):
            if param == "archive":
                continue
            if param == "q":
                label = _("Mots-clés : « %(words)s »") % {"words": value}
            elif param in ("date_debut", "date_fin"):
                day = formats.date_format(datetime.date.fromisoformat(value), "DATE_FORMAT")
                label = (_("Du %(day)s") if param == "date_debut" else _("Au %(day)s")) % {
                    "day": day
                }
            elif param == "places":
                label = _("Places disponibles")
            else:
                label = names[param].get(value, value)
            rest = items[:index] + items[index + 1 :]
            tags.append((label, querystring(rest)))
        return tags

    def other_tab(self):
        """The same filters on the other tab: the archive for upcoming events, and back."""
        return dataclasses.replace(self, archive=not self.archive, messages=[])

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
