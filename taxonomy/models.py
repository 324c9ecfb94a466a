"""Translatable snippets shared by every section: themes, regions, organisations, formats.

This floor imports nothing from the rest of the project.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TaxonomyItem(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("nom"), max_length=150)
    slug = models.SlugField(
        _("identifiant d'adresse"),
        max_length=80,
        help_text=_(
            "Utilisé dans les adresses des filtres du programme ; le garder identique dans toutes les langues."
        ),
    )

    # The admin's listings and choosers filter their search by locale: the database search
    # backend refuses a filter on a field not declared here (a 500 behind the listing).
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyItem):
    description = models.TextField(_("description"), blank=True)

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Region(TaxonomyItem):
    class Meta(TaxonomyItem.Meta):
        verbose_name = _("région")
        verbose_name_plural = _("régions")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class EventFormat(TaxonomyItem):
    class Meta(TaxonomyItem.Meta):
        verbose_name = _("format d'événement")
        verbose_name_plural = _("formats d'événement")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class OrganisationFamily(models.TextChoices):
    STATE = "state", _("Service de l'État")
    LOCAL_AUTHORITY = "local", _("Collectivité territoriale")
    PUBLIC_OPERATOR = "operator", _("Opérateur public")
    ASSOCIATION = "association", _("Association")
    TERRITORIAL_LAB = "lab", _("Laboratoire d'innovation territoriale")


class Organisation(TaxonomyItem):
    family = models.CharField(
        _("famille"), max_length=20, choices=OrganisationFamily.choices, db_index=True
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("région"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("site web"), blank=True)

    search_fields = TaxonomyItem.search_fields + [
        index.FilterField("family"),
        index.FilterField("region"),
    ]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
