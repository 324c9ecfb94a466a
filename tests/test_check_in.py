"""The check-in screen on a phone: the list, the search in the page, the buttons, the counter."""

import datetime
import json
import re

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from demo.accounts import grant_lab_staff_role
from events.models import EventSession
from registrations import services
from registrations.models import Registration
from tests.factories import make_event, make_organisation, make_registrations, register_person
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")

JSON = {"HTTP_ACCEPT": "application/json"}


def list_url(session):
    return f"/admin/inscriptions/session/{session.pk}/pointage/"


def toggle_url(registration):
    return f"/admin/inscriptions/inscription/{registration.pk}/pointage/"


def people_listed(html):
    return re.findall(
        r'<li class="check-in__person[^"]*" id="personne-\d+"[^>]*>\s*<div class="check-in__who">\s*<strong>([^<]+)</strong>',
        html,
    )


def happening_now(session):
    """Move a session (people registered beforehand) to the present: it started 30 min ago."""
    start = timezone.now() - datetime.timedelta(minutes=30)
    EventSession.objects.filter(pk=session.pk).update(
        start=start, end=start + datetime.timedelta(hours=2)
    )
    session.refresh_from_db()
    return session


def test_the_list_shows_people_with_a_seat_by_name_accents_aside(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=4)
    register_person(session, "Zoé", "Lefèvre", organisation="DINUM")
    register_person(session, "Hugo", "Bernard")
    register_person(session, "Élodie", "Évrard")
    register_person(session, "Anaïs", "Dupont", organisation="Région Bretagne")
    register_person(session, "Karim", "Diallo")  # waiting list: no seat, not listed

    html = staff_client.get(list_url(session)).content.decode()
    assert people_listed(html) == [
        "BERNARD Hugo",
        "DUPONT Anaïs",
        "ÉVRARD Élodie",
        "LEFÈVRE Zoé",
    ]
    assert "Présences pointées : 0 sur 4 personnes ayant une place" in html
    assert '<label for="recherche-personne">Chercher une personne</label>' in html
    # What the search in the page matches: folded as the server folds, email included.
    assert 'data-search="anais dupont anais.dupont@example.org region bretagne"' in html


def test_no_name_typed_in_the_search_ever_reaches_a_url(site_tree, staff_client):
    """The search filters the page itself: no form sends it, no URL carries it."""
    _event, session = workshop(site_tree, capacity=2)
    zoe = register_person(session, "Zoé", "Lefèvre")
    register_person(session, "Hugo", "Bernard")
    html = staff_client.get(list_url(session)).content.decode()
    search = re.search(r'<input type="search"[^>]*>', html).group(0)
    assert "name=" not in search
    assert 'method="get"' not in html.lower()
    # An old link with ?q= shows the whole list and echoes nothing.
    html = staff_client.get(list_url(session), {"q": "bernar lefev"}).content.decode()
    assert len(people_listed(html)) == 2 and "bernar lefev" not in html

    response = staff_client.post(toggle_url(zoe), {"present": "1", "q": "lefèvre"})
    assert response["Location"] == f"{list_url(session)}#personne-{zoe.pk}"


