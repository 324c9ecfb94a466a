"""Messages staff write to the people of a session: who gets one, in which language.

One email per person, stored in the rule's transaction and sent through the task queue
after commit (``registrations.notifications``): a failing mail server leaves the rows
unsent for the retry job, never lost. The message itself is kept (``StaffMessage``) and
recorded in the session's history with its figures, never with names.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import EventSession

from .. import history, notifications, placeholders
from ..models import Audience, Registration, StaffMessage
from ..models import RegistrationStatus as Status
from .common import RegistrationError, lock_session, pk_of

ENGLISH = "en"


def audience_of(session, audience: str) -> QuerySet[Registration]:
    """The people of ``session`` a message to ``audience`` is meant for (addresses or not)."""
    people = Registration.objects.filter(session=session, anonymised_at__isnull=True)
    if audience == Audience.CONFIRMED:
        return people.filter(status=Status.CONFIRMED)
    if audience == Audience.WAITLISTED:
        return people.filter(status=Status.WAITLISTED)
    if audience == Audience.CHECKED_IN:
        return people.filter(status=Status.CONFIRMED, checked_in_at__isnull=False)
    raise RegistrationError(_("Destinataires inconnus."))


@dataclass(frozen=True)
class AudienceCount:
    total: int
    english: int
    without_email: int

    @property
    def reachable(self):
        return self.total - self.without_email


def audience_counts(session: EventSession | int) -> dict[str, AudienceCount]:
    """For each audience, how many people, how many read English, how many have no address;
    one query."""
    english = Q(language=ENGLISH) & ~Q(email="")
    no_email = Q(email="")
    filters = {
        Audience.CONFIRMED: Q(status=Status.CONFIRMED),
        Audience.WAITLISTED: Q(status=Status.WAITLISTED),
        Audience.CHECKED_IN: Q(status=Status.CONFIRMED, checked_in_at__isnull=False),
    }
    aggregates = {}
    for name, where in filters.items():
        aggregates[f"{name}_total"] = Count("id", filter=where)
        aggregates[f"{name}_english"] = Count("id", filter=where & english)
        aggregates[f"{name}_without_email"] = Count("id", filter=where & no_email)
    row = Registration.objects.filter(session=pk_of(session), anonymised_at__isnull=True).aggregate(
        **aggregates
    )
    return {
        name: AudienceCount(
            row[f"{name}_total"], row[f"{name}_english"], row[f"{name}_without_email"]
        )
        for name in filters
    }


def send_message(
    session: EventSession | int,
    *,
    audience: str,
    subject: str,
    body: str,
    subject_en: str = "",
    body_en: str = "",
    by=None,
    now: datetime.datetime | None = None,
    notify: bool = True,
) -> StaffMessage:
    """Write to the chosen people of a session, each in their language when an English
    version is given; returns the kept message (``recipients``: emails queued)."""
    now = now or timezone.now()
    texts = [subject, body, subject_en, body_en]
    if not subject.strip() or not body.strip():
        raise RegistrationError(_("Un message a besoin d'un objet et d'un texte."))
    if bool(subject_en.strip()) != bool(body_en.strip()):
        raise RegistrationError(_("La version anglaise a besoin d'un objet et d'un texte."))
    if any(placeholders.unknown(text) for text in texts):
        raise RegistrationError(_("Le message contient un champ de fusion inconnu."))
    with transaction.atomic(durable=True):
        session = lock_session(session)
        people = list(audience_of(session, audience).order_by("id"))
        reachable = [person for person in people if person.email]
        if not reachable:
            # Also keeps a session that nobody registered for free of any message row.
            raise RegistrationError(_("Personne à qui écrire parmi ces destinataires."))
        message = StaffMessage.objects.create(
            session=session,
            author=by,
            audience=audience,
            subject=subject,
            body=body,
            subject_en=subject_en,
            body_en=body_en,
            without_email=len(people) - len(reachable),
        )
        english = 0
        for person in reachable:
            in_english = bool(subject_en) and person.language == ENGLISH
            english += in_english
            if notify:
                notifications.staff_message(
                    message,
                    person,
                    subject=placeholders.fill(subject_en if in_english else subject, person),
                    body=placeholders.fill(body_en if in_english else body, person),
                    language=ENGLISH if in_english else "fr",
                )
        message.recipients, message.recipients_en = len(reachable), english
        message.save(update_fields=["recipients", "recipients_en"])
        history.record(
            session,
            "message_sent",
            user=by,
            message=message.pk,
            audience=audience,
            count=len(reachable),
        )
        return message
