"""Every page type as a visitor and as an editor meets it: rendering, admin creation, preview."""

import datetime
import re

import pytest
from django.apps import apps
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from defis.models import DefiIndexPage, DefiPage, DefiRelatedEvent, DefiRelatedLab, DefiTeamMember
from events.models import EventIndexPage, EventPage, EventSession, SeriesPage
from home.models import HomeFeaturedPage, HomePage, StandardPage
from labs.models import LabIndexPage, LabPage
from tests.factories import (
    make_defi,
    make_event,
    make_format,
    make_lab,
    make_organisation,
    make_region,
    make_registrations,
    make_standard_page,
    make_theme,
)


def html_of(client, page_or_url, **params):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_shell(html):
    assert '<header role="banner" class="fr-header">' in html
    assert '<footer class="fr-footer" role="contentinfo"' in html
    assert "République<br>Française" in html
    assert '<main id="contenu"' in html


@pytest.fixture
def full_site(site_tree):
    """One page of every type, with the links between them that the templates show."""
    tree = site_tree
    tree.region = make_region("Bretagne", "bretagne")
    tree.lab = make_lab(
        tree.labs,
        title="Labo Breizh",
        region=tree.region,
        address="1 rue de la Mairie\n35000 Rennes",
        contact_email="contact@labo.example.fr",
        website="https://labo.example.fr",
    )
    tree.event = make_event(
        tree.programme,
        title="Atelier design de services",
        host_lab=tree.lab,
        event_format=make_format("Atelier participatif", "atelier"),
        organiser=make_organisation("DITP", "ditp"),
        themes=[make_theme("Expérience usager", "experience-usager")],
        audience="Agents publics",
        venue_name="Hôtel de région",
        venue_address="283 avenue du Général Patton, Rennes",
    )
    tree.defi = make_defi(
        tree.defis,
        title="Géocommuns",
        problem="<p>Les données géographiques sont dispersées.</p>",
        host_name="Institut national de l'information géographique et forestière",
        is_open_source=True,
        is_accessible=True,
    )
    tree.defi.team_members.add(
        DefiTeamMember(name="Camille Martin", role="Développeuse", locale=tree.fr)
    )
    tree.defi.related_labs.add(DefiRelatedLab(lab=tree.lab))
    tree.defi.related_events.add(DefiRelatedEvent(event=tree.event))
    tree.defi.save_revision().publish()
    tree.standard = make_standard_page(
        tree.home, title="À propos", introduction="Qui sommes-nous ?"
    )
    tree.home.featured_pages.add(HomeFeaturedPage(page=tree.lab))
    tree.home.featured_pages.add(HomeFeaturedPage(page=tree.defi))
    tree.home.hero_title = "Innover ensemble"
    tree.home.save_revision().publish()
    return tree


def test_every_page_type_renders_in_the_dsfr_shell(client, full_site):
    pages = [
        full_site.home,
        full_site.standard,
        full_site.labs,
        full_site.lab,
        full_site.defis,
        full_site.defi,
        full_site.programme,
        full_site.event,
    ]
    for page in pages:
        html = html_of(client, page)
        assert_shell(html)
        assert page.title in html
        assert re.search(r"<h1[^>]*>", html), page


def test_home_page_shows_hero_next_events_and_featured_pages(client, full_site):
    html = html_of(client, full_site.home)
    assert "<h1>Innover ensemble</h1>" in html
    assert "Prochains événements" in html
    assert "Atelier design de services" in html
    assert "20 places restantes" in html
    assert "Labo Breizh" in html and "Géocommuns" in html
    assert html.index("Labo Breizh") < html.index("Géocommuns")  # editor's order
    assert f'href="{full_site.programme.url}"' in html


def test_home_page_without_events_says_so(client, site_tree):
    html = html_of(client, site_tree.home)
    assert "Aucun événement à venir avec des places disponibles pour le moment." in html


def test_lab_index_groups_labs_by_region(client, full_site):
    make_lab(full_site.labs, title="Labo Occitan", region=make_region("Occitanie", "occitanie"))
    html = html_of(client, full_site.labs)
    assert re.search(r'<h2 id="region-\d+">Bretagne</h2>', html)
    assert re.search(r'<h2 id="region-\d+">Occitanie</h2>', html)
    assert html.index("Bretagne</h2>") < html.index("Labo Breizh") < html.index("Occitanie</h2>")
    assert html.index("Occitanie</h2>") < html.index("Labo Occitan")


