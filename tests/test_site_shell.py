"""The site shell: DSFR header and footer, languages, hreflang, menus, breadcrumbs, error pages."""

import re

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from common.cache import invalidate
from shell.models import AccessibilityStatus, MenuLocation, SiteIdentity
from shell.views import server_error
from tests.factories import make_event, make_lab, make_menu, make_standard_page, translate


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def switcher(html):
    start = html.index('<div class="fr-translate fr-nav">')
    return html[start : html.index("</ul>", start)]


def switcher_link(html, code):
    match = re.search(
        rf'<a class="fr-translate__language[^>]*hreflang="{code}"[^>]*>[^<]*</a>', switcher(html)
    )
    assert match, f"no {code} entry in the language switcher"
    return match.group(0)


def href(tag):
    return re.search(r'href="([^"]*)"', tag).group(1)


def alternates(html):
    head = html[: html.index("</head>")]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


@pytest.fixture
def bilingual(site_tree):
    """An event in French with its English translation, and a French-only lab."""
    tree = site_tree
    tree.event = make_event(tree.programme, title="Atelier design de services")
    tree.event_en = translate(tree.event, tree.en, title="Service design workshop")
    tree.home_en = tree.home.get_translation(tree.en)
    tree.lab = make_lab(tree.labs, title="Labo Breizh")
    return tree


def test_header_has_brand_site_name_search_and_skip_links(client, site_tree):
    html = get(client, site_tree.home.url)
    assert '<html lang="fr">' in html
    header = html[html.index('<header role="banner"') : html.index("</header>")]
    assert '<p class="fr-logo" lang="fr">République<br>Française</p>' in header
    assert '<p class="fr-header__service-title">Mois de l\'innovation publique</p>' in header
    assert 'class="fr-header__service-tagline"' in header
    search = re.search(
        r'<form class="fr-search-bar"[^>]*role="search"[^>]*action="([^"]+)"', header
    )
    assert search and search.group(1) == "/fr/recherche/"
    assert '<label class="fr-label" for="recherche-entete-champ">' in header
    assert 'id="recherche-entete-champ" name="q"' in header
    skiplinks = html[html.index('<div class="fr-skiplinks">') : html.index("</nav>")]
    for target in ("#contenu", "#navigation-principale", "#pied-de-page"):
        assert f'href="{target}"' in skiplinks
        assert f'id="{target[1:]}"' in html
    assert html.index('class="fr-skiplinks"') < html.index("<header")


def test_dsfr_assets_come_from_the_local_static_files(client, site_tree):
    html = get(client, site_tree.home.url)
    head = html[: html.index("</head>")]
    assert "/static/dsfr/dist/dsfr/dsfr.min.css" in head or "/static/dsfr/dist/dsfr.min.css" in head
    assert "dsfr.module.min.js" in html
    assert not re.search(r'(src|href)="https?://[^"]*\.(css|js)"', html)


def test_footer_has_brand_licence_and_mandatory_links(client, site_tree):
    make_standard_page(site_tree.home, title="Mentions légales", slug="mentions-legales")
    accessibility = make_standard_page(site_tree.home, title="Accessibilité", slug="accessibilite")
    html = get(client, site_tree.home.url)
    footer = html[html.index('<footer class="fr-footer"') : html.index("</footer>")]
    assert "République<br>Française" in footer
    assert "licence etalab-2.0" in footer
    assert 'href="https://www.info.gouv.fr/">info.gouv.fr</a>' in footer
    assert 'href="https://github.com/etalab/licence-ouverte/blob/master/LO.md"' in footer
    bottom = footer[footer.index("fr-footer__bottom-list") :]
    assert (
        f'<a class="fr-footer__bottom-link" href="{accessibility.url}">Accessibilité : partiellement conforme</a>'
        in bottom
    )
    assert "Mentions légales</a>" in bottom


