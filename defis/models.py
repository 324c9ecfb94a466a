"""Défis of innovation programmes (for example Entrepreneurs d'intérêt général)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from common.blocks import BaseStreamBlock
from common.images import PagePicture
from common.text import french_sort_key
from common.translations import localized

from .calls import phases

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class DefiIndexPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["defis.DefiPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'index des défis")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        defis = (
            DefiPage.objects.live()
            .child_of(self)
            .select_related("host_organisation", "image")
            .prefetch_related("image__renditions")
        )
        promotion = request.GET.get("promotion", "")
        promotions = sorted({d.promotion for d in defis if d.promotion}, key=french_sort_key)
        if promotion in promotions:
            defis = defis.filter(promotion=promotion)
        # In French order: « Écosphère(s) » and « État » among the E, not after « TwinCity ».
        defis = sorted(defis, key=lambda defi: french_sort_key(defi.title))
        context.update(defis=defis, promotions=promotions, promotion=promotion)
        return context


class DefiKind(models.TextChoices):
    PROGRAMME = "programme", _("Défi d'un programme")
    IDEAS = "ideas", _("Appel à idées")


class DefiPage(PagePicture, Page):
    kind = models.CharField(
        _("type de défi"),
        max_length=12,
        choices=DefiKind.choices,
        default=DefiKind.PROGRAMME,
        help_text=_(
            "Un défi d'un programme (par exemple les Entrepreneurs d'intérêt général) ou un "
            "appel à idées ouvert aux agents, avec ses étapes et son formulaire."
        ),
    )
    programme = models.CharField(
        _("programme"),
        max_length=150,
        help_text=_("Par exemple « Entrepreneurs d'intérêt général »."),
    )
    promotion = models.CharField(
        _("promotion"),
        max_length=100,
        blank=True,
        help_text=_("Par exemple « Promotion 6 » ; facultatif pour un appel à idées."),
    )
    host_organisation = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("administration d'accueil"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    host_name = models.CharField(
        _("administration d'accueil (en toutes lettres)"),
        max_length=300,
        blank=True,
        help_text=_("Le nom complet des services d'accueil, tel que le programme l'écrit."),
    )
    summary = models.TextField(_("résumé"), help_text=_("Une ou deux phrases pour les listes."))
    problem = RichTextField(_("la problématique identifiée"), features=RICH_TEXT_FEATURES)
    needs = RichTextField(
        _("les besoins confirmés"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Obligatoire pour le défi d'un programme."),
    )
    concept = RichTextField(
        _("le concept expérimenté"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Obligatoire pour le défi d'un programme."),
    )
    # A call for ideas: the day each phase starts (``defis.calls``).
    call_start = models.DateField(_("ouverture de l'appel à idées"), null=True, blank=True)
    selection_start = models.DateField(
        _("début de la sélection"),
        null=True,
        blank=True,
        help_text=_("L'appel à idées se clôt la veille ; le formulaire disparaît ce jour-là."),
    )
    incubation_start = models.DateField(_("début de l'incubation"), null=True, blank=True)
    results_date = models.DateField(_("annonce des résultats"), null=True, blank=True)
    call_text = RichTextField(
        _("l'appel à idées"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Qui peut proposer une idée, sur quoi, et ce que deviennent les idées retenues."
        ),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("pour aller plus loin"), blank=True)
    is_open_source = models.BooleanField(_("logiciel libre"), default=False)
    is_open_data = models.BooleanField(_("données ouvertes"), default=False)
    is_accessible = models.BooleanField(_("accessibilité"), default=False)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldPanel("promotion"),
                FieldPanel("host_organisation"),
                FieldPanel("host_name"),
            ],
            heading=_("Programme"),
        ),
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("problem"),
        FieldPanel("needs"),
        FieldPanel("concept"),
        MultiFieldPanel(
            [
                FieldPanel("call_text"),
                FieldPanel("call_start"),
                FieldPanel("selection_start"),
                FieldPanel("incubation_start"),
                FieldPanel("results_date"),
            ],
            heading=_("Appel à idées"),
            classname="collapsed",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("is_open_source"), FieldPanel("is_open_data"), FieldPanel("is_accessible")],
            heading=_("Valeurs"),
        ),
        *PagePicture.picture_panels,
        InlinePanel("team_members", heading=_("Équipe"), label=_("membre de l'équipe")),
        InlinePanel("related_labs", heading=_("Laboratoires liés"), label=_("laboratoire")),
        InlinePanel("related_events", heading=_("Événements liés"), label=_("événement")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("problem"),
        index.SearchField("needs"),
        index.SearchField("concept"),
        index.SearchField("call_text"),
        index.SearchField("host_name"),
        index.FilterField("promotion"),
    ]

    parent_page_types = ["defis.DefiIndexPage"]
    subpage_types = []
    # What cards and search results call this kind of page.
    kind_label = _("Défi")

    class Meta:
        verbose_name = _("page de défi")

    @property
    def is_call_for_ideas(self):
        return self.kind == DefiKind.IDEAS

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == DefiKind.PROGRAMME:
            for name in ("promotion", "needs", "concept"):
                if not getattr(self, name):
                    errors[name] = _("Ce champ est obligatoire pour le défi d'un programme.")
        else:
            for name in ("call_start", "selection_start"):
                if not getattr(self, name):
                    errors[name] = _("Indiquez cette date : elle ouvre ou clôt l'appel à idées.")
            days = [
                getattr(self, name)
                for name in ("call_start", "selection_start", "incubation_start", "results_date")
            ]
            given = [day for day in days if day is not None]
            if given != sorted(given) or len(set(given)) != len(given):
                errors["selection_start"] = _(
                    "Les étapes se suivent : ouverture, sélection, incubation puis résultats, "
                    "chacune après la précédente."
                )
        if errors:
            raise ValidationError(errors)

    def schedule(self, today=None):
        return phases(self, today)

    @property
    def values(self):
        labels = [
            (self.is_open_source, _("Logiciel libre")),
            (self.is_open_data, _("Données ouvertes")),
            (self.is_accessible, _("Accessibilité")),
        ]
        return [label for enabled, label in labels if enabled]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["team"] = list(self.team_members.all())
        context["labs"] = [r.lab for r in self.related_labs.select_related("lab") if r.lab.live]
        context["events"] = [
            r.event for r in self.related_events.select_related("event") if r.event.live
        ]
        if self.is_call_for_ideas:
            context["schedule"] = self.schedule()
            context["ideas"] = self.shown_ideas()
        return context

    def shown_ideas(self):
        """The ideas selected or incubated, whichever language's page the idea was sent from.

        Ideas find their défi through the reverse relation ``ideas`` (``ideas.models``), on
        every translation of the page: this module never imports ``ideas``.
        """
        if not self.pk:
            return []
        sources = DefiPage.objects.filter(translation_key=self.translation_key)
        ideas = list(
            self.ideas.model.objects.shown().filter(defi__in=sources).select_related("story")
        )
        # Each story page in this page's language when it is translated and live.
        stories = localized(
            [idea.story for idea in ideas if idea.story_id],
            self.locale_id,
            Page.objects.live().specific(),
        )
        for idea in ideas:
            idea.shown_story = stories.get(idea.story_id) if idea.story_id else None
            if idea.shown_story is not None and not idea.shown_story.live:
                idea.shown_story = None
        return ideas


class DefiTeamMember(TranslatableMixin, Orderable):
    """A team member; translatable so that the role is translated with the page."""

    page = ParentalKey(DefiPage, related_name="team_members", on_delete=models.CASCADE)
    name = models.CharField(_("nom"), max_length=150)
    role = models.CharField(_("rôle"), max_length=200)

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("membre de l'équipe")
        verbose_name_plural = _("membres de l'équipe")


class DefiRelatedLab(Orderable):
    page = ParentalKey(DefiPage, related_name="related_labs", on_delete=models.CASCADE)
    lab = models.ForeignKey(
        "labs.LabPage", verbose_name=_("laboratoire"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("lab")]


class DefiRelatedEvent(Orderable):
    page = ParentalKey(DefiPage, related_name="related_events", on_delete=models.CASCADE)
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("événement"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("event")]
