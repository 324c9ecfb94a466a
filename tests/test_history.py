"""The staff history: entries on the session, with who acted, and no personal data."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import ModelLogEntry

from registrations import history
from tests.factories import make_event, register_people


@pytest.fixture
def session(site_tree):
    return make_event(site_tree.programme, title="Atelier pilote", capacity=2).sessions.get()


def test_an_entry_names_who_acted_and_the_person_concerned_without_storing_them(db, session):
    staff = User.objects.create_user("marion", "marion@example.org", "pw")
    person = register_people(session, 1)[0]
    history.record(session, "cancelled", user=staff, registration=person)
    history.record(session, "capacity", user=staff, old=2, new=6)

    entries = history.for_session(session)
    assert [entry.message for entry in entries] == [
        "Capacité passée de 2 à 6 places",
        "Inscription annulée",
    ]
    assert entries[0].user == staff
    assert entries[1].registration == person
    stored = ModelLogEntry.objects.get(action="registrations.cancelled")
    assert stored.data == {"registration": person.pk}
    assert person.email not in stored.label and person.last_name not in stored.label


def test_unknown_actions_are_refused(db, session):
    with pytest.raises(ValueError):
        history.record(session, "teleported")


def test_the_site_history_report_shows_staff_actions_with_their_message(db, session, client):
    admin = User.objects.create_superuser("admin", "admin@example.org", "pw")
    history.record(session, "capacity", user=admin, old=2, new=6)
    client.force_login(admin)
    html = client.get("/admin/reports/site-history/").content.decode()
    assert "Capacité passée de 2 à 6 places" in html