def test_accessibility_status_follows_the_site_setting(client, site_tree):
    identity = SiteIdentity.load()
    identity.accessibility_status = AccessibilityStatus.NOT
    identity.save()
    html = get(client, site_tree.home.url)
    assert "Accessibilité : non conforme" in html


def test_french_page_is_french_and_switches_to_its_english_translation(client, bilingual):
    html = get(client, bilingual.event.url)
    assert '<html lang="fr">' in html
    english = switcher_link(html, "en")
    assert href(english) == bilingual.event_en.url
    assert 'lang="en"' in english and "English" in english
    assert 'aria-current="true"' in switcher_link(html, "fr")


def test_english_translation_is_served_in_english_and_switches_back(client, bilingual):
    assert bilingual.event_en.url.startswith("/en/")
    html = get(client, bilingual.event_en.url)
    assert '<html lang="en">' in html
    assert "Service design workshop" in html
    french = switcher_link(html, "fr")
    assert href(french) == bilingual.event.url
    assert 'lang="fr"' in french and "Français" in french


def test_untranslated_page_says_so_and_offers_the_other_home(client, bilingual):
    html = get(client, bilingual.lab.url)
    english = switcher_link(html, "en")
    assert href(english) == bilingual.home_en.url
    assert "Page not translated – go to the English home page" in english
    assert 'lang="en"' in english


def test_hreflang_alternates_list_every_live_translation(client, bilingual):
    expected = {
        "fr": f"http://testserver{bilingual.event.url}",
        "en": f"http://testserver{bilingual.event_en.url}",
        "x-default": f"http://testserver{bilingual.event.url}",
    }
    assert alternates(get(client, bilingual.event.url)) == expected
    assert alternates(get(client, bilingual.event_en.url)) == expected
    assert alternates(get(client, bilingual.lab.url)) == {
        "fr": f"http://testserver{bilingual.lab.url}",
        "x-default": f"http://testserver{bilingual.lab.url}",
    }


def test_unpublished_translation_is_neither_linked_nor_announced(client, bilingual):
    bilingual.event_en.unpublish()
    html = get(client, bilingual.event.url)
    assert "en" not in alternates(html)
    assert href(switcher_link(html, "en")) == bilingual.home_en.url


def test_views_outside_the_page_tree_switch_to_the_same_address(client, bilingual):
    html = get(client, "/fr/recherche/?q=atelier")
    assert '<html lang="fr">' in html
    assert href(switcher_link(html, "en")) == "/en/recherche/?q=atelier"
    assert alternates(html)["en"] == "http://testserver/en/recherche/"
    html = get(client, "/en/recherche/?q=workshop")
    assert '<html lang="en">' in html
    assert href(switcher_link(html, "fr")) == "/fr/recherche/?q=workshop"


