"""Translations of events share the French sessions instead of copying them."""

import datetime

from wagtail_localize.models import TranslationSource

from events.models import EventPage, EventSession
from tests.factories import make_event, make_theme, translate


def test_english_event_has_no_sessions_of_its_own_and_shows_the_french_ones(site_tree, client):
    theme = make_theme()
    translate(theme, site_tree.en)
    event = make_event(site_tree.programme, title="Atelier", sessions=2, themes=[theme])
    translate(event, site_tree.en)
    english = event.get_translation(site_tree.en).specific

    assert english.url.startswith("/en/")
    assert not EventSession.objects.filter(event=english).exists()
    assert [s.id for s in english.sessions_for_display()] == [s.id for s in event.sessions.all()]
    assert english.first_start == EventPage.objects.get(id=event.id).first_start
    assert english.event_themes.get().theme.locale == site_tree.en
    assert english.event_themes.get().theme.translation_key == theme.translation_key
    response = client.get(english.url)
    assert response.status_code == 200
    assert response.context["page"].locale == site_tree.en


def test_synchronising_a_translation_after_a_change_copies_no_session(site_tree):
    event = make_event(site_tree.programme, title="Webinaire")
    translate(event, site_tree.en)
    session = event.sessions.get()
    session.start += datetime.timedelta(hours=1)
    session.end += datetime.timedelta(hours=1)
    event.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(event)
    source.update_from_db()
    for translation in source.translations.all():
        translation.save_target(publish=True)

    english = EventPage.objects.get(translation_key=event.translation_key, locale=site_tree.en)
    assert EventSession.objects.filter(event__translation_key=event.translation_key).count() == 1
    assert english.first_start == EventPage.objects.get(id=event.id).first_start
