from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .blocks import BaseStreamBlock, LinkBlock


class HomePage(Page):
    introduction = models.TextField(_("introduction"), blank=True)
    hero_title = models.CharField(_("titre d'accroche"), max_length=200, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("introduction"),
        InlinePanel("featured_pages", heading=_("Laboratoires et défis à la une"), label=_("page à la une")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "events.EventIndexPage",
        "labs.LabIndexPage",
        "defis.DefiIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def get_context(self, request, *args, **kwargs):
        from .queries import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self))
        return context


class HomeFeaturedPage(Orderable):
    home = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", ["labs.LabPage", "defis.DefiPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("page à la une")


class StandardPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)
    show_sitemap = models.BooleanField(
        _("afficher le plan du site"),
        default=False,
        help_text=_("Liste toutes les pages du site sous le contenu (pour la page « Plan du site »)."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("show_sitemap"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("page standard")


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
        verbose_name = _("identité du site")