def test_a_button_checks_in_once_and_the_first_time_stays(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    zoe = register_person(session, "Zoé", "Lefèvre")
    register_person(session, "Hugo", "Bernard")

    response = staff_client.post(toggle_url(zoe), {"present": "1"})
    assert response.status_code == 302
    first = Registration.objects.get(pk=zoe.pk).checked_in_at
    assert first is not None
    html = staff_client.get(response["Location"]).content.decode()
    assert "Présence enregistrée : Zoé Lefèvre." in html
    assert "Présences pointées : 1 sur 2 personnes ayant une place" in html
    assert 'Annuler le pointage</span><span class="w-sr-only"> : Zoé Lefèvre</span>' in html

    # A second phone taps the same person: nothing changes, the first time is kept.
    staff_client.post(toggle_url(zoe), {"present": "1"})
    assert Registration.objects.get(pk=zoe.pk).checked_in_at == first
    entries = ModelLogEntry.objects.filter(action="registrations.checked_in")
    assert [(e.data["registration"], e.user.username) for e in entries] == [(zoe.pk, "staff")]

    response = staff_client.post(toggle_url(zoe), {"present": "0"}, follow=True)
    assert Registration.objects.get(pk=zoe.pk).checked_in_at is None
    assert "Pointage annulé : Zoé Lefèvre." in response.content.decode()
    assert ModelLogEntry.objects.filter(action="registrations.check_in_undone").count() == 1


def test_in_the_background_the_answer_gives_the_time_the_counter_and_undo(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    EventSession.objects.filter(pk=session.pk).update(time_zone="America/Cayenne")
    session.refresh_from_db()
    zoe = register_person(session, "Zoé", "Lefèvre")
    register_person(session, "Hugo", "Bernard")

    response = staff_client.post(toggle_url(zoe), {"present": "1"}, **JSON)
    assert response.status_code == 200
    body = response.json()
    checked_in_at = Registration.objects.get(pk=zoe.pk).checked_in_at
    local = timezone.localtime(checked_in_at, session.tzinfo)
    expected = f"{local.hour} h" + (f" {local.minute:02d}" if local.minute else "")
    assert body == {
        "id": zoe.pk,
        "present": True,
        "time": expected,
        "message": "Présence enregistrée : Zoé Lefèvre.",
        "present_count": 1,
        "confirmed_count": 2,
    }
    # Nothing left in the messages for the next page: the answer was shown in place.
    html = staff_client.get(list_url(session)).content.decode()
    assert "Présence enregistrée : Zoé Lefèvre." not in html

    undone = staff_client.post(toggle_url(zoe), {"present": "0"}, **JSON).json()
    assert (undone["present"], undone["present_count"]) == (False, 0)
    assert undone["message"] == "Pointage annulé : Zoé Lefèvre."


def test_the_state_follows_other_phones_by_id_without_names(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    zoe = register_person(session, "Zoé", "Lefèvre")
    hugo = register_person(session, "Hugo", "Bernard")
    register_person(session, "Karim", "Diallo")
    services.check_in(zoe)

    response = staff_client.get(f"{list_url(session)}etat/")
    assert response["Cache-Control"].startswith("max-age=0")
    state = response.json()
    assert sorted(state["confirmed"]) == sorted([zoe.pk, hugo.pk])
    assert list(state["present"]) == [str(zoe.pk)]
    assert (state["present_count"], state["confirmed_count"]) == (1, 2)
    assert "Lef" not in response.content.decode() and "@" not in response.content.decode()


def test_the_session_page_buttons_check_in_and_return_to_the_session(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=1)
    zoe = register_person(session, "Zoé", "Lefèvre")
    waiting = register_person(session, "Hugo", "Bernard")
    session_page = f"/admin/inscriptions/session/{session.pk}/"
    html = staff_client.get(session_page).content.decode()
    assert f'action="/admin/inscriptions/inscription/{zoe.pk}/check_in/"' in html

    response = staff_client.post(f"/admin/inscriptions/inscription/{zoe.pk}/check_in/")
    assert response.status_code == 302 and response["Location"] == session_page
    assert Registration.objects.get(pk=zoe.pk).checked_in_at is not None
    html = staff_client.get(session_page).content.decode()
    assert "Présence enregistrée : Zoé Lefèvre." in html
    assert f'action="/admin/inscriptions/inscription/{zoe.pk}/undo_check_in/"' in html

    response = staff_client.post(
        f"/admin/inscriptions/inscription/{zoe.pk}/undo_check_in/", follow=True
    )
    assert response.redirect_chain[0][0] == session_page
    assert "Pointage annulé : Zoé Lefèvre." in response.content.decode()
    assert Registration.objects.get(pk=zoe.pk).checked_in_at is None

    response = staff_client.post(
        f"/admin/inscriptions/inscription/{waiting.pk}/check_in/", follow=True
    )
    assert "Seules les personnes ayant une place peuvent être pointées." in (
        response.content.decode()
    )
    assert Registration.objects.get(pk=waiting.pk).checked_in_at is None


def test_people_without_a_seat_or_a_cancelled_session_cannot_be_checked_in(
    site_tree, client, staff_client
):
    _event, session = workshop(site_tree, capacity=1)
    seated = register_person(session, "Hugo", "Bernard")
    waiting = register_person(session, "Karim", "Diallo")

    response = staff_client.post(toggle_url(waiting), {"present": "1"}, **JSON)
    assert response.status_code == 409
    assert response.json() == {
        "error": "Seules les personnes ayant une place peuvent être pointées."
    }
    assert staff_client.get(toggle_url(waiting)).status_code == 405

    EventSession.objects.filter(pk=session.pk).update(is_cancelled=True)
    response = staff_client.post(toggle_url(seated), {"present": "1"}, follow=True)
    assert "La session est annulée." in response.content.decode()
    assert Registration.objects.get(pk=seated.pk).checked_in_at is None

    editor = User.objects.create_user("editor", "editor@example.org", "pw")
    client.force_login(editor)
    response = client.get(list_url(session))
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    client.post(toggle_url(seated), {"present": "1"})
    assert Registration.objects.get(pk=seated.pk).checked_in_at is None


def test_another_labs_people_are_out_of_reach(site_tree, client):
    own_event, own = workshop(site_tree, capacity=2, title="Atelier du Ti-Lab")
    other_event = make_event(
        site_tree.programme,
        title="Atelier de la DITP",
        organiser=make_organisation(name="DITP", slug="ditp"),
    )
    other = EventSession.objects.get(event=other_event)
    theirs = register_person(other, "Hugo", "Bernard")
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, own_event.organiser)
    client.force_login(user)

    assert client.get(list_url(own)).status_code == 200
    for url in [list_url(other), f"{list_url(other)}etat/"]:
        assert client.get(url, follow=True).status_code == 404
    response = client.post(toggle_url(theirs), {"present": "1"}, follow=True, **JSON)
    assert response.status_code == 404
    assert Registration.objects.get(pk=theirs.pk).checked_in_at is None


def test_checking_in_someone_marked_absent_withdraws_the_absence(site_tree):
    _event, session = workshop(site_tree, capacity=2)
    late = register_person(session, "Zoé", "Lefèvre")
    happening_now(session)
    assert services.mark_no_shows(session) == 1
    services.check_in(late)
    late.refresh_from_db()
    assert late.checked_in_at is not None and late.no_show_at is None


def test_the_rule_checks_in_people_with_a_seat_only(site_tree):
    _event, session = workshop(site_tree, capacity=1)
    seated = register_person(session, "Hugo", "Bernard")
    waiting = register_person(session, "Karim", "Diallo")
    staff = User.objects.create_user("marion", "marion@example.org", "pw")
    assert services.check_in(seated, by=staff).checked_in_at is not None
    assert services.check_in(seated, present=False).checked_in_at is None
    with pytest.raises(services.RegistrationError):
        services.check_in(waiting)
    entry = ModelLogEntry.objects.get(action="registrations.checked_in")
    assert (entry.user, entry.object_id) == (staff, str(session.pk))


def test_queries_stay_constant_from_5_to_500_people(site_tree, staff_client):
    _event, small = workshop(site_tree, capacity=500)
    large = EventSession.objects.create(
        event=small.event,
        start=small.start + datetime.timedelta(days=1),
        end=small.end + datetime.timedelta(days=1),
        capacity=500,
    )
    make_registrations(small, 5)
    make_registrations(large, 500)
    counts = {}
    for session in (small, large):
        person = Registration.objects.filter(session=session).first()
        with CaptureQueriesContext(connection) as page:
            assert staff_client.get(list_url(session)).status_code == 200
        with CaptureQueriesContext(connection) as state:
            assert staff_client.get(f"{list_url(session)}etat/").status_code == 200
        with CaptureQueriesContext(connection) as tap:
            staff_client.post(toggle_url(person), {"present": "1"}, **JSON)
        counts[session.pk] = (len(page), len(state), len(tap))
    assert counts[small.pk] == counts[large.pk]


def test_the_screen_speaks_the_admin_language_of_its_user(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    zoe = register_person(session, "Zoé", "Lefèvre")
    profile = UserProfile.get_for_user(User.objects.get(username="staff"))
    profile.preferred_language = "en"
    profile.save()
    html = staff_client.get(list_url(session)).content.decode()
    assert "Checked in: 0 of 1 people with a seat" in html
    assert 'Check in</span><span class="w-sr-only"> : Zoé Lefèvre</span>' in html
    assert 'data-found-many="%(count)s people found."' in html
    body = staff_client.post(toggle_url(zoe), {"present": "1"}, **JSON).json()
    assert body["message"] == "Checked in: Zoé Lefèvre."
    assert re.fullmatch(r"\d{1,2}(:\d\d)? [ap]m", body["time"])
    assert json.loads(staff_client.get(f"{list_url(session)}etat/").content)["present_count"] == 1
