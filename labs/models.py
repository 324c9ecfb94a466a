"""Territorial innovation labs.

A lab finds its events through the reverse relation ``hosted_events``; this module never
imports ``events``.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from common.blocks import BaseStreamBlock
from common.images import PagePicture
from common.text import french_sort_key


class LabIndexPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["labs.LabPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'index des laboratoires")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        labs = (
            LabPage.objects.live()
            .child_of(self)
            .select_related("region", "image")
            .prefetch_related("image__renditions")
        )
        # In French order (« Île-de-France » among the I), labs without a region last.
        context["labs"] = sorted(
            labs,
            key=lambda lab: (
                lab.region is None,
                french_sort_key(lab.region.name if lab.region else ""),
                french_sort_key(lab.title),
            ),
        )
        return context


RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class LabKind(models.TextChoices):
    LAB = "lab", _("Laboratoire d'innovation")
    PLACE = "place", _("Lieu d'innovation")


class LabPage(PagePicture, Page):
    """A territorial innovation lab, or a place where an administration's ideas mature
    (for example « la Fabrique à Idées »): what it offers, its methods, its next workshops
    (the upcoming events it hosts)."""

    kind = models.CharField(
        _("type"),
        max_length=10,
        choices=LabKind.choices,
        default=LabKind.LAB,
        help_text=_(
            "Un laboratoire territorial, ou un lieu d'innovation d'une administration ; un "
            "lieu présente ses prochains événements comme ses prochains ateliers."
        ),
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("région"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("résumé"), help_text=_("Une ou deux phrases pour les listes."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    offer = RichTextField(
        _("ce que nous proposons"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Accompagnements, ateliers, espaces : ce que le lieu offre aux agents."),
    )
    methods = RichTextField(
        _("nos méthodes"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Par exemple le design thinking, le prototypage, les tests avec les usagers."),
    )
    address = models.TextField(_("adresse"), blank=True)
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    website = models.URLField(_("site web"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("summary"),
        *PagePicture.picture_panels,
        FieldPanel("body"),
        FieldPanel("offer"),
        FieldPanel("methods"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("contact_email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("logo"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("offer"),
        index.SearchField("methods"),
        index.SearchField("address"),
    ]

    parent_page_types = ["labs.LabIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("page de laboratoire")

    @property
    def kind_label(self):
        """What cards and search results call this kind of page."""
        return _("Lieu d'innovation") if self.kind == LabKind.PLACE else _("Laboratoire")

    @property
    def is_place(self):
        return self.kind == LabKind.PLACE

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not self.pk:  # preview of a lab page not saved yet
            context.update(upcoming_events=[], past_events=[])
            return context
        events = (
            self.hosted_events.live()
            .filter(locale=self.locale)
            .select_related("event_format")
            .prefetch_related("sessions")
            .order_by("first_start")
        )
        now = timezone.now()
        context["upcoming_events"] = [e for e in events if e.last_end and e.last_end >= now]
        context["past_events"] = [e for e in events if not e.last_end or e.last_end < now][::-1]
        return context
