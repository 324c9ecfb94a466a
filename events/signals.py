from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPage


@receiver(page_published, sender=EventPage)
def copy_dates_to_translations(sender, instance, **kwargs):
    """Translations have no sessions of their own: give them the source's dates."""
    if instance.id != instance.source_page_id:
        source = EventPage.objects.filter(id=instance.source_page_id).values("first_start", "last_end").first()
        if source:
            EventPage.objects.filter(id=instance.id).update(**source)
        return
    EventPage.objects.filter(translation_key=instance.translation_key).exclude(id=instance.id).update(
        first_start=instance.first_start, last_end=instance.last_end
    )
