"""Sessions of one event may carry their own title and description: five distinct workshops
are no longer five bare dates, on the page, in the emails and in calendars."""

import icalendar
import pytest
from django.core import mail
from django.utils import timezone

from events.models import EventPage, EventSession
from events.ownership import detach_sessions
from registrations import invites
from registrations.details import session_details
from tests.factories import make_event, register


@pytest.fixture
def workshops(site_tree):
    event = make_event(site_tree.programme, title="Appel d'Amiens", sessions=2)
    first, second = EventSession.objects.filter(event=event).order_by("start")
    first.title = "Pour une démocratie vivante"
    first.description = "Comment faire vivre la participation entre deux élections."
    first.save()
    return event, first, second


def test_the_event_page_heads_each_session_with_its_title(client, workshops):
    event, first, second = workshops
    html = client.get(EventPage.objects.get(pk=event.pk).url).content.decode()
    assert (
        f'<h3 class="fr-h5 fr-mb-1w" id="session-{first.pk}-title">Pour une démocratie vivante</h3>'
        in html
    )
    assert "Comment faire vivre la participation entre deux élections." in html
    # An untitled session keeps its date as its heading.
    assert f'<h3 class="fr-h5" id="session-{second.pk}-title">' in html


def test_the_invite_and_the_email_name_the_session(
    workshops, django_capture_on_commit_callbacks, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    _event, first, _second = workshops
    with django_capture_on_commit_callbacks(execute=True):
        register(first, 1)
    (message,) = mail.outbox
    assert "Pour une démocratie vivante" in message.body
    html = message.alternatives[0][0]
    assert "Pour une démocratie vivante" in html
    ics = next(
        part.get_payload(decode=True).decode()
        for part in message.message().walk()
        if part.get_content_type() == "text/calendar"
    )
    vevent = icalendar.Calendar.from_ical(ics).events[0]
    assert str(vevent["SUMMARY"]) == "Appel d'Amiens – Pour une démocratie vivante"
    assert "Comment faire vivre la participation" in str(vevent["DESCRIPTION"])


def test_an_untitled_session_is_summarised_by_its_event(workshops):
    _event, _first, second = workshops
    text = invites.publish_calendar([session_details(second, "fr")])
    assert str(icalendar.Calendar.from_ical(text).events[0]["SUMMARY"]) == "Appel d'Amiens"


def test_a_session_outliving_its_page_keeps_its_title(workshops):
    event, first, _second = workshops
    register(first, 1, notify=False)
    detach_sessions(EventPage.objects.get(pk=event.pk), timezone.now())
    EventPage.objects.get(pk=event.pk).delete()
    kept = EventSession.objects.get(pk=first.pk)
    assert kept.event_id is None
    details = session_details(kept, "fr")
    assert details.full_title == "Appel d'Amiens – Pour une démocratie vivante"


def test_the_english_page_and_email_use_the_english_title_or_else_the_french_one(
    client, site_tree, workshops, django_capture_on_commit_callbacks, settings
):
    from django.core.cache import cache
    from django.utils import translation

    from tests.factories import translate

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    event, first, second = workshops
    first.title_en = "For a living democracy"
    first.description_en = "How to keep participation alive between two elections."
    first.save()
    second.title = "Pour des territoires plus forts"
    second.save()
    english = translate(EventPage.objects.get(pk=event.pk), site_tree.en, title="Amiens call")
    cache.clear()
    with translation.override("en"):
        html = client.get(english.url).content.decode()
    assert f'id="session-{first.pk}-title">For a living democracy</h3>' in html
    assert "How to keep participation alive between two elections." in html
    assert f'id="session-{second.pk}-title">Pour des territoires plus forts</h3>' in html
    assert "Pour une démocratie vivante" not in html
    with translation.override("fr"):
        french = client.get(EventPage.objects.get(pk=event.pk).url).content.decode()
    assert "Pour une démocratie vivante" in french and "For a living democracy" not in french
    with django_capture_on_commit_callbacks(execute=True):
        register(first, 1, language="en")
    (message,) = mail.outbox
    assert "For a living democracy" in message.body
    assert "Pour une démocratie vivante" not in message.body
    assert session_details(first, "en").full_title == "Amiens call – For a living democracy"
