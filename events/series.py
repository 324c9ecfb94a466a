"""A series of events: one organiser, one purpose, events over months, what came out.

A series page lives in the programme (a child of the programme page, beside its events):
its address reads ``/programme/<series>/``, its breadcrumb is the programme's, and the
events stay where they are, so the programme, its feeds and their addresses do not change.
An event joins a series by choosing it (``EventPage.series``); the link is the same page in
every language (wagtail-localize synchronises page links), so lists compare translation
keys and show the series in the reader's language (``localized``).
"""

from collections import OrderedDict

from django.apps import apps
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from common.images import PagePicture

from .queries import attach_programme_data, for_display, listed_events

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def _model(name):
    return apps.get_model("events", name)


class SeriesPage(PagePicture, Page):
    summary = models.TextField(_("résumé"), help_text=_("Une ou deux phrases pour les listes."))
    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisateur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser_unit = models.CharField(
        _("service organisateur"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple « Sous-direction de l'innovation et de la donnée »."),
    )
    purpose = RichTextField(_("objectifs"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("organiser"),
        FieldPanel("organiser_unit"),
        FieldPanel("purpose"),
        *PagePicture.picture_panels,
        InlinePanel("outcomes", heading=_("Ce qui en est sorti"), label=_("réalisation")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("purpose"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    kind_label = _("Cycle d'événements")

    class Meta:
        verbose_name = _("page de cycle d'événements")

    @property
    def name(self):
        """What the programme's series filter lists (as it lists taxonomy items)."""
        return self.title

    def series_events(self):
        """Live public events of this series in the page's language, by first date."""
        return (
            _model("EventPage")
            .objects.live()
            .public()
            .filter(series__translation_key=self.translation_key, locale_id=self.locale_id)
            .order_by(F("first_start").asc(nulls_last=True), "pk")
        )

    def get_context(self, request, *args, **kwargs):
        """Events by month, their coaches, the outcomes: a constant number of queries."""
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = attach_programme_data(for_display(listed_events(self.series_events())), now=now)
        months = OrderedDict()
        for event in events:
            month = event.first_start and timezone.localtime(event.first_start).date().replace(
                day=1
            )
            months.setdefault(month, []).append(event)
        coaches = list(
            _model("EventCoach")
            .objects.filter(page__in=[event.pk for event in events])
            .select_related("image", "page")
            .prefetch_related("image__renditions")
            .order_by("page__first_start", "page_id", "sort_order", "pk")
        )
        people = OrderedDict()
        for coach in coaches:
            # One entry per person across the series, with the events they coach.
            person = people.setdefault(
                (coach.name, coach.organisation), {"coach": coach, "events": []}
            )
            if coach.page not in person["events"]:
                person["events"].append(coach.page)
        outcomes = list(self.outcomes.select_related("link_page").order_by("sort_order", "pk"))
        linked = {
            page.translation_key: page
            for page in Page.objects.filter(
                translation_key__in=[o.link_page.translation_key for o in outcomes if o.link_page],
                locale_id=self.locale_id,
            ).live()
        }
        for outcome in outcomes:
            page = outcome.link_page
            outcome.target = linked.get(page.translation_key, page) if page else None
        context.update(
            months=[(month, items) for month, items in months.items()],
            series_event_count=len(events),
            coaches=list(people.values()),
            outcomes=outcomes,
        )
        return context


class SeriesOutcome(TranslatableMixin, Orderable):
    """Something that came out of the series: a défi, a project's page, a report."""

    page = ParentalKey(SeriesPage, related_name="outcomes", on_delete=models.CASCADE)
    title = models.CharField(_("titre"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page liée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Un défi ou une autre page du site."),
    )

    panels = [FieldPanel("title"), FieldPanel("description"), PageChooserPanel("link_page")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("réalisation")
        verbose_name_plural = _("réalisations")


def series_navigation(page):
    """The series of event ``page`` in its language, and its previous and next events.

    ``(series, previous, next)``; two queries when the event belongs to a series, none
    otherwise.
    """
    if not page.series_id:
        return None, None, None
    siblings = list(
        listed_events(
            _model("EventPage")
            .objects.live()
            .public()
            .filter(series__translation_key=_series_key(page), locale_id=page.locale_id)
        )
        .order_by(F("first_start").asc(nulls_last=True), "pk")
        .only("pk", "title", "url_path", "first_start", "last_end", "locale_id", "series_id")
    )
    series = (
        SeriesPage.objects.live()
        .filter(translation_key=_series_key(page))
        .order_by(models.Case(models.When(locale_id=page.locale_id, then=0), default=1))
        .first()
    )
    keys = [sibling.pk for sibling in siblings]
    if page.pk not in keys:
        return series, None, None
    index = keys.index(page.pk)
    previous = siblings[index - 1] if index > 0 else None
    following = siblings[index + 1] if index + 1 < len(siblings) else None
    return series, previous, following


def _series_key(page):
    return models.Subquery(
        SeriesPage.objects.filter(pk=page.series_id).values("translation_key")[:1]
    )
