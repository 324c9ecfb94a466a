"""Dates and times written the way each language writes them.

French: « mardi 16 novembre 2021, 14 h – 15 h 30 »; English: "Tuesday 16 November 2021,
2 pm – 3:30 pm". Times are shown in the session's own time zone.
"""

import zoneinfo

from django.utils import formats, timezone, translation


def utc_offset(value):
    """ "UTC+2", "UTC-3:30": the offset of an aware local time."""
    minutes = int(value.utcoffset().total_seconds() // 60)
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")


def is_ambiguous(value):
    """Whether this wall-clock time happens twice that day (the repeated autumn hour)."""
    if value.tzinfo is None:
        return False
    return value.replace(fold=1 - value.fold).utcoffset() != value.utcoffset()


def format_time(value, language):
    """The time of day; in the repeated autumn hour, with its UTC offset, since "2 h 30"
    alone is two different instants that night."""
    if language == "fr":
        text = f"{value.hour} h" + (f" {value.minute:02d}" if value.minute else "")
    else:
        hour = value.hour % 12 or 12
        suffix = "am" if value.hour < 12 else "pm"
        text = f"{hour}{f':{value.minute:02d}' if value.minute else ''} {suffix}"
    return f"{text} ({utc_offset(value)})" if is_ambiguous(value) else text


def format_date(value, language):
    with translation.override(language):
        if language == "fr" and value.day == 1:
            # « lundi 1er novembre », the ordinal French writes for the first of a month.
            return formats.date_format(value, r"l \1\e\r F Y")
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
            text += (
                " (" + translation.gettext("heure locale : %(zone)s") % {"zone": time_zone} + ")"
            )
    return text


def format_day(start, time_zone="Europe/Paris", language=None):
    """The date alone, for compact lists."""
    language = (language or translation.get_language() or "fr")[:2]
    return format_date(timezone.localtime(start, zoneinfo.ZoneInfo(time_zone)), language)
