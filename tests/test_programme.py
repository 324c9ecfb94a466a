"""The programme page: filters, availability, archive, pagination and a constant query count."""

import datetime
import re
import zoneinfo
from html import unescape
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.filters import ProgrammeFilters
from events.models import EventPage, EventSession
from events.queries import programme_events
from home.queries import home_context
from tests.factories import (
    make_event,
    make_format,
    make_organisation,
    make_region,
    make_registrations,
    make_theme,
    translate,
)

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
CARD_TITLE = re.compile(r'<h3 class="fr-card__title">\s*<a href="[^"]*">([^<]*)</a>')


def card_titles(response):
    assert response.status_code == 200
    return [unescape(title) for title in CARD_TITLE.findall(response.content.decode())]


def get(client, target, **params):
    query = urlencode(params, doseq=True)
    return client.get(target.url + (f"?{query}" if query else ""))


def in_days(days, hour=14):
    moment = timezone.localtime(timezone.now(), PARIS) + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.fixture
def catalogue(site_tree):
    ux = make_theme("Expérience usager", "experience-usager")
    digital = make_theme("Numérique", "numerique")
    brittany = make_region("Bretagne", "bretagne")
    normandy = make_region("Normandie", "normandie")
    workshop = make_format("Atelier participatif", "atelier")
    webinar = make_format("Webinaire", "webinaire")
    ditp = make_organisation("DITP", "ditp", "state")
    council = make_organisation("Région Normandie", "region-normandie", "local")
    lab = make_organisation("Laboratoire Bretagne", "labo-bretagne", "lab")
    programme = site_tree.programme
    design = make_event(
        programme,
        title="Atelier design de services",
        start=in_days(3),
        themes=[ux],
        region=brittany,
        event_format=workshop,
        organiser=lab,
        mode="on_site",
    )
    data = make_event(
        programme,
        title="Webinaire données publiques",
        start=in_days(20),
        themes=[digital],
        region=normandy,
        event_format=webinar,
        organiser=council,
        mode="online",
    )
    meeting = make_event(
        programme,
        title="Rencontre hybride",
        start=in_days(40),
        themes=[ux, digital],
        event_format=workshop,
        organiser=ditp,
        mode="hybrid",
    )
    EventPage.objects.filter(id=meeting.id).update(
        summary="Les laboratoires territoriaux se retrouvent."
    )
    return SimpleNamespace(site=site_tree, design=design, data=data, meeting=meeting)


DESIGN, DATA, MEETING = (
    "Atelier design de services",
    "Webinaire données publiques",
    "Rencontre hybride",
)


def test_upcoming_events_are_listed_soonest_first_with_their_count(client, catalogue):
    response = get(client, catalogue.site.programme)
    assert card_titles(response) == [DESIGN, DATA, MEETING]
    assert "3 événements à venir" in response.content.decode()


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"theme": "experience-usager"}, [DESIGN, MEETING]),
        ({"theme": "numerique"}, [DATA, MEETING]),
        ({"theme": ["experience-usager", "numerique"]}, [DESIGN, DATA, MEETING]),
        ({"region": "bretagne"}, [DESIGN]),
        ({"format": "webinaire"}, [DATA]),
        ({"famille": "local"}, [DATA]),
        ({"famille": "lab"}, [DESIGN]),
        ({"organisation": "ditp"}, [MEETING]),
        ({"modalite": "sur-place"}, [DESIGN, MEETING]),
        ({"modalite": "en-ligne"}, [DATA, MEETING]),
        ({"q": "design"}, [DESIGN]),
        ({"q": "DONNÉES"}, [DATA]),
        ({"q": "Données Webinaire"}, [DATA]),
        ({"q": "territoriaux"}, [MEETING]),
    ],
)
def test_each_filter_narrows_the_list(client, catalogue, params, expected):
    assert card_titles(get(client, catalogue.site.programme, **params)) == expected


