from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Événements")

    def ready(self):
        from wagtail_localize.fields import get_translatable_fields

        from . import signals  # noqa: F401
        from .models import EventPage

        # Sessions stay on the source page: wagtail-localize would otherwise copy them into
        # every translation on each synchronisation. Computed here, once every child
        # relation of EventPage is registered.
        EventPage.translatable_fields = [
            field for field in get_translatable_fields(EventPage) if field.field_name != "sessions"
        ]
