"""The menus of each language and the site's identity, edited in the admin.

Both were created by ``home``'s first migration; they moved here with their tables
(``db_table``), their content types and so their translations, permissions and history
(``shell/migrations/0001`` and ``0002``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

from common.blocks import LinkBlock


class MenuLocation(models.TextChoices):
    HEADER = "header", _("Navigation principale")
    FOOTER = "footer", _("Liens du pied de page")
    FOOTER_BOTTOM = "footer_bottom", _("Liens du bas de pied de page (mentions obligatoires)")


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """Links of the header or footer, edited and translated per language."""

    location = models.CharField(_("emplacement"), max_length=20, choices=MenuLocation.choices)
    links = StreamField([("link", LinkBlock())], verbose_name=_("liens"), blank=True)

    panels = [FieldPanel("location"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        db_table = "home_navigationmenu"
        verbose_name = _("menu de navigation")
        verbose_name_plural = _("menus de navigation")
        unique_together = [("translation_key", "locale"), ("location", "locale")]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale})"


class AccessibilityStatus(models.TextChoices):
    NOT = "not", _("non conforme")
    PARTIAL = "partial", _("partiellement conforme")
    FULL = "full", _("totalement conforme")


@register_setting(icon="cog")
class SiteIdentity(BaseGenericSetting):
    accessibility_status = models.CharField(
        _("état de conformité (RGAA)"),
        max_length=10,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.PARTIAL,
    )

    panels = [FieldPanel("accessibility_status")]

    class Meta:
        db_table = "home_siteidentity"
        verbose_name = _("identité du site")
