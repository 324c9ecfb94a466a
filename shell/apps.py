from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShellConfig(AppConfig):
    """The site shell: header, footer, menus, languages, error pages and the site's identity.

    Base templates and static files stay in the ``site/`` folder (a Python package cannot be
    named ``site``: the standard library's module of that name shadows it)."""

    name = "shell"
    verbose_name = _("Site")

    def ready(self):
        from . import signals  # noqa: F401