def test_date_range_keeps_events_with_a_session_inside_it(client, catalogue):
    programme = catalogue.site.programme
    after = in_days(10).date().isoformat()
    before = in_days(25).date().isoformat()
    assert card_titles(get(client, programme, date_debut=after)) == [DATA, MEETING]
    assert card_titles(get(client, programme, date_fin=before)) == [DESIGN, DATA]
    response = get(client, programme, date_debut=after, date_fin=before)
    assert card_titles(response) == [DATA]
    assert f'name="date_debut" value="{after}"' in response.content.decode()


def test_filters_combine(client, catalogue):
    programme = catalogue.site.programme
    assert card_titles(get(client, programme, theme="experience-usager", modalite="en-ligne")) == [
        MEETING
    ]
    assert card_titles(get(client, programme, theme="numerique", format="atelier")) == [MEETING]
    response = get(client, programme, region="bretagne", theme="numerique")
    assert card_titles(response) == []
    assert "Aucun événement ne correspond à ces filtres." in response.content.decode()


def test_chosen_filters_are_kept_in_the_form(client, catalogue):
    html = get(
        client, catalogue.site.programme, theme="numerique", region="normandie", places="1"
    ).content.decode()
    assert 'value="numerique" checked' in html
    assert 'value="experience-usager" checked' not in html
    assert '<option value="normandie" selected>' in html
    assert 'name="places" value="1" checked' in html
    assert '<button class="fr-btn" type="submit">Filtrer</button>' in html
    assert f'href="{catalogue.site.programme.url}">Réinitialiser</a>' in html


def test_this_week_and_this_month(site_tree):
    # A Wednesday: the week runs from Monday 11 to Sunday 17 November 2030.
    now = datetime.datetime(2030, 11, 13, 10, tzinfo=PARIS)
    programme = site_tree.programme
    make_event(programme, title="Jeudi", start=datetime.datetime(2030, 11, 14, 14, tzinfo=PARIS))
    make_event(
        programme, title="Dimanche soir", start=datetime.datetime(2030, 11, 17, 20, tzinfo=PARIS)
    )
    make_event(
        programme, title="Semaine suivante", start=datetime.datetime(2030, 11, 20, 9, tzinfo=PARIS)
    )
    make_event(programme, title="Décembre", start=datetime.datetime(2030, 12, 2, 9, tzinfo=PARIS))

    def titles(**params):
        filters = ProgrammeFilters.from_params(params)
        assert filters.messages == []
        return [e.title for e in programme_events(programme, filters, now=now)]

    assert titles(periode="semaine") == ["Jeudi", "Dimanche soir"]
    assert titles(periode="mois") == ["Jeudi", "Dimanche soir", "Semaine suivante"]
    assert titles() == ["Jeudi", "Dimanche soir", "Semaine suivante", "Décembre"]


def test_this_month_from_the_page_keeps_the_choice(client, catalogue):
    response = get(client, catalogue.site.programme, periode="mois")
    assert '<option value="mois" selected>' in response.content.decode()
    assert set(card_titles(response)) <= {DESIGN, DATA, MEETING}


@pytest.mark.parametrize(
    "params, message",
    [
        ({"region": "atlantide"}, "« atlantide » n'est pas reconnue"),
        ({"theme": "inconnue"}, "« inconnue » n'est pas reconnue"),
        ({"theme": "<script>alert(1)</script>"}, "n'est pas reconnue"),
        ({"format": "../../etc"}, "n'est pas reconnue"),
        ({"famille": "martiens"}, "« martiens » n'est pas reconnue"),
        ({"organisation": "x" * 5000}, "la valeur est trop longue"),
        ({"q": "design " * 2000}, "la valeur est trop longue"),
        ({"date_debut": "notadate"}, "« notadate » n'est pas une date"),
        ({"date_fin": "2021-02-31"}, "n'est pas une date"),
        ({"date_debut": "0001-01-01"}, "n'est pas une date"),
        ({"periode": "siecle"}, "« siecle » n'est pas reconnue"),
        ({"modalite": "teleportation"}, "n'est pas reconnue"),
        ({"places": "peut-etre"}, "n'est pas reconnue"),
        ({"region": ["bretagne", "normandie"]}, "une seule valeur est possible"),
    ],
)
def test_bad_values_are_ignored_and_explained(client, catalogue, params, message):
    response = get(client, catalogue.site.programme, **params)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="filter-messages"' in html
    assert message in html.replace("&#x27;", "'")
    assert "<script>alert(1)</script>" not in html
    expected = (
        [DESIGN] if params.get("region") == ["bretagne", "normandie"] else [DESIGN, DATA, MEETING]
    )
    assert card_titles(response) == expected