def test_lab_page_shows_contact_and_its_upcoming_and_past_events(client, full_site):
    past_start = timezone.now() - datetime.timedelta(days=30)
    make_event(full_site.programme, title="Visite passée", start=past_start, host_lab=full_site.lab)
    html = html_of(client, full_site.lab)
    assert "Bretagne" in html
    assert "1 rue de la Mairie<br>35000 Rennes" in html
    assert 'href="mailto:contact@labo.example.fr"' in html
    assert 'href="https://labo.example.fr"' in html
    upcoming = html.index("Événements à venir")
    past = html.index("Événements passés")
    assert upcoming < html.index("Atelier design de services") < past < html.index("Visite passée")


def test_defi_page_shows_the_three_sections_team_values_and_links(client, full_site):
    html = html_of(client, full_site.defi)
    for heading in (
        "La problématique identifiée",
        "Les besoins confirmés",
        "Le concept expérimenté",
    ):
        assert f"<h2>{heading}</h2>" in html
    assert "Les données géographiques sont dispersées." in html
    assert "Entrepreneurs d&#x27;intérêt général" in html and "Promotion 6" in html
    assert "Institut national de l&#x27;information géographique et forestière" in html
    assert "Camille Martin" in html and "Développeuse" in html
    assert '<p class="fr-tag">Logiciel libre</p>' in html
    assert '<p class="fr-tag">Accessibilité</p>' in html
    assert '<p class="fr-tag">Données ouvertes</p>' not in html
    assert f'href="{full_site.lab.url}"' in html
    assert f'href="{full_site.event.url}"' in html


def test_defi_index_filters_by_promotion(client, full_site):
    make_defi(full_site.defis, title="Champollion", promotion="Promotion 5")
    html = html_of(client, full_site.defis)
    assert "2 défis" in html and "Champollion" in html and "Géocommuns" in html
    html = html_of(client, full_site.defis, promotion="Promotion 5")
    assert "1 défi" in html and "Champollion" in html and "Géocommuns" not in html
    html = html_of(client, full_site.defis, promotion="inconnue")
    assert "2 défis" in html


def test_standard_page_site_map_lists_the_live_pages_of_its_language(
    client, full_site, django_assert_max_num_queries
):
    sitemap = make_standard_page(
        full_site.home, title="Plan du site", slug="plan-du-site", show_sitemap=True
    )
    draft = StandardPage(title="Brouillon caché", slug="brouillon")
    full_site.home.add_child(instance=draft)
    draft.unpublish()
    html = html_of(client, sitemap)
    tree = html[html.index("Toutes les pages du site") :]
    for page in (
        full_site.home,
        full_site.programme,
        full_site.event,
        full_site.lab,
        full_site.defi,
    ):
        assert f'href="{page.url}"' in tree
    assert "Brouillon caché" not in tree
    # the programme's event is nested inside the programme's list item
    assert re.search(r'Programme</a>\s*<ul>\s*<li><a href="[^"]+">Atelier design de services', tree)


def event_html(client, event):
    return html_of(client, EventPage.objects.get(pk=event.pk))


def test_event_page_shows_details(client, full_site):
    html = event_html(client, full_site.event)
    assert "Résumé de Atelier design de services" in html
    assert '<p class="fr-tag">Expérience usager</p>' in html
    assert "Atelier participatif" in html
    assert "DITP" in html
    assert "Agents publics" in html
    assert "Hôtel de région" in html
    assert f'href="{full_site.lab.url}">Labo Breizh</a>' in html
    assert "Français" in html  # event language


def test_online_event_says_so_instead_of_a_venue(client, site_tree):
    event = make_event(site_tree.programme, title="Webinaire", mode="online")
    html = event_html(client, event)
    assert re.search(r"<dt[^>]*>Lieu</dt>\s*<dd[^>]*>\s*En ligne", html)


@pytest.mark.parametrize(
    "setup, expected",
    [
        (lambda s: None, "20 places restantes"),
        (lambda s: make_registrations(s, 20), "Liste d'attente : personne avant vous"),
        (
            lambda s: (
                EventSession.objects.filter(pk=s.pk).update(waitlist_enabled=False),
                make_registrations(s, 20),
            ),
            "Complet",
        ),
        (
            lambda s: EventSession.objects.filter(pk=s.pk).update(is_cancelled=True),
            "Session annulée",
        ),
        (
            lambda s: EventSession.objects.filter(pk=s.pk).update(
                registration_closes_at=timezone.now() - datetime.timedelta(hours=1)
            ),
            "Inscriptions closes",
        ),
        (
            lambda s: EventSession.objects.filter(pk=s.pk).update(
                registration_opens_at=timezone.now() + datetime.timedelta(days=2)
            ),
            "Inscriptions ouvertes à partir du",
        ),
    ],
    ids=["places", "waitlist", "full", "cancelled", "closed", "not-open"],
)
def test_event_page_shows_each_session_state(client, site_tree, setup, expected):
    event = make_event(site_tree.programme, title="Atelier")
    session = EventSession.objects.get(event=event)
    setup(session)
    html = event_html(client, event)
    assert expected in html
    assert f'id="session-{session.pk}-title"' in html
    registrable = expected in ("20 places restantes", "Liste d'attente : personne avant vous")
    assert ('action="/fr/inscriptions/session/' in html) is registrable


