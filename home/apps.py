from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page and the standard pages (legal notices, accessibility, site map...)."""

    name = "home"
    verbose_name = _("Accueil")
