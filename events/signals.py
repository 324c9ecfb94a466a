from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from common.page_cache import seats_changed

from .models import EventPage, EventSession
from .queries import source_page


@receiver(post_save, sender=EventSession, dispatch_uid="session-saved-pages")
@receiver(post_delete, sender=EventSession, dispatch_uid="session-deleted-pages")
def session_changed(sender, instance, **kwargs):
    """A session saved in the editor or by a command: the cached pages showing it are dropped."""
    key = instance.loaded_event_key()
    if key is None and instance.event_id is not None:
        key = (
            EventPage.objects.filter(pk=instance.event_id)
            .values_list("translation_key", flat=True)
            .first()
        )
    seats_changed(key)


@receiver(page_published, sender=EventPage)
def copy_dates_to_translations(sender, instance, **kwargs):
    """Translations have no sessions of their own: every version shows the source's dates."""
    source = source_page(instance)
    EventPage.objects.filter(translation_key=instance.translation_key).exclude(id=source.id).update(
        first_start=source.first_start, last_end=source.last_end
    )
