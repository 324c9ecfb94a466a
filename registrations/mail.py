"""Stored emails turned into messages and sent: rendering, MIME building, delivery, the task.

``registrations.notifications`` decides which emails a change queues and stores them; this
module renders a stored email once, outside any lock, in its language (the invite itself is
built by ``registrations.invites``), builds the message with its calendar part, and sends it
without ever sending it twice. After the commit of a stored email (``queue_sending``) one
``send_queued_emails`` task sends every email awaiting its first delivery, one task for a
whole burst (a nudge in the cache says one is pending); an email that fails is retried
alone by ``send_email`` with a growing delay when the backend can defer; whatever is still
unsent is picked up by ``registrations.jobs.resend_unsent``.
"""

import contextlib
import datetime
import logging
import re
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from types import SimpleNamespace

from django.conf import settings
from django.core.cache import caches
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from events.models import EventSession

from . import entry_codes, invites
from .details import SessionDetails, absolute_url, details_for_sessions
from .models import EmailKind, OutboundEmail

logger = logging.getLogger(__name__)

# A claim older than this is taken to be a worker that died while sending.
CLAIM_TIMEOUT = datetime.timedelta(minutes=10)
MAX_AUTOMATIC_ATTEMPTS = 5


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
        EmailKind.SESSION_RESTORED: _("Session rétablie : %(title)s"),
        EmailKind.REMINDER: _("Rappel : %(title)s"),
        EmailKind.ENTRY_CODE: _("Votre nouveau code d'entrée : %(title)s"),
        EmailKind.CERTIFICATE: _("Attestation de participation : %(title)s"),
        EmailKind.MOVED: _("Inscription déplacée : %(title)s"),
    }
    return " ".join((subjects[kind] % {"title": details.title}).split())[:300]


def manage_url(token: str, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("registrations:manage", args=[token]))


def _invite(email, details, previous=None):
    """The email's invite, and (a moved registration) the CANCEL of the old session's."""
    facts = email.context
    person = {"email": email.to, "name": facts["full_name"]}
    removal = ""
    if previous is not None and facts.get("previous_sequence") is not None:
        removal = invites.cancel_invite(previous, **person, sequence=facts["previous_sequence"])
    if email.ics_method == "REQUEST":
        return invites.request_invite(details, **person, sequence=facts["sequence"]), removal
    if email.ics_method == "CANCEL" and previous is not None:
        return removal, ""
    if email.ics_method == "CANCEL":
        return invites.cancel_invite(details, **person, sequence=facts["sequence"]), ""
    return "", removal


# The emails of a person with a seat that carry the QR code to show at the door.
ENTRY_CODE_KINDS = {
    EmailKind.CONFIRMED,
    EmailKind.PROMOTED,
    EmailKind.REMINDER,
    EmailKind.ENTRY_CODE,
    EmailKind.MOVED,
}


def _shows_entry_code(email, details):
    return (
        email.kind in ENTRY_CODE_KINDS
        and email.registration_id is not None
        and email.context.get("status") == "confirmed"
        and not details.online_only
    )


def render(email: OutboundEmail, details: SessionDetails | None = None) -> OutboundEmail:
    """Fill in subject, bodies and invite of a stored email, in its language."""
    facts = email.context
    if details is None:
        session = email.registration.session
        details = details_for_sessions([session], email.language)[session.id]
    previous = _previous_details(email)
    ics, ics_cancel = _invite(email, details, previous)
    with translation.override(email.language):
        context = {
            **facts,
            "kind": email.kind,
            "details": details,
            "previous": previous,
            "registration": SimpleNamespace(
                first_name=facts["first_name"],
                status=facts["status"],
                waitlist_position=facts["position"],
            ),
            "manage_url": manage_url(facts["token"], email.language) if facts["token"] else "",
            "site_name": _("Mois de l'innovation publique"),
            "retention_months": settings.REGISTRATION_RETENTION_MONTHS,
            "entry_code_cid": entry_codes.IMAGE_CID if _shows_entry_code(email, details) else "",
        }
        if email.kind == EmailKind.STAFF_MESSAGE:
            email.subject = " ".join(facts["subject"].split())[:300]
        else:
            email.subject = _subject(email.kind, details)
        email.body_text = render_to_string(f"registrations/emails/{email.kind}.txt", context)
        email.body_html = render_to_string(f"registrations/emails/{email.kind}.html", context)
    email.reply_to = details.reply_to or ""
    email.ics, email.ics_cancel = ics, ics_cancel
    email.save(update_fields=["subject", "body_text", "body_html", "reply_to", "ics", "ics_cancel"])
    return email


