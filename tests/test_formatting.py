import datetime
import zoneinfo

from events.formatting import format_when

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def test_french_style_date_and_time_range():
    start = datetime.datetime(2021, 11, 16, 14, 0, tzinfo=PARIS)
    end = datetime.datetime(2021, 11, 16, 15, 30, tzinfo=PARIS)
    assert format_when(start, end, "Europe/Paris", "fr") == "mardi 16 novembre 2021, 14 h – 15 h 30"


def test_english_style_date_and_time_range():
    start = datetime.datetime(2021, 11, 16, 14, 0, tzinfo=PARIS)
    end = datetime.datetime(2021, 11, 16, 15, 30, tzinfo=PARIS)
    assert (
        format_when(start, end, "Europe/Paris", "en") == "Tuesday 16 November 2021, 2 pm – 3:30 pm"
    )


def test_times_are_shown_in_the_session_time_zone():
    start = datetime.datetime(2021, 11, 16, 13, 0, tzinfo=datetime.UTC)
    end = datetime.datetime(2021, 11, 16, 14, 0, tzinfo=datetime.UTC)
    text = format_when(start, end, "America/Cayenne", "fr")
    assert text.startswith("mardi 16 novembre 2021, 10 h – 11 h")
    assert "America/Cayenne" in text


def test_the_repeated_autumn_hour_shows_its_utc_offset():
    utc = datetime.UTC
    start = datetime.datetime(2027, 10, 31, 0, 30, tzinfo=utc)  # 2 h 30, summer time
    end = datetime.datetime(2027, 10, 31, 1, 30, tzinfo=utc)  # 2 h 30 again, winter time
    assert format_when(start, end, language="fr") == (
        "dimanche 31 octobre 2027, 2 h 30 (UTC+2) – 2 h 30 (UTC+1)"
    )
    assert format_when(start, end, language="en") == (
        "Sunday 31 October 2027, 2:30 am (UTC+2) – 2:30 am (UTC+1)"
    )
    # An hour that happens once that night is written as usual.
    later = datetime.datetime(2027, 10, 31, 2, 30, tzinfo=utc)
    assert format_when(end, later, language="fr").endswith("2 h 30 (UTC+1) – 3 h 30")


def test_the_repeated_hour_of_an_overseas_zone_too():
    start = datetime.datetime(2027, 11, 7, 4, 30, tzinfo=datetime.UTC)  # 1:30 at Miquelon
    text = format_when(start, start + datetime.timedelta(hours=3), "America/Miquelon", "en")
    assert "1:30 am (UTC-3)" in text  # the second 1:30 of that night
