"""Translatable snippets shared by every section: themes, regions, organisations, formats.

This floor imports nothing from the rest of the project.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TaxonomyItem(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in programme filter URLs; keep it identical across languages."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyItem):
    description = models.TextField(_("description"), blank=True)

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Region(TaxonomyItem):
    class Meta(TaxonomyItem.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class EventFormat(TaxonomyItem):
    class Meta(TaxonomyItem.Meta):
        verbose_name = _("event format")
        verbose_name_plural = _("event formats")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class OrganisationFamily(models.TextChoices):
    STATE = "state", _("State service")
    LOCAL_AUTHORITY = "local", _("Local authority")
    PUBLIC_OPERATOR = "operator", _("Public operator")
    ASSOCIATION = "association", _("Association")
    TERRITORIAL_LAB = "lab", _("Territorial innovation lab")


class Organisation(TaxonomyItem):
    family = models.CharField(
        _("family"), max_length=20, choices=OrganisationFamily.choices, db_index=True
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    search_fields = TaxonomyItem.search_fields + [index.FilterField("family")]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