def _previous_details(email):
    """The session a moved registration left, as its email describes it."""
    previous_id = email.context.get("previous_session")
    if email.kind != EmailKind.MOVED or previous_id is None:
        return None
    session = EventSession.objects.filter(pk=previous_id).first()
    if session is None:
        return None
    return details_for_sessions([session], email.language)[session.id]


class InviteEmail(EmailMultiAlternatives):
    """An email whose calendar part says its method, as Outlook and Gmail need.

    ``images`` ({content id: PNG bytes}) go beside the HTML part in a multipart/related,
    where mail clients show them inline (``<img src="cid:…">``) rather than as attachments.
    """

    def __init__(self, *args, calendar="", method="", images=None, removal="", **kwargs):
        super().__init__(*args, **kwargs)
        self.calendar = calendar
        self.method = method
        self.images = images or {}
        if calendar:
            self.attach("invitation.ics", calendar.encode("utf-8"), "application/ics")
        if removal:
            # A second method cannot share the text/calendar part: the old session's
            # CANCEL travels as a file the calendar opens.
            self.attach("annulation.ics", removal.encode("utf-8"), "application/ics")

    def _relate_images(self, msg):
        for index, part in enumerate(msg.get_payload()):
            if part.get_content_type() != "text/html":
                continue
            related = MIMEMultipart("related")
            related.attach(part)
            for content_id, content in self.images.items():
                image = MIMEImage(content, "png")
                image["Content-ID"] = f"<{content_id}>"
                image.add_header("Content-Disposition", "inline", filename=f"{content_id}.png")
                related.attach(image)
            msg.get_payload()[index] = related
        return msg

    def _create_alternatives(self, msg):
        msg = super()._create_alternatives(msg)
        if self.images and msg.is_multipart():
            msg = self._relate_images(msg)
        if self.calendar:
            part = MIMEText(self.calendar, "calendar", "utf-8")
            part.replace_header(
                "Content-Type", f"text/calendar; method={self.method}; charset=UTF-8"
            )
            msg.attach(part)
        return msg


def _entry_code_image(email):
    """The QR code of the email's registrant, as it is now (staff may have drawn a new one)."""
    if email.registration is None or f"cid:{entry_codes.IMAGE_CID}" not in email.body_html:
        return {}
    return {entry_codes.IMAGE_CID: entry_codes.png(email.registration.check_in_secret)}


def _certificate(email):
    # Imported here: WeasyPrint is loaded by the processes that send a certificate only.
    from . import documents

    with translation.override(email.language):
        return documents.certificate_filename(), documents.certificate(email.registration)


def build_message(email: OutboundEmail, connection: BaseEmailBackend | None = None) -> InviteEmail:
    message = InviteEmail(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_email,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
        calendar=email.ics,
        method=email.ics_method,
        removal=email.ics_cancel,
        images=_entry_code_image(email),
        connection=connection,
    )
    message.attach_alternative(email.body_html, "text/html")
    if email.kind == EmailKind.CERTIFICATE and email.registration is not None:
        message.attach(*_certificate(email), "application/pdf")
    return message


def _claimable(now):
    """Rows nobody is sending: never claimed, or claimed by a worker that died since."""
    return Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT)


