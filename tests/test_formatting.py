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
    assert format_when(start, end, "Europe/Paris", "en") == "Tuesday 16 November 2021, 2 pm – 3:30 pm"


def test_times_are_shown_in_the_session_time_zone():
    start = datetime.datetime(2021, 11, 16, 13, 0, tzinfo=datetime.UTC)
    end = datetime.datetime(2021, 11, 16, 14, 0, tzinfo=datetime.UTC)
    text = format_when(start, end, "America/Cayenne", "fr")
    assert text.startswith("mardi 16 novembre 2021, 10 h – 11 h")
    assert "America/Cayenne" in text