def test_breadcrumbs_lead_from_home_to_the_page_but_not_on_home(client, bilingual):
    html = get(client, bilingual.event.url)
    crumbs = html[html.index('<nav role="navigation" class="fr-breadcrumb"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]
    links = re.findall(
        r'<a class="fr-breadcrumb__link"(?: href="([^"]*)")?( aria-current="page")?>([^<]*)</a>',
        crumbs,
    )
    assert links == [
        (bilingual.home.url, "", "Accueil"),
        (bilingual.programme.url, "", "Programme"),
        ("", ' aria-current="page"', "Atelier design de services"),
    ]
    english = get(client, bilingual.event_en.url)
    assert f'href="{bilingual.home_en.url}"' in english[english.index("fr-breadcrumb") :]
    assert "fr-breadcrumb" not in get(client, bilingual.home.url)


def test_header_menu_comes_from_the_menu_of_the_current_language(client, bilingual):
    make_menu(
        bilingual.fr,
        MenuLocation.HEADER,
        [("Le programme", bilingual.programme), ("Blog", "https://blog.example.fr")],
    )
    programme_en = bilingual.programme.get_translation(bilingual.en)
    make_menu(bilingual.en, MenuLocation.HEADER, [("The programme", programme_en)])
    html = get(client, bilingual.event.url)
    nav = html[
        html.index('id="navigation-principale"') : html.index(
            "</nav>", html.index('id="navigation-principale"')
        )
    ]
    assert (
        f'href="{bilingual.programme.url}" target="_self" aria-current="true">Le programme</a>'
        in nav
    )
    assert 'href="https://blog.example.fr" target="_self">Blog</a>' in nav
    assert "The programme" not in nav
    html = get(client, bilingual.event_en.url)
    nav = html[
        html.index('id="navigation-principale"') : html.index(
            "</nav>", html.index('id="navigation-principale"')
        )
    ]
    assert f'href="{programme_en.url}" target="_self" aria-current="true">The programme</a>' in nav
    assert "Le programme" not in nav


def test_header_menu_falls_back_to_the_home_pages_menu_children(client, site_tree):
    site_tree.programme.show_in_menus = True
    site_tree.programme.save_revision().publish()
    html = get(client, site_tree.programme.url)
    nav = html[html.index('id="navigation-principale"') :]
    nav = nav[: nav.index("</nav>")]
    assert (
        f'href="{site_tree.programme.url}" target="_self" aria-current="page">Programme</a>' in nav
    )
    assert "Laboratoires" not in nav  # not shown in menus


def test_footer_menus_come_from_the_menus_of_the_current_language(client, bilingual):
    legal = make_standard_page(bilingual.home, title="Mentions légales", slug="mentions-legales")
    accessibility = make_standard_page(bilingual.home, title="Accessibilité", slug="accessibilite")
    make_menu(bilingual.fr, MenuLocation.FOOTER, [("Presse", "https://presse.example.fr")])
    make_menu(
        bilingual.fr,
        MenuLocation.FOOTER_BOTTOM,
        [("Mentions", legal), ("Accessibilité", accessibility)],
    )
    html = get(client, bilingual.home.url)
    footer = html[html.index("<footer") :]
    assert 'title="Presse – nouvelle fenêtre" href="https://presse.example.fr">Presse</a>' in footer
    assert "www.info.gouv.fr" not in footer  # the menu replaces the default links
    assert f'<a class="fr-footer__bottom-link" href="{legal.url}">Mentions</a>' in footer
    assert (
        f'<a class="fr-footer__bottom-link" href="{accessibility.url}">Accessibilité : partiellement conforme</a>'
        in footer
    )
    english = get(client, bilingual.home_en.url)
    assert "presse.example.fr" not in english


def test_menu_query_count_does_not_grow_with_links(client, site_tree):
    pages = [make_standard_page(site_tree.home, title=f"Page {i}") for i in range(8)]
    menu = make_menu(site_tree.fr, MenuLocation.HEADER, [(p.title, p) for p in pages[:2]])
    client.get(site_tree.home.url)  # warm caches shared by every request (content types, site)
    invalidate()  # the shell's cache is cold for both: the menu is read and counted
    with CaptureQueriesContext(connection) as two:
        get(client, site_tree.home.url)
    menu.delete()
    make_menu(site_tree.fr, MenuLocation.HEADER, [(p.title, p) for p in pages])
    invalidate()
    with CaptureQueriesContext(connection) as eight:
        html = get(client, site_tree.home.url)
    assert "Page 7</a>" in html
    assert len(eight) == len(two)


def test_standard_page_site_map_shows_only_its_language(client, bilingual):
    sitemap = make_standard_page(
        bilingual.home, title="Plan du site", slug="plan-du-site", show_sitemap=True
    )
    html = get(client, sitemap.url)
    tree = html[html.index("Toutes les pages du site") :]
    assert f'href="{bilingual.event.url}"' in tree
    assert bilingual.event_en.url not in tree


def test_404_is_a_dsfr_error_page_in_each_language(client, bilingual):
    html = get(client, "/fr/cette-page-n-existe-pas/", status=404)
    assert '<html lang="fr">' in html
    assert "<h1>Page non trouvée</h1>" in html
    assert "Erreur 404" in html
    assert '<header role="banner" class="fr-header">' in html and "fr-footer" in html
    assert href(switcher_link(html, "en")) == bilingual.home_en.url
    assert 'rel="alternate"' not in html
    html = get(client, "/en/this-page-does-not-exist/", status=404)
    assert '<html lang="en">' in html
    assert "<h1>Page not found</h1>" in html
    assert "Error 404" in html
    assert href(switcher_link(html, "fr")) == bilingual.home.url


def test_500_page_renders_without_the_database(site_tree, django_assert_num_queries):
    request = RequestFactory().get("/en/")
    with translation.override("en"), django_assert_num_queries(0):
        response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="en">' in html
    assert "Error 500" in html
    assert "République<br>Française" in html
    with translation.override("fr"), django_assert_num_queries(0):
        html = server_error(RequestFactory().get("/fr/")).content.decode()
    assert '<html lang="fr">' in html and "Erreur inattendue" in html


def test_content_in_the_other_language_is_marked(client, bilingual):
    from home.models import HomeFeaturedPage

    bilingual.home_en.featured_pages.add(HomeFeaturedPage(page=bilingual.lab))
    bilingual.home_en.save_revision().publish()
    html = get(client, bilingual.home_en.url)
    card = re.search(
        r'<div class="fr-card fr-enlarge-link"([^>]*)>\s*<div class="fr-card__body">\s*<div class="fr-card__content">\s*<h3 class="fr-card__title"><a href="[^"]+">Labo Breizh',
        html,
    )
    assert card and 'lang="fr"' in card.group(1)


def test_form_sent_without_its_csrf_cookie_gets_a_dsfr_page_that_says_what_to_do(bilingual):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/fr/recherche/", {"q": "x"})
    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="fr">' in html and "<h1>Votre session a expiré</h1>" in html
    assert "Rien n&#x27;a été enregistré" in html and "<style" not in html
    response = browser.post("/en/recherche/", {"q": "x"})
    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="en">' in html and "<h1>Your session has expired</h1>" in html


def test_home_page_title_names_the_site_once(client, site_tree):
    home = site_tree.home
    home.title = "Mois de l'innovation publique"
    home.save_revision().publish()
    html = get(client, "/fr/")
    assert re.search(r"<title>Mois de l(&#x27;|')innovation publique</title>", html)
    home.title = "Accueil"
    home.save_revision().publish()
    html = get(client, "/fr/")
    assert re.search(r"<title>Accueil – Mois de l(&#x27;|')innovation publique</title>", html)


def test_the_switcher_keeps_the_programmes_filters_archive_and_page(client, bilingual):
    programme_en = bilingual.programme.get_translation(bilingual.en)
    query = "?q=design&theme=experience-usager&archive=1&page=2"
    html = get(client, bilingual.programme.url + query)
    assert href(switcher_link(html, "en")) == (
        programme_en.url + "?q=design&amp;theme=experience-usager&amp;archive=1&amp;page=2"
    )
    # The hreflang alternates name the page itself, never a filtered view of it.
    assert alternates(html)["en"] == f"http://testserver{programme_en.url}"


def test_the_switcher_to_an_untranslated_page_drops_the_query(client, bilingual):
    html = get(client, bilingual.lab.url + "?x=1")
    assert href(switcher_link(html, "en")) == bilingual.home_en.url


def test_under_debug_a_missing_page_shows_the_sites_404_page(client, site_tree, settings):
    settings.DEBUG = True
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page non trouvée" in html and '<html lang="fr">' in html
    assert "URLconf" not in html

    settings.DEBUG_TECHNICAL_404 = True
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page non trouvée" not in response.content.decode()
