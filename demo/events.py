"""The 2020 and 2021 programmes, the 2021 one replayed at the coming edition's dates."""

import datetime
import uuid
import zoneinfo

from events.models import EventPage, EventPageTheme, EventSession

from .builder import key, stream
from .data import events_2020, events_2021
from .pictures import add_missing_pictures, picture_fields

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
ORIGINAL_EDITION_START = datetime.date(2021, 11, 2)


def coming_edition_year(today):
    """The next November after ``today``: this year's until October, next year's after."""
    return today.year if today.month < 11 else today.year + 1


def edition_shift(today):
    """A whole number of weeks from the 2021 edition to the coming one: weekdays stay put."""
    target = datetime.date(coming_edition_year(today), 11, 2)
    return datetime.timedelta(weeks=round((target - ORIGINAL_EDITION_START).days / 7))


def aware(day, hhmm, shift=datetime.timedelta(0)):
    date = datetime.date.fromisoformat(day) + shift
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.datetime(date.year, date.month, date.day, hour, minute, tzinfo=PARIS)


def session_times(spec, shift=datetime.timedelta(0)):
    """(day, start, end) where end is "HH:MM" or "YYYY-MM-DD HH:MM" for multi-day sessions."""
    day, start, end = spec
    end_day, _, end_time = end.rpartition(" ")
    return aware(day, start, shift), aware(end_day or day, end_time, shift)


def load_events(builder, programme, shift, labs, taxonomy):
    """[(data item, French event page)] for both editions, in the data files' order."""
    events = []
    for edition, offset in ((events_2020, datetime.timedelta(0)), (events_2021, shift)):
        for item in edition.EVENTS:
            page = load_event(builder, programme, item, offset, labs, taxonomy)
            events.append((item, page))
    return events


def load_event(builder, programme, item, shift, labs, taxonomy):
    page_key = f"event:{item['slug']}"
    owner = key("page", page_key)
    mode = item.get("mode", "online")
    lab = labs.get(item.get("host_lab"))
    capacity, _registered = item.get("seats", (100, 0))
    common = {
        "event_format": taxonomy.formats[item["format"]],
        "organiser": taxonomy.organisations.get(item.get("organiser")),
        "host_lab": lab,
        "region": taxonomy.regions.get(item.get("region")),
        "mode": mode,
        "venue_address": item.get("venue_address", ""),
        "online_url": f"https://visio.example.org/{item['slug']}" if mode != "on_site" else "",
        "external_registration_url": item.get("external_url", ""),
        **picture_fields("event", item["slug"], next(iter(item["themes"]), None)),
    }
    themes = [
        EventPageTheme(
            translation_key=uuid.uuid5(owner, f"theme:{slug}"),
            locale=builder.fr,
            sort_order=index,
            theme=taxonomy.themes[slug],
        )
        for index, slug in enumerate(item["themes"])
    ]
    sessions = []
    titles = item.get("session_titles", [])
    titles_en = item.get("session_titles_en", [])
    for index, spec in enumerate(item["sessions"]):
        start, end = session_times(spec, shift)
        sessions.append(
            EventSession(
                sort_order=index,
                title=titles[index] if index < len(titles) else "",
                title_en=titles_en[index] if index < len(titles_en) else "",
                start=start,
                end=end,
                capacity=capacity,
                waitlist_enabled=item.get("waitlist", True),
            )
        )
    fr, en = item["fr"], item["en"]
    venue = item.get("venue_name", lab.title if lab and mode != "online" else "")
    overrides = {"host_lab": lab.get_translation(builder.en).pk} if lab else None
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
            "venue_name": venue,
            "event_themes": themes,
            "sessions": sessions,
            **common,
        },
        {
            "title": en["title"],
            "summary": en["summary"],
            "body": stream(owner, en["body"]),
            "venue_name": item.get("venue_name_en", venue),
            **common,
        },
        overrides=overrides,
    )
    add_missing_pictures(builder, [(page, "event", item["slug"], next(iter(item["themes"]), None))])
    return page