def test_bad_values_do_not_drop_good_ones(client, catalogue):
    response = get(
        client,
        catalogue.site.programme,
        region="atlantide",
        theme=["numerique", "inconnue"],
        date_debut="notadate",
    )
    assert card_titles(response) == [DATA, MEETING]


def test_end_date_before_start_date_is_explained(client, catalogue):
    response = get(client, catalogue.site.programme, date_debut="2030-12-01", date_fin="2030-11-01")
    assert "La date de fin précède la date de début" in response.content.decode()


@pytest.mark.parametrize("page", ["999", "abc", "-1", "0", "1.5", ""])
def test_bad_page_numbers_do_not_fail(client, catalogue, page):
    assert len(card_titles(get(client, catalogue.site.programme, page=page))) == 3


def test_pagination_keeps_the_filters(client, site_tree):
    theme = make_theme("Numérique", "numerique")
    start = in_days(5)
    for i in range(15):
        make_event(
            site_tree.programme,
            title=f"Webinaire {i:02d}",
            start=start + datetime.timedelta(hours=i),
            themes=[theme],
        )
    for i in range(3):
        make_event(site_tree.programme, title=f"Autre {i}", start=start)

    first = get(client, site_tree.programme, theme="numerique")
    html = first.content.decode()
    assert card_titles(first) == [f"Webinaire {i:02d}" for i in range(12)]
    assert "15 événements à venir – page 1 sur 2" in html
    assert 'href="?theme=numerique&amp;page=2"' in html

    second = get(client, site_tree.programme, theme="numerique", page="2")
    assert card_titles(second) == [f"Webinaire {i:02d}" for i in range(12, 15)]
    assert 'aria-current="page" title="Page 2"' in second.content.decode()


def test_past_events_go_to_the_archive(client, site_tree):
    make_event(site_tree.programme, title="Édition 2020", start=in_days(-400))
    make_event(site_tree.programme, title="Hier", start=in_days(-1))
    make_event(site_tree.programme, title="Demain", start=in_days(1))

    upcoming = get(client, site_tree.programme)
    assert card_titles(upcoming) == ["Demain"]
    assert 'href="?archive=1"' in upcoming.content.decode()
    assert "Archives (2)" in upcoming.content.decode()

    archive = get(client, site_tree.programme, archive="1")
    assert card_titles(archive) == ["Hier", "Édition 2020"]
    html = archive.content.decode()
    assert "2 événements passés" in html
    assert "Inscriptions closes" in html
    assert '<input type="hidden" name="archive" value="1">' in html


def _badge(response, title):
    """The availability badge of one card (the first badge after its title)."""
    html = response.content.decode()
    card = html[html.index(f">{title}</a>") :]
    return unescape(
        re.search(
            r'<ul class="fr-badges-group">\s*<li><p class="fr-badge[^"]*">([^<]*)</p>', card
        ).group(1)
    )


@pytest.fixture
def availability(site_tree):
    programme = site_tree.programme
    open_event = make_event(programme, title="Places libres", start=in_days(2), capacity=20)
    make_registrations(open_event.sessions.get(), 5)
    full = make_event(
        programme, title="Complet sans attente", start=in_days(3), capacity=2, waitlist=False
    )
    make_registrations(full.sessions.get(), 2)
    waiting = make_event(
        programme, title="Complet avec attente", start=in_days(4), capacity=1, waitlist=True
    )
    make_registrations(waiting.sessions.get(), 1)
    make_registrations(waiting.sessions.get(), 3, status="waitlisted")
    make_event(
        programme,
        title="Ailleurs",
        start=in_days(5),
        external_registration_url="https://www.example.fr/inscription",
    )
    closed = make_event(programme, title="Clos", start=in_days(6))
    EventSession.objects.filter(event=closed).update(
        registration_closes_at=timezone.now() - datetime.timedelta(hours=1)
    )
    # Cancelled rows never count.
    make_registrations(open_event.sessions.get(), 4, status="cancelled")
    return site_tree


