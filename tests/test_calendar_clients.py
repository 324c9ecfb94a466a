"""Invites every calendar reads the same: icalendar, vobject and ical.js (Thunderbird).

Each file the site writes (REQUEST, CANCEL, PUBLISH) is read by the three parsers, which
must all find the session's real start and end instants: on the spring and autumn
daylight-saving nights, across midnight, and in a zone outside Europe. ical.js runs under
Node from ``tools/browser/node_modules`` (``make browser-tools`` installs it).
"""

import datetime
import json
import shutil
import subprocess
import zoneinfo
from pathlib import Path

import icalendar
import pytest
import vobject

from events.models import EventSession
from registrations import invites
from registrations.details import session_details
from tests.factories import register
from tests.registration_support import (
    calendar_part,
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)

ROOT = Path(__file__).resolve().parents[1]
ICALJS = ROOT / "tools" / "browser" / "node_modules" / "ical.js" / "dist" / "ical.es5.cjs"
READER = Path(__file__).parent / "calendar_clients" / "icaljs_read.cjs"

NIGHTS = {
    # 02:00 does not exist that night: the session starts in winter time, ends in summer time.
    "spring night, Paris": ("Europe/Paris", (2027, 3, 28, 1, 30), (2027, 3, 28, 3, 30)),
    # 02:00-03:00 happens twice: the session starts in summer time, ends in winter time.
    "autumn night, Paris": ("Europe/Paris", (2027, 10, 31, 1, 30), (2027, 10, 31, 3, 30)),
    "across midnight, Paris": ("Europe/Paris", (2027, 6, 30, 22, 0), (2027, 7, 1, 1, 0)),
    "autumn night, Saint-Pierre": ("America/Miquelon", (2027, 11, 7, 0, 30), (2027, 11, 7, 2, 30)),
    "across midnight, Nouméa": ("Pacific/Noumea", (2027, 12, 31, 23, 0), (2028, 1, 1, 2, 0)),
}


def node_available():
    return shutil.which("node") and ICALJS.exists()


def read_with_icalendar(text):
    calendar = icalendar.Calendar.from_ical(text)
    return [(e.start.timestamp(), e.end.timestamp()) for e in calendar.walk("VEVENT")]


def read_with_vobject(text):
    calendar = vobject.readOne(text)
    return [
        (e.dtstart.value.timestamp(), e.dtend.value.timestamp())
        for e in calendar.contents.get("vevent", [])
    ]


def read_with_icaljs(text):
    output = subprocess.run(
        ["node", str(READER), str(ICALJS)],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    return [(float(e["start"]), float(e["end"])) for e in json.loads(output)]


@pytest.fixture
def night_session(site_tree, request):
    zone_name, start, end = NIGHTS[request.param]
    zone = zoneinfo.ZoneInfo(zone_name)
    _event, session = workshop(site_tree, title="Atelier de nuit – l’œil 🚀")
    session.start = datetime.datetime(*start, tzinfo=zone)
    session.end = datetime.datetime(*end, tzinfo=zone)
    session.time_zone = zone_name
    session.save()
    return EventSession.objects.get(pk=session.pk)


@pytest.mark.skipif(not node_available(), reason="make browser-tools installs ical.js")
@pytest.mark.parametrize("night_session", list(NIGHTS), indirect=True)
def test_the_three_parsers_read_every_invite_at_the_same_instants(night_session):
    details = session_details(night_session, "fr")
    expected = [(night_session.start.timestamp(), night_session.end.timestamp())]
    files = {
        "request": invites.request_invite(details, email="a@example.org", name="A", sequence=1),
        "cancel": invites.cancel_invite(details, email="a@example.org", name="A", sequence=2),
        "publish": invites.publish_calendar([details]),
    }
    for kind, text in files.items():
        assert "RDATE" not in text, kind
        for reader in (read_with_icalendar, read_with_vobject, read_with_icaljs):
            assert reader(text) == expected, (kind, reader.__name__)


@pytest.mark.skipif(not node_available(), reason="make browser-tools installs ical.js")
def test_ical_js_is_the_version_the_lock_names():
    lock = json.loads((ROOT / "tools" / "browser" / "package-lock.json").read_text())
    installed = json.loads((ICALJS.parents[1] / "package.json").read_text())
    assert lock["packages"]["node_modules/ical.js"]["version"] == installed["version"]


@pytest.mark.usefixtures("immediate_tasks")
def test_the_attachment_and_the_inline_part_are_the_same_utf8_bytes(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, title="L’atelier – œuvre commune 🚀 à Évry")
    with django_capture_on_commit_callbacks(execute=True):
        register(session, 1)
    (message,) = outbox_to("camille1@example.org")
    inline = calendar_part(message).get_payload(decode=True)
    attached = [
        part.get_payload(decode=True)
        for part in message.message().walk()
        if part.get_filename() == "invitation.ics"
    ]
    assert attached == [inline]
    text = inline.decode("utf-8")
    assert "L’atelier – œuvre commune 🚀 à Évry" in text
    assert "\\u2019" not in text
