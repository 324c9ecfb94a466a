"""The registration pages as a participant meets them: form, result, manage link, bad input."""

import logging
import re

import pytest
from django.core import mail, signing
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from events.availability import with_counts
from events.models import EventSession
from registrations.log_filters import RedactTokensFilter
from registrations.models import Registration
from registrations.views import RESULT_SALT
from tests.factories import register, translate
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


def form_data(session, **overrides):
    prefix = f"session-{session.pk}-"
    data = {
        "first_name": "Camille",
        "last_name": "Martin",
        "email": "camille@example.org",
        "organisation": "Préfecture de Bretagne",
        "job_title": "",
        "accessibility_needs": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {prefix + key: value for key, value in data.items() if value is not None}


def register_url(session, language="fr"):
    with translation.override(language):
        return reverse("registrations:register", args=[session.pk])


def post(client, session, language="fr", **overrides):
    return client.post(register_url(session, language), form_data(session, **overrides))


def test_event_page_block_renders_the_form_linked_to_labels_and_the_calendar(site_tree, rf):
    event, _session = workshop(site_tree, capacity=3)
    session = with_counts(EventSession.objects.filter(event=event)).get()
    request = rf.get(event.url)
    with translation.override("fr"):
        html = render_to_string(
            "registrations/includes/session_registration.html",
            {"session": session, "page": event},
            request=request,
        )
    assert f'action="/fr/inscriptions/session/{session.pk}/"' in html
    assert "3 places restantes" in html
    assert f'<label class="fr-label" for="id_session-{session.pk}-email">' in html
    assert 'class="fr-input-group"' in html
    assert "(facultatif)" in html  # optional fields say so
    assert f"/fr/calendrier/session-{session.pk}.ics" in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_event_page_block_explains_why_registration_is_not_open(site_tree, rf):
    event, session = workshop(site_tree, capacity=1, waitlist=False)
    register(session, notify=False)
    session = with_counts(EventSession.objects.filter(event=event)).get()
    with translation.override("fr"):
        html = render_to_string(
            "registrations/includes/session_registration.html", {"session": session, "page": event}
        )
    assert "Complet" in html
    assert "<form" not in html


def test_register_redirects_to_a_plain_result_page(site_tree, client):
    _event, session = workshop(site_tree, capacity=1)
    response = post(client, session)
    assert response.status_code == 303
    assert "camille" not in response["Location"].lower()
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Votre place est confirmée" in page.content.decode()
    registration = Registration.objects.get()
    assert (registration.status, registration.language, registration.email) == (
        "confirmed",
        "fr",
        "camille@example.org",
    )

    second = client.get(post(client, session, email="dominique@example.org")["Location"])
    assert "en position 1 sur la liste d'attente" in second.content.decode()


def test_english_page_registers_for_the_french_session_and_remembers_english(
    site_tree, client, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree)
    translate(
        event, site_tree.en, title="Public policy design workshop", summary="An English summary."
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, session, language="en")
    assert response.status_code == 303
    assert response["Location"].startswith("/en/inscriptions/resultat/")
    registration = Registration.objects.get()
    assert registration.session == session
    assert registration.language == "en"
    assert mail.outbox[0].subject.startswith("Registration confirmed")


def test_duplicate_shows_exactly_what_a_new_registration_shows(
    site_tree, client, django_capture_on_commit_callbacks
):
    """The result page must not reveal that an address is already registered.

    Its link carries a signed summary whose signature includes the second it
    was made, so the pages are compared with the signature set aside.
    """
    _event, session = workshop(site_tree, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        first_location = post(client, session)["Location"]
        again_location = post(client, session, email="CAMILLE@example.org ")["Location"]
    first_summary = signing.loads(first_location.split("?r=")[1], salt=RESULT_SALT)
    again_summary = signing.loads(again_location.split("?r=")[1], salt=RESULT_SALT)
    assert again_summary == first_summary
    unsigned = re.compile(r"(\?r=[^:\"]+):[^\"&]+")
    first = unsigned.sub(r"\1", client.get(first_location).content.decode())
    again = unsigned.sub(r"\1", client.get(again_location).content.decode())
    assert again == first
    assert Registration.objects.count() == 1
    assert [m.subject.split(" : ")[0] for m in mail.outbox] == [
        "Inscription confirmée",
        "Votre inscription existante",
    ]


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"first_name": ""}, "first_name", "Saisissez votre prénom."),
        ({"email": "pas-une-adresse"}, "email", "Saisissez une adresse électronique valide"),
        ({"organisation": "x" * 201}, "organisation", "200 caractères"),
        ({"accessibility_needs": "x" * 5000}, "accessibility_needs", "1000 caractères"),
        ({"consent": None}, "consent", "Cochez cette case pour vous inscrire."),
    ],
)
def test_bad_input_is_explained_next_to_the_field(site_tree, client, overrides, field, message):
    _event, session = workshop(site_tree)
    response = post(client, session, **overrides)
    assert response.status_code == 400
    html = response.content.decode()
    field_id = f"id_session-{session.pk}-{field}"
    error_id = f"{field_id}_error"
    assert f'id="{error_id}"' in html
    tag = re.search(rf'<(input|textarea)[^>]*id="{field_id}"[^>]*>', html).group(0)
    assert error_id in tag
    assert 'aria-invalid="true"' in tag
    assert message in html
    assert f'href="#{field_id}"' in html  # the summary links to the field
    assert "<title>Erreur" in html
    assert not Registration.objects.exists()


