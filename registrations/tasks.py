"""Background work, run by the django-tasks worker (``manage.py db_worker``).

``send_email`` is enqueued after commit for every stored email and retries itself with a
growing delay when the backend can defer; whatever is still unsent is picked up by
``resend_unsent_emails``. The periodic jobs have a task each (for a scheduler that can
enqueue) and a management command each (for cron)::

    */10 * * * *  manage.py resend_unsent_emails
    0 * * * *     manage.py send_session_reminders
    30 3 * * *    manage.py anonymise_registrations
"""

import datetime
import logging

from django.utils import timezone
from django_tasks import task

from . import notifications, services
from .models import OutboundEmail

logger = logging.getLogger(__name__)

MAX_AUTOMATIC_ATTEMPTS = 5


@task()
def send_email(email_id):
    try:
        return notifications.deliver(email_id)
    except Exception:
        attempts = OutboundEmail.objects.filter(id=email_id).values_list("attempts", flat=True).first()
        logger.warning("Email %s not sent (attempt %s)", email_id, attempts, exc_info=True)
        backend = send_email.get_backend()
        if attempts and attempts < MAX_AUTOMATIC_ATTEMPTS and backend.supports_defer:
            delay = datetime.timedelta(minutes=2**attempts)
            send_email.using(run_after=timezone.now() + delay).enqueue(email_id)
        return False


def resend_unsent(*, older_than=datetime.timedelta(minutes=5)):
    """Send again every email still unsent a while after it was queued; return how many went."""
    limit = timezone.now() - older_than
    sent = 0
    for email_id in OutboundEmail.objects.filter(sent_at__isnull=True, created_at__lte=limit).values_list(
        "id", flat=True
    ):
        try:
            sent += bool(notifications.deliver(email_id))
        except Exception:
            logger.warning("Email %s still not sent", email_id, exc_info=True)
    return sent


@task()
def resend_unsent_emails():
    return resend_unsent()


@task()
def send_session_reminders():
    return services.send_due_reminders()


@task()
def anonymise_registrations():
    return services.anonymise()
