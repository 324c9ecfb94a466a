"""Periodic work on registrations: reminders, anonymisation, and emails left unsent.

Each job is a plain function (called by its management command, for cron) and a
django-tasks task (for a scheduler that can enqueue); the worker is ``manage.py db_worker``::

    */10 * * * *  manage.py resend_unsent_emails
    0 * * * *     manage.py send_session_reminders
    30 3 * * *    manage.py anonymise_registrations
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from . import mail, notifications, services
from .models import OutboundEmail, Registration, RegistrationStatus

logger = logging.getLogger(__name__)


def resend_unsent(*, older_than: datetime.timedelta = datetime.timedelta(minutes=5)) -> int:
    """Send again every email still unsent a while after it was queued; return how many went."""
    limit = timezone.now() - older_than
    sent = 0
    for email_id in OutboundEmail.objects.filter(
        sent_at__isnull=True, created_at__lte=limit
    ).values_list("id", flat=True):
        try:
            sent += bool(mail.deliver(email_id))
        except Exception as error:
            logger.warning("Email %s still not sent: %s", email_id, mail.failure_summary(error))
    return sent


def send_due_reminders(*, now: datetime.datetime | None = None, hours: int | None = None) -> int:
    """Remind confirmed people of a session starting within the next day, once each.

    People who got their seat less than a day before the start already have a fresh email.
    """
    now = now or timezone.now()
    window = datetime.timedelta(hours=hours or settings.REGISTRATION_REMINDER_HOURS)
    due = (
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminded_at__isnull=True,
            anonymised_at__isnull=True,
            session__is_cancelled=False,
            session__start__gt=now,
            session__start__lte=now + window,
            confirmed_at__lte=F("session__start") - window,
        )
        .select_related("session", "session__event", "session__event__organiser")
        .order_by("session_id", "id")
    )
    sent = 0
    for registration in due:
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=registration.pk, reminded_at__isnull=True
            ).update(reminded_at=now)
            if claimed:
                notifications.reminder(registration, services.invite_sequence(registration.session))
                sent += 1
    return sent


def _months_before(moment, months):
    month_index = moment.month - 1 - months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue


def anonymise(*, now: datetime.datetime | None = None, months: int | None = None) -> int:
    """Erase who registered, months after the session, keeping statuses for the counts."""
    now = now or timezone.now()
    months = settings.REGISTRATION_RETENTION_MONTHS if months is None else months
    limit = _months_before(now, months)
    due = Registration.objects.filter(anonymised_at__isnull=True, session__end__lt=limit)
    ids = list(due.values_list("id", flat=True))
    with transaction.atomic():
        services.anonymise_rows(ids, now)
        OutboundEmail.objects.filter(registration__isnull=True, created_at__lt=limit).delete()
    return len(ids)


@task()
def resend_unsent_emails() -> int:
    return resend_unsent()


@task()
def send_session_reminders() -> int:
    return send_due_reminders()


@task()
def anonymise_registrations() -> int:
    return anonymise()
