"""Session changes made in the page editor, turned into the registration rules' work.

Publishing an event page applies its sessions' changes after the publication commits
(updated or cancelled invites, seats freed by a higher capacity). Deleting a session tells
its registrants before the rows go.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from events.models import EventPage, EventSession

from . import services


@receiver(page_published, sender=EventPage)
def apply_session_changes_on_publish(sender, instance, **kwargs):
    if instance.id != instance.source_page_id:
        return
    for session_id in EventSession.objects.filter(event_id=instance.id).values_list("id", flat=True):
        transaction.on_commit(partial(services.apply_session_changes, session_id))


@receiver(pre_delete, sender=EventSession)
def tell_registrants_of_deleted_session(sender, instance, **kwargs):
    services.notify_session_deleted(instance)
