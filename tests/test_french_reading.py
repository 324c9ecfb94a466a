"""What French readers type and expect: accents aside in the keyword filter, French order."""

import re
from html import unescape

import pytest

from common.text import french_sort_key, matches_words
from events.models import EventPage
from tests.factories import make_defi, make_event, make_lab, make_region

CARD_TITLE = re.compile(r'<h3 class="fr-card__title">\s*<a href="[^"]*">([^<]*)</a>')


def titles(response):
    assert response.status_code == 200
    return [unescape(title) for title in CARD_TITLE.findall(response.content.decode())]


@pytest.fixture
def keyword_events(site_tree):
    programme = site_tree.programme
    data = make_event(programme, title="Ouverture des DONNÉES publiques")
    make_event(programme, title="Un événement sur les données")
    heart = make_event(programme, title="Atelier du cœur de métier")
    EventPage.objects.filter(pk=heart.pk).update(summary="Pour une Économie circulaire")
    make_event(programme, title="Fresque du climat")
    return programme, data


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("donnees", {"Ouverture des DONNÉES publiques", "Un événement sur les données"}),
        ("DONNÉES", {"Ouverture des DONNÉES publiques", "Un événement sur les données"}),
        ("evenement", {"Un événement sur les données"}),
        ("Événement données", {"Un événement sur les données"}),
        ("coeur", {"Atelier du cœur de métier"}),
        ("economie", {"Atelier du cœur de métier"}),
        ("evenement climat", set()),
    ],
)
def test_the_keyword_filter_ignores_accents_and_case(client, keyword_events, typed, expected):
    programme, _data = keyword_events
    response = client.get(programme.url, {"q": typed})
    assert set(titles(response)) == expected
    count = len(expected)
    if count:
        assert f"{count} événement" in response.content.decode()


def test_the_keyword_filter_keeps_the_other_filters_and_the_archive_count(client, keyword_events):
    programme, _data = keyword_events
    response = client.get(programme.url, {"q": "donnees", "modalite": "en-ligne"})
    assert titles(response) == []
    response = client.get(programme.url, {"q": "donnees", "archive": "1"})
    assert "À venir (2)" in response.content.decode()


def test_french_order_puts_accented_capitals_among_their_letter():
    names = ["TwinCity", "État bas carbone", "Écosphère(s)", "Ecole", "Occitanie"]
    names += ["Île-de-France", "Hauts-de-France", "Normandie", "œuvre"]
    assert sorted(names, key=french_sort_key) == [
        "Ecole",
        "Écosphère(s)",
        "État bas carbone",
        "Hauts-de-France",
        "Île-de-France",
        "Normandie",
        "Occitanie",
        "œuvre",
        "TwinCity",
    ]
    assert matches_words(["oeuvre", "ETAT"], "Une Œuvre", "de l'État")
    assert not matches_words(["oeuvre", "region"], "Une Œuvre", "de l'État")


def test_the_defis_index_sorts_titles_in_french_order(client, site_tree):
    for title in ["TwinCity", "État bas carbone", "Écosphère(s)", "Archipel"]:
        make_defi(site_tree.defis, title=title)
    assert titles(client.get(site_tree.defis.url)) == [
        "Archipel",
        "Écosphère(s)",
        "État bas carbone",
        "TwinCity",
    ]


def test_the_labs_index_sorts_regions_in_french_order(client, site_tree):
    regions = {
        name: make_region(name, slug)
        for name, slug in [
            ("Bretagne", "bretagne"),
            ("Île-de-France", "ile-de-france"),
            ("Occitanie", "occitanie"),
        ]
    }
    make_lab(site_tree.labs, title="Lab sans région")
    make_lab(site_tree.labs, title="Lab occitan", region=regions["Occitanie"])
    make_lab(site_tree.labs, title="Lab francilien", region=regions["Île-de-France"])
    make_lab(site_tree.labs, title="Lab breton", region=regions["Bretagne"])
    page = client.get(site_tree.labs.url).content.decode()
    headings = re.findall(r'<h2 id="region-\d+">([^<]*)</h2>', page)
    assert [unescape(h) for h in headings] == [
        "Bretagne",
        "Île-de-France",
        "Occitanie",
        "Autres laboratoires",
    ]
