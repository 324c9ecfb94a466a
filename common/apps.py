from django.apps import AppConfig


class CommonConfig(AppConfig):
    """The ground floor: plain helpers every app may import; it imports none of ours."""

    name = "common"
    verbose_name = "Common"

    def ready(self):
        """Every integer field of the Wagtail admin (page editor, snippets) reads ASCII digits."""
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from .fields import AsciiIntegerField

        register_form_field_override(
            models.IntegerField, override={"form_class": AsciiIntegerField}
        )
