from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPage
from .queries import source_page


@receiver(page_published, sender=EventPage)
def copy_dates_to_translations(sender, instance, **kwargs):
    """Translations have no sessions of their own: every version shows the source's dates."""
    source = source_page(instance)
    EventPage.objects.filter(translation_key=instance.translation_key).exclude(id=source.id).update(
        first_start=source.first_start, last_end=source.last_end
    )