def test_a_form_shown_back_on_a_full_session_still_says_it_joins_the_waiting_list(
    site_tree, client
):
    _event, session = workshop(site_tree, capacity=1)
    register(session, 1, notify=False)
    response = post(client, session, email="pas-une-adresse")
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r"<(button|input)[^>]*type=.submit.[^>]*>", html)
    assert "Rejoindre la liste d&#x27;attente" in html or "Rejoindre la liste d'attente" in html
    assert ">S&#x27;inscrire<" not in html and ">S'inscrire<" not in html


def test_filled_honeypot_registers_nobody(site_tree, client):
    _event, session = workshop(site_tree)
    response = post(client, session, website="http://spam.example")
    assert response.status_code == 400
    assert not Registration.objects.exists()


@pytest.mark.parametrize("session_id", [999999, "abc", "-1", "99999999999999999999999"])
def test_forged_session_id_is_a_404(site_tree, client, session_id):
    url = f"/fr/inscriptions/session/{session_id}/"
    response = client.post(url, {"session-1-email": "a@b.fr"})
    assert response.status_code == 404
    assert client.get(f"/fr/calendrier/session-{session_id}.ics").status_code == 404
    assert client.get(f"/fr/calendrier/evenement-{session_id}.ics").status_code == 404


def test_unpublished_event_cannot_be_registered_for(site_tree, client):
    event, session = workshop(site_tree)
    event.unpublish()
    assert post(client, session).status_code == 404
    assert not Registration.objects.exists()


def test_a_session_whose_page_was_deleted_cannot_be_registered_for(site_tree, client):
    event, session = workshop(site_tree)
    register(session, 1)
    data = form_data(session)
    event.delete()
    session.refresh_from_db()
    assert session.event_id is None  # the session stays, with its registration
    assert client.post(register_url(session), data).status_code == 404
    Registration.objects.all().delete()
    EventSession.objects.filter(pk=session.pk).delete()
    assert client.post(register_url(session), data).status_code == 404
    assert not Registration.objects.exists()


