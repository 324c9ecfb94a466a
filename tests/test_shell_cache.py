"""The cached page shell: few queries on a warm page, and every editor's change shown at once.

The limits are those of issue 13 (standard page 6, event page 12, programme 14, whatever
the number of events and sessions); the benchmark measures them on large sizes. They are
those of a page rendered: the whole-page cache (``tests/test_page_cache.py``) is off here.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import querydict_from_html

from home.models import StandardPage
from shell.models import AccessibilityStatus, MenuLocation, SiteIdentity
from tests.factories import (
    make_event,
    make_menu,
    make_region,
    make_standard_page,
    make_theme,
    translate,
)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def warm_queries(client, url):
    """SQL queries of a request made after two others (the shell's cache is warm)."""
    get(client, url)
    get(client, url)
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


def header_nav(html):
    start = html.index('id="navigation-principale"')
    return html[start : html.index("</nav>", start)]


def footer(html):
    return html[html.index('<footer class="fr-footer"') :]


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("dominique", "dominique@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def about(site_tree):
    page = make_standard_page(site_tree.home, title="À propos", slug="a-propos")
    page.show_in_menus = True
    page.save_revision().publish()
    return page


# Queries of a warm page --------------------------------------------------------------------


@override_settings(PAGE_CACHE=False)
def test_warm_standard_page_makes_at_most_6_queries_in_each_language(client, site_tree, about):
    make_menu(site_tree.fr, MenuLocation.FOOTER, [("Presse", "https://presse.example.fr")])
    about_en = translate(about, site_tree.en, title="About us")
    assert warm_queries(client, about.url) <= 6
    assert warm_queries(client, about_en.url) <= 8  # routing from the French root: 2 more
    html = get(client, about.url)
    assert "Presse" in footer(html) and ">À propos</a>" in header_nav(html)


@override_settings(PAGE_CACHE=False)
def test_warm_event_page_queries_stay_at_most_12_from_1_to_6_sessions(
    client, site_tree, django_assert_max_num_queries
):
    theme = make_theme()
    region = make_region()
    counts = []
    for sessions in (1, 6):
        event = make_event(site_tree.programme, sessions=sessions, themes=[theme], region=region)
        counts.append(warm_queries(client, event.url))
    assert counts[0] == counts[1] <= 12
    with django_assert_max_num_queries(12):
        get(client, event.url)


@override_settings(PAGE_CACHE=False)
@pytest.mark.parametrize("query", ["", "?theme=experience-usager&region=bretagne"])
def test_warm_programme_queries_stay_at_most_14_from_2_to_8_events(
    client, site_tree, query, django_assert_max_num_queries
):
    theme = make_theme()
    region = make_region()
    url = site_tree.programme.url + query
    counts = []
    for _ in range(2):
        for _n in range(counts and 6 or 2):
            make_event(site_tree.programme, sessions=2, themes=[theme], region=region)
        counts.append(warm_queries(client, url))
    assert counts[0] == counts[1] <= 14
    with django_assert_max_num_queries(14):
        html = get(client, url)
    assert "8 événements à venir" in html


# What an editor changes shows at once --------------------------------------------------------


def test_a_page_published_in_the_menus_appears_in_the_warm_header(client, site_tree, about):
    assert "Nos partenaires" not in header_nav(get(client, about.url))
    partners = StandardPage(title="Nos partenaires", slug="partenaires", show_in_menus=True)
    site_tree.home.add_child(instance=partners)
    partners.save_revision().publish()
    assert ">Nos partenaires</a>" in header_nav(get(client, about.url))


def test_a_title_published_in_the_admin_replaces_the_old_one_in_menu_and_breadcrumbs(
    admin_client, site_tree, about
):
    child = make_standard_page(about, title="Équipe", slug="equipe")
    html = get(admin_client, child.url)
    assert ">À propos</a>" in header_nav(html)
    edit = admin_client.get(f"/admin/pages/{about.pk}/edit/")
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    data["body-count"] = data.get("body-count", "0")
    data["title"] = "Qui sommes-nous"
    data["show_in_menus"] = "on"
    data["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/{about.pk}/edit/", data)
    assert response.status_code == 302
    html = get(admin_client, child.url)
    assert ">Qui sommes-nous</a>" in header_nav(html)
    breadcrumb = html[
        html.index('class="fr-breadcrumb"') : html.index(
            "</nav>", html.index('class="fr-breadcrumb"')
        )
    ]
    assert "Qui sommes-nous" in breadcrumb and "À propos" not in html


def test_a_page_unpublished_in_the_admin_leaves_the_warm_header(admin_client, site_tree, about):
    assert ">À propos</a>" in header_nav(get(admin_client, site_tree.home.url))
    response = admin_client.post(f"/admin/pages/{about.pk}/unpublish/", {})
    assert response.status_code == 302
    assert "À propos" not in header_nav(get(admin_client, site_tree.home.url))


def test_a_deleted_page_leaves_the_warm_header(client, site_tree, about):
    assert ">À propos</a>" in header_nav(get(client, site_tree.home.url))
    StandardPage.objects.get(pk=about.pk).delete()
    assert "À propos" not in header_nav(get(client, site_tree.home.url))


def test_a_moved_page_gets_its_new_breadcrumbs(client, site_tree, about):
    page = make_standard_page(site_tree.home, title="Contact", slug="contact")
    url = page.url
    assert "À propos" not in get(client, url).split('class="fr-breadcrumb"')[1][:600]
    page.move(about, pos="last-child")
    page.refresh_from_db()
    breadcrumb = get(client, page.url).split('class="fr-breadcrumb"')[1][:600]
    assert "À propos" in breadcrumb


def test_a_saved_menu_replaces_the_warm_header(client, site_tree, about):
    assert ">À propos</a>" in header_nav(get(client, site_tree.home.url))
    menu = make_menu(site_tree.fr, MenuLocation.HEADER, [("Le programme", site_tree.programme)])
    nav = header_nav(get(client, site_tree.home.url))
    assert ">Le programme</a>" in nav and "À propos" not in nav
    menu.links = [("link", {"label": "Agenda", "page": site_tree.programme, "url": ""})]
    menu.save()
    nav = header_nav(get(client, site_tree.home.url))
    assert ">Agenda</a>" in nav and "Le programme" not in nav
    menu.delete()
    assert ">À propos</a>" in header_nav(get(client, site_tree.home.url))


def test_a_saved_setting_changes_the_warm_footer(client, site_tree):
    assert "Accessibilité : partiellement conforme" in footer(get(client, site_tree.home.url))
    identity = SiteIdentity.load()
    identity.accessibility_status = AccessibilityStatus.FULL
    identity.save()
    assert "Accessibilité : totalement conforme" in footer(get(client, site_tree.home.url))


def test_a_published_translation_joins_the_warm_language_switcher(client, site_tree, about):
    html = get(client, about.url)
    assert 'hreflang="en"' not in html[: html.index("</head>")]
    about_en = translate(about, site_tree.en, title="About us")
    html = get(client, about.url)
    assert f'hreflang="en" href="http://testserver{about_en.url}"' in html


def test_a_private_section_leaves_the_warm_header(client, site_tree, about):
    assert ">À propos</a>" in header_nav(get(client, site_tree.home.url))
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert "À propos" not in header_nav(get(client, site_tree.home.url))


def test_a_page_copied_live_appears_in_the_warm_header(client, site_tree, about):
    assert "(copie)" not in header_nav(get(client, site_tree.home.url))
    about.copy(update_attrs={"title": "À propos (copie)", "slug": "a-propos-copie"}, keep_live=True)
    assert ">À propos (copie)</a>" in header_nav(get(client, site_tree.home.url))


def theme_choice(html, slug):
    """The label of the theme filter's box for ``slug`` (None if not offered)."""
    found = re.search(rf'<label class="fr-label" for="filter-theme-{slug}">([^<]*)</label>', html)
    return found and found.group(1).strip()


def option(html, slug):
    """The text of the filter choice whose value is ``slug`` (None if not offered)."""
    found = re.search(rf'<option value="{slug}"[^>]*>([^<]*)</option>', html)
    return found and found.group(1).strip()


def test_the_programme_filter_choices_follow_snippets_and_published_events(client, site_tree):
    theme = make_theme()
    make_event(site_tree.programme, themes=[theme])
    url = site_tree.programme.url
    warm_queries(client, url)
    assert theme_choice(get(client, url), theme.slug) == theme.name
    theme.name = "Sobriété numérique"
    theme.save()
    assert theme_choice(get(client, url), theme.slug) == "Sobriété numérique"
    region = make_region()
    assert option(get(client, url), region.slug) is None
    make_event(site_tree.programme, themes=[theme], region=region)
    assert option(get(client, url), region.slug) == region.name
