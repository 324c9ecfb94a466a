"""Personal data: what is held about an address, and erasing it (anonymisation).

``anonymise_rows`` is the one anonymising write: the retention job
(``registrations.jobs.anonymise``) and an erasure request both go through it. A person's
row keeps its status and dates, so that the figures of past sessions do not change; names,
address, organisation, needs and emails received are gone, and the personal link and the
check-in code stop working.

``erase`` answers a request (RGPD article 17) for the sessions the staff member may see:
a seat or a waiting-list place for a session still to come is cancelled first, as the rules
cancel (the seat goes to the next person waiting), without writing to the person who asked
to be forgotten; every session concerned is locked in the order of its id.
"""

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from common.text import normalise_email

from .. import history
from ..access import sessions_visible_to
from ..models import OutboundEmail, Registration, new_token
from ..models import RegistrationStatus as Status
from .by_hand import lock_in_order, release_seat


def anonymise_rows(ids, now: datetime.datetime) -> None:
    """Erase who the registrations ``ids`` were, and the emails they were sent."""
    for registration_id in ids:
        Registration.objects.filter(pk=registration_id).update(
            first_name="",
            last_name="",
            email=f"anonyme-{registration_id}@invalid",
            organisation="",
            job_title="",
            accessibility_needs="",
            token=new_token(),
            check_in_secret=new_token(),
            anonymised_at=now,
            updated_at=now,
        )
    OutboundEmail.objects.filter(registration_id__in=ids).delete()


def held_about(email: str, user) -> QuerySet[Registration]:
    """Every registration of ``email`` in the sessions ``user`` may see, oldest first."""
    email = normalise_email(email or "")
    if not email:
        return Registration.objects.none()
    return (
        Registration.objects.filter(
            email=email,
            anonymised_at__isnull=True,
            session__in=sessions_visible_to(user),
        )
        .select_related("session", "session__event", "added_by")
        .order_by("created_at", "id")
    )


def erase(
    email: str,
    *,
    by,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> list[int]:
    """Anonymise what ``by`` may see of ``email``; returns the ids of the rows erased.

    ``notify`` concerns the people promoted into freed seats (the person erased is never
    written to)."""
    now = now or timezone.now()
    with transaction.atomic(durable=True):
        rows = list(held_about(email, by).select_related(None).only("id", "session_id"))
        if not rows:
            return []
        sessions = lock_in_order(*(row.session_id for row in rows))
        # Read again under the locks: a cancellation may have happened meanwhile.
        people = list(Registration.objects.filter(pk__in=[row.pk for row in rows]).order_by("id"))
        for person in people:
            session = sessions[person.session_id]
            promoted = 0
            if person.status != Status.CANCELLED and session.start > now:
                promoted = len(release_seat(session, person, now, notify)[1])
            history.record(session, "erased", user=by, registration=person, promoted=promoted)
        ids = [person.pk for person in people]
        anonymise_rows(ids, now)
        return ids
