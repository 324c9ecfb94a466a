"""Once people registered, a session's seats have one writer: the registration rules.

Every page action that writes sessions from a revision (an older draft, a revert, scheduled
publishing, a workflow approval, a copy, an alias, a translation sync) leaves the capacity,
the waiting-list switch and the cancelled state as the rules set them, and cannot remove a
session that people registered for. Each test starts from a session with people confirmed
and waiting, and a draft the editor saved before the staff changed the seats.
"""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.db.models import ProtectedError
from django.utils import timezone
from wagtail.models import Revision, Workflow
from wagtail_localize.models import TranslationSource

from events.models import EventPage, EventSession
from registrations import services
from registrations.models import Registration
from tests.factories import register_people, translate
from tests.registration_support import (
    immediate_tasks,  # noqa: F401
    workshop,
)

pytestmark = pytest.mark.usefixtures("immediate_tasks")


class Crowded:
    """A 3-seat session, 3 people confirmed and 2 waiting; a draft of the page saved at that
    point; then the staff lowered the capacity to 2, closed the waiting list, and one
    confirmed person cancelled (nobody promoted: 2 seats, 2 confirmed)."""

    def __init__(self, site_tree, capture):
        self.event, self.session = workshop(site_tree, capacity=3)
        self.people = register_people(self.session, 5)
        page = EventPage.objects.get(pk=self.event.pk)
        page.summary = "Résumé revu par l'éditrice"
        self.draft = page.save_revision()
        self.staff = User.objects.create_superuser("marion", "marion@example.org", "pw")
        with capture(execute=True):
            services.change_capacity(self.session, 2, by=self.staff)
            services.set_waitlist(self.session, False, by=self.staff)
            services.cancel(self.people[0], by_staff=True, notify=False)
        mail.outbox.clear()

    def assert_seats_kept(self):
        session = EventSession.objects.get(pk=self.session.pk)
        assert (session.capacity, session.waitlist_enabled, session.is_cancelled) == (
            2,
            False,
            False,
        )
        statuses = dict(Registration.objects.filter(session=session).values_list("email", "status"))
        assert statuses == {
            "camille1@example.org": "cancelled",
            "camille2@example.org": "confirmed",
            "camille3@example.org": "confirmed",
            "camille4@example.org": "waitlisted",
            "camille5@example.org": "waitlisted",
        }
        assert not [m for m in mail.outbox if m.subject.startswith("Une place")]


@pytest.fixture
def crowded(site_tree, django_capture_on_commit_callbacks):
    return Crowded(site_tree, django_capture_on_commit_callbacks)