def deliver(email_id: int) -> bool:
    """Send one stored email unless it is sent or being sent; return whether it went out.

    The row is claimed with a conditional update rather than a lock held while the mail
    server answers, so that a slow server never blocks registrations (SQLite has one writer).
    """
    now = timezone.now()
    claimed = OutboundEmail.objects.filter(
        Q(id=email_id, sent_at__isnull=True) & _claimable(now)
    ).update(claimed_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return False
    email = OutboundEmail.objects.select_related("registration__session").get(id=email_id)
    if not email.body_text and email.registration is None:
        # Unrendered and its registration gone (registrations are never deleted, so only
        # an email from before that rule): nothing left to say.
        logger.warning("Email %s dropped: its registration no longer exists", email_id)
        email.delete()
        return False
    try:
        if not email.body_text:
            render(email)
        build_message(email).send()
    except Exception as error:
        OutboundEmail.objects.filter(id=email_id).update(
            claimed_at=None, last_error=failure_summary(error)[:2000]
        )
        raise
    OutboundEmail.objects.filter(id=email_id).update(
        sent_at=timezone.now(), claimed_at=None, last_error=""
    )
    return True


ADDRESS = re.compile(r"[^\s<>\"'(),;:\[\]{}]+@[^\s<>\"'(),;:\[\]{}]+")


def failure_summary(error):
    """What went wrong, for logs and the staff screens, with every email address masked:
    SMTP errors name the recipients they refused."""
    return ADDRESS.sub("…@…", f"{type(error).__name__}: {error}")


def _deliver_or_retry(email_id):
    """``deliver``, and when it fails a log line and a retry of this email alone, later."""
    try:
        return deliver(email_id)
    except Exception as error:
        attempts = (
            OutboundEmail.objects.filter(id=email_id).values_list("attempts", flat=True).first()
        )
        # No traceback: an SMTP refusal carries the refused addresses in its text.
        logger.warning(
            "Email %s not sent (attempt %s): %s", email_id, attempts, failure_summary(error)
        )
        backend = send_email.get_backend()
        if attempts and attempts < MAX_AUTOMATIC_ATTEMPTS and backend.supports_defer:
            delay = datetime.timedelta(minutes=2**attempts)
            send_email.using(run_after=timezone.now() + delay).enqueue(email_id)
        return False


@task()
def send_email(email_id: int) -> bool:
    """Send one stored email: the retry of an email whose first delivery failed."""
    return _deliver_or_retry(email_id)


NUDGE_KEY = "mail:nudge"
# Should its task be lost, the first email after this nudges again.
NUDGE_TIMEOUT = 60
DRAIN_BATCH = 200


@task()
def send_queued_emails() -> int:
    """Send every stored email awaiting its first delivery; return how many went out.

    The nudge is removed before the first read: an email committed before that is read
    here, one committed after finds no nudge and enqueues this task again. Two drains at
    once send each email once (``deliver`` claims it).
    """
    _forget_nudge()
    sent = last_id = 0
    while True:
        batch = list(
            OutboundEmail.objects.filter(
                _claimable(timezone.now()), id__gt=last_id, sent_at__isnull=True, attempts=0
            )
            .order_by("id")
            .values_list("id", flat=True)[:DRAIN_BATCH]
        )
        for email_id in batch:
            sent += bool(_deliver_or_retry(email_id))
        if len(batch) < DRAIN_BATCH:
            return sent
        last_id = batch[-1]


def queue_sending(email_id: int) -> None:
    """Have a stored email sent once the caller's transaction commits.

    After the commit, not in the transaction: the rules call this while they hold a
    session lock. A burst makes one task, not one per email: the first email adds a nudge
    to the cache shared by web processes and workers (``EMAIL_NUDGE_CACHE``) and enqueues
    ``send_queued_emails``; the next ones find the nudge and leave their email to that task.
    A queue that refuses the task loses no email: the row, committed with its cause, stays
    unsent and ``resend_unsent_emails`` sends it; the nudge is removed for the next one.
    """
    transaction.on_commit(lambda: _nudge(email_id))


def _nudge_pending(email_id):
    """Whether a ``send_queued_emails`` not yet started will see the email: not without a
    shared cache nor when it fails (one task too many, never an email left waiting)."""
    if not settings.EMAIL_NUDGE_CACHE:
        return False
    try:
        return caches[settings.EMAIL_NUDGE_CACHE].add(NUDGE_KEY, 1, NUDGE_TIMEOUT) is False
    except Exception as error:
        logger.warning("Email %s nudged anyway: the cache failed (%s)", email_id, error)
        return False


def _forget_nudge():
    if not settings.EMAIL_NUDGE_CACHE:
        return
    try:
        caches[settings.EMAIL_NUDGE_CACHE].delete(NUDGE_KEY)
    except Exception as error:
        # It expires (NUDGE_TIMEOUT); an email that finds it till then waits for the resend job.
        logger.warning("Email nudge not removed: the cache failed (%s)", error)


def _nudge(email_id):
    if _nudge_pending(email_id):
        return
    try:
        with _without_waiting_for_the_disk():
            send_queued_emails.enqueue()
    except Exception:
        logger.exception("Could not enqueue email %s", email_id)
        _forget_nudge()


@contextlib.contextmanager
def _without_waiting_for_the_disk():
    """The nudge's task row, committed without waiting for PostgreSQL's flush.

    The email itself (its ``OutboundEmail`` row) was committed durably with the change
    that queued it; the task only says "send it now". Should the database stop in the
    fraction of a second before the flush, the task is lost, not the email: the next
    nudge's task or ``resend_unsent_emails`` sends it. Every nudge saves a disk flush.
    """
    connection = transaction.get_connection()
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    if connection.vendor != "postgresql" or not backend.startswith("django_tasks_db."):
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        yield
