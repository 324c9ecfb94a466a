"""Event series: the series page, previous and next events, the programme's series filter
and its feed, coaches on the event page in both languages, invitation-only sessions kept
out of every public list."""

import datetime
import re
from html import unescape

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from events.coaches import EventCoach
from events.models import EventPage, EventSession
from events.series import SeriesOutcome, SeriesPage
from tests.factories import make_defi, make_event, make_organisation, translate

SOON = (timezone.now() + datetime.timedelta(days=30)).replace(microsecond=0, second=0)
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def text_of(response):
    assert response.status_code == 200
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


def make_series(programme, title="Cycle innovation du ministère de l'Intérieur", **fields):
    series = SeriesPage(
        title=title,
        slug=fields.pop("slug", "cycle-innovation"),
        summary="Trois événements en trois mois.",
        purpose="<p>Diffuser une culture de l'innovation.</p>",
        organiser_unit="Sous-direction de l'innovation et de la donnée",
        **fields,
    )
    programme.add_child(instance=series)
    series.save_revision().publish()
    return series


def coach(event, name, role="coach", organisation="Dynergie", **fields):
    event.coaches.add(EventCoach(name=name, role=role, organisation=organisation, **fields))


@pytest.fixture
def series_site(site_tree):
    """A series of three events (November, September, October: made out of order) and an
    event outside it; each event of the series has coaches."""
    series = make_series(site_tree.programme, organiser=make_organisation("Ministère", "mi"))
    events = {}
    for name, month in (("Innovathon", 11), ("UX Days", 9), ("Data Days", 10)):
        start = SOON.replace(year=SOON.year + 1, month=month, day=15, hour=9)
        event = make_event(site_tree.programme, title=name, start=start, publish=False)
        event.series = series
        coach(event, f"Coach de {name}")
        event.save_revision().publish()
        events[name] = event
    coach(events["Data Days"], "Claire Morvan", "facilitatrice")
    events["Data Days"].save_revision().publish()
    other = make_event(site_tree.programme, title="Atelier hors cycle", start=SOON)
    return series, events, other


def test_series_page_shows_organiser_purpose_events_by_month_coaches_and_outcomes(
    client, site_tree, series_site
):
    series, events, other = series_site
    defi = make_defi(site_tree.defis, title="Géocommuns")
    series.outcomes.add(
        SeriesOutcome(
            title="Un défi issu du cycle", description="Suivi par le ministère.", link_page=defi
        )
    )
    series.save_revision().publish()
    response = client.get(series.url)
    text = text_of(response)
    html = response.content.decode()
    assert "Sous-direction de l'innovation et de la donnée, Ministère" in text
    assert "Diffuser une culture de l'innovation." in text
    assert "Ses 3 événements" in text
    year = SOON.year + 1
    # Months in time order, each with its event.
    positions = [text.index(f"{month} {year}") for month in ("Septembre", "Octobre", "Novembre")]
    assert positions == sorted(positions)
    assert text.index("UX Days") < text.index("Data Days") < text.index("Innovathon")
    assert "Atelier hors cycle" not in text
    for name in ("Coach de UX Days", "Coach de Data Days", "Claire Morvan"):
        assert name in text
    assert "Facilitatrice · Dynergie" in text
    assert f'href="{defi.url}"' in html and "Un défi issu du cycle" in text


def test_series_page_queries_do_not_grow_with_its_events(
    client, site_tree, series_site, django_assert_max_num_queries
):
    series, _events, _other = series_site

    def warm():
        client.get(series.url)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(series.url).status_code == 200
        return len(queries)

    before = warm()
    for month in (1, 2, 3):
        start = SOON.replace(year=SOON.year + 2, month=month, day=3)
        event = make_event(site_tree.programme, start=start, sessions=2, publish=False)
        event.series = series
        coach(event, f"Coach {month}")
        coach(event, f"Autre coach {month}")
        event.save_revision().publish()
    assert warm() == before


def test_event_shows_its_series_with_previous_and_next_events(client, series_site):
    series, events, other = series_site
    html = client.get(events["Data Days"].url).content.decode()
    assert f'href="{series.url}"' in html
    nav = html[html.index('id="navigation-cycle"') :]
    assert re.search(rf'href="{events["UX Days"].url}" rel="prev">\s*Précédent : UX Days', nav)
    assert re.search(rf'href="{events["Innovathon"].url}" rel="next">\s*Suivant : Innovathon', nav)
    first = client.get(events["UX Days"].url).content.decode()
    assert 'rel="prev"' not in first and f'href="{events["Data Days"].url}" rel="next"' in first
    assert 'id="navigation-cycle"' not in client.get(other.url).content.decode()


def test_programme_filters_by_series_and_its_feed_follows(client, site_tree, series_site):
    series, events, other = series_site
    text = text_of(client.get(site_tree.programme.url, {"cycle": series.slug}))
    assert "3 événements à venir" in text
    assert "Atelier hors cycle" not in text and "UX Days" in text
    html = client.get(site_tree.programme.url, {"cycle": series.slug}).content.decode()
    assert f"cycle={series.slug}" in html  # the feed link keeps the filter
    with translation.override("fr"):
        feed_url = reverse("registrations:programme_feed")
    calendar = Calendar.from_ical(client.get(feed_url, {"cycle": series.slug}).content)
    summaries = sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))
    assert summaries == ["Data Days", "Innovathon", "UX Days"]
    everything = Calendar.from_ical(client.get(feed_url).content)
    assert "Atelier hors cycle" in [str(e["SUMMARY"]) for e in everything.walk("VEVENT")]
    # An unknown series is said and ignored, never a 500.
    text = text_of(client.get(site_tree.programme.url, {"cycle": "inconnu"}))
    assert "la valeur « inconnu » n'est pas reconnue" in text


