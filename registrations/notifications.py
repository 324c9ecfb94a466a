"""Turns registration events into emails, in the person's language, sent after commit.

Each function below stores an ``OutboundEmail`` row in the caller's transaction with the
facts it must tell (status, position, SEQUENCE, the personal link as it was), and enqueues
the sending task with ``transaction.on_commit``: an email exists if and only if its cause
was committed, and a failing mail server leaves the row unsent for a later retry. The
sending task renders it (``render``) once, outside any lock, then sends it.

Called only by ``registrations.services`` and the session hooks in
``registrations.signals``; nothing else builds an email.
"""

import datetime
import logging
from email.mime.text import MIMEText
from types import SimpleNamespace

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


def manage_url(token, language):
    with translation.override(language):
        return absolute_url(reverse("registrations:manage", args=[token]))


def _queue(kind, registration, *, sequence=None, ics_method="", with_link=True, **facts):
    """Store the email with the facts it must tell; it is rendered by ``render`` later.

    Rendering (templates, invite) happens outside the caller's transaction, so the session
    lock is held for one INSERT, not for template work.
    """
    email = OutboundEmail.objects.create(
        kind=kind,
        registration=registration,
        language=registration.language,
        to=registration.email,
        from_email=settings.DEFAULT_FROM_EMAIL,
        ics_method=ics_method,
        context={
            "sequence": sequence,
            "token": registration.token if with_link else "",
            "status": registration.status,
            "position": registration.waitlist_position,
            "first_name": registration.first_name,
            "full_name": registration.full_name,
            **facts,
        },
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


def render(email, details=None):
    """Fill in subject, bodies and invite of a stored email, in its language."""
    facts = email.context
    if details is None:
        session = email.registration.session
        details = details_for_sessions([session], email.language)[session.id]
    ics = ""
    if email.ics_method == "REQUEST":
        ics = invites.request_invite(
            details, email=email.to, name=facts["full_name"], sequence=facts["sequence"]
        )
    elif email.ics_method == "CANCEL":
        ics = invites.cancel_invite(
            details, email=email.to, name=facts["full_name"], sequence=facts["sequence"]
        )
    with translation.override(email.language):
        context = {
            **facts,
            "kind": email.kind,
            "details": details,
            "registration": SimpleNamespace(
                first_name=facts["first_name"],
                status=facts["status"],
                waitlist_position=facts["position"],
            ),
            "manage_url": manage_url(facts["token"], email.language) if facts["token"] else "",
            "site_name": _("Mois de l'innovation publique"),
            "retention_months": settings.REGISTRATION_RETENTION_MONTHS,
        }
        email.subject = _subject(email.kind, details)
        email.body_text = render_to_string(f"registrations/emails/{email.kind}.txt", context)
        email.body_html = render_to_string(f"registrations/emails/{email.kind}.html", context)
    email.reply_to = details.reply_to or ""
    email.ics = ics
    email.save(update_fields=["subject", "body_text", "body_html", "reply_to", "ics"])
    return email


def registration_confirmed(registration, sequence):
    return _queue(
        EmailKind.CONFIRMED, registration, sequence=sequence, ics_method="REQUEST"
    )


def registration_waitlisted(registration):
    return _queue(EmailKind.WAITLISTED, registration)


def registration_promoted(registration, sequence):
    return _queue(
        EmailKind.PROMOTED, registration, sequence=sequence, ics_method="REQUEST"
    )


def registration_cancelled(registration, sequence, *, by_staff=False):
    """Tell a confirmed person their seat is gone; their calendar gets a CANCEL."""
    return _queue(
        EmailKind.CANCELLED,
        registration,
        sequence=sequence,
        ics_method="CANCEL",
        by_staff=by_staff,
        with_link=False,
    )


def left_waitlist(registration, *, by_staff=False):
    return _queue(
        EmailKind.LEFT_WAITLIST, registration, by_staff=by_staff, with_link=False
    )


def already_registered(registration):
    """Someone asked again with this address: tell its owner, not the person on the page."""
    return _queue(EmailKind.ALREADY_REGISTERED, registration)


def reminder(registration, sequence):
    return _queue(
        EmailKind.REMINDER, registration, sequence=sequence, ics_method="REQUEST"
    )


def session_updated(session, registrations, sequence):
    """Confirmed people get the new time or place with an updated invite."""
    for registration in registrations:
        _queue(EmailKind.SESSION_UPDATED, registration, sequence=sequence, ics_method="REQUEST")


def session_cancelled(session, registrations, sequence, *, deleted=False):
    """Everyone registered is told; confirmed people's calendars get a CANCEL.

    For a deleted session the emails are rendered at once, while the rows still exist.
    """
    emails = []
    for registration in registrations:
        confirmed = registration.status == "confirmed"
        emails.append(
            _queue(
                EmailKind.SESSION_CANCELLED,
                registration,
                sequence=sequence,
                ics_method="CANCEL" if confirmed else "",
                with_link=False,
                was_confirmed=confirmed,
            )
        )
    if deleted:
        details = {
            language: details_for_sessions([session], language)[session.id]
            for language in {email.language for email in emails}
        }
        for email in emails:
            render(email, details[email.language])
        # The registrations go with the session: the emails stay.
        OutboundEmail.objects.filter(id__in=[email.id for email in emails]).update(registration=None)


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
            part.replace_header("Content-Type", f"text/calendar; method={self.method}; charset=UTF-8")
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
    email = OutboundEmail.objects.select_related("registration__session").get(id=email_id)
    if not email.body_text and email.registration is None:
        # Unrendered and its registration gone (cannot happen for a deleted session,
        # whose emails are rendered before the rows go): nothing left to say.
        logger.warning("Email %s dropped: its registration no longer exists", email_id)
        email.delete()
        return False
    try:
        if not email.body_text:
            render(email)
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
