"""What happens to an idea, step by step: the one writer of its status.

Each function takes plain arguments (no request), runs in one transaction and queues the
author's email in it (``emails``), so that a step and its email exist together or not at all.
The confirmation, the tokens and the purge are the generic ones of ``submissions.flow``.
"""

from django.db import transaction
from django.utils import timezone

from submissions import flow

from . import emails
from .models import DECISIONS, Idea, IdeaStatus

FIELDS = ("title", "problem", "idea", "author_name", "administration", "email", "publish_name")
# The decisions the author hears of.
TOLD = (IdeaStatus.SELECTED, IdeaStatus.DECLINED, IdeaStatus.INCUBATED)


def submit(defi, data, *, language, notify=True):
    """Store a new idea, unconfirmed, and send its author the confirmation link."""
    with transaction.atomic():
        idea = flow.prepare(Idea(defi=defi, language=language))
        for name in FIELDS:
            setattr(idea, name, data[name])
        idea.save()
        if notify:
            emails.confirm_address(idea)
    return idea


def confirm(token, *, now=None, notify=True):
    """The author clicked their link and the button: the idea goes to the editors."""
    with transaction.atomic():
        idea = flow.confirm(Idea.objects.all(), token, now=now)
        if idea is None:
            return None
        idea.status = IdeaStatus.RECEIVED
        idea.save(update_fields=["status", "updated_at"])
        if notify:
            emails.received(idea)
    return idea


def decide(idea_id, *, status, user, now=None, notify=True, **public):
    """An editor's decision on a confirmed idea (and its public texts, its story page).

    Records who decided and when whenever the status changes, and tells the author of a
    selection, a refusal or an incubation. Returns the idea, or None if it cannot be
    decided (unconfirmed, or not a decision).
    """
    if status not in DECISIONS:
        return None
    with transaction.atomic():
        idea = Idea.objects.select_for_update().filter(pk=idea_id).first()
        if idea is None or not idea.is_confirmed:
            return None
        changed = idea.status != status
        for name in ("english_title", "english_summary", "story"):
            if name in public:
                setattr(idea, name, public[name])
        idea.status = status
        if changed:
            idea.decided_by = user
            idea.decided_at = now or timezone.now()
        idea.save()
        if changed and notify and status in TOLD:
            emails.decided(idea)
    return idea


def purge_unconfirmed(*, now=None, days=None):
    return flow.purge_unconfirmed(Idea.objects.all(), now=now, days=days)
