"""Every registration email: language, recipients, content, and that none is ever lost."""

import datetime

import pytest
from django.core import mail
from django.core.cache.backends.locmem import LocMemCache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import OperationalError, transaction
from django.utils import timezone

import registrations.mail
from events.models import EventPage
from registrations import jobs, notifications, services
from registrations.mail import send_email
from registrations.models import OutboundEmail, Registration
from tests.factories import register, translate
from tests.registration_support import (
    DATABASE_TASKS,
    calendar_part,
    html_part,
    immediate_tasks,  # noqa: F401
    outbox_to,
    workshop,
)
from tests.test_cache_outage import UNREACHABLE_REDIS

pytestmark = pytest.mark.usefixtures("immediate_tasks")


def test_confirmation_in_french_with_links_reply_to_and_invite(
    site_tree, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        result = register(session, first_name="Camille")

    (message,) = mail.outbox
    registration = result.registration
    assert message.to == ["camille1@example.org"]
    assert message.subject == "Inscription confirmée : Atelier design des politiques publiques"
    assert (
        message.from_email
        == "Mois de l'innovation publique <ne-pas-repondre@innovation.example.gouv.fr>"
    )
    assert message.reply_to == ["organisation@labo.example.fr"]
    manage = f"https://innovation.example.gouv.fr/fr/inscriptions/gerer/{registration.token}/"
    page = f"https://innovation.example.gouv.fr{EventPage.objects.get(pk=event.pk).url}"
    for body in (message.body, html_part(message)):
        assert "Bonjour Camille" in body
        assert "Votre place est confirmée" in body
        assert manage in body
        assert page in body
        assert "1 rue de la République" in body
    assert 'lang="fr"' in html_part(message)
    part = calendar_part(message)
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "REQUEST"
    assert part.get_content_charset() == "utf-8"
    assert part["Content-Type"] == "text/calendar; method=REQUEST; charset=UTF-8"
    assert [name for name, _content, _type in message.attachments] == ["invitation.ics"]
    assert registration.token not in part.get_payload(decode=True).decode()


def test_waiting_list_email_gives_the_position_and_no_invite(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=1)
    register(session, 1, notify=False)
    with django_capture_on_commit_callbacks(execute=True):
        register(session, 2)
    (message,) = mail.outbox
    assert message.to == ["camille2@example.org"]
    assert message.subject.startswith("Liste d'attente : ")
    assert "en position 1 sur la liste d'attente" in message.body
    assert calendar_part(message) is None
    assert "/fr/inscriptions/gerer/" in message.body


def test_english_registrant_gets_english_email_with_english_page_and_times(
    site_tree, django_capture_on_commit_callbacks
):
    event, session = workshop(site_tree)
    english = translate(
        event, site_tree.en, title="Public policy design workshop", summary="An English summary."
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = register(session, language="en", first_name="Sam")
    (message,) = mail.outbox
    assert message.subject == "Registration confirmed: Public policy design workshop"
    assert "Hello Sam," in message.body
    assert "Your seat is confirmed" in message.body
    assert f"https://innovation.example.gouv.fr{english.url}" in message.body
    assert english.url.startswith("/en/")
    assert f"/en/inscriptions/gerer/{result.registration.token}/" in message.body
    day = session.local_start.strftime("%A")
    assert day in message.body  # English day name, e.g. "Monday"
    assert 'lang="en"' in html_part(message)
    ics = calendar_part(message).get_payload(decode=True).decode()
    assert "SUMMARY:Public policy design workshop" in ics


def test_duplicate_address_gets_its_existing_status_and_nothing_changes(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=1)
    register(session, 1, notify=False)
    waiting = register(session, 2, notify=False).registration
    with django_capture_on_commit_callbacks(execute=True):
        again = register(session, 2, email="CAMILLE2@example.org", first_name="Intrus")
    assert again.duplicate
    (message,) = mail.outbox
    assert message.to == ["camille2@example.org"]
    assert message.subject.startswith("Votre inscription existante : ")
    assert "déjà inscrite, en position 1 sur la liste d'attente" in message.body
    assert "Bonjour Camille2," in message.body  # the owner's name, not the one just typed
    assert waiting.token in message.body
    assert Registration.objects.get(pk=waiting.pk).first_name == "Camille2"


def test_cancel_sends_cancel_invite_and_promotion_sends_invite(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=1)
    first = register(session, 1, notify=False).registration
    register(session, 2, notify=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(first)

    (cancelled,) = outbox_to("camille1@example.org")
    assert cancelled.subject.startswith("Inscription annulée : ")
    assert calendar_part(cancelled).get_param("method") == "CANCEL"
    assert "/inscriptions/gerer/" not in cancelled.body

    (promoted,) = outbox_to("camille2@example.org")
    assert promoted.subject.startswith("Une place s'est libérée : ")
    assert calendar_part(promoted).get_param("method") == "REQUEST"
    assert "/fr/inscriptions/gerer/" in promoted.body


def test_leaving_the_waiting_list_is_confirmed_by_email(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree, capacity=1)
    register(session, 1, notify=False)
    waiting = register(session, 2, notify=False).registration
    with django_capture_on_commit_callbacks(execute=True):
        services.leave_waitlist(waiting)
    (message,) = mail.outbox
    assert message.to == ["camille2@example.org"]
    assert "Vous avez quitté la liste d'attente" in message.body
    assert calendar_part(message) is None


def test_staff_cancellation_says_so(site_tree, django_capture_on_commit_callbacks):
    _event, session = workshop(site_tree, capacity=1)
    person = register(session, 1, notify=False, language="en").registration
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel(person, by_staff=True)
    (message,) = mail.outbox
    assert "The organiser has cancelled your registration" in message.body


def test_reply_to_falls_back_to_the_default_without_organiser_contact(
    site_tree, settings, django_capture_on_commit_callbacks
):
    settings.DEFAULT_REPLY_TO_EMAIL = "contact@innovation.example.gouv.fr"
    _event, session = workshop(site_tree, contact_email="")
    with django_capture_on_commit_callbacks(execute=True):
        register(session)
    assert mail.outbox[0].reply_to == ["contact@innovation.example.gouv.fr"]


def test_nothing_is_sent_before_commit_nor_when_notify_is_false(
    site_tree, django_capture_on_commit_callbacks
):
    _event, session = workshop(site_tree)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        register(session, 1)
    assert mail.outbox == []
    # The page cache's own callback (new seats tokens) aside, one sends the email.
    assert len([c for c in callbacks if c.__module__ != "common.cache"]) == 1
    register(session, 2, notify=False)
    assert OutboundEmail.objects.count() == 1


def test_reminder_goes_once_to_confirmed_people_the_day_before(
    site_tree, django_capture_on_commit_callbacks
):
    start = (timezone.now() + datetime.timedelta(days=3)).replace(microsecond=0)
    _event, session = workshop(site_tree, capacity=1, start=start)
    register(session, 1, notify=False)
    register(session, 2, notify=False)
    assert jobs.send_due_reminders() == 0
    the_day_before = start - datetime.timedelta(hours=20)
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.send_due_reminders(now=the_day_before) == 1
        assert jobs.send_due_reminders(now=the_day_before) == 0
    (message,) = mail.outbox
    assert message.to == ["camille1@example.org"]
    assert message.subject.startswith("Rappel : ")
    assert calendar_part(message).get_param("method") == "REQUEST"


def test_send_session_reminders_command(site_tree, django_capture_on_commit_callbacks, capsys):
    start = timezone.now() + datetime.timedelta(hours=30)
    _event, session = workshop(site_tree, start=start)
    Registration.objects.filter(pk=register(session, notify=False).registration.pk).update(
        confirmed_at=timezone.now() - datetime.timedelta(days=5)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_session_reminders", hours_ahead=31)
    assert len(mail.outbox) == 1
    assert "1" in capsys.readouterr().out


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


def test_failing_email_backend_loses_nothing(
    site_tree, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.test_emails.FailingBackend"
    _event, session = workshop(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        result = register(session)
    assert result.outcome == "confirmed"
    assert Registration.objects.filter(pk=result.registration.pk, status="confirmed").exists()
    email = OutboundEmail.objects.get()
    assert email.sent_at is None
    assert email.attempts == 1
    assert "SMTP server down" in email.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboundEmail.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("resend_unsent_emails")
    email.refresh_from_db()
    assert email.sent_at is not None
    (message,) = mail.outbox
    assert message.subject.startswith("Inscription confirmée")
    call_command("resend_unsent_emails")
    assert len(mail.outbox) == 1


SENDS = "registrations.mail.send_email"
DRAINS = "registrations.mail.send_queued_emails"


def task_rows(path):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=path)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_database_task_backend_sends_a_burst_through_one_task_of_the_worker(site_tree, settings):
    """As in production: the first commit nudges the worker (db_worker) with one task row,
    the next ones find the nudge pending; that task sends the whole burst."""
    settings.TASKS = DATABASE_TASKS
    _event, session = workshop(site_tree, capacity=5)
    for n in (1, 2, 3):
        register(session, n)
    assert mail.outbox == []
    (drain,) = task_rows(DRAINS)
    assert drain.args_kwargs == {"args": [], "kwargs": {}}
    assert not task_rows(SENDS).exists()
    assert not OutboundEmail.objects.filter(sent_at__isnull=False).exists()
    call_command("db_worker", batch=True, no_startup_delay=True, interval=0.01)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "camille1@example.org",
        "camille2@example.org",
        "camille3@example.org",
    ]
    assert set(OutboundEmail.objects.values_list("attempts", flat=True)) == {1}
    assert not OutboundEmail.objects.filter(sent_at__isnull=True).exists()
    assert task_rows(DRAINS).count() == 1


def test_the_send_task_is_queued_once_the_change_commits_and_never_without_it(
    site_tree, settings, django_capture_on_commit_callbacks
):
    """Not in the transaction: the rules hold a session lock there (tests/test_registration_lock)."""
    settings.TASKS = DATABASE_TASKS
    drains = task_rows(DRAINS)
    _event, session = workshop(site_tree)
    registration = register(session, notify=False).registration
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            notifications.registration_waitlisted(registration)
            assert not drains.exists()  # nothing before the commit
            raise RuntimeError("the change fails after the email was queued")
    assert not OutboundEmail.objects.exists()
    assert not drains.exists()

    with django_capture_on_commit_callbacks(execute=True):
        register(session, 2)
    assert drains.get().args_kwargs == {"args": [], "kwargs": {}}
    assert not task_rows(SENDS).exists()


def test_an_email_committed_once_a_drain_has_started_makes_a_new_task(
    site_tree, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """The drain removes the nudge before it reads: an email committed in between is both
    read by it and nudges again, so neither order loses it (nor sends it twice)."""
    settings.TASKS = DATABASE_TASKS
    _event, session = workshop(site_tree, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        register(session, 1)
    forget = registrations.mail._forget_nudge

    def forget_then_someone_registers():
        forget()
        with django_capture_on_commit_callbacks(execute=True):
            register(session, 2)

    monkeypatch.setattr(registrations.mail, "_forget_nudge", forget_then_someone_registers)
    assert registrations.mail.send_queued_emails.call() == 2
    monkeypatch.undo()
    assert task_rows(DRAINS).count() == 2
    assert registrations.mail.send_queued_emails.call() == 0

    with django_capture_on_commit_callbacks(execute=True):
        register(session, 3)
    assert task_rows(DRAINS).count() == 3
    assert registrations.mail.send_queued_emails.call() == 1
    assert sorted(m.to[0] for m in mail.outbox) == [
        "camille1@example.org",
        "camille2@example.org",
        "camille3@example.org",
    ]


def test_drains_racing_each_other_and_the_retry_task_send_each_email_once(
    site_tree, settings, monkeypatch
):
    _event, session = workshop(site_tree, capacity=5)
    for n in (1, 2, 3):
        register(session, n)  # on_commit not run: three rows wait, unsent
    settings.TASKS = DATABASE_TASKS
    deliver = registrations.mail.deliver
    raced = []

    def the_other_worker_first(email_id):
        if not raced:
            raced.append(email_id)
            # The other worker drains, and a retry of the same email runs, after this
            # drain has read its ids and before it claims the first.
            assert registrations.mail.send_queued_emails.call() == 3
            assert send_email.call(email_id) is False
        return deliver(email_id)

    monkeypatch.setattr(registrations.mail, "deliver", the_other_worker_first)
    assert registrations.mail.send_queued_emails.call() == 0
    assert registrations.mail.send_queued_emails.call() == 0
    assert len(raced) == 1
    assert len(mail.outbox) == 3
    assert set(OutboundEmail.objects.values_list("attempts", flat=True)) == {1}


def test_a_drain_sends_more_emails_than_one_batch(site_tree, settings, monkeypatch):
    monkeypatch.setattr(registrations.mail, "DRAIN_BATCH", 2)
    _event, session = workshop(site_tree, capacity=10)
    for n in range(1, 6):
        register(session, n)  # on_commit not run
    assert registrations.mail.send_queued_emails.call() == 5
    assert len(mail.outbox) == 5


class RaisingCache(LocMemCache):
    def add(self, *args, **kwargs):
        raise ConnectionError("cache down")

    def delete(self, *args, **kwargs):
        raise ConnectionError("cache down")


@pytest.mark.parametrize(
    "nudge_cache",
    [{"BACKEND": "tests.test_emails.RaisingCache"}, UNREACHABLE_REDIS["default"]],
    ids=["raising", "unreachable-redis"],
)
def test_a_failing_cache_still_gets_each_email_its_task(
    site_tree, settings, django_capture_on_commit_callbacks, nudge_cache
):
    settings.TASKS = DATABASE_TASKS
    settings.CACHES = {**settings.CACHES, "nudges": nudge_cache}
    settings.EMAIL_NUDGE_CACHE = "nudges"
    _event, session = workshop(site_tree, capacity=5)
    for n in (1, 2):
        with django_capture_on_commit_callbacks(execute=True):
            register(session, n)
    assert task_rows(DRAINS).count() == 2
    assert registrations.mail.send_queued_emails.call() == 2
    assert registrations.mail.send_queued_emails.call() == 0
    assert len(mail.outbox) == 2


def test_without_a_shared_cache_each_email_has_its_task(
    site_tree, settings, django_capture_on_commit_callbacks
):
    """A memory cache is one process's: a worker could not remove the web process's nudge."""
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_NUDGE_CACHE = None
    _event, session = workshop(site_tree, capacity=5)
    for n in (1, 2):
        with django_capture_on_commit_callbacks(execute=True):
            register(session, n)
    assert task_rows(DRAINS).count() == 2


@pytest.mark.parametrize(
    "error", [ConnectionError("queue unavailable"), OperationalError("no such table")]
)
def test_a_queue_that_refuses_the_task_loses_no_registration_nor_email(
    site_tree, settings, monkeypatch, caplog, django_capture_on_commit_callbacks, error
):
    """Nor leaves a nudge behind: the next email enqueues the task that sends both."""
    settings.TASKS = DATABASE_TASKS
    drain = registrations.mail.send_queued_emails

    class RefusingQueue:
        def enqueue(self, *args):
            raise error

    monkeypatch.setattr(registrations.mail, "send_queued_emails", RefusingQueue())
    _event, session = workshop(site_tree, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        result = register(session)
    assert Registration.objects.get().status == result.registration.status == "confirmed"
    assert OutboundEmail.objects.get().sent_at is None  # resend_unsent_emails sends it
    assert "Could not enqueue email" in caplog.text
    assert not task_rows(DRAINS).exists()

    monkeypatch.setattr(registrations.mail, "send_queued_emails", drain)
    with django_capture_on_commit_callbacks(execute=True):
        register(session, 2)
    assert task_rows(DRAINS).count() == 1
    assert drain.call() == 2
    assert len(mail.outbox) == 2


def test_send_task_never_sends_twice(site_tree, django_capture_on_commit_callbacks):
    _event, session = workshop(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        register(session)
    email = OutboundEmail.objects.get()
    send_email.call(email.id)
    assert len(mail.outbox) == 1


def test_failed_send_is_retried_later_by_the_database_worker(site_tree, settings):
    from django_tasks_db.models import DBTaskResult

    _event, session = workshop(site_tree)
    register(session, notify=True)  # on_commit not run: the row waits, unsent
    email = OutboundEmail.objects.get()
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = "tests.test_emails.FailingBackend"
    assert send_email.call(email.id) is False
    retry = DBTaskResult.objects.get(task_path=SENDS)
    assert retry.args_kwargs["args"] == [email.id]
    assert retry.run_after > timezone.now() + datetime.timedelta(minutes=1)
    email.refresh_from_db()
    assert (email.attempts, email.sent_at) == (1, None)


class RefusingCamille1Backend(BaseEmailBackend):
    def send_messages(self, messages):
        if any("camille1@example.org" in message.to for message in messages):
            raise ConnectionRefusedError("SMTP server refuses <camille1@example.org>")
        mail.outbox.extend(messages)
        return len(messages)


def test_a_drain_leaves_a_failed_email_to_its_own_retry_and_sends_the_others(
    site_tree, settings, caplog
):
    _event, session = workshop(site_tree, capacity=5)
    register(session, 1)
    register(session, 2)  # on_commit not run: the rows wait, unsent
    failing, other = OutboundEmail.objects.order_by("id")
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = "tests.test_emails.RefusingCamille1Backend"
    assert registrations.mail.send_queued_emails.call() == 1
    assert [m.to for m in mail.outbox] == [["camille2@example.org"]]
    retry = task_rows(SENDS).get()
    assert retry.args_kwargs["args"] == [failing.id]
    assert retry.run_after > timezone.now() + datetime.timedelta(minutes=1)
    assert f"Email {failing.id} not sent (attempt 1): ConnectionRefusedError" in caplog.text
    assert "camille1" not in caplog.text and "Traceback" not in caplog.text
    assert registrations.mail.send_queued_emails.call() == 0  # left to its retry
    failing.refresh_from_db()
    other.refresh_from_db()
    assert (failing.attempts, failing.sent_at, other.attempts) == (1, None, 1)