def test_a_registration_post_reads_the_session_once_with_the_lock(site_tree, client):
    """Whether the page is live, its key and its place come with the locking read."""
    _event, session = workshop(site_tree)
    with CaptureQueriesContext(connection) as captured:
        assert post(client, session).status_code == 303
    reads = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].startswith("SELECT") and 'FROM "events_eventsession"' in q["sql"]
    ]
    assert len(reads) == 1, reads
    if connection.features.has_select_for_update:
        assert "FOR UPDATE" in reads[0]
    assert Registration.objects.get().status == "confirmed"


def test_closed_session_says_why_without_registering(site_tree, client):
    _event, session = workshop(site_tree)
    EventSession.objects.filter(pk=session.pk).update(is_cancelled=True)
    page = client.get(post(client, session)["Location"])
    assert "Cette session est annulée." in page.content.decode()
    assert not Registration.objects.exists()


def test_get_on_post_only_endpoints_is_refused_clearly(site_tree, client):
    _event, session = workshop(site_tree)
    token = register(session, notify=False).registration.token
    response = client.get(f"/fr/inscriptions/gerer/{token}/annuler/")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "Action non permise" in response.content.decode()
    assert client.put(register_url(session)).status_code == 405
    assert client.get(register_url(session)).status_code == 200
    assert client.get("/fr/inscriptions/resultat/?r=forged").status_code == 404


def test_rate_limit_per_address_and_per_ip(site_tree, client, settings):
    settings.REGISTRATION_RATE_LIMIT_EMAIL = "2/3600"
    settings.REGISTRATION_RATE_LIMIT_IP = "4/300"
    _event, session = workshop(site_tree, capacity=10)
    assert post(client, session).status_code == 303
    assert post(client, session).status_code == 303
    limited = post(client, session)
    assert limited.status_code == 429
    assert int(limited["Retry-After"]) > 0
    assert "Trop de tentatives" in limited.content.decode()
    assert post(client, session, email="autre@example.org").status_code == 303
    assert post(client, session, email="encore@example.org").status_code == 429
    assert Registration.objects.count() == 2


def test_manage_page_shows_status_and_cancels_after_confirmation(site_tree, client):
    _event, session = workshop(site_tree, capacity=1)
    person = register(session, 1, notify=False).registration
    waiting = register(session, 2, notify=False).registration
    url = f"/fr/inscriptions/gerer/{person.token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert page["Referrer-Policy"] == "same-origin"
    assert "no-store" in page["Cache-Control"]
    assert "Place confirmée" in page.content.decode()

    confirm = client.post(url + "annuler/")
    assert confirm.status_code == 200
    assert "Annuler votre inscription ?" in confirm.content.decode()
    assert Registration.objects.get(pk=person.pk).status == "confirmed"

    done = client.post(url + "annuler/", {"confirm": "yes"})
    assert done.status_code == 303
    assert person.token not in done["Location"]
    assert "Inscription annulée" in client.get(done["Location"]).content.decode()
    assert Registration.objects.get(pk=person.pk).status == "cancelled"
    assert Registration.objects.get(pk=waiting.pk).status == "confirmed"

    # The used link cannot be replayed.
    reused = client.get(url)
    assert reused.status_code == 404
    assert "Lien non valide" in reused.content.decode()
    assert client.post(url + "annuler/", {"confirm": "yes"}).status_code == 404


def test_waitlisted_person_leaves_from_the_manage_page(site_tree, client):
    _event, session = workshop(site_tree, capacity=1)
    register(session, 1, notify=False)
    second = register(session, 2, notify=False).registration
    third = register(session, 3, notify=False).registration
    page = client.get(f"/fr/inscriptions/gerer/{second.token}/").content.decode()
    assert "en position 1 sur la liste d'attente" in page
    client.post(f"/fr/inscriptions/gerer/{second.token}/annuler/", {"confirm": "yes"})
    assert Registration.objects.get(pk=third.pk).waitlist_position == 1
    page = client.get(f"/fr/inscriptions/gerer/{third.token}/").content.decode()
    assert "en position 1 sur la liste d'attente" in page