def test_event_with_external_registration_links_out_without_forms(client, site_tree):
    event = make_event(
        site_tree.programme,
        title="Hackathon",
        external_registration_url="https://inscriptions.example.org/hack",
    )
    html = event_html(client, event)
    assert 'href="https://inscriptions.example.org/hack"' in html
    assert "S'inscrire sur le site de l'organisateur" in html
    assert "<form" not in html.split('id="sessions"')[1].split("</section>")[0]


def test_event_with_many_sessions_links_each_to_its_registration_page(client, site_tree):
    few = make_event(site_tree.programme, title="Trois sessions", sessions=3)
    html = event_html(client, few)
    assert html.count('action="/fr/inscriptions/session/') == 3

    many = make_event(site_tree.programme, title="Dix sessions", sessions=10, capacity=1)
    full = EventSession.objects.filter(event=many).order_by("start").first()
    make_registrations(full, 1)
    html = event_html(client, many)
    assert "<form" not in html.split('id="sessions"')[1].split("</section>")[0]
    links = re.findall(
        r'<a class="fr-btn" href="/fr/inscriptions/session/(\d+)/">([^<]+)<span class="fr-sr-only"> – ([^<]+)</span>',
        html,
    )
    assert [int(pk) for pk, _label, _when in links] == list(
        EventSession.objects.filter(event=many).order_by("start").values_list("pk", flat=True)
    )
    assert links[0][1] == "Rejoindre la liste d'attente" and links[1][1] == "S'inscrire"
    assert len({when for _pk, _label, when in links}) == 10
    page = client.get(f"/fr/inscriptions/session/{links[1][0]}/")
    assert page.status_code == 200 and "<form" in page.content.decode()


# --- Admin: where each page type can be created, and previews ---------------------------------

ALLOWED = [
    ("home", "standardpage", "home"),
    ("home", "standardpage", "standard"),
    ("labs", "labpage", "labs"),
    ("defis", "defipage", "defis"),
    ("events", "eventpage", "programme"),
]
FORBIDDEN = [
    ("labs", "labpage", "home"),
    ("labs", "labpage", "programme"),
    ("defis", "defipage", "labs"),
    ("events", "eventpage", "home"),
    ("home", "standardpage", "labs"),
    ("home", "homepage", "home"),
    ("labs", "labindexpage", "standard"),
]


@pytest.mark.parametrize("app, model, parent", ALLOWED)
def test_editor_can_create_page_type_under_its_allowed_parent(
    admin_client, full_site, app, model, parent
):
    parent_page = getattr(full_site, parent)
    response = admin_client.get(f"/admin/pages/add/{app}/{model}/{parent_page.pk}/")
    assert response.status_code == 200
    assert 'id="page-edit-form"' in response.content.decode()


def test_index_pages_can_be_created_under_a_new_home(admin_client, full_site):
    second_home = full_site.home.get_parent().add_child(
        instance=HomePage(title="Autre site", slug="autre-site", locale=full_site.fr)
    )
    for app, model in [
        ("labs", "labindexpage"),
        ("defis", "defiindexpage"),
        ("events", "eventindexpage"),
    ]:
        response = admin_client.get(f"/admin/pages/add/{app}/{model}/{second_home.pk}/")
        assert response.status_code == 200, model


@pytest.mark.parametrize("app, model, parent", FORBIDDEN)
def test_editor_cannot_create_page_type_under_a_wrong_parent(
    admin_client, full_site, app, model, parent
):
    parent_page = getattr(full_site, parent)
    response = admin_client.get(f"/admin/pages/add/{app}/{model}/{parent_page.pk}/")
    assert response.status_code != 200


def test_only_sensible_children_are_offered(full_site):
    assert LabIndexPage.allowed_subpage_models() == [LabPage]
    assert DefiIndexPage.allowed_subpage_models() == [DefiPage]
    # A series lives in the programme, beside its events (events.series).
    assert EventIndexPage.allowed_subpage_models() == [EventPage, SeriesPage]
    assert StandardPage.allowed_subpage_models() == [StandardPage]
    for leaf in (LabPage, DefiPage, EventPage, SeriesPage):
        assert leaf.allowed_subpage_models() == []
    sections = {StandardPage, LabIndexPage, DefiIndexPage, EventIndexPage}
    assert sections <= set(HomePage.allowed_subpage_models())
    assert HomePage not in HomePage.allowed_subpage_models()


