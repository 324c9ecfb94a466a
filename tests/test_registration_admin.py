"""The staff screens: counts, overbooking, and buttons that go through the rules."""

import pytest
from django.contrib.auth.models import User
from django.core import mail

from registrations import services
from registrations.models import Registration
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    register,
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def staff_client(client, db):
    user = User.objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    return client


def test_index_lists_sessions_with_counts_and_overbooking(site_tree, staff_client):
    _event, session = workshop(site_tree, capacity=2)
    for n in range(1, 5):
        register(session, n, notify=False)
    services.change_capacity(session, 1)
    html = staff_client.get("/admin/inscriptions/").content.decode()
    assert "Atelier design des politiques publiques" in html
    assert "2 / 1" in html
    assert "Surréservée de 1" in html
    detail = staff_client.get(f"/admin/inscriptions/session/{session.pk}/").content.decode()
    assert "Surréservation : une personne confirmée de plus que la capacité" in detail
    assert "camille3@example.org" in detail


def test_buttons_call_the_rules(site_tree, staff_client, django_capture_on_commit_callbacks):
    _event, session = workshop(site_tree, capacity=1)
    first = register(session, 1, notify=False).registration
    second = register(session, 2, notify=False).registration
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/admin/inscriptions/inscription/{first.pk}/cancel/")
    assert response.status_code == 302
    assert Registration.objects.get(pk=first.pk).status == "cancelled"
    assert Registration.objects.get(pk=second.pk).status == "confirmed"  # promoted
    assert {m.to[0] for m in mail.outbox} == {"camille1@example.org", "camille2@example.org"}

    staff_client.post(f"/admin/inscriptions/inscription/{second.pk}/check_in/")
    assert Registration.objects.get(pk=second.pk).checked_in_at is not None

    third = register(session, 3, notify=False).registration
    response = staff_client.post(f"/admin/inscriptions/inscription/{third.pk}/promote/", follow=True)
    assert "Aucune place libre" in response.content.decode()
    assert Registration.objects.get(pk=third.pk).status == "waitlisted"

    response = staff_client.post(f"/admin/inscriptions/session/{session.pk}/", {"capacity": "2"})
    assert response.status_code == 302
    assert Registration.objects.get(pk=third.pk).status == "confirmed"


def test_staff_screens_refuse_others_and_gets_on_actions(site_tree, client, staff_client):
    _event, session = workshop(site_tree)
    person = register(session, notify=False).registration
    assert staff_client.get(f"/admin/inscriptions/inscription/{person.pk}/cancel/").status_code == 405
    # Unknown action: not found (the locale middleware then redirects the 404).
    assert staff_client.post(f"/admin/inscriptions/inscription/{person.pk}/explode/").status_code in (302, 404)
    assert staff_client.post(f"/admin/inscriptions/session/{session.pk}/", {"capacity": "-3"}).status_code == 200

    editor = User.objects.create_user("editor", "editor@example.org", "pw")
    client.force_login(editor)
    assert client.get("/admin/inscriptions/").status_code in (302, 403)
    assert client.post(f"/admin/inscriptions/inscription/{person.pk}/cancel/").status_code in (302, 403)
    assert Registration.objects.get(pk=person.pk).status == "confirmed"
