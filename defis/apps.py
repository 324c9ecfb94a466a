from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DefisConfig(AppConfig):
    name = "defis"
    verbose_name = _("Défis")
