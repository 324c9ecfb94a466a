"""Turns registration events into emails, in the person's language, sent after commit.

Each function below renders its message at once (so it tells what was true when it was
decided), stores it as an ``OutboundEmail`` row in the caller's transaction, and enqueues
the sending task with ``transaction.on_commit``: an email exists if and only if its cause
was committed, and a failing mail server leaves the row unsent for a later retry.

Called only by ``registrations.services`` and the session hooks in
``registrations.signals``; nothing else builds an email.
"""

import datetime
import logging
from email.mime.text import MIMEText

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import invites
from .details import absolute_url, details_for_sessions
from .models import EmailKind, OutboundEmail

logger = logging.getLogger(__name__)

# A claim older than this is taken to be a worker that died while sending.
CLAIM_TIMEOUT = datetime.timedelta(minutes=10)

def _subject(kind, details):
    subjects = {
        EmailKind.CONFIRMED: _("Inscription confirmée : %(title)s"),
        EmailKind.WAITLISTED: _("Liste d'attente : %(title)s"),
        EmailKind.PROMOTED: _("Une place s'est libérée : %(title)s"),
        EmailKind.CANCELLED: _("Inscription annulée : %(title)s"),
        EmailKind.LEFT_WAITLIST: _("Vous avez quitté la liste d'attente : %(title)s"),
        EmailKind.ALREADY_REGISTERED: _("Votre inscription existante : %(title)s"),
        EmailKind.SESSION_UPDATED: _("Session modifiée : %(title)s"),
        EmailKind.SESSION_CANCELLED: _("Session annulée : %(title)s"),
        EmailKind.REMINDER: _("Rappel : %(title)s"),
    }
    return " ".join((subjects[kind] % {"title": details.title}).split())[:300]


def manage_url(registration):
    with translation.override(registration.language):
        return absolute_url(reverse("registrations:manage", args=[registration.token]))


def _queue(kind, *, to, language, details, context, registration=None, ics="", ics_method=""):
    with translation.override(language):
        context = {
            "kind": kind,
            "details": details,
            "site_name": _("Mois de l'innovation publique"),
            "retention_months": settings.REGISTRATION_RETENTION_MONTHS,
            **context,
        }
        email = OutboundEmail.objects.create(
            kind=kind,
            registration=registration,
            language=language,
            to=to,
            from_email=settings.DEFAULT_FROM_EMAIL,
            reply_to=details.reply_to or "",
            subject=_subject(kind, details),
            body_text=render_to_string(f"registrations/emails/{kind}.txt", context),
            body_html=render_to_string(f"registrations/emails/{kind}.html", context),
            ics=ics,
            ics_method=ics_method,
        )
    transaction.on_commit(lambda: _enqueue(email.id))
    return email


def _enqueue(email_id):
    from .tasks import send_email

    try:
        send_email.enqueue(email_id)
    except Exception:
        # The row is kept: resend_unsent_emails picks it up.
        logger.exception("Could not enqueue email %s", email_id)


def _for_registration(
    kind, registration, *, details=None, sequence=None, ics_method="", with_link=True, **extra
):
    details = details or details_for_sessions([registration.session], registration.language)[
        registration.session_id
    ]
    ics = ""
    if ics_method == "REQUEST":
        ics = invites.request_invite(
            details, email=registration.email, name=registration.full_name, sequence=sequence
        )
    elif ics_method == "CANCEL":
        ics = invites.cancel_invite(
            details, email=registration.email, name=registration.full_name, sequence=sequence
        )
    context = {
        "registration": registration,
        "manage_url": manage_url(registration) if with_link else "",
        **extra,
    }
    return _queue(
        kind,
        to=registration.email,
        language=registration.language,
        details=details,
        context=context,
        registration=registration,
        ics=ics,
        ics_method=ics_method,
    )


def registration_confirmed(registration, sequence):
    return _for_registration(
        EmailKind.CONFIRMED, registration, sequence=sequence, ics_method="REQUEST"
    )