def test_coaches_on_the_event_page_and_its_sessions_in_both_languages(client, site_tree):
    event = make_event(site_tree.programme, title="Data Days", sessions=2, publish=False)
    event.save_revision().publish()
    first, second = EventSession.objects.filter(event=event).order_by("start")
    coach(event, "Claire Morvan", "facilitatrice", "Dynergie")
    coach(event, "Thomas Le Gall", "coach", "Ministère de l'Intérieur", session=second)
    event.save_revision().publish()
    text = text_of(client.get(event.url))
    intervenants = text[text.index("Intervenants") : text.index("Sessions et inscription")]
    assert "Claire Morvan Facilitatrice · Dynergie" in intervenants
    assert "Thomas Le Gall" not in intervenants  # shown with its session
    assert "Animée par Thomas Le Gall (coach, Ministère de l'Intérieur)" in text

    translate(site_tree.home, site_tree.en)
    english = translate(event, site_tree.en, title="Data Days (EN)")
    EventCoach.objects.filter(page=english, name="Thomas Le Gall").update(
        organisation="Ministry of the Interior"
    )
    cache.clear()
    with translation.override("en"):
        text = text_of(client.get(english.url))
    assert "Speakers" in text
    assert "Claire Morvan Facilitator · Dynergie" in text
    assert "Led by Thomas Le Gall (coach, Ministry of the Interior)" in text


def test_a_copied_event_shows_coaches_of_the_originals_sessions_for_the_whole_event(
    client, site_tree
):
    from wagtail.actions.copy_page import CopyPageAction

    from registrations.documents import session_coaches

    event = make_event(site_tree.programme, title="Data Days", sessions=1)
    original_session = EventSession.objects.get(event=event)
    coach(event, "Thomas Le Gall", "coach", "Ministère de l'Intérieur", session=original_session)
    event.save_revision().publish()
    copy = CopyPageAction(  # as the admin's copy view does, from the page as saved
        EventPage.objects.get(pk=event.pk),
        update_attrs={"title": "Data Days 2028", "slug": "data-days-2028"},
    ).execute()
    copy.sessions.add(EventSession(start=SOON, end=SOON + datetime.timedelta(hours=2)))
    copy.save_revision().publish()
    assert EventCoach.objects.get(page=copy).session_id == original_session.pk
    text = text_of(client.get(copy.url))
    intervenants = text[text.index("Intervenants") : text.index("Sessions et inscription")]
    assert "Thomas Le Gall Coach · Ministère de l'Intérieur" in intervenants
    copied_session = EventSession.objects.get(event=copy)
    assert session_coaches(copied_session, "fr") == [
        "Thomas Le Gall (Coach, Ministère de l'Intérieur)"
    ]


def test_coach_photo_needs_an_alternative_text_or_the_decorative_tick(site_tree):
    from django.core.exceptions import ValidationError
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Portrait", file=get_test_image_file())
    event = make_event(site_tree.programme)
    with pytest.raises(ValidationError) as refused:
        EventCoach(page=event, name="Claire", image=image).clean()
    assert "image_alt" in refused.value.message_dict
    EventCoach(page=event, name="Claire", image=image, image_decorative=True).clean()
    EventCoach(page=event, name="Claire", image=image, image_alt="Claire en atelier").clean()


@pytest.fixture
def invitation_only(site_tree):
    """An event whose only session is on invitation, and an event with one such session
    beside a public one."""
    hidden = make_event(site_tree.programme, title="Formation des coachs internes", publish=False)
    hidden.save_revision().publish()
    EventSession.objects.filter(event=hidden).update(invitation_only=True)
    mixed = make_event(site_tree.programme, title="Journée mixte", sessions=2)
    training = EventSession.objects.filter(event=mixed).order_by("start").first()
    training.title = "Session des coachs"
    training.invitation_only = True
    training.save()
    return hidden, mixed, training


def test_invitation_only_sessions_are_out_of_the_programme_feeds_and_event_page(
    client, site_tree, invitation_only
):
    hidden, mixed, training = invitation_only
    text = text_of(client.get(site_tree.programme.url))
    assert "Formation des coachs internes" not in text
    assert "Journée mixte" in text and "1 événement à venir" in text
    with translation.override("fr"):
        feed = client.get(reverse("registrations:programme_feed")).content.decode()
        event_feed = client.get(reverse("registrations:event_calendar", args=[mixed.pk]))
        one = client.get(reverse("registrations:session_calendar", args=[training.pk]))
    assert "Formation des coachs internes" not in feed
    assert feed.count("BEGIN:VEVENT") == 1
    assert event_feed.content.decode().count("BEGIN:VEVENT") == 1
    assert one.status_code == 404
    page = text_of(client.get(mixed.url))
    assert "Session des coachs" not in page
    # Its registration page exists only with the invitation link.
    with translation.override("fr"):
        assert client.get(reverse("registrations:register", args=[training.pk])).status_code == 404


def test_invitation_only_events_are_out_of_search_and_the_sitemap(
    client, site_tree, invitation_only, settings
):
    settings.TASKS = IMMEDIATE
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    hidden, mixed, _training = invitation_only
    with translation.override("fr"):
        found = text_of(client.get(reverse("search"), {"q": "formation coachs"}))
        also = text_of(client.get(reverse("search"), {"q": "journée mixte"}))
    assert "Formation des coachs internes" not in found
    assert "Journée mixte" in also
    sitemap = client.get("/sitemap.xml").content.decode()
    assert hidden.slug not in sitemap and mixed.slug in sitemap
