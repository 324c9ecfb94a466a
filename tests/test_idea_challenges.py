"""Calls for ideas ("défi d'idées"): phases, the public form, confirmation, moderation."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone

from defis.calls import phases
from defis.models import DefiKind, DefiPage
from ideas.models import Idea, IdeaStatus
from registrations.models import OutboundEmail
from tests.factories import make_defi, make_lab, make_standard_page, translate
from tests.proposal_support import editor, link_token
from tests.registration_support import immediate_tasks  # noqa: F401

pytestmark = pytest.mark.usefixtures("immediate_tasks")

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def make_call(site_tree, *, opened=-10, selection=20, incubation=40, results=200, **fields):
    """A call for ideas whose phases start ``opened``, ``selection``… days from today."""
    return make_defi(
        site_tree.defis,
        title="Défi d'idées de la préfecture",
        kind=DefiKind.IDEAS,
        programme="Innovation participative",
        promotion="",
        needs="",
        concept="",
        call_start=TODAY + opened * DAY,
        selection_start=TODAY + selection * DAY,
        incubation_start=TODAY + incubation * DAY,
        results_date=TODAY + results * DAY,
        **fields,
    )


def form_data(**changes):
    data = {
        "title": "Un guichet unique pour les titres de séjour",
        "problem": "Les usagers font trois déplacements pour un même titre.",
        "idea": "Prendre tous les justificatifs en un seul rendez-vous, numérisés sur place.",
        "author_name": "Dominique Durand",
        "administration": "Préfecture du Finistère",
        "email": "Dominique.Durand@Example.org",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def url(defi, language="fr"):
    prefix = "/fr/proposer-une-idee" if language == "fr" else "/en/propose-an-idea"
    return f"{prefix}/{defi.pk}/"


def send_confirmed(client, defi, capture, **changes):
    with capture(execute=True):
        client.post(url(defi), form_data(**changes))
    token = link_token(mail.outbox[-1], "confirmer")
    with capture(execute=True):
        client.post(f"/fr/proposer-une-idee/confirmer/{token}/")
    return Idea.objects.get(title=form_data(**changes)["title"])


# Phases and the stepper ------------------------------------------------------------------


def test_phases_follow_the_dates():
    defi = DefiPage(
        kind=DefiKind.IDEAS,
        call_start=datetime.date(2027, 9, 1),
        selection_start=datetime.date(2027, 10, 1),
        incubation_start=datetime.date(2027, 11, 1),
        results_date=datetime.date(2028, 3, 1),
    )
    assert phases(defi, datetime.date(2027, 8, 31)).current is None
    call = phases(defi, datetime.date(2027, 9, 30))
    assert (call.current.key, call.number, call.is_open) == ("call", 1, True)
    assert call.current.end == datetime.date(2027, 9, 30)
    selection = phases(defi, datetime.date(2027, 10, 1))
    assert (selection.current.key, selection.is_open, selection.next.key) == (
        "selection",
        False,
        "incubation",
    )
    results = phases(defi, datetime.date(2029, 1, 1))
    assert (results.current.key, results.number, results.next) == ("results", 4, None)


def test_the_stepper_shows_every_phase_and_the_current_one(client, site_tree):
    defi = make_call(site_tree, opened=-40, selection=-5, incubation=30)
    html = client.get(defi.url).content.decode()
    assert 'class="fr-stepper' in html
    assert 'data-fr-current-step="2" data-fr-steps="4"' in html
    assert "Sélection" in html and "Étape 2 sur 4" in html
    assert "Étape suivante :</span> Incubation" in html
    for name in ("Appel à idées", "Incubation", "Résultats"):
        assert name in html
    assert html.count('aria-current="step"') == 1
    # Closed: no link to the form.
    assert url(defi) not in html


def test_each_phase_reads_its_dates_with_the_punctuation_of_the_page_language(client, site_tree):
    defi = make_call(site_tree)
    french = client.get(defi.url).content.decode()
    assert re.search(r"Appel à idées</span> : du \d", french)
    assert re.search(r"Résultats</span> : à partir du \d", french)
    english = client.get(translate(defi, site_tree.en).url).content.decode()
    assert re.search(r"Call for ideas</span>: from \d+ \w+ \d{4} to \d", english)
    assert " : " not in english[english.index("fr-stepper") :][:3000]


def test_a_programme_challenge_keeps_its_display(client, site_tree):
    defi = make_defi(site_tree.defis, title="ArtificIA")
    html = client.get(defi.url).content.decode()
    assert "fr-stepper" not in html and "Les idées retenues" not in html
    assert "Les besoins confirmés" in html and "Le concept expérimenté" in html
    assert client.get(url(defi)).status_code == 404


def test_a_call_needs_its_dates_in_order(site_tree):
    from django.core.exceptions import ValidationError

    defi = make_call(site_tree)
    defi.incubation_start = defi.call_start - DAY
    with pytest.raises(ValidationError) as error:
        defi.full_clean()
    assert "selection_start" in error.value.message_dict


# The form --------------------------------------------------------------------------------


def test_an_open_call_links_to_its_form(client, site_tree):
    defi = make_call(site_tree)
    html = client.get(defi.url).content.decode()
    assert "Étape 1 sur 4" in html
    assert f'href="{url(defi)}"' in html
    form = client.get(url(defi))
    assert form.status_code == 200
    assert "<title>Proposer une idée" in form.content.decode()


def test_errors_are_translated_and_linked_to_their_fields(client, site_tree):
    defi = make_call(site_tree)
    translate(defi, site_tree.en, title="Prefecture's call for ideas")
    response = client.post(url(defi, "en"), form_data(title="", email="not-an-address"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'lang="en"' in html
    assert "Prefecture&#x27;s call for ideas" in html or "Prefecture's call for ideas" in html
    assert '<a href="#id_title">' in html and '<a href="#id_email">' in html
    assert (
        'id="id_title_error"' in html
        and "id_title_error"
        in html.split('id="id_title"')[0][-400:] + html.split('id="id_title"')[1][:400]
    )
    assert "Saisissez" not in html
    french = client.post(url(defi), form_data(title=""))
    assert "Saisissez le titre de votre idée." in french.content.decode()
    assert not Idea.objects.exists()


def test_the_honeypot_refuses_robots(client, site_tree):
    defi = make_call(site_tree)
    response = client.post(url(defi), form_data(website="https://spam.example"))
    assert response.status_code == 400
    assert not Idea.objects.exists() and not mail.outbox


def test_the_link_confirms_with_a_button_and_the_idea_waits_for_the_editors(
    client, site_tree, django_capture_on_commit_callbacks
):
    defi = make_call(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(defi), form_data())
    assert response.status_code == 303
    assert response["Location"] == f"/fr/proposer-une-idee/{defi.pk}/envoyee/"
    idea = Idea.objects.get()
    assert idea.status == IdeaStatus.UNCONFIRMED and idea.email == "dominique.durand@example.org"
    [message] = mail.outbox
    assert message.to == ["dominique.durand@example.org"]
    assert message.subject == "Confirmez votre idée : Un guichet unique pour les titres de séjour"
    assert OutboundEmail.objects.filter(to="dominique.durand@example.org").count() == 1
    token = link_token(message, "confirmer")
    assert token == idea.confirm_token
    # A mail scanner opening the link confirms nothing.
    page = client.get(f"/fr/proposer-une-idee/confirmer/{token}/")
    assert page.status_code == 200 and 'id="idea-confirm"' in page.content.decode()
    assert Idea.objects.get().confirmed_at is None
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(f"/fr/proposer-une-idee/confirmer/{token}/")
    assert done.status_code == 200 and "Idée transmise" in done.content.decode()
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.RECEIVED and idea.confirmed_at is not None
    assert mail.outbox[-1].subject == "Idée reçue : Un guichet unique pour les titres de séjour"
    # The link served once.
    again = client.post(f"/fr/proposer-une-idee/confirmer/{token}/")
    assert again.status_code == 404
    assert Idea.objects.get().status == IdeaStatus.RECEIVED


def test_an_english_visitor_gets_english_emails(
    client, site_tree, django_capture_on_commit_callbacks
):
    defi = make_call(site_tree)
    translate(defi, site_tree.en, title="Prefecture's call for ideas")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(defi, "en"), form_data())
    [message] = mail.outbox
    assert message.subject == "Confirm your idea: Un guichet unique pour les titres de séjour"
    assert "Prefecture's call for ideas" in message.body
    assert "/en/propose-an-idea/confirm/" in message.body
    assert Idea.objects.get().language == "en"


@pytest.mark.parametrize("opened, selection", [(-30, -1), (5, 30)])
def test_a_call_not_open_shows_no_form_and_refuses_ideas(client, site_tree, opened, selection):
    defi = make_call(site_tree, opened=opened, selection=selection, incubation=60, results=90)
    page = client.get(defi.url).content.decode()
    assert url(defi) not in page and "Vous avez une idée ?" not in page
    shown = client.get(url(defi))
    assert shown.status_code == 403 and 'id="idea-form"' not in shown.content.decode()
    refused = client.post(url(defi), form_data())
    assert refused.status_code == 403
    assert "Appel à idées fermé" in refused.content.decode()
    assert not Idea.objects.exists() and not mail.outbox


@override_settings(SUBMISSION_RATE_LIMIT_EMAIL="2/3600")
def test_one_address_sends_a_few_ideas_at_most(client, site_tree):
    defi = make_call(site_tree)
    for _ in range(2):
        assert client.post(url(defi), form_data()).status_code == 303
    response = client.post(url(defi, "en"), form_data())
    assert response.status_code == 429 and "Retry-After" in response
    assert "Too many" in response.content.decode()
    assert Idea.objects.count() == 2


def test_unconfirmed_ideas_are_purged(client, site_tree):
    from ideas import jobs

    defi = make_call(site_tree)
    client.post(url(defi), form_data())
    Idea.objects.update(created_at=timezone.now() - datetime.timedelta(days=30))
    assert jobs.purge() == 1 and not Idea.objects.exists()


# Moderation ------------------------------------------------------------------------------


@pytest.fixture
def moderator(db):
    browser = Client()
    browser.force_login(editor())
    return browser


def decide(browser, idea, status, **extra):
    data = {"status": status, "story": "", "english_title": "", "english_summary": "", **extra}
    return browser.post(f"/admin/defi_ideas/edit/{idea.pk}/", data)


def test_only_staff_moderate_ideas(client, site_tree, django_capture_on_commit_callbacks):
    defi = make_call(site_tree)
    idea = send_confirmed(client, defi, django_capture_on_commit_callbacks)
    anonymous = Client()
    assert anonymous.get("/admin/defi_ideas/").status_code == 302
    assert decide(anonymous, idea, "selected").status_code == 302
    agent = get_user_model().objects.create_user("agent", "agent@example.org", "pw")
    outsider = Client()
    outsider.force_login(agent)
    assert outsider.get("/admin/defi_ideas/").status_code in (302, 403)
    assert decide(outsider, idea, "selected").status_code in (302, 403)
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.RECEIVED and idea.decided_by is None


def test_the_list_shows_confirmed_ideas_with_a_status_filter(
    client, site_tree, moderator, django_capture_on_commit_callbacks
):
    defi = make_call(site_tree)
    send_confirmed(client, defi, django_capture_on_commit_callbacks)
    client.post(url(defi), form_data(title="Une idée jamais confirmée", email="x@example.org"))
    listing = moderator.get("/admin/defi_ideas/").content.decode()
    assert "Un guichet unique pour les titres de séjour" in listing
    assert "Une idée jamais confirmée" not in listing
    assert "Reçue, à examiner" in listing
    filtered = moderator.get("/admin/defi_ideas/?status=selected").content.decode()
    assert "Un guichet unique pour les titres de séjour" not in filtered
    assert moderator.get("/admin/defi_ideas/new/").status_code in (302, 403)


def test_selection_is_recorded_told_and_shown_without_personal_data(
    client, site_tree, moderator, django_capture_on_commit_callbacks
):
    defi = make_call(site_tree)
    english = translate(defi, site_tree.en, title="Prefecture's call for ideas")
    idea = send_confirmed(client, defi, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        response = decide(
            moderator, idea, "selected", english_title="One desk for residence permits"
        )
    assert response.status_code == 302
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.SELECTED
    assert idea.decided_by.username == "camille" and idea.decided_at is not None
    told = mail.outbox[-1]
    assert told.subject == "Votre idée est retenue : Un guichet unique pour les titres de séjour"
    listing = moderator.get("/admin/defi_ideas/").content.decode()
    assert "camille" in listing
    # Staff read everything, the address included, and decide on the same screen.
    inspect = moderator.get(f"/admin/defi_ideas/inspect/{idea.pk}/").content.decode()
    assert "dominique.durand@example.org" in inspect
    edit = moderator.get(f"/admin/defi_ideas/edit/{idea.pk}/")
    assert edit.status_code == 200
    assert "Décision" in edit.content.decode() and 'name="story"' in edit.content.decode()
    for page, title in ((defi, idea.title), (english, "One desk for residence permits")):
        html = client.get(page.url).content.decode()
        assert title in html
        assert "Préfecture du Finistère" in html
        assert "Durand" not in html and "dominique" not in html.lower()
        assert "example.org" not in html
    english_html = client.get(english.url).content.decode()
    assert "Selected ideas" in english_html
    # The problem is shown as written, marked as French on the English page.
    assert '<div lang="fr">' in english_html


def test_the_author_name_is_shown_only_if_they_agreed(
    client, site_tree, moderator, django_capture_on_commit_callbacks
):
    defi = make_call(site_tree)
    idea = send_confirmed(client, defi, django_capture_on_commit_callbacks, publish_name="on")
    decide(moderator, idea, "selected")
    html = client.get(defi.url).content.decode()
    assert "Proposée par Dominique Durand, Préfecture du Finistère" in html
    assert "example.org" not in html


def test_declined_and_received_ideas_stay_private(
    client, site_tree, moderator, django_capture_on_commit_callbacks
):
    defi = make_call(site_tree)
    declined = send_confirmed(client, defi, django_capture_on_commit_callbacks)
    send_confirmed(
        client, defi, django_capture_on_commit_callbacks, title="Une idée encore à l'examen"
    )
    with django_capture_on_commit_callbacks(execute=True):
        decide(moderator, declined, "declined")
    assert mail.outbox[-1].subject.startswith("Votre idée n'est pas retenue")
    html = client.get(defi.url).content.decode()
    assert declined.title not in html and "Une idée encore à l" not in html
    assert "Les idées retenues seront présentées ici" in html


def test_an_incubated_idea_links_to_its_story(
    client, site_tree, moderator, django_capture_on_commit_callbacks
):
    defi = make_call(site_tree)
    translate(defi, site_tree.en, title="Prefecture's call for ideas")
    story = make_standard_page(site_tree.home, title="Le guichet unique, six mois après")
    translate(story, site_tree.en, title="One desk, six months on")
    idea = send_confirmed(client, defi, django_capture_on_commit_callbacks)
    refused = decide(moderator, idea, "selected", story=str(story.pk))
    assert refused.status_code == 200
    assert "Seule une idée en incubation" in refused.content.decode()
    assert decide(moderator, idea, "incubated", story=str(story.pk)).status_code == 302
    html = client.get(defi.url).content.decode()
    assert "En incubation" in html and f'href="{story.url}"' in html
    english = client.get(defi.get_translation(site_tree.en).url).content.decode()
    assert f'href="{story.get_translation(site_tree.en).url}"' in english


# La Fabrique à Idées ---------------------------------------------------------------------


def test_a_place_presents_its_offer_methods_and_next_workshops(client, site_tree):
    from tests.factories import make_event

    place = make_lab(
        site_tree.labs,
        title="La Fabrique à Idées",
        kind="place",
        offer="<p>Un accompagnement des idées des agents.</p>",
        methods="<p>Le design thinking.</p>",
    )
    make_event(site_tree.programme, title="Atelier d'idéation", host_lab=place)
    html = client.get(place.url).content.decode()
    assert "Lieu d&#x27;innovation" in html
    assert "Ce que nous proposons" in html and "Un accompagnement des idées" in html
    assert "Nos méthodes" in html and "Le design thinking." in html
    assert "Prochains ateliers" in html and "Atelier d&#x27;idéation" in html
    # Neither address, email, site nor region: no empty "Contact" box.
    assert 'id="laboratoire-contact"' not in html and "site-aside-box" not in html
    lab = make_lab(site_tree.labs, title="Ti-Lab", contact_email="tilab@example.org")
    lab_html = client.get(lab.url).content.decode()
    assert "Événements à venir" in lab_html and "Nos méthodes" not in lab_html
    assert 'id="laboratoire-contact"' in lab_html and "tilab@example.org" in lab_html


def test_an_unconfirmed_idea_is_not_in_the_admin(client, site_tree, moderator):
    defi = make_call(site_tree)
    client.post(url(defi), form_data())
    idea = Idea.objects.get()
    # A 404 under /admin/ is sent on to the language's address, where it is a 404 too.
    inspect = moderator.get(f"/admin/defi_ideas/inspect/{idea.pk}/", follow=True)
    assert inspect.status_code == 404
    assert moderator.get(f"/admin/defi_ideas/edit/{idea.pk}/", follow=True).status_code == 404
    decide(moderator, idea, "selected")
    idea.refresh_from_db()
    assert idea.status == IdeaStatus.UNCONFIRMED and idea.decided_by is None


def test_confirmation_tokens_stay_out_of_the_logs():
    from registrations.log_filters import redact

    token = "A" * 43
    for path in (
        f"/fr/proposer-une-idee/confirmer/{token}/",
        f"/en/propose-an-idea/confirm/{token}/",
    ):
        line = redact(f'"POST {path} HTTP/1.1" 200')
        assert token not in line and path.rsplit(token, 1)[0] in line
