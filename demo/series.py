"""The Ministry of the Interior's innovation series: its page, three events, their coaches.

Built like every demo page (``builder.page``: French, then its wagtail-localize English
translation). Each event has two workshops reserved to the ministry's addresses and, a week
before, a training session for the internal coaches on invitation only. Nobody is
registered: demo people have example.org addresses, which the reserved sessions refuse.
"""

import uuid

from events.coaches import EventCoach
from events.models import EventPage, EventSession
from events.series import SeriesOutcome, SeriesPage

from .builder import key, stream
from .data import series as data
from .events import session_times
from .pictures import demo_picture, picture_fields

SESSION_CAPACITY = 25
TRAINING_CAPACITY = 12


def load_series(builder, programme, taxonomy):
    """The series page and its events ([(data item, French event page)])."""
    series = load_series_page(builder, programme, taxonomy)
    series_en = series.get_translation(builder.en)
    events = [
        (item, load_series_event(builder, programme, series, series_en, item, taxonomy))
        for item in data.EVENTS
    ]
    return series, events


def load_series_page(builder, programme, taxonomy):
    item = data.SERIES
    page_key = f"series:{item['slug']}"
    owner = key("page", page_key)
    common = {
        "organiser": taxonomy.organisations[item["organiser"]],
        **picture_fields("series", item["slug"], "experience-agent"),
    }
    fields = {}
    for language, column in (("fr", 0), ("en", 2)):
        texts = item[language]
        outcomes = [
            SeriesOutcome(
                translation_key=uuid.uuid5(owner, f"outcome:{index}"),
                locale=builder.fr,
                sort_order=index,
                title=outcome[column],
                description=outcome[column + 1],
            )
            for index, outcome in enumerate(item["outcomes"])
        ]
        fields[language] = {
            "title": texts["title"],
            "summary": texts["summary"],
            "organiser_unit": texts["organiser_unit"],
            "purpose": texts["purpose"][1],  # the rich text of a P(...) block
            "outcomes": outcomes,
            **common,
        }
    return builder.page(
        programme, SeriesPage, page_key, item["slug"], item["slug_en"], fields["fr"], fields["en"]
    )


def coach_rows(owner, item, language, builder):
    rows = []
    for index, (coach_key, _workshop) in enumerate(item["coaches"]):
        name, role, organisation, has_picture = data.COACHES[coach_key]
        picture = {}
        if has_picture:
            picture = {"image": demo_picture("coach", coach_key), "image_decorative": True}
        rows.append(
            EventCoach(
                translation_key=uuid.uuid5(owner, f"coach:{coach_key}"),
                locale=builder.fr,
                sort_order=index,
                name=name,
                role=role,
                organisation=organisation[0 if language == "fr" else 1],
                **picture,
            )
        )
    return rows


def load_series_event(builder, programme, series, series_en, item, taxonomy):
    page_key = f"event:{item['slug']}"
    owner = key("page", page_key)
    day, start, end = item["training"]
    training_start, training_end = session_times((day, start, end))
    sessions = [
        EventSession(
            sort_order=0,
            title=data.TRAINING[0],
            start=training_start,
            end=training_end,
            capacity=TRAINING_CAPACITY,
            waitlist_enabled=False,
            invitation_only=True,
        )
    ]
    for index, (day, start, end, title) in enumerate(item["workshops"], start=1):
        workshop_start, workshop_end = session_times((day, start, end))
        sessions.append(
            EventSession(
                sort_order=index,
                title=title,
                start=workshop_start,
                end=workshop_end,
                capacity=SESSION_CAPACITY,
                reserved_domains=data.DOMAIN,
            )
        )
    common = {
        "event_format": taxonomy.formats[item["format"]],
        "organiser": taxonomy.organisations[data.SERIES["organiser"]],
        "series": series,
        "region": taxonomy.regions.get("ile-de-france"),
        "mode": "on_site",
        **picture_fields("event", item["slug"], item["theme"]),
    }
    fr, en = item["fr"], item["en"]
    page = builder.page(
        programme,
        EventPage,
        page_key,
        item["slug"],
        item["slug_en"],
        {
            "title": fr["title"],
            "summary": fr["summary"],
            "body": stream(owner, fr["body"]),
            "venue_name": "Ministère de l'Intérieur, Paris",
            "audience": "Agents du ministère de l'Intérieur",
            "sessions": sessions,
            "coaches": coach_rows(owner, item, "fr", builder),
            **common,
        },
        {
            "title": en["title"],
            "summary": en["summary"],
            "body": stream(owner, en["body"]),
            "venue_name": "Ministry of the Interior, Paris",
            "coaches": coach_rows(owner, item, "en", builder),
            "audience": "Ministry of the Interior staff",
            **common,
        },
        overrides={"series": series_en.pk},
    )
    assign_workshops(builder, page, item)
    return page


def assign_workshops(builder, page, item):
    """Coaches who lead one workshop get it, once the sessions exist (then the English)."""
    workshops = list(
        EventSession.objects.filter(event=page, invitation_only=False).order_by("start")
    )
    owner = key("page", f"event:{item['slug']}")
    leads = {uuid.uuid5(owner, f"coach:{k}"): w for k, w in item["coaches"] if w is not None}
    coaches = list(page.coaches.all())
    changed = False
    for coach in coaches:
        workshop = leads.get(coach.translation_key)
        if workshop is not None and coach.session_id is None:
            coach.session = workshops[workshop]
            changed = True
    if changed:
        page.coaches = coaches
        page.save_revision().publish()
        builder.resync(page)
