"""The worker's log lines and the stored error of an unsent email name no recipient."""

import logging
import smtplib

from django.core.mail.backends.base import BaseEmailBackend

from registrations import mail
from registrations.models import OutboundEmail
from tests.factories import register
from tests.registration_support import workshop


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        refused = {
            address: (550, b"5.1.1 <%s> unknown" % address.encode()) for address in messages[0].to
        }
        raise smtplib.SMTPRecipientsRefused(refused)


def test_a_refused_recipient_is_not_written_to_the_log(site_tree, settings, caplog):
    settings.EMAIL_BACKEND = "tests.test_mail_logs.RefusingBackend"
    _event, session = workshop(site_tree)
    register(session, 1, email="refuse.moi@example.org")
    email = OutboundEmail.objects.get(to="refuse.moi@example.org")
    with caplog.at_level(logging.DEBUG):
        assert mail.send_email.call(email.pk) is False
    assert "Email" in caplog.text and "SMTPRecipientsRefused" in caplog.text
    assert "refuse.moi" not in caplog.text
    assert "refuse.moi" not in OutboundEmail.objects.get(pk=email.pk).last_error
