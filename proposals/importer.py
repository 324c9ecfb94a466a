"""Spreadsheet import of events: check row by row, then create drafts on confirmation.

Rows sharing an ``identifiant`` (or, without one, a title) are the sessions of one event.
The key becomes an ``ImportedEvent``: importing the same file again creates nothing new.
Times are local to the row's ``fuseau`` (Paris by default).
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from common.text import folded
from events.choices import TIME_ZONE_CHOICES, EventMode
from taxonomy.models import EventFormat, Organisation, Region, Theme

from . import drafts
from .models import ImportedEvent
from .spreadsheet import COLUMN_NAMES, COLUMNS, ImportFileError, read_rows  # noqa: F401

MODES = {
    "sur place": EventMode.ON_SITE,
    "sur_place": EventMode.ON_SITE,
    "on_site": EventMode.ON_SITE,
    "presentiel": EventMode.ON_SITE,
    "en ligne": EventMode.ONLINE,
    "en_ligne": EventMode.ONLINE,
    "online": EventMode.ONLINE,
    "hybride": EventMode.HYBRID,
    "hybrid": EventMode.HYBRID,
    "sur place et en ligne": EventMode.HYBRID,
}
ZONES = {zone for zone, _label in TIME_ZONE_CHOICES}


@dataclass
class Row:
    number: int
    values: dict
    errors: list = field(default_factory=list)
    key: str = ""
    session: dict | None = None
    facts: dict | None = None


@dataclass
class EventPlan:
    key: str
    rows: list
    facts: dict | None = None
    exists: bool = False

    @property
    def errors(self):
        return any(row.errors for row in self.rows)

    @property
    def creatable(self):
        return not self.exists and not self.errors


# --- Checking -----------------------------------------------------------------------------


class Lookup:
    """French taxonomy items by slug or by name (accents and case aside)."""

    def __init__(self):
        french = Locale.objects.filter(language_code="fr").first()
        self.tables = {}
        for model in (EventFormat, Theme, Region, Organisation):
            table = {}
            for item in model.objects.filter(locale=french):
                table[item.slug] = item
                table[folded(item.name)] = item
            self.tables[model] = table

    def find(self, model, text):
        text = str(text).strip()
        return self.tables[model].get(text) or self.tables[model].get(folded(text))


def _text(values, name):
    value = values.get(name)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _time(value):
    if isinstance(value, datetime.datetime):
        return value.time()
    if isinstance(value, datetime.time):
        return value
    text = str(value or "").strip().lower().replace("h", ":")
    if text.endswith(":"):
        text += "00"
    for pattern in ("%H:%M", "%H:%M:%S"):
        try:
            return datetime.datetime.strptime(text, pattern).time()
        except ValueError:
            continue
    return None


def check_row(number, values, lookup):
    row = Row(number=number, values=values)
    errors = row.errors
    text = {name: _text(values, name) for name in COLUMN_NAMES}
    for name, required, _help in COLUMNS:
        if required and not text[name]:
            errors.append(_("Colonne « %(column)s » vide.") % {"column": name})
    row.key = (text["identifiant"] or slugify(text["titre"]))[:200]
    facts = {
        "title": text["titre"][:200],
        "summary": text["resume"],
        "description": text["description"],
    }
    if text["format"]:
        facts["event_format"] = lookup.find(EventFormat, text["format"])
        if facts["event_format"] is None:
            errors.append(_("Format inconnu : « %(value)s ».") % {"value": text["format"]})
    themes = []
    for name in filter(None, (part.strip() for part in text["thematiques"].split(";"))):
        theme = lookup.find(Theme, name)
        if theme is None:
            errors.append(_("Thématique inconnue : « %(value)s ».") % {"value": name})
        else:
            themes.append(theme)
    facts["themes"] = themes
    for column, model, key in (
        ("region", Region, "region"),
        ("organisateur", Organisation, "organiser"),
    ):
        facts[key] = None
        if text[column]:
            facts[key] = lookup.find(model, text[column])
            if facts[key] is None:
                errors.append(
                    _("Valeur inconnue dans « %(column)s » : « %(value)s ».")
                    % {"column": column, "value": text[column]}
                )
    mode = MODES.get(folded(text["modalite"]) or "sur place")
    if mode is None:
        errors.append(
            _("Modalité inconnue : « %(value)s » (sur place, en ligne ou hybride).")
            % {"value": text["modalite"]}
        )
    facts["mode"] = mode or EventMode.ON_SITE
    facts.update(venue_name=text["lieu"][:200], venue_address=text["adresse"])
    for column, key in (
        ("lien_connexion", "online_url"),
        ("lien_inscription", "external_registration_url"),
    ):
        facts[key] = text[column]
        if text[column]:
            try:
                URLValidator(schemes=["http", "https"])(text[column])
            except ValidationError:
                errors.append(_("Lien non valide dans « %(column)s ».") % {"column": column})
    facts["contact_email"] = text["courriel_contact"].lower()
    if facts["contact_email"]:
        try:
            EmailValidator()(facts["contact_email"])
        except ValidationError:
            errors.append(_("Adresse électronique non valide dans « courriel_contact »."))
    row.session = _session(values, text, errors)
    row.facts = facts
    return row


def _session(values, text, errors):
    day, start, end = (
        _date(values.get("date")),
        _time(values.get("debut")),
        _time(values.get("fin")),
    )
    if text["date"] and day is None:
        errors.append(
            _("Date non valide : « %(value)s » (AAAA-MM-JJ ou JJ/MM/AAAA).")
            % {"value": text["date"]}
        )
    for column, value in (("debut", start), ("fin", end)):
        if text[column] and value is None:
            errors.append(
                _("Heure non valide dans « %(column)s » : « %(value)s » (HH:MM).")
                % {"column": column, "value": text[column]}
            )
    zone_name = text["fuseau"] or "Europe/Paris"
    if zone_name not in ZONES:
        errors.append(_("Fuseau horaire inconnu : « %(value)s ».") % {"value": zone_name})
        return None
    capacity = 30
    if text["capacite"]:
        if not text["capacite"].isdigit() or int(text["capacite"]) < 1:
            errors.append(
                _("Capacité non valide : « %(value)s » (un nombre de places).")
                % {"value": text["capacite"]}
            )
        else:
            capacity = int(text["capacite"])
    if day is None or start is None or end is None:
        return None
    zone = zoneinfo.ZoneInfo(zone_name)
    session = {
        "start": datetime.datetime.combine(day, start, tzinfo=zone),
        "end": datetime.datetime.combine(day, end, tzinfo=zone),
        "time_zone": zone_name,
        "capacity": capacity,
    }
    # As typed, in the row's own time zone: what the preview shows.
    session["local"] = f"{session['start']:%d/%m/%Y %H:%M}–{session['end']:%H:%M}"
    if session["end"] <= session["start"]:
        errors.append(_("La session doit se terminer après son début."))
    return session


def plan(raw_rows):
    """[EventPlan] in file order, each with its rows (line numbers as in a spreadsheet)."""
    lookup = Lookup()
    plans = {}
    for index, values in enumerate(raw_rows, start=2):
        row = check_row(index, values, lookup)
        plans.setdefault(row.key or f"ligne-{index}", EventPlan(key=row.key, rows=[])).rows.append(
            row
        )
    existing = set(
        ImportedEvent.objects.filter(import_key__in=list(plans)).values_list(
            "import_key", flat=True
        )
    )
    for event in plans.values():
        first = event.rows[0]
        if not event.key:
            continue
        event.exists = event.key in existing
        if not event.errors:
            event.facts = {**first.facts, "sessions": [row.session for row in event.rows]}
    return list(plans.values())


def create(plans, *, user=None):
    """Create the drafts of the events that can be; return the pages made."""
    pages = []
    for event in plans:
        if not event.creatable:
            continue
        try:
            with transaction.atomic():
                record = ImportedEvent.objects.create(import_key=event.key, imported_by=user)
                record.page = drafts.create_draft(event.facts, user=user)
                record.save(update_fields=["page"])
        except IntegrityError:
            continue  # imported meanwhile, by another click
        pages.append(record.page)
    return pages
