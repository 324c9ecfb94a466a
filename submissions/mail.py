"""Emails to a submitter, in their language, stored and sent like every other email.

Rendered when queued (nothing to compute later, no lock held), stored as an
``OutboundEmail`` of kind ``submission`` in the caller's transaction and sent once it commits
(``registrations.mail.queue_sending``, with the registration emails of the moment); an
unsent one is retried by ``resend_unsent_emails``.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from registrations import mail
from registrations.models import EmailKind, OutboundEmail


def queue(*, to, language, template, subject, context, reply_to=""):
    """Store one email to ``to`` rendered in ``language`` from ``<template>.txt/.html``.

    ``subject`` is a callable run in that language, so that it is translated there.
    """
    with translation.override(language):
        context = {"site_name": _("Mois de l'innovation publique"), **context}
        email = OutboundEmail.objects.create(
            kind=EmailKind.SUBMISSION,
            language=language,
            to=to,
            from_email=settings.DEFAULT_FROM_EMAIL,
            reply_to=reply_to,
            context={"template": template},
            subject=" ".join(str(subject()).split())[:300],
            body_text=render_to_string(f"{template}.txt", context),
            body_html=render_to_string(f"{template}.html", context),
        )
    mail.queue_sending(email.id)
    return email
