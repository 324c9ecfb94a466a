"""What a search finds, and in which order.

The pages' own fields are searched at query time (no index to wait for), each with a weight:
the title (A), what lists show and the taxonomy a visitor types, region, format, organiser
(B), the rest of the text (C). Title matches come first, then the rank, then events before
labs, défis and pages.

- PostgreSQL: full-text search in the page's language, with the ``french_unaccent`` and
  ``english_unaccent`` configurations (stemming, plurals, accents; see the migration), each
  word also matched as a prefix.
- SQLite (development): words folded (accents, case), a plural's final s or x dropped, and
  matched as prefixes of the words of each field, in Python.
"""

import json
import re
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorCombinable,
    SearchVectorField,
)
from django.db import connection
from django.db.models import Case, F, Func, IntegerField, TextField, Value, When
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from common.text import folded
from defis.models import DefiPage
from events.models import EventPage
from events.queries import listed_events
from home.models import StandardPage
from labs.models import LabPage

MAX_WORDS = 8


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    model: type
    fields: dict  # weight -> field paths (text fields, related names)
    streams: tuple = ("body",)  # StreamFields: their texts, weight C


KINDS = [
    Kind(
        "evenements",
        _("Événements"),
        EventPage,
        {
            "A": ["title"],
            "B": ["summary", "region__name", "event_format__name", "organiser__name"],
            "C": ["venue_name", "venue_address", "audience", "host_lab__title"],
        },
    ),
    Kind(
        "laboratoires",
        _("Laboratoires"),
        LabPage,
        {"A": ["title"], "B": ["summary", "region__name"], "C": ["address"]},
    ),
    Kind(
        "defis",
        _("Défis"),
        DefiPage,
        {
            "A": ["title"],
            "B": ["summary", "host_name", "host_organisation__name", "programme"],
            "C": ["promotion", "problem", "needs", "concept"],
        },
    ),
    Kind("pages", _("Pages"), StandardPage, {"A": ["title"], "B": ["introduction"], "C": []}),
]
KIND_BY_SLUG = {kind.slug: kind for kind in KINDS}
WHEN_CHOICES = [("a-venir", _("À venir")), ("passes", _("Passés"))]
CONFIGS = {"fr": "french_unaccent", "en": "english_unaccent"}
WEIGHTS = {"A": 1.0, "B": 0.4, "C": 0.2}


def query_words(query):
    """The words of a query, without the punctuation full-text syntaxes give a meaning to."""
    return re.sub(r"[\W_]+", " ", query).split()[:MAX_WORDS]


@dataclass(frozen=True)
class Hit:
    pk: int
    in_title: bool
    rank: float
    order: int  # the kind's place in KINDS


def _pages(kind, locale, when, now):
    pages = kind.model.objects.live().public().filter(locale=locale)
    if kind.model is EventPage:
        pages = listed_events(pages)  # not an event whose sessions are all on invitation
    if when == "a-venir":
        pages = pages.filter(last_end__gte=now)
    elif when == "passes":
        pages = pages.filter(last_end__lt=now)
    return pages


class StreamVector(SearchVectorCombinable, Func):
    """The string values of a StreamField's JSON, weighted C (keys are left out)."""

    output_field = SearchVectorField()

    def __init__(self, field, config):
        # ``config`` comes from CONFIGS, never from the request.
        self.template = (
            f"setweight(jsonb_to_tsvector('{config}'::regconfig, %(expressions)s, "
            "'[\"string\"]'), 'C')"
        )
        super().__init__(F(field))


def _postgres_hits(kind, pages, words, config):
    vector = None
    for weight, names in kind.fields.items():
        for name in names:
            part = SearchVector(name, weight=weight, config=config)
            vector = part if vector is None else vector + part
    for name in kind.streams:
        vector = vector + StreamVector(name, config)
    query = SearchQuery(" & ".join(f"{word}:*" for word in words), search_type="raw", config=config)
    rows = (
        pages.annotate(document=vector, title_document=SearchVector("title", config=config))
        .filter(document=query)
        .annotate(
            rank=SearchRank(F("document"), query),
            in_title=Case(
                When(title_document=query, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
        )
        .values_list("pk", "in_title", "rank")
    )
    order = KINDS.index(kind)
    return [Hit(pk, bool(in_title), rank, order) for pk, in_title, rank in rows]


def _stream_texts(raw):
    """The texts of a StreamField's raw JSON, block types and ids aside."""
    texts = []

    def walk(value, key=None):
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, str) and key not in ("type", "id"):
            texts.append(strip_tags(value))

    try:
        walk(json.loads(raw) if isinstance(raw, str) else raw)
    except ValueError:
        return ""
    return " ".join(texts)


def _tokens(text):
    return set(re.findall(r"\w+", folded(strip_tags(text or ""))))


def _singular(word):
    """A plural's final s or x dropped: the prefix then finds the singular too."""
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _sqlite_hits(kind, pages, words):
    names = [name for group in kind.fields.values() for name in group]
    streams = {f"_stream_{name}": Cast(name, TextField()) for name in kind.streams}
    words = [_singular(folded(word)) for word in words]
    order = KINDS.index(kind)
    hits = []
    for row in pages.annotate(**streams).values("pk", *names, *streams):
        weighted = [
            (WEIGHTS[weight], _tokens(row[name]))
            for weight, group in kind.fields.items()
            for name in group
        ]
        weighted += [(WEIGHTS["C"], _tokens(_stream_texts(row[name]))) for name in streams]
        rank = 0.0
        for word in words:
            best = max(
                (weight for weight, tokens in weighted if any(t.startswith(word) for t in tokens)),
                default=0.0,
            )
            if not best:
                break
            rank += best
        else:
            title = _tokens(row["title"])
            in_title = all(any(t.startswith(word) for t in title) for word in words)
            hits.append(Hit(row["pk"], in_title, rank, order))
    return hits


def search_pages(query, locale, kind=None, when=None, now=None):
    """Ids of the live, public pages in ``locale`` matching ``query``, best first.

    ``kind`` is one of ``KINDS``' slugs (or None for all); ``when`` ("a-venir", "passes")
    keeps events only, upcoming or over.
    """
    words = query_words(query)
    if not words:
        return []
    now = now or timezone.now()
    kinds = [KIND_BY_SLUG[kind]] if kind in KIND_BY_SLUG else KINDS
    if when in dict(WHEN_CHOICES):
        kinds = [k for k in kinds if k.model is EventPage]
    hits = []
    for item in kinds:
        pages = _pages(item, locale, when, now)
        if connection.vendor == "postgresql":
            config = CONFIGS.get(locale.language_code, "simple")
            hits += _postgres_hits(item, pages, words, config)
        else:
            hits += _sqlite_hits(item, pages, words)
    hits.sort(key=lambda hit: (not hit.in_title, -hit.rank, hit.order, hit.pk))
    return [hit.pk for hit in hits]