def registration_waitlisted(registration):
    return _for_registration(EmailKind.WAITLISTED, registration)


def registration_promoted(registration, sequence):
    return _for_registration(
        EmailKind.PROMOTED, registration, sequence=sequence, ics_method="REQUEST"
    )


def registration_cancelled(registration, sequence, *, by_staff=False):
    """Tell a confirmed person their seat is gone; their calendar gets a CANCEL."""
    return _for_registration(
        EmailKind.CANCELLED,
        registration,
        sequence=sequence,
        ics_method="CANCEL",
        by_staff=by_staff,
        with_link=False,
    )


def left_waitlist(registration, *, by_staff=False):
    return _for_registration(
        EmailKind.LEFT_WAITLIST, registration, by_staff=by_staff, with_link=False
    )


def already_registered(registration):
    """Someone asked again with this address: tell its owner, not the person on the page."""
    return _for_registration(EmailKind.ALREADY_REGISTERED, registration)


def reminder(registration, sequence):
    return _for_registration(
        EmailKind.REMINDER, registration, sequence=sequence, ics_method="REQUEST"
    )


def session_updated(session, registrations, sequence):
    """Confirmed people get the new time or place with an updated invite."""
    details = _details_by_language(session, registrations)
    for registration in registrations:
        _for_registration(
            EmailKind.SESSION_UPDATED,
            registration,
            details=details[registration.language],
            sequence=sequence,
            ics_method="REQUEST",
        )


def session_cancelled(session, registrations, sequence, *, deleted=False):
    """Everyone registered is told; confirmed people's calendars get a CANCEL."""
    details = _details_by_language(session, registrations)
    for registration in registrations:
        confirmed = registration.status == "confirmed"
        _for_registration(
            EmailKind.SESSION_CANCELLED,
            registration,
            details=details[registration.language],
            sequence=sequence,
            ics_method="CANCEL" if confirmed else "",
            was_confirmed=confirmed,
            with_link=False,
        )
    if deleted:
        # The registrations are about to be deleted with the session: keep the emails.
        OutboundEmail.objects.filter(registration__in=registrations).update(registration=None)


def _details_by_language(session, registrations):
    return {
        language: details_for_sessions([session], language)[session.id]
        for language in {registration.language for registration in registrations}
    }


class InviteEmail(EmailMultiAlternatives):
    """An email whose calendar part says its method, as Outlook and Gmail need."""

    def __init__(self, *args, calendar="", method="", **kwargs):
        super().__init__(*args, **kwargs)
        self.calendar = calendar
        self.method = method
        if calendar:
            self.attach("invitation.ics", calendar, "application/ics")

    def _create_alternatives(self, msg):
        msg = super()._create_alternatives(msg)
        if self.calendar:
            part = MIMEText(self.calendar, "calendar", "utf-8")
            part.set_param("method", self.method)
            msg.attach(part)
        return msg


def build_message(email, connection=None):
    message = InviteEmail(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_email,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
        calendar=email.ics,
        method=email.ics_method,
        connection=connection,
    )
    message.attach_alternative(email.body_html, "text/html")
    return message


def deliver(email_id):
    """Send one stored email unless it is sent or being sent; return whether it went out.

    The row is claimed with a conditional update rather than a lock held while the mail
    server answers, so that a slow server never blocks registrations (SQLite has one writer).
    """
    now = timezone.now()
    claimable = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT)
    claimed = OutboundEmail.objects.filter(Q(id=email_id, sent_at__isnull=True) & claimable).update(
        claimed_at=now, attempts=F("attempts") + 1
    )
    if not claimed:
        return False
    email = OutboundEmail.objects.get(id=email_id)
    try:
        build_message(email).send()
    except Exception as error:
        OutboundEmail.objects.filter(id=email_id).update(
            claimed_at=None, last_error=f"{type(error).__name__}: {error}"[:2000]
        )
        raise
    OutboundEmail.objects.filter(id=email_id).update(
        sent_at=timezone.now(), claimed_at=None, last_error=""
    )
    return True
