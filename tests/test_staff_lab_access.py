"""Staff follow a lab (the events it hosts, whoever organises them) or an organiser."""

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from demo.accounts import grant_editor_role, grant_lab_staff_role
from events.models import EventSession
from registrations import services
from registrations.access import followed_by, sessions_visible_to
from registrations.models import Registration, StaffAccess
from tests.factories import make_event, make_lab, make_organisation, register_person, translate
from tests.registration_support import immediate_tasks  # noqa: F401

pytestmark = pytest.mark.usefixtures("immediate_tasks")


def hosted(site_tree, lab, title, organiser):
    event = make_event(
        site_tree.programme, title=title, organiser=organiser, host_lab=lab, capacity=5
    )
    return EventSession.objects.get(event=event)


@pytest.fixture
def two_labs(site_tree):
    ti_lab = make_lab(site_tree.labs, title="Ti-Lab")
    fabrique = make_lab(site_tree.labs, title="La Fabrique RH")
    dgafp = make_organisation(name="DGAFP", slug="dgafp")
    ditp = make_organisation(name="DITP", slug="ditp")
    own = hosted(site_tree, ti_lab, "Atelier accueilli par le Ti-Lab", dgafp)
    other = hosted(site_tree, fabrique, "Atelier de la Fabrique", ditp)
    return ti_lab, fabrique, own, other


def lab_account(client, username="labo", **grant):
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    grant_lab_staff_role(user, **grant)
    client.force_login(user)
    return user


def test_a_labs_staff_follow_its_hosted_events_whoever_organises_them(two_labs, client):
    ti_lab, _fabrique, own, other = two_labs
    mine = register_person(own, "Zoé", "Lefèvre")
    theirs = register_person(other, "Hugo", "Bernard")
    user = lab_account(client, lab=ti_lab)
    assert list(sessions_visible_to(user)) == [own]
    assert followed_by(user) == ["Ti-Lab"]

    index = client.get("/admin/inscriptions/").content.decode()
    assert "Atelier accueilli par le Ti-Lab" in index and "Atelier de la Fabrique" not in index
    assert "Vous suivez les inscriptions des événements de : Ti-Lab." in index
    detail = client.get(f"/admin/inscriptions/session/{own.pk}/").content.decode()
    assert "Lefèvre" in detail
    for url in ["", "pointage/", "export.csv", "export.xlsx", "messages/", "emargement.pdf"]:
        assert client.get(f"/admin/inscriptions/session/{own.pk}/{url}").status_code == 200, url
        refused = client.get(f"/admin/inscriptions/session/{other.pk}/{url}", follow=True)
        assert refused.status_code == 404, url
    for tail in ["selection/", "filtres/"]:
        refused = client.post(f"/admin/inscriptions/session/{other.pk}/{tail}", {}, follow=True)
        assert refused.status_code == 404, tail
    client.post(
        f"/admin/inscriptions/session/{other.pk}/selection/",
        {"action": "check_in", "selected": [theirs.pk]},
    )
    client.post(
        f"/admin/inscriptions/session/{own.pk}/selection/",
        {"action": "check_in", "selected": [theirs.pk, mine.pk]},
    )
    assert Registration.objects.get(pk=theirs.pk).checked_in_at is None
    assert Registration.objects.get(pk=mine.pk).checked_in_at is not None


def test_the_english_lab_page_grants_the_french_events(two_labs, site_tree):
    ti_lab, _fabrique, own, _other = two_labs
    english = translate(ti_lab, site_tree.en)
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, lab=english)
    assert list(sessions_visible_to(user)) == [own]


def test_a_deleted_pages_sessions_stay_with_their_lab(two_labs):
    ti_lab, _fabrique, own, _other = two_labs
    register_person(own, "Zoé", "Lefèvre")
    user = User.objects.create_user("labo", "labo@example.org", "pw")
    grant_lab_staff_role(user, lab=ti_lab)
    services.withdraw_event(own.event.specific, reason="deleted", now=timezone.now())
    own.event.delete()
    own.refresh_from_db()
    assert own.event_id is None and own.event_host_lab_key == ti_lab.translation_key
    assert list(sessions_visible_to(user)) == [own]


def test_a_grant_names_an_organiser_or_a_lab_never_both_nor_neither(two_labs, admin_client):
    ti_lab, _fabrique, _own, _other = two_labs
    person = User.objects.create_user("dominique", "dominique@example.org", "pw")
    dgafp = make_organisation(name="DGAFP bis", slug="dgafp-bis")
    url = "/admin/snippets/registrations/staffaccess/add/"
    for data in [
        {"user": person.pk},
        {"user": person.pk, "organisation": dgafp.pk, "lab": ti_lab.pk},
    ]:
        response = admin_client.post(url, data)
        assert response.status_code == 200
        assert (
            "Choisissez soit un organisateur, soit un laboratoire hôte" in response.content.decode()
        )
    assert not StaffAccess.objects.exists()
    response = admin_client.post(url, {"user": person.pk, "lab": ti_lab.pk})
    assert response.status_code == 302
    assert StaffAccess.objects.get().lab_id == ti_lab.pk
    listing = admin_client.get("/admin/snippets/registrations/staffaccess/").content.decode()
    assert "Ti-Lab" in listing
    with pytest.raises(IntegrityError), transaction.atomic():
        StaffAccess.objects.create(user=person)


def test_editors_edit_pages_without_seeing_anyone_unless_granted(two_labs, client):
    _ti_lab, _fabrique, own, _other = two_labs
    register_person(own, "Zoé", "Lefèvre")
    editor = User.objects.create_user("editeur", "editeur@example.org", "pw")
    grant_editor_role(editor)
    client.force_login(editor)
    assert client.get(f"/admin/pages/{own.event_id}/edit/").status_code == 200
    assert "/admin/inscriptions/" not in client.get("/admin/").content.decode()
    for url in ["", f"session/{own.pk}/", f"session/{own.pk}/export.csv"]:
        response = client.get(f"/admin/inscriptions/{url}")
        assert (
            response.status_code in (302, 403, 404) and "Lefèvre" not in response.content.decode()
        )
    granted = User.objects.create_user("comm", "comm@example.org", "pw")
    grant_editor_role(granted, follows_registrations=True)
    client.force_login(granted)
    assert "Lefèvre" in client.get(f"/admin/inscriptions/session/{own.pk}/").content.decode()
