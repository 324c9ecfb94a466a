from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from common.page_cache import seats_changed

from .models import EventPage, EventSession
from .queries import source_page

# A session saved in the editor or by a command changes what cached pages show of it.
post_save.connect(seats_changed, sender=EventSession, dispatch_uid="session-saved-pages")
post_delete.connect(seats_changed, sender=EventSession, dispatch_uid="session-deleted-pages")


@receiver(page_published, sender=EventPage)
def copy_dates_to_translations(sender, instance, **kwargs):
    """Translations have no sessions of their own: every version shows the source's dates."""
    source = source_page(instance)
    EventPage.objects.filter(translation_key=instance.translation_key).exclude(id=source.id).update(
        first_start=source.first_start, last_end=source.last_end
    )