def test_home_offers_only_the_section_pages():
    sections = {StandardPage, LabIndexPage, DefiIndexPage, EventIndexPage}
    assert set(HomePage.allowed_subpage_models()) == sections


def preview(admin_client, page, **changes):
    """The admin's preview of ``page`` with ``changes`` made in its edit form."""
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    # StreamField editors are drawn by JavaScript: send them empty.
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data[f"{field.name}-count"] = "0"
    for name, value in changes.items():
        data[name] = value
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    response = admin_client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}
    response = admin_client.get(preview_url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    "attribute", ["home", "standard", "labs", "lab", "defis", "defi", "programme", "event"]
)
def test_admin_preview_renders_every_page_type(admin_client, full_site, attribute):
    page = getattr(full_site, attribute)
    html = preview(admin_client, page, title=f"{page.title} (aperçu)")
    assert f"{page.title} (aperçu)" in html
    assert_shell(html)


def test_the_preview_of_an_event_shows_the_format_being_chosen(admin_client, full_site, client):
    page = full_site.event
    other = make_format("Conférence inversée", "conference-inversee")
    html = preview(admin_client, page, event_format=str(other.pk))
    assert "Conférence inversée" in html and "Atelier participatif" not in html
    live = client.get(page.url).content.decode()
    assert "Atelier participatif" in live and "Conférence inversée" not in live


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # caches shared by every request (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("kind", ["labs", "defis", "sitemap"])
def test_listing_pages_cost_the_same_queries_for_2_and_8_items(client, site_tree, kind):
    region = make_region("Bretagne", "bretagne")
    sitemap = make_standard_page(
        site_tree.home, title="Plan du site", slug="plan-du-site", show_sitemap=True
    )
    url = {"labs": site_tree.labs.url, "defis": site_tree.defis.url, "sitemap": sitemap.url}[kind]

    def add(start, n):
        for i in range(start, start + n):
            if kind == "defis":
                make_defi(
                    site_tree.defis,
                    title=f"Défi {i}",
                    host_organisation=make_organisation(f"Org {i}", f"org-{i}"),
                )
            else:
                make_lab(site_tree.labs, title=f"Labo {i}", region=region)

    add(0, 2)
    few = count_queries(client, url)
    add(2, 6)
    many = count_queries(client, url)
    assert many == few


@pytest.mark.parametrize("app, model, parent", ALLOWED)
def test_admin_preview_of_a_page_being_created(admin_client, full_site, app, model, parent):
    parent_page = getattr(full_site, parent)
    add_url = f"/admin/pages/add/{app}/{model}/{parent_page.pk}/"
    data = querydict_from_html(admin_client.get(add_url).content.decode(), form_id="page-edit-form")
    model_class = apps.get_model(app, model)
    for field in model_class._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            data[f"{field.name}-count"] = "0"
    data.update(
        {
            "title": "Nouvelle page en aperçu",
            "slug": "nouvelle-page",
            "summary": "Résumé",
            "programme": "Entrepreneurs d'intérêt général",
            "promotion": "Promotion 7",
            "problem": '{"blocks":[{"key":"a","text":"Problème","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "needs": '{"blocks":[{"key":"a","text":"Besoins","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "concept": '{"blocks":[{"key":"a","text":"Concept","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        }
    )
    response = admin_client.post(add_url + "preview/", data)
    assert response.json() == {"is_valid": True, "is_available": True}
    response = admin_client.get(add_url + "preview/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nouvelle page en aperçu" in html
    assert_shell(html)


def test_inline_panels_name_one_item_in_their_add_buttons(admin_client, full_site):
    defi = admin_client.get(
        f"/admin/pages/add/defis/defipage/{full_site.defis.pk}/"
    ).content.decode()
    home = admin_client.get(f"/admin/pages/{full_site.home.pk}/edit/").content.decode()
    event = admin_client.get(
        f"/admin/pages/add/events/eventpage/{full_site.programme.pk}/"
    ).content.decode()
    for html, label in [
        (defi, "membre de l&#x27;équipe"),
        (defi, "laboratoire"),
        (defi, "événement"),
        (home, "page à la une"),
        (event, "session"),
        (event, "thématique"),
    ]:
        assert re.search(rf"Ajouter un\(e\) {label}\s*<", html), label
