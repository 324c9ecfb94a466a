"""The event editor once people registered: counts, locked seats, no removal, one editor."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.core import mail

from events.models import EventPage, EventSession
from tests.editor_support import form_fields, post_data
from tests.factories import make_event, register_people
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


@pytest.fixture
def editor(client, db):
    client.force_login(User.objects.create_superuser("camille", "camille@example.org", "pw"))
    return client


@pytest.fixture
def two_sessions(site_tree):
    """Two sessions: the first with 2 people confirmed and 1 waiting, the second empty."""
    event, _ = workshop(site_tree, capacity=2, sessions=2)
    first, second = EventSession.objects.filter(event=event).order_by("start")
    register_people(first, 3)
    return event, first, second


def edit_page(client, event):
    response = client.get(f"/admin/pages/{event.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def prefix_of(fields, session):
    """The formset prefix of ``session`` in the editor's form ("sessions-0")."""
    for name in fields:
        if re.fullmatch(r"sessions-\d+-id", name) and fields[name] == str(session.pk):
            return name[: -len("-id")]
    raise AssertionError(f"session {session.pk} not in the form")


def test_the_editor_shows_the_people_and_locks_the_seats(editor, two_sessions):
    event, first, second = two_sessions
    html = edit_page(editor, event)
    assert (
        "3 personnes sont inscrites à cette session (2 avec une place, 1 en liste d&#x27;attente)"
        in html
    )
    assert f'href="/admin/inscriptions/session/{first.pk}/"' in html
    fields = form_fields(html)
    locked, free = prefix_of(fields, first), prefix_of(fields, second)
    for name in ("capacity", "waitlist_enabled", "is_cancelled"):
        assert f"{locked}-{name}" not in fields  # disabled: a browser does not send it
        assert re.search(rf'name="{locked}-{name}"[^>]*disabled', html)
    assert fields[f"{free}-capacity"] == "2"
    assert fields[f"{locked}-start"]  # the time and place stay the editor's


def test_removing_a_session_with_people_is_refused_with_their_number(editor, two_sessions):
    event, first, _second = two_sessions
    revisions = EventPage.objects.get(pk=event.pk).revisions.count()
    fields = form_fields(edit_page(editor, event))
    prefix = prefix_of(fields, first)
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        post_data(fields, {f"{prefix}-DELETE": "1", "action-publish": "action-publish"}),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "ne peut pas être supprimée : 3 personnes y sont inscrites (2 avec une place, "
        "1 en liste d&#x27;attente). Annulez-la plutôt depuis l&#x27;écran des inscriptions" in html
    )
    # Shown again as a session of the page, not as one being removed.
    assert form_fields(html)[f"{prefix}-DELETE"] == ""
    assert EventSession.objects.filter(pk=first.pk, event=event).exists()
    assert EventPage.objects.get(pk=event.pk).revisions.count() == revisions
    assert first.registrations.count() == 3
    assert not mail.outbox


def test_a_session_nobody_registered_for_can_still_be_removed(editor, two_sessions):
    event, first, second = two_sessions
    fields = form_fields(edit_page(editor, event))
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        post_data(fields, {f"{prefix_of(fields, second)}-DELETE": "1", "action-publish": "1"}),
    )
    assert response.status_code == 302
    assert list(EventSession.objects.filter(event=event)) == [first]


def test_a_capacity_sent_after_people_registered_is_refused(site_tree, editor):
    event = make_event(site_tree.programme, capacity=5)
    session = event.sessions.get()
    fields = form_fields(edit_page(editor, event))  # loaded before anyone registered
    register_people(session, 1)
    prefix = prefix_of(fields, session)
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        post_data(fields, {f"{prefix}-capacity": "50", "action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "Des personnes se sont inscrites entre-temps" in response.content.decode()
    session.refresh_from_db()
    assert session.capacity == 5


def test_the_editor_still_moves_a_session_and_its_people_are_told(
    editor, two_sessions, django_capture_on_commit_callbacks
):
    event, first, _second = two_sessions
    fields = form_fields(edit_page(editor, event))
    prefix = prefix_of(fields, first)
    later = first.start + datetime.timedelta(hours=1)
    new_start = later.astimezone(first.tzinfo).strftime("%Y-%m-%d %H:%M")
    new_end = (later + datetime.timedelta(hours=2)).astimezone(first.tzinfo)
    changes = {
        f"{prefix}-start": new_start,
        f"{prefix}-end": new_end.strftime("%Y-%m-%d %H:%M"),
        "action-publish": "1",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(f"/admin/pages/{event.pk}/edit/", post_data(fields, changes))
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.start == later and first.capacity == 2
    assert {m.to[0] for m in mail.outbox if m.subject.startswith("Session modifiée")} == {
        "camille1@example.org",
        "camille2@example.org",
    }


def test_an_expiry_date_before_a_session_with_people_is_refused(editor, two_sessions):
    event, first, _second = two_sessions
    fields = form_fields(edit_page(editor, event))
    before = (first.start - datetime.timedelta(days=1)).astimezone(first.tzinfo)
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        post_data(fields, {"expire_at": before.strftime("%Y-%m-%d %H:%M"), "action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "à cette date d&#x27;expiration, la page serait dépubliée" in response.content.decode()
    assert EventPage.objects.get(pk=event.pk).expire_at is None

    after = (first.end + datetime.timedelta(days=3)).astimezone(first.tzinfo)
    response = editor.post(
        f"/admin/pages/{event.pk}/edit/",
        post_data(fields, {"expire_at": after.strftime("%Y-%m-%d %H:%M"), "action-publish": "1"}),
    )
    assert response.status_code == 302
