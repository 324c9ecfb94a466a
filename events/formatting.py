"""Dates and times written the way each language writes them.

French: « mardi 16 novembre 2021, 14 h – 15 h 30 »; English: "Tuesday 16 November 2021,
2 pm – 3:30 pm". Times are shown in the session's own time zone.
"""

import zoneinfo

from django.utils import formats, timezone, translation


def format_time(value, language):
    if language == "fr":
        return f"{value.hour} h" + (f" {value.minute:02d}" if value.minute else "")
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{f':{value.minute:02d}' if value.minute else ''} {suffix}"


def format_date(value, language):
    with translation.override(language):
        return formats.date_format(value, "l j F Y")


def format_when(start, end, time_zone="Europe/Paris", language=None):
    """The full date and time range of a session, in its time zone and the given language."""
    language = (language or translation.get_language() or "fr")[:2]
    tz = zoneinfo.ZoneInfo(time_zone)
    start = timezone.localtime(start, tz)
    end = timezone.localtime(end, tz)
    text = f"{format_date(start, language)}, {format_time(start, language)}"
    if end.date() == start.date():
        text += f" – {format_time(end, language)}"
    else:
        text += f" – {format_date(end, language)}, {format_time(end, language)}"
    if time_zone != "Europe/Paris":
        with translation.override(language):
            text += " (" + translation.gettext("heure locale : %(zone)s") % {"zone": time_zone} + ")"
    return text


def format_day(start, time_zone="Europe/Paris", language=None):
    """The date alone, for compact lists."""
    language = (language or translation.get_language() or "fr")[:2]
    return format_date(timezone.localtime(start, zoneinfo.ZoneInfo(time_zone)), language)