def test_cards_say_how_many_places_are_left(client, availability):
    response = get(client, availability.programme)
    assert _badge(response, "Places libres") == "15 places restantes"
    assert _badge(response, "Complet sans attente") == "Complet"
    assert _badge(response, "Complet avec attente") == "Liste d'attente"
    assert _badge(response, "Ailleurs") == "Inscription externe"
    assert _badge(response, "Clos") == "Inscriptions closes"


def test_only_with_places_left_excludes_full_closed_and_external_events(client, availability):
    assert card_titles(get(client, availability.programme, places="1")) == ["Places libres"]


def test_english_event_shows_and_filters_on_the_french_sessions(client, site_tree):
    theme = make_theme("Expérience usager", "experience-usager")
    translate(theme, site_tree.en)
    full = make_event(
        site_tree.programme,
        title="Atelier complet",
        start=in_days(2),
        capacity=3,
        waitlist=False,
        themes=[theme],
    )
    make_registrations(full.sessions.get(), 3)
    roomy = make_event(
        site_tree.programme, title="Atelier ouvert", start=in_days(3), capacity=10, themes=[theme]
    )
    make_registrations(roomy.sessions.get(), 4)
    for page in (site_tree.home, site_tree.programme):
        translate(page, site_tree.en)
    translate(full, site_tree.en, title="Full workshop")
    translate(roomy, site_tree.en, title="Open workshop")
    english_programme = site_tree.programme.get_translation(site_tree.en)
    assert not EventSession.objects.filter(event__locale=site_tree.en).exists()

    response = get(client, english_programme)
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert card_titles(response) == ["Full workshop", "Open workshop"]
    assert 'href="/en/programme/' in html
    assert _badge(response, "Open workshop").startswith("6 ")
    assert re.search(r'fr-badge--error[^"]*">[^<]+</p>', html[html.index(">Full workshop</a>") :])

    assert card_titles(get(client, english_programme, places="1")) == ["Open workshop"]
    assert card_titles(get(client, english_programme, theme="experience-usager")) == [
        "Full workshop",
        "Open workshop",
    ]
    assert card_titles(get(client, english_programme, archive="1")) == []


def _programme_queries(client, target, **params):
    get(client, target, **params)  # Warm the caches (site root paths) first.
    with CaptureQueriesContext(connection) as queries:
        response = get(client, target, **params)
    assert response.status_code == 200
    return len(queries), len(card_titles(response))


def _varied_events(site_tree, count, offset=0):
    themes = [make_theme(f"Thème {offset + i}", f"theme-{offset + i}") for i in range(3)]
    region = make_region(f"Région {offset}", f"region-{offset}")
    event_format = make_format(f"Format {offset}", f"format-{offset}")
    organiser = make_organisation(f"Organisation {offset}", f"organisation-{offset}")
    for i in range(count):
        event = make_event(
            site_tree.programme,
            start=in_days(2 + i % 30),
            sessions=1 + i % 3,
            themes=themes[: 1 + i % 3],
            region=region,
            event_format=event_format,
            organiser=organiser,
            capacity=5,
        )
        if i % 4 == 0:
            make_registrations(event.sessions.first(), 2)


def test_programme_query_count_does_not_grow_with_the_number_of_events(client, site_tree):
    _varied_events(site_tree, 10)
    few, shown_few = _programme_queries(client, site_tree.programme)
    few_filtered, _ = _programme_queries(
        client, site_tree.programme, places="1", theme="theme-0", q="Événement"
    )
    _varied_events(site_tree, 90, offset=10)
    many, shown_many = _programme_queries(client, site_tree.programme)
    many_filtered, _ = _programme_queries(
        client, site_tree.programme, places="1", theme="theme-0", q="Événement"
    )
    assert (shown_few, shown_many) == (10, 12)
    assert few == many
    assert few_filtered == many_filtered


