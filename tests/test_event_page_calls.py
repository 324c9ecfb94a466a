"""What an event page asks of a visitor: nothing once it is over, the waiting list said as
such before the form is filled, the calendar offered for what it is."""

import datetime
import re

import pytest
from django.utils import timezone

from events.models import EventPage, EventSession
from tests.factories import make_event, make_registrations, register


def html_of(client, event):
    response = client.get(EventPage.objects.get(pk=event.pk).url)
    assert response.status_code == 200
    return response.content.decode()


def sessions_part(html):
    return html.split('id="sessions"')[1].split("</article>")[0]


def past_start():
    return (timezone.now() - datetime.timedelta(days=400)).replace(second=0, microsecond=0)


def test_a_past_event_says_it_is_over_and_calls_no_one_to_register(client, site_tree):
    event = make_event(site_tree.programme, title="Semaine 2020", start=past_start(), sessions=2)
    html = html_of(client, event)
    assert "Cet événement est terminé : il n'est plus possible de s'y inscrire." in html
    part = sessions_part(html)
    assert "<form" not in part
    assert "S'inscrire" not in part
    assert "mon agenda" not in html


def test_a_past_external_event_has_no_link_to_the_organisers_registration(client, site_tree):
    event = make_event(
        site_tree.programme,
        title="Hackathon 2020",
        start=past_start(),
        external_registration_url="https://inscriptions.example.org/hack",
    )
    html = html_of(client, event)
    assert "Cet événement est terminé" in html
    assert "S'inscrire sur le site de l'organisateur" not in html
    assert "https://inscriptions.example.org/hack" not in html


def test_an_upcoming_event_has_no_over_notice(client, site_tree):
    html = html_of(client, make_event(site_tree.programme, title="Atelier"))
    assert "Cet événement est terminé" not in html
    assert "S'inscrire" in sessions_part(html)


def test_a_full_session_offers_the_waiting_list_with_its_length(client, site_tree):
    event = make_event(site_tree.programme, title="Atelier", capacity=2, sessions=2)
    full, open_ = EventSession.objects.filter(event=event).order_by("start")
    make_registrations(full, 2)
    register(full, 1, email="attente1@example.fr", notify=False)
    register(full, 2, email="attente2@example.fr", notify=False)
    html = html_of(client, event)
    full_block = html.split(f'id="inscription-session-{full.pk}"')[1].split("registration-block")[0]
    assert "Liste d'attente : 2 personnes avant vous" in full_block
    assert re.search(
        r"<button type=.submit.[^>]*>Rejoindre la liste d'attente</button>", full_block
    )
    open_block = html.split(f'id="inscription-session-{open_.pk}"')[1]
    assert "2 places restantes" in open_block
    assert re.search(r"<button type=.submit.[^>]*>S'inscrire</button>", open_block)

    page = client.get(f"/fr/inscriptions/session/{full.pk}/").content.decode()
    assert "<h1>Rejoindre la liste d'attente</h1>" in page
    assert "Liste d'attente : 2 personnes avant vous" in page


def test_two_inline_forms_never_share_an_id(client, site_tree):
    event = make_event(site_tree.programme, title="Atelier", sessions=2)
    html = html_of(client, event)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert "submit-id-register" not in ids
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_the_calendar_before_registering_says_it_does_not_register(client, site_tree):
    event = make_event(site_tree.programme, title="Atelier")
    html = html_of(client, event)
    assert "Noter la date dans mon agenda (sans inscription)" in html
    assert "Ajouter à mon agenda" not in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_after_registering_the_result_page_offers_the_calendar(client, site_tree, language):
    event = make_event(site_tree.programme, title="Atelier")
    session = EventSession.objects.get(event=event)
    response = client.post(
        f"/{language}/inscriptions/session/{session.pk}/",
        {
            f"session-{session.pk}-first_name": "Camille",
            f"session-{session.pk}-last_name": "Martin",
            f"session-{session.pk}-email": "camille@example.fr",
            f"session-{session.pk}-organisation": "Préfecture",
            f"session-{session.pk}-consent": "on",
        },
    )
    assert response.status_code == 303
    response = client.get(response["Location"])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'calendrier/session-{session.pk}.ics" download' in html
    label = (
        "Ajouter la session à mon agenda" if language == "fr" else "Add the session to my calendar"
    )
    assert label in html
