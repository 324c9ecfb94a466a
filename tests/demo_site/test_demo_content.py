"""The demo loader: real content in both languages, idempotent, sessions filled through the rules.

The demo site is loaded once for the package (``conftest.py``).
"""

import datetime
import io
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from common.typography import french
from defis.models import DefiPage, DefiTeamMember
from demo.data import defis as data_defis
from demo.data import events_2020 as data_events_2020
from demo.data import events_2021 as data_events_2021
from demo.data import ideas as data_ideas
from demo.data import labs as data_labs
from demo.data import series as data_series
from demo.loader import DemoLoader, edition_shift
from events.models import EventPage, EventSession, SeriesPage
from home.models import HomePage, StandardPage
from labs.models import LabPage
from registrations.models import Registration
from shell.models import NavigationMenu, SiteIdentity
from taxonomy.models import EventFormat, Organisation, Region, Theme

SNIPPETS = (Theme, Region, EventFormat, Organisation, NavigationMenu)


@pytest.fixture
def fr(demo, db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def en(demo, db):
    return Locale.objects.get(language_code="en")


def counts():
    return {
        "pages": Page.objects.count(),
        "sessions": EventSession.objects.count(),
        "registrations": Registration.objects.count(),
        "team": DefiTeamMember.objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": Site.objects.count(),
        "images": Image.objects.count(),
        **{model.__name__: model.objects.count() for model in SNIPPETS},
    }


def test_second_run_creates_nothing(demo, db):
    before = counts()
    again = DemoLoader().run()
    assert counts() == before
    assert not again.created
    assert again.registrations == 0


def test_if_empty_does_nothing_once_a_home_page_exists(demo, db):
    before = counts()
    out = io.StringIO()
    call_command("load_demo_content", "--if-empty", stdout=out)
    assert "rien à charger" in out.getvalue()
    assert counts() == before


def test_programme_labs_and_defis_of_the_source_documents(fr):
    # The proposals waiting in the workflow are drafts of their own (below).
    events = EventPage.objects.filter(locale=fr, proposals__isnull=True)
    editions = len(data_events_2020.EVENTS) + len(data_events_2021.EVENTS)
    workshops = len(data_ideas.WORKSHOPS)
    assert events.count() == editions + len(data_series.EVENTS) + workshops and editions >= 40
    assert events.filter(title="Journée des labs").exists()
    assert set(DefiPage.objects.filter(locale=fr).values_list("title", flat=True)) == {
        d["fr"]["title"] for d in data_defis.DEFIS + data_ideas.CALLS
    }
    assert len(data_defis.DEFIS) == 13
    labs = set(LabPage.objects.filter(locale=fr, kind="lab").values_list("title", flat=True))
    assert labs == {lab["fr"]["title"] for lab in data_labs.LABS}
    # The eight labs of 2021 (two in PACA) and the four launched at the end of 2021.
    for title in [
        "Ti-Lab",
        "Siilab",
        "La Fabrique RH",
        "LaBase",
        "Le LabO",
        "InSo Lab",
        "Lab Zéro",
        "Etat'LIN",
        "Lab @RCHIPEL",
        "Innov'Mandie",
        "Lab'EST",
        "Lab'L",
    ]:
        assert title in labs
    assert LabPage.objects.filter(locale=fr, kind="lab", region__isnull=True).count() == 0
    # The seed names no region for la Fabrique à Idées: none is invented.
    assert LabPage.objects.get(locale=fr, kind="place").title == "La Fabrique à Idées"


def published_pages(fr):
    """The French pages of the demo's content, without the proposals waiting for review
    (drafts with no English version yet: the team translates what it approves)."""
    waiting = EventPage.objects.filter(proposals__isnull=False).values("pk")
    return Page.objects.filter(locale=fr, depth__gte=2).exclude(pk__in=waiting)


def test_every_french_page_and_snippet_has_a_live_written_english_translation(fr, en):
    french_pages = published_pages(fr).specific()
    assert french_pages.count() > 100
    for page in french_pages:
        english = page.get_translation_or_none(en)
        assert english is not None, page
        assert english.live, english
    for page in StandardPage.objects.filter(locale=fr):
        english = page.get_translation(en)
        assert english.title != page.title
        assert english.body.raw_data != page.body.raw_data or not page.body
    for model in SNIPPETS:
        for item in model.objects.filter(locale=fr):
            assert item.get_translation_or_none(en) is not None, item
    assert (
        Theme.objects.get(locale=en, slug="experience-usager").name
        == "Innovation for the user experience"
    )


def test_english_versions_are_wagtail_localize_translations_with_every_string_translated(fr, en):
    sources = TranslationSource.objects.filter(locale=fr)
    pages_and_snippets = published_pages(fr).count() + sum(
        model.objects.filter(locale=fr).count() for model in SNIPPETS
    )
    assert sources.count() == pages_and_snippets
    assert (
        Translation.objects.filter(source__in=sources, target_locale=en, enabled=True).count()
        == sources.count()
    )
    untranslated = StringSegment.objects.filter(source__in=sources).exclude(
        string__translations__locale=en
    )
    assert not untranslated.exists()
    assert not StringTranslation.objects.filter(has_error=True).exists()


def test_english_events_have_no_sessions_of_their_own_and_render_the_french_ones(fr, en, client):
    assert not EventSession.objects.filter(event__locale=en).exists()
    event = EventPage.objects.get(locale=fr, slug="fabriquer-un-capteur-environnemental")
    english = event.get_translation(en)
    assert english.host_lab == event.host_lab.get_translation(en)
    assert english.first_start == event.first_start
    assert [s.id for s in english.sessions_for_display()] == list(
        event.sessions.values_list("id", flat=True)
    )

    response = client.get(english.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert english.url.startswith("/en/programme/")
    assert "Come and build an environmental sensor" in html
    assert 'lang="en"' in html


def test_every_page_type_renders_in_both_languages(en, client):
    for model in (HomePage, StandardPage, LabPage, DefiPage, EventPage):
        for page in model.objects.live().order_by("locale_id", "path")[:2]:
            assert client.get(page.url).status_code == 200, page.url
    for english_index in Page.objects.filter(locale=en, depth=3).specific():
        assert client.get(english_index.url).status_code == 200, english_index.url


def test_every_lab_defi_and_event_has_its_own_drawn_picture_in_both_languages(fr, en, client):
    pages = [
        *LabPage.objects.filter(locale=fr),
        *DefiPage.objects.filter(locale=fr),
        *EventPage.objects.filter(locale=fr, proposals__isnull=True),
    ]
    assert len({page.image_id for page in pages}) == len(pages)
    for page in pages:
        assert page.image.file.name.endswith(".png") and page.image_decorative, page
        assert page.get_translation(en).specific.image_id == page.image_id
    lab = LabPage.objects.filter(locale=en).first()
    html = client.get(lab.url).content.decode()
    assert re.search(r'<picture>\s*<source type="image/webp"', html)
    assert re.search(r'<img [^>]*alt=""', html)


def test_a_page_loaded_before_pictures_existed_gets_one_on_the_next_run(fr, en):
    event = EventPage.objects.filter(locale=fr).first()
    image_id = event.image_id
    EventPage.objects.filter(translation_key=event.translation_key).update(
        image=None, image_decorative=False
    )
    DemoLoader().run()
    for page in EventPage.objects.filter(translation_key=event.translation_key):
        assert (page.image_id, page.image_decorative) == (image_id, True)


def test_home_page_is_the_site_root_and_replaces_the_welcome_page(fr, en, client):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale == fr
    assert not Page.objects.filter(depth=2).exclude(content_type__model="homepage").exists()
    assert client.get("/fr/").status_code == 200
    assert client.get("/en/").status_code == 200
    assert site.root_page.get_translation(en).url == "/en/"


def test_defi_has_its_team_with_roles_in_both_languages(fr, en, client):
    defi = DefiPage.objects.get(locale=fr, slug="champollion")
    assert [(m.name, m.role) for m in defi.team_members.all()] == [
        ("Léo Guillaume", "Data engineer"),
        ("Margot Cosson", "Data scientist"),
        ("Sara Bourdon", "Développeuse"),
    ]
    assert defi.host_organisation.slug == "sg-ministeres-sociaux"
    assert defi.promotion == "Promotion 6"
    english = defi.get_translation(en)
    assert [m.role for m in english.team_members.all()] == [
        "Data engineer",
        "Data scientist",
        "Developer",
    ]
    assert english.host_organisation.locale == en
    assert "Labour inspectors" in english.problem
    html = client.get(english.url).content.decode()
    assert "Sara Bourdon" in html


def test_2020_keeps_its_dates_and_2021_is_replayed_on_the_same_weekdays(fr):
    webinar = EventPage.objects.get(locale=fr, slug="reussir-son-programme-d-intrapreneuriat")
    session = webinar.sessions.get()
    assert session.local_start == datetime.datetime(2020, 11, 5, 9, 0, tzinfo=session.tzinfo)
    assert webinar.external_registration_url.startswith("https://app.livestorm.co/")

    labs_day = EventPage.objects.get(locale=fr, slug="journee-des-labs").sessions.get()
    start = labs_day.local_start
    assert start.weekday() == datetime.date(2021, 11, 4).weekday()
    assert (start.month, start.hour, start.minute) == (11, 9, 0)
    assert labs_day.local_end.hour == 17
    assert start.date() > datetime.date.today()
    assert (start.date() - datetime.date(2021, 11, 4)).days % 7 == 0


@pytest.mark.parametrize(
    "today, first_day",
    [
        (datetime.date(2026, 11, 23), datetime.date(2027, 11, 2)),
        (datetime.date(2027, 3, 1), datetime.date(2027, 11, 2)),
        (datetime.date(2026, 10, 31), datetime.date(2026, 11, 3)),
        (datetime.date(2026, 12, 31), datetime.date(2027, 11, 2)),
    ],
)
def test_edition_shift_moves_by_whole_weeks_to_the_next_november(today, first_day):
    assert datetime.date(2021, 11, 2) + edition_shift(today) == first_day
    assert edition_shift(today).days % 7 == 0


def test_sessions_are_filled_through_the_registration_rules(fr):
    labs_day = EventPage.objects.get(locale=fr, slug="journee-des-labs").sessions.get()
    registrations = Registration.objects.filter(session=labs_day)
    assert registrations.filter(status="confirmed").count() == labs_day.capacity
    assert sorted(
        registrations.filter(status="waitlisted").values_list("waitlist_position", flat=True)
    ) == [1, 2, 3, 4, 5, 6]

    cerfa = EventPage.objects.get(
        locale=fr, slug="atelier-de-co-creation-du-kit-cerfa"
    ).sessions.get()
    assert not cerfa.waitlist_enabled
    assert Registration.objects.filter(session=cerfa, status="confirmed").count() == cerfa.capacity

    sensor = EventPage.objects.get(
        locale=fr, slug="fabriquer-un-capteur-environnemental"
    ).sessions.get()
    assert (
        Registration.objects.filter(session=sensor, status="confirmed").count()
        == sensor.capacity - 1
    )

    emails = Registration.objects.values_list("email", flat=True)
    assert emails and all(email.endswith("@example.org") for email in emails)
    # Events that register elsewhere get nobody here.
    assert not Registration.objects.exclude(session__event__external_registration_url="").exists()


def test_menus_link_each_language_to_its_own_pages(fr, en):
    bottom = NavigationMenu.objects.get(locale=fr, location="footer_bottom")
    labels = [block.value["label"] for block in bottom.links]
    assert labels == [
        "Plan du site",
        "Accessibilité : partiellement conforme",
        "Mentions légales",
        "Données personnelles",
        "Gestion des cookies",
    ]
    english = NavigationMenu.objects.get(locale=en, location="footer_bottom")
    assert english.translation_key == bottom.translation_key
    assert [block.value["label"] for block in english.links][
        1
    ] == "Accessibility: partially compliant"
    assert {block.value["page"].locale for block in english.links} == {en}
    header = NavigationMenu.objects.get(locale=en, location="header")
    assert [block.value["page"].slug for block in header.links] == [
        "programme",
        "labs",
        "challenges",
        "about",
    ]
    assert SiteIdentity.load().accessibility_status == "partial"


def test_legal_pages_say_what_the_law_requires(fr, client):
    accessibility = StandardPage.objects.get(locale=fr, slug="accessibilite")
    html = client.get(accessibility.url).content.decode()
    text = re.sub(r"\s+", " ", unescape(html))
    for required in [
        "partiellement conforme",
        "2005-102",
        "État de conformité",
        "Contenus non accessibles",
        "Établissement de cette déclaration",
        "Retour d'information et contact",
        "Voies de recours",
        "Défenseur des droits",
    ]:
        assert required in text, required
    privacy = StandardPage.objects.get(locale=fr, slug="donnees-personnelles")
    text = unescape(client.get(privacy.url).content.decode())
    assert "12 mois après la date de la session" in text
    assert StandardPage.objects.get(locale=fr, slug="plan-du-site").show_sitemap


def test_demo_accounts_can_log_in_to_the_admin(demo, db, client):
    passwords = {username: password for username, password, _role in demo.credentials}
    editor = get_user_model().objects.get(username="editeur")
    assert not editor.is_superuser
    assert set(editor.groups.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert client.login(username="editeur", password=passwords["editeur"])
    assert client.get("/admin/").status_code == 200
    assert get_user_model().objects.get(username="admin").is_superuser

    # Lab staff follow registrations and check people in, and edit no page.
    client.logout()
    assert client.login(username="labo", password=passwords["labo"])
    assert "Inscriptions" in client.get("/admin/").content.decode()
    assert client.get("/admin/inscriptions/").status_code == 200
    confirmed = EventSession.objects.filter(registrations__status="confirmed").distinct()
    own = confirmed.filter(event__organiser__slug="ti-lab").first()
    other = confirmed.exclude(event__organiser__slug="ti-lab").first()
    assert client.get(f"/admin/inscriptions/session/{own.pk}/pointage/").status_code == 200
    # Another lab's session is not found (through the locale middleware's redirect to /fr/).
    other_url = f"/admin/inscriptions/session/{other.pk}/pointage/"
    assert client.get(other_url, follow=True).status_code == 404
    home = HomePage.objects.first()
    # Wagtail refuses the editor by sending back to the dashboard (the editor itself is a 200).
    refused = client.get(f"/admin/pages/{home.pk}/edit/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")


def test_the_demo_has_two_labs_staff_and_an_editor_who_sees_nobody(demo, db, client):
    """``labo`` follows the Ti-Lab, ``labo-rh`` La Fabrique RH, which hosts an event the
    DGAFP organises; the communication editor edits pages and sees no registrant."""
    passwords = {username: password for username, password, _role in demo.credentials}
    assert {"admin", "editeur", "labo", "labo-rh"} <= set(passwords)
    hosted = EventSession.objects.filter(
        event__host_lab__slug="la-fabrique-rh", event__organiser__slug="dgafp"
    ).first()
    ti_lab = EventSession.objects.filter(event__host_lab__slug="ti-lab").first()
    assert hosted is not None and ti_lab is not None
    assert client.login(username="labo-rh", password=passwords["labo-rh"])
    index = client.get("/admin/inscriptions/").content.decode()
    assert "Vous suivez les inscriptions des événements de : La Fabrique RH." in index
    assert client.get(f"/admin/inscriptions/session/{hosted.pk}/").status_code == 200
    refused = client.get(f"/admin/inscriptions/session/{ti_lab.pk}/", follow=True)
    assert refused.status_code == 404
    client.logout()
    assert client.login(username="editeur", password=passwords["editeur"])
    assert "/admin/inscriptions/" not in client.get("/admin/").content.decode()
    refused = client.get(f"/admin/inscriptions/session/{hosted.pk}/")
    assert refused.status_code == 302 and "Bernard" not in refused.content.decode()


def test_the_editors_workflow_is_named_in_french(demo, db, admin_client):
    from wagtail.models import Task, Workflow

    assert Workflow.objects.filter(name="Relecture éditoriale", active=True).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()
    event = EventPage.objects.filter(locale__language_code="fr").first()
    html = admin_client.get(f"/admin/pages/{event.pk}/edit/", HTTP_ACCEPT_LANGUAGE="fr").content
    assert "Moderators approval" not in html.decode()


def test_the_amiens_workshops_are_titled_sessions(fr):
    titles = set(EventSession.objects.exclude(title="").values_list("title", flat=True))
    assert "Pour une démocratie vivante" in titles
    english = EventSession.objects.get(title="Pour une démocratie vivante").title_en
    assert english == "For a living democracy"


def test_the_ministry_series_in_both_languages(fr, client):
    series = SeriesPage.objects.get(locale=fr)
    assert series.title == "Cycle innovation du ministère de l'Intérieur"
    english = series.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "Ministry of the Interior innovation series"
    events = list(series.series_events())
    assert [e.title for e in events] == ["UX Days", "Data Days", "Innovathon"]
    assert [e.first_start.month for e in events] == [9, 10, 11]
    for event in events:
        sessions = list(EventSession.objects.filter(event=event).order_by("start"))
        training, workshops = sessions[0], sessions[1:]
        # The coaches' training comes first, on invitation; the workshops are the ministry's.
        assert training.invitation_only and training.start < workshops[0].start
        assert workshops and all(s.reserved_domains == "interieur.gouv.fr" for s in workshops)
        assert event.coaches.count() >= 5
        assert event.coaches.exclude(session=None).exists()
    for page, words in (
        (series, ["Ses 3 événements", "Claire Morvan", "Facilitatrice"]),
        (english, ["Its 3 events", "Claire Morvan", "Facilitator"]),
    ):
        html = unescape(client.get(page.url).content.decode())
        for word in words:
            assert word in html


def test_proposals_wait_in_the_programme_workflow(demo, db, client):
    from wagtail.models import WorkflowState

    from demo.accounts import EDITOR_USERNAME
    from proposals.models import EventProposal, ProposalStatus

    proposals = EventProposal.objects.order_by("id")
    assert demo.proposals == 3 and proposals.count() == 3
    assert [p.status for p in proposals] == [
        ProposalStatus.IN_REVIEW,
        ProposalStatus.IN_REVIEW,
        ProposalStatus.CHANGES_REQUESTED,
    ]
    for proposal in proposals:
        page = proposal.page.specific
        assert not page.live and page.owner is None and page.sessions.exists()
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.workflow.name == "Validation du programme"
    client.force_login(get_user_model().objects.get(username=EDITOR_USERNAME))
    dashboard = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Fresque du numérique responsable à la préfecture" in dashboard
    # The proposer of the third can change it from the private link.
    edit = client.get(f"/fr/proposer-un-evenement/modifier/{proposals[2].edit_token}/")
    assert "Pouvez-vous préciser le public visé" in edit.content.decode()


def test_the_sample_import_file_is_the_2021_programme_and_previews_without_errors(demo, db):
    from proposals import importer, spreadsheet

    csv_path, xlsx_path = demo.sample_files
    for path in (csv_path, xlsx_path):
        plans = importer.plan(spreadsheet.read_rows(path.read_bytes(), path.name))
        errors = [(row.number, row.errors) for plan in plans for row in plan.rows if row.errors]
        assert errors == []
        assert len(plans) >= 50 and all(plan.creatable for plan in plans)
    titles = {plan.facts["title"] for plan in plans}
    assert "Expérimentation et innovation publique" in titles


def test_the_calls_for_ideas_and_la_fabrique_a_idees_in_both_languages(demo, fr, en, client):
    from ideas.models import Idea, IdeaStatus

    assert demo.ideas == len(data_ideas.IDEAS) or not demo.created
    first, second = (
        DefiPage.objects.get(locale=fr, slug=call["slug"]) for call in data_ideas.CALLS
    )
    # Whatever the day the demo is loaded: the first call incubates, the second is open.
    assert first.schedule().current.key == "incubation"
    assert second.schedule().is_open
    statuses = sorted(Idea.objects.values_list("status", flat=True))
    assert statuses.count(IdeaStatus.SELECTED) == 2 and IdeaStatus.INCUBATED in statuses
    assert statuses.count(IdeaStatus.RECEIVED) == 2
    assert not Idea.objects.filter(confirmed_at=None).exists()
    assert not Idea.objects.exclude(status=IdeaStatus.RECEIVED).filter(decided_by=None).exists()
    story = StandardPage.objects.get(locale=fr, slug=data_ideas.STORY["slug"])
    english_first = first.get_translation(en)
    for page, words in (
        (
            first,
            [
                "Étape 3 sur 4",
                "Un formulaire unique pour les demandes de matériel",
                "Une bourse aux compétences entre services",
                "Proposée par Yannick Le Bihan, Direction des ressources humaines",
                story.url,
            ],
        ),
        (
            english_first,
            [
                "Step 3 of 4",
                "One form for equipment requests",
                "A skills exchange between departments",
                story.get_translation(en).url,
            ],
        ),
    ):
        html = unescape(client.get(page.url).content.decode())
        for word in words:
            assert word in html, (page.url, word)
        assert "example.org" not in html and "Sophie Marchal" not in html
        assert "Réserver les salles de réunion" not in html
        assert "Des courriers relus" not in html
    open_page = client.get(second.get_translation(en).url).content.decode()
    assert f"/en/propose-an-idea/{second.get_translation(en).pk}/" in open_page
    assert client.get(f"/fr/proposer-une-idee/{second.pk}/").status_code == 200
    assert client.get(f"/fr/proposer-une-idee/{first.pk}/").status_code == 403
    place = LabPage.objects.get(locale=fr, kind="place")
    for page, words in (
        (
            place,
            [
                "Ce que nous proposons",
                "design thinking",
                "Prochains ateliers",
                french("De l'idée au prototype : un atelier de design thinking"),
            ],
        ),
        (
            place.get_translation(en),
            [
                "What we offer",
                "Our methods",
                "Next workshops",
                "From idea to prototype: a design thinking workshop",
            ],
        ),
    ):
        html = unescape(client.get(page.url).content.decode())
        for word in words:
            assert word in html, (page.url, word)
