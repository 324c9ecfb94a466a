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
    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("introduction"),
        InlinePanel("featured_pages", label=_("Featured labs and défis")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

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
        verbose_name = _("featured page")


class StandardPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    show_sitemap = models.BooleanField(
        _("show the site map"),
        default=False,
        help_text=_("Lists every page of the site under the body (for the “Plan du site” page)."),
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
        verbose_name = _("standard page")


class MenuLocation(models.TextChoices):
    HEADER = "header", _("Main navigation")
    FOOTER = "footer", _("Footer links")
    FOOTER_BOTTOM = "footer_bottom", _("Footer bottom links (legal)")


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """Links of the header or footer, edited and translated per language."""

    location = models.CharField(_("location"), max_length=20, choices=MenuLocation.choices)
    links = StreamField([("link", LinkBlock())], verbose_name=_("links"), blank=True)

    panels = [FieldPanel("location"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        unique_together = [("translation_key", "locale"), ("location", "locale")]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale})"


class AccessibilityStatus(models.TextChoices):
    NOT = "not", _("not compliant")
    PARTIAL = "partial", _("partially compliant")
    FULL = "full", _("fully compliant")


@register_setting(icon="cog")
class SiteIdentity(BaseGenericSetting):
    accessibility_status = models.CharField(
        _("accessibility status (RGAA)"),
        max_length=10,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.PARTIAL,
    )

    panels = [FieldPanel("accessibility_status")]

    class Meta:
        verbose_name = _("site identity")
