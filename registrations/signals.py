"""Page actions on events, turned into the registration rules' work.

Publishing an event page applies its sessions' changes after the publication commits
(updated invites, seats freed by a higher capacity). Deleting or unpublishing it cancels
its upcoming sessions that people registered for and tells them, inside the page action's
transaction; a deleted page's sessions with registrations outlive it, with their people.
The admin asks for a confirmation first (``registrations.page_actions``).
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from events.models import EventPage, EventSession

from . import services


@receiver(page_published, sender=EventPage)
def apply_session_changes_on_publish(sender, instance, **kwargs):
    """The page's own sessions: a translation has none, its source's are not its to change."""
    for session_id in EventSession.objects.filter(event_id=instance.id).values_list(
        "id", flat=True
    ):
        transaction.on_commit(partial(services.apply_session_changes, session_id))


@receiver(page_unpublished, sender=EventPage)
def withdraw_unpublished_event(sender, instance, **kwargs):
    services.withdraw_event(instance, reason="unpublished")


@receiver(pre_delete, sender=EventPage)
def withdraw_deleted_event(sender, instance, **kwargs):
    """Before the page row goes: its sessions with registrations are kept (page set null)."""
    services.withdraw_event(instance, reason="deleted")
