from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from common.blocks import BaseStreamBlock
from common.images import PagePicture
from common.page_cache import VisitorCachedPage

from .queries import home_context


class HomePage(PagePicture, Page):
    introduction = models.TextField(_("introduction"), blank=True)
    hero_title = models.CharField(_("titre d'accroche"), max_length=200, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("introduction"),
        *PagePicture.picture_panels,
        InlinePanel(
            "featured_pages", heading=_("Laboratoires et défis à la une"), label=_("page à la une")
        ),
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


class StandardPage(VisitorCachedPage, PagePicture, Page):
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("contenu"), blank=True)
    show_sitemap = models.BooleanField(
        _("afficher le plan du site"),
        default=False,
        help_text=_(
            "Liste toutes les pages du site sous le contenu (pour la page « Plan du site »)."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *PagePicture.picture_panels,
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