@pytest.mark.parametrize("token", ["x", "a" * 43, "../../admin", "%00"])
def test_bad_tokens_are_a_clear_404(site_tree, client, token):
    response = client.get(f"/fr/inscriptions/gerer/{token}/")
    assert response.status_code == 404


def test_manage_page_download_carries_the_online_link_but_public_one_does_not(site_tree, client):
    _event, session = workshop(
        site_tree, mode="hybrid", online_url="https://visio.example.fr/salle"
    )
    person = register(session, notify=False).registration
    private = client.get(f"/fr/inscriptions/gerer/{person.token}/invitation.ics")
    assert private.status_code == 200
    assert private["Content-Type"].startswith("text/calendar")
    assert "visio.example.fr" in private.content.decode()
    assert person.token not in private.content.decode()
    public = client.get(f"/fr/calendrier/session-{session.pk}.ics")
    assert public.status_code == 200
    assert "METHOD:PUBLISH" in public.content.decode()
    assert "visio.example.fr" not in public.content.decode()


def test_tokens_never_reach_the_logs(settings):
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /fr/inscriptions/gerer/AbCdEf123456789012345_-xyz/ HTTP/1.1", 200, 512),
        None,
    )
    RedactTokensFilter().filter(record)
    assert "AbCdEf" not in record.getMessage()
    assert "/fr/inscriptions/gerer/…/" in record.getMessage()
    handlers = settings.LOGGING["handlers"]
    assert all("redact_tokens" in handler.get("filters", []) for handler in handlers.values())


def test_csrf_is_enforced(site_tree):
    from django.test import Client

    _event, session = workshop(site_tree)
    client = Client(enforce_csrf_checks=True)
    assert client.post(register_url(session), form_data(session)).status_code == 403
    assert not Registration.objects.exists()


def test_behind_a_proxy_the_limit_counts_the_forwarded_client(site_tree, client, settings):
    settings.REGISTRATION_RATE_LIMIT_IP = "1/300"
    settings.REGISTRATION_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    _event, session = workshop(site_tree, capacity=10)
    url = register_url(session)
    first = client.post(url, form_data(session), HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7")
    other = client.post(
        url, form_data(session, email="b@example.org"), HTTP_X_FORWARDED_FOR="203.0.113.8"
    )
    again = client.post(
        url, form_data(session, email="c@example.org"), HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7"
    )
    assert (first.status_code, other.status_code, again.status_code) == (303, 303, 429)


def test_event_page_block_makes_no_query(site_tree, rf, django_assert_num_queries):
    event, _session = workshop(site_tree, sessions=3)
    sessions = list(with_counts(EventSession.objects.filter(event=event)))
    request = rf.get(event.url)
    with translation.override("fr"), django_assert_num_queries(0):
        for session in sessions:
            render_to_string(
                "registrations/includes/session_registration.html",
                {"session": session, "page": event},
                request=request,
            )


def test_event_with_external_registration_links_out(site_tree, client):
    event, session = workshop(
        site_tree, external_registration_url="https://billetterie.example.fr/x"
    )
    html = render_to_string(
        "registrations/includes/session_registration.html", {"session": session, "page": event}
    )
    assert "https://billetterie.example.fr/x" in html
    assert "<form" not in html
    assert post(client, session).status_code == 404


def test_registration_page_of_a_session_shows_its_availability(site_tree, client):
    _event, session = workshop(site_tree, capacity=2)
    html = client.get(register_url(session)).content.decode()
    assert "2 places restantes" in html and "<form" in html
    register(session, 1, notify=False)
    register(session, 2, notify=False)
    html = client.get(register_url(session, "en")).content.decode()
    assert "Waiting list: nobody ahead of you" in html and "<form" in html
    assert ">Join the waiting list</button>" in html
    EventSession.objects.filter(pk=session.pk).update(waitlist_enabled=False)
    html = client.get(register_url(session)).content.decode()
    assert ">Complet</p>" in html and 'action="/fr/inscriptions/session/' not in html