def test_english_programme_query_count_does_not_grow(client, site_tree):
    for page in (site_tree.home, site_tree.programme):
        translate(page, site_tree.en)
    english_programme = site_tree.programme.get_translation(site_tree.en)
    for i in range(2):
        translate(make_event(site_tree.programme, start=in_days(3 + i), sessions=2), site_tree.en)
    few, shown_few = _programme_queries(client, english_programme)
    for i in range(12):
        translate(make_event(site_tree.programme, start=in_days(5 + i), sessions=2), site_tree.en)
    many, shown_many = _programme_queries(client, english_programme)
    assert (shown_few, shown_many) == (2, 12)
    assert few == many


def test_home_lists_next_events_with_places_in_its_language(site_tree, availability):
    make_event(site_tree.programme, title="Passé", start=in_days(-3))
    for i in range(8):
        make_event(site_tree.programme, title=f"Bientôt {i}", start=in_days(10 + i))
    context = home_context(site_tree.home)
    events = context["upcoming_events"]
    assert [e.title for e in events] == ["Places libres"] + [f"Bientôt {i}" for i in range(5)]
    assert events[0].places_left == 15
    assert events[0].next_session is not None
    assert context["featured_pages"] == []


def test_home_query_count_does_not_grow(site_tree):
    _varied_events(site_tree, 3)
    with CaptureQueriesContext(connection) as few:
        assert len(home_context(site_tree.home)["upcoming_events"]) == 3
    _varied_events(site_tree, 10, offset=3)
    with CaptureQueriesContext(connection) as many:
        assert len(home_context(site_tree.home)["upcoming_events"]) == 6
    assert len(few) == len(many)


def test_cards_with_images_keep_the_query_count_constant(client, site_tree, settings, tmp_path):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = tmp_path

    def events_with_images(count):
        for i in range(count):
            image = Image.objects.create(
                title=f"Photo {i}", file=get_test_image_file(f"photo-{i}.png")
            )
            make_event(
                site_tree.programme, start=in_days(3 + i), image=image, image_decorative=True
            )

    events_with_images(3)
    few, shown_few = _programme_queries(client, site_tree.programme)
    events_with_images(12)
    many, shown_many = _programme_queries(client, site_tree.programme)
    assert (shown_few, shown_many) == (3, 12)
    assert few == many
    html = get(client, site_tree.programme).content.decode()
    assert html.count('<div class="fr-card__img"><picture>') == 12


def test_filter_choices_are_the_items_in_use_in_alphabetical_order(client, catalogue):
    idf = make_region("Île-de-France", "ile-de-france")
    make_region("Corse", "corse")
    make_event(catalogue.site.programme, title="À Paris", start=in_days(8), region=idf)
    html = get(client, catalogue.site.programme).content.decode()
    select = html[html.index('name="region"') :]
    select = select[: select.index("</select>")]
    assert re.findall(r'<option value="([^"]+)"', select) == [
        "bretagne",
        "ile-de-france",
        "normandie",
    ]


def test_invitation_sessions_kept_from_a_deleted_page_hide_no_event(client, site_tree):
    gone = make_event(site_tree.programme, title="Formation supprimée")
    EventSession.objects.filter(event=gone).update(invitation_only=True)
    make_registrations(EventSession.objects.get(event=gone), 1)
    EventPage.objects.get(pk=gone.pk).delete()
    assert EventSession.objects.filter(event__isnull=True).exists()  # kept, with its people
    make_event(site_tree.programme, title="Atelier maintenu")
    assert card_titles(get(client, site_tree.programme)) == ["Atelier maintenu"]


def test_an_event_whose_sessions_are_all_on_invitation_is_left_out_in_both_languages(
    client, site_tree
):
    hidden = make_event(site_tree.programme, title="Formation interne", sessions=2)
    EventSession.objects.filter(event=hidden).update(invitation_only=True)
    make_event(site_tree.programme, title="Atelier ouvert")
    english = translate(hidden, site_tree.en, title="Internal training")
    assert card_titles(get(client, site_tree.programme)) == ["Atelier ouvert"]
    assert "Internal training" not in get(client, english.get_parent()).content.decode()
    session = EventSession.objects.filter(event=hidden).first()
    session.invitation_only = False
    session.save()
    assert card_titles(get(client, site_tree.programme)) == ["Formation interne", "Atelier ouvert"]