def test_publishing_a_draft_saved_before_the_staff_changed_the_seats_keeps_them(
    crowded, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Revision.objects.get(pk=crowded.draft.pk).publish()
    crowded.assert_seats_kept()
    assert EventPage.objects.get(pk=crowded.event.pk).summary == "Résumé revu par l'éditrice"


def test_reverting_to_the_first_revision_keeps_the_seats(
    crowded, django_capture_on_commit_callbacks
):
    first = EventPage.objects.get(pk=crowded.event.pk).revisions.order_by("created_at").first()
    reverted = first.as_object()
    assert reverted.sessions.get().capacity == 2  # what the editor's form shows
    with django_capture_on_commit_callbacks(execute=True):
        reverted.save_revision(user=crowded.staff).publish()
    crowded.assert_seats_kept()


def test_scheduled_publishing_keeps_the_seats(site_tree, django_capture_on_commit_callbacks):
    event, session = workshop(site_tree, capacity=3)
    register_people(session, 5)
    page = EventPage.objects.get(pk=event.pk)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    scheduled = page.save_revision()
    scheduled.publish()  # a future go-live date: scheduled, not published
    assert Revision.objects.get(pk=scheduled.pk).approved_go_live_at is not None
    services.change_capacity(session, 2)
    services.set_waitlist(session, False)
    # The hour has come.
    scheduled = Revision.objects.get(pk=scheduled.pk)
    past = timezone.now() - datetime.timedelta(minutes=1)
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.approved_go_live_at = past
    scheduled.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert EventPage.objects.get(pk=event.pk).live_revision_id == scheduled.pk
    session.refresh_from_db()
    assert (session.capacity, session.waitlist_enabled) == (2, False)
    assert session.registrations.filter(status="confirmed").count() == 3


def test_approving_a_workflow_task_publishes_the_page_and_keeps_the_seats(
    crowded, django_capture_on_commit_callbacks
):
    workflow = Workflow.objects.get(name="Moderators approval")
    page = EventPage.objects.get(pk=crowded.event.pk)
    revision = page.get_latest_revision()
    assert revision.pk == crowded.draft.pk
    state = workflow.start(page, crowded.staff)
    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.approve(user=crowded.staff)
    page.refresh_from_db()
    assert page.live_revision_id == crowded.draft.pk
    crowded.assert_seats_kept()


def test_copying_the_page_takes_no_session_and_its_revisions_cannot_touch_the_originals(
    crowded, site_tree, django_capture_on_commit_callbacks
):
    page = EventPage.objects.get(pk=crowded.event.pk)
    copy = page.copy(
        to=site_tree.programme,
        update_attrs={"title": "Copie", "slug": "copie"},
        copy_revisions=True,
        keep_live=True,
    ).specific
    assert not EventSession.objects.filter(event=copy).exists()
    # Its revisions, copied from the original's, carry no session either.
    assert copy.revisions.count() > 1
    assert not any(revision.as_object().sessions.all() for revision in copy.revisions.all())
    with django_capture_on_commit_callbacks(execute=True):
        copy.get_latest_revision().publish()
    assert not EventSession.objects.filter(event=copy).exists()
    assert EventSession.objects.get(pk=crowded.session.pk).event_id == page.pk
    crowded.assert_seats_kept()


def test_an_alias_takes_no_session_and_publishing_the_original_updates_it(
    crowded, site_tree, django_capture_on_commit_callbacks
):
    page = EventPage.objects.get(pk=crowded.event.pk)
    alias = page.create_alias(parent=site_tree.programme, update_slug="alias")
    assert not EventSession.objects.filter(event_id=alias.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        Revision.objects.get(pk=crowded.draft.pk).publish()
    assert EventPage.objects.get(pk=alias.pk).summary == "Résumé revu par l'éditrice"
    assert not EventSession.objects.filter(event_id=alias.pk).exists()
    crowded.assert_seats_kept()


def test_syncing_the_translation_keeps_the_seats_and_gives_it_no_session(
    crowded, site_tree, django_capture_on_commit_callbacks
):
    english = translate(crowded.event, site_tree.en, title="Policy design workshop")
    services.change_capacity(crowded.session, 2)
    page = EventPage.objects.get(pk=crowded.event.pk)
    page.summary = "Nouveau résumé"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
        source = TranslationSource.objects.get_for_instance(page)
        source.update_from_db()
        source.create_or_update_translation(site_tree.en, publish=True, fallback=True)
    assert not EventSession.objects.filter(event_id=english.pk).exists()
    crowded.assert_seats_kept()


def test_a_revision_without_the_session_cannot_delete_it(
    crowded, django_capture_on_commit_callbacks
):
    page = EventPage.objects.get(pk=crowded.event.pk)
    page.sessions = []
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page = EventPage.objects.get(pk=crowded.event.pk)
    assert list(page.sessions.values_list("pk", flat=True)) == [crowded.session.pk]
    assert page.get_latest_revision().as_object().sessions.get().pk == crowded.session.pk
    crowded.assert_seats_kept()
    assert not mail.outbox


def test_before_anyone_registers_the_editor_owns_every_field(
    site_tree, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree, capacity=3)
    page = EventPage.objects.get(pk=event.pk)
    changed = page.sessions.get()
    changed.capacity, changed.waitlist_enabled = 12, False
    page.sessions = [changed]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    session.refresh_from_db()
    assert (session.capacity, session.waitlist_enabled) == (12, False)

    page = EventPage.objects.get(pk=event.pk)
    page.sessions = []
    page.save_revision().publish()
    assert not EventSession.objects.filter(pk=session.pk).exists()


def test_the_database_refuses_to_delete_a_session_with_registrations(crowded):
    with pytest.raises(ProtectedError):
        EventSession.objects.filter(pk=crowded.session.pk).delete()
    assert Registration.objects.filter(session_id=crowded.session.pk).count() == 5
