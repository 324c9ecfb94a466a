"""Site search: one language at a time, every searched page type, pagination, odd input."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from home.models import StandardPage
from tests.factories import (
    make_defi,
    make_event,
    make_format,
    make_lab,
    make_organisation,
    make_region,
    translate,
)

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
HIT_TITLE = re.compile(r'<h3 class="fr-h6 fr-mb-1w"><a href="[^"]*">([^<]*)</a></h3>')


@pytest.fixture(autouse=True)
def index_on_save(settings):
    """Index updates run as background tasks; here they run at once, as the worker would."""
    settings.TASKS = IMMEDIATE


def search_url(language, **params):
    with translation.override(language):
        url = reverse("search")
    return url, params


def search(client, language="fr", **params):
    url, params = search_url(language, **params)
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def hit_titles(response):
    return [unescape(title) for title in HIT_TITLE.findall(response.content.decode())]


@pytest.fixture
def bilingual_defi(site_tree):
    defi = make_defi(
        site_tree.defis,
        title="Mieux détecter les nids-de-poule",
        problem="<p>Les chaussées se dégradent et les signalements des usagers se perdent.</p>",
    )
    for page in (site_tree.home, site_tree.defis):
        translate(page, site_tree.en)
    english = translate(defi, site_tree.en)
    english.title = "Detecting potholes sooner"
    english.summary = "Roads and reports"
    english.problem = "<p>Roadways crumble and the reports sent by residents get lost.</p>"
    english.save_revision().publish()
    return defi, english


def test_finds_a_defi_by_a_word_of_its_problem_statement(client, bilingual_defi):
    response = search(client, q="chaussées")
    assert hit_titles(response) == ["Mieux détecter les nids-de-poule"]
    html = response.content.decode()
    assert "Défi" in html
    assert "1 résultat pour « chaussées »" in html


def test_search_stays_in_the_current_language(client, bilingual_defi):
    assert hit_titles(search(client, "fr", q="Roadways")) == []
    assert hit_titles(search(client, "en", q="Roadways")) == ["Detecting potholes sooner"]
    assert hit_titles(search(client, "en", q="chaussées")) == []
    english_hit = search(client, "en", q="Roadways").content.decode()
    assert 'href="/en/' in english_hit


def test_results_say_their_type_and_the_date_of_events(client, site_tree):
    make_event(site_tree.programme, title="Atelier innovation ouverte")
    site_tree.home.add_child(
        instance=StandardPage(title="Innovation ouverte : qui sommes-nous", slug="a-propos")
    ).save_revision().publish()
    make_defi(site_tree.defis, title="Plateforme d'innovation ouverte")
    response = search(client, q="innovation ouverte")
    html = unescape(response.content.decode())
    assert sorted(hit_titles(response)) == [
        "Atelier innovation ouverte",
        "Innovation ouverte : qui sommes-nous",
        "Plateforme d'innovation ouverte",
    ]
    for label in ("Événement", "Défi", "Page"):
        assert f'fr-badge--no-icon">{label}</p>' in html
    assert re.search(r"fr-icon-calendar-line[^>]*>\w+ \d+ \w+ \d{4}, \d+ h", html)


def test_unpublished_pages_are_not_found(client, site_tree):
    event = make_event(site_tree.programme, title="Atelier confidentiel")
    event.unpublish()
    assert hit_titles(search(client, q="confidentiel")) == []


def test_empty_query_and_no_result(client, site_tree):
    empty = search(client).content.decode()
    assert "Saisissez un ou plusieurs mots" in empty
    assert 'id="search-page-input" name="q" value=""' in empty
    none = search(client, q="introuvable").content.decode()
    assert "Aucun résultat pour « introuvable »" in none
    assert "Vérifiez l'orthographe" in unescape(none)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "(",
        "a OR",
        "NOT",
        "-",
        "'; DROP TABLE",
        "x" * 5000,
        "<script>alert(1)</script>",
        "日本",
    ],
)
def test_odd_queries_do_not_fail(client, site_tree, query):
    response = search(client, q=query)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_pagination_keeps_the_query_and_bad_pages_do_not_fail(client, site_tree):
    for i in range(13):
        make_defi(site_tree.defis, title=f"Défi cartographie {i:02d}")
    first = search(client, q="cartographie")
    html = first.content.decode()
    assert len(hit_titles(first)) == 10
    assert "13 résultats pour « cartographie » – page 1 sur 2" in html
    assert 'href="?q=cartographie&amp;page=2"' in html
    assert len(hit_titles(search(client, q="cartographie", page="2"))) == 3
    for page in ("abc", "999", "-1", "0"):
        assert hit_titles(search(client, q="cartographie", page=page))


# What people type: accents, plurals, prefixes, ranking, taxonomy, narrowing ------------


def test_accents_and_case_do_not_matter(client, site_tree):
    make_event(site_tree.programme, title="Atelier données ouvertes")
    make_defi(site_tree.defis, title="Événements de la ville")
    for query in ("donnees", "DONNÉES", "Données", "données ouvertes"):
        assert hit_titles(search(client, q=query)) == ["Atelier données ouvertes"], query
    for query in ("evenements", "ÉVÉNEMENTS"):
        assert hit_titles(search(client, q=query)) == ["Événements de la ville"], query


def test_plurals_and_beginnings_of_words_are_found(client, site_tree):
    make_event(site_tree.programme, title="Les ponts de la Loire")
    make_defi(site_tree.defis, title="Ouvrir les données publiques")
    assert hit_titles(search(client, q="pont")) == ["Les ponts de la Loire"]
    assert hit_titles(search(client, q="donnée")) == ["Ouvrir les données publiques"]
    assert hit_titles(search(client, q="publiq")) == ["Ouvrir les données publiques"]


def test_english_pages_are_searched_in_english(client, site_tree):
    event = make_event(site_tree.programme, title="Ateliers sur les ponts")
    translate(event, site_tree.en, title="Bridge workshops")
    assert hit_titles(search(client, "en", q="workshop")) == ["Bridge workshops"]
    assert hit_titles(search(client, "en", q="bridges")) == ["Bridge workshops"]


def test_a_title_match_comes_before_a_page_that_mentions_the_words(client, site_tree):
    legal = StandardPage(
        title="Mentions légales",
        slug="mentions-legales",
        introduction="Ce site présente les ateliers de données du programme, leurs données "
        "et les données des ateliers.",
    )
    site_tree.home.add_child(instance=legal).save_revision().publish()
    make_event(site_tree.programme, title="Atelier données")
    assert hit_titles(search(client, q="atelier données")) == [
        "Atelier données",
        "Mentions légales",
    ]


def test_regions_formats_and_organisers_are_searchable(client, site_tree):
    brittany = make_region("Bretagne", "bretagne")
    make_event(
        site_tree.programme,
        title="Atelier à Rennes",
        region=brittany,
        event_format=make_format("Hackathon", "hackathon"),
        organiser=make_organisation("Préfecture d'Ille-et-Vilaine", "prefecture-35"),
    )
    make_event(site_tree.programme, title="Webinaire national")
    make_lab(site_tree.labs, title="Lab Ouest", region=brittany)
    assert sorted(hit_titles(search(client, q="Bretagne"))) == ["Atelier à Rennes", "Lab Ouest"]
    assert hit_titles(search(client, q="hackathon")) == ["Atelier à Rennes"]
    assert hit_titles(search(client, q="prefecture ille")) == ["Atelier à Rennes"]


def test_results_narrow_by_type_and_by_upcoming_or_past_with_past_events_marked(client, site_tree):
    now = timezone.now()
    make_event(site_tree.programme, title="Cartographie à venir", start=now + timedelta(days=5))
    make_event(site_tree.programme, title="Cartographie passée", start=now - timedelta(days=400))
    make_defi(site_tree.defis, title="Défi cartographie")
    make_lab(site_tree.labs, title="Lab cartographie")
    assert len(hit_titles(search(client, q="cartographie"))) == 4
    assert hit_titles(search(client, q="cartographie", type="defis")) == ["Défi cartographie"]
    assert hit_titles(search(client, q="cartographie", type="laboratoires")) == ["Lab cartographie"]
    assert sorted(hit_titles(search(client, q="cartographie", type="evenements"))) == [
        "Cartographie passée",
        "Cartographie à venir",
    ]
    upcoming = search(client, q="cartographie", quand="a-venir")
    assert hit_titles(upcoming) == ["Cartographie à venir"]
    past = search(client, q="cartographie", quand="passes")
    assert hit_titles(past) == ["Cartographie passée"]
    html = unescape(past.content.decode())
    assert "Événement passé" in html
    assert "Événement passé" not in unescape(upcoming.content.decode())
    assert 'value="passes" selected' in html
    assert hit_titles(search(client, q="cartographie", type="x", quand="y"))  # ignored
