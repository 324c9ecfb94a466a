"""The programme: event pages and their sessions.

Sessions belong to the event page in the source language (French). Translations of an event
do not get copies of them: every language shows, and registers for, the same session rows,
so a seat counted in French is counted in English too (``events.queries.source_sessions``).
"""

from django.core.paginator import Paginator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from common.blocks import BaseStreamBlock
from common.cache import cached
from common.images import PagePicture
from common.page_cache import (
    SEATS_KEY,
    VisitorCachedPage,
    event_seats_key,
    first_change,
    session_moments,
)
from common.pagination import page_numbers

from .choices import EventLanguage, EventMode
from .coaches import EventCoach, coaches_by_session  # noqa: F401 (a model of the app)
from .editor import DatedAdminTitle, EventPageForm, SessionsPanel
from .filters import ProgrammeFilters, first_value
from .ownership import keep_rule_owned, writes_sessions
from .queries import (
    attach_programme_data,
    displayed_events,
    filter_options,
    in_tab,
    listed_sessions,
    matching_events,
    sessions_for_display,
    source_sessions,
    tab_counts,
)
from .series import SeriesOutcome, SeriesPage, series_navigation  # noqa: F401
from .sessions import EventSession  # noqa: F401 (a model of the app)


class EventIndexPage(VisitorCachedPage, Page):
    """The programme: lists and filters the events below it."""

    introduction = models.TextField(_("introduction"), blank=True)
    edition = models.CharField(
        _("édition"), max_length=100, blank=True, help_text=_("Par exemple « Novembre 2021 ».")
    )

    # The period the public proposal form accepts sessions in (empty: no limit).
    edition_start = models.DateField(_("début de l'édition"), null=True, blank=True)
    edition_end = models.DateField(_("fin de l'édition"), null=True, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("edition")]
    content_panels += [FieldRowPanel([FieldPanel("edition_start"), FieldPanel("edition_end")])]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "events.SeriesPage"]

    class Meta:
        verbose_name = _("page programme")

    def filters_of(self, request):
        """The visitor's filters and the filters' choices, read once per request."""
        if not hasattr(request, "_programme_filters"):
            # The choices follow the live events and the snippets: the shell's generation.
            options = cached(
                request,
                ("programme-filters", self.locale_id),
                lambda: filter_options(self.locale_id),
            )
            request._programme_filters = (
                ProgrammeFilters.from_params(request.GET, options),
                options,
            )
        return request._programme_filters

    def page_cache_variant(self, request):
        """One cached page per choice of themes, region, format, organiser, series and tab.

        Not cached: keywords (free text), seats left and dates (they follow the clock),
        ignored values and page numbers beyond four digits (any string would do).
        """
        filters, _options = self.filters_of(request)
        number = first_value(request.GET, "page", "1")
        if filters.q or filters.places_left or filters.period or filters.date_from:
            return None
        if filters.date_to or filters.messages or not (number.isdigit() and len(number) <= 4):
            return None
        return f"{filters.querystring()}|{int(number)}"

    def page_cache_tokens(self):
        return [SEATS_KEY]

    def page_cache_expires(self, context, now):
        moments = [context["next_archived_at"]]
        for event in context["events"]:
            for session in event.display_sessions:
                moments.extend(session_moments(session))
        return first_change(moments, now)

    def get_context(self, request, *args, **kwargs):
        """The events matching the visitor's filters, a page of them, in constant queries."""
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        filters, options = self.filters_of(request)
        matching = matching_events(self, filters, now=now)
        upcoming_count, archive_count, next_archived_at = tab_counts(matching, now)
        # The page's ids first (a narrow sort over every match), then the rows and joins the
        # cards show for those twelve only, whatever the number of events.
        paginator = Paginator(
            in_tab(matching, filters.archive, now).values_list("pk", flat=True),
            PROGRAMME_PER_PAGE,
        )
        # Both tabs were counted in one query: the paginator does not count again.
        paginator.count = archive_count if filters.archive else upcoming_count
        page_obj = paginator.get_page(first_value(request.GET, "page", 1))
        page_obj.object_list = displayed_events(list(page_obj.object_list))
        context.update(
            filters=filters,
            filter_options=options,
            filter_messages=filters.messages,
            active_filters=filters.active(options),
            events=attach_programme_data(page_obj.object_list, now=now),
            page_obj=page_obj,
            page_numbers=page_numbers(page_obj),
            result_count=paginator.count,
            upcoming_count=upcoming_count,
            archive_count=archive_count,
            is_archive=filters.archive,
            pagination_query=filters.querystring(),
            upcoming_query=filters.querystring(archive=False),
            archive_query=filters.querystring(archive=True),
            next_archived_at=next_archived_at,
        )
        return context


PROGRAMME_PER_PAGE = 12


class EventPage(VisitorCachedPage, DatedAdminTitle, PagePicture, Page):
    summary = models.TextField(_("résumé"), help_text=_("Une ou deux phrases pour les listes."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    event_format = models.ForeignKey(
        "taxonomy.EventFormat",
        verbose_name=_("format"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisateur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    series = models.ForeignKey(
        "events.SeriesPage",
        verbose_name=_("cycle"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Le cycle d'événements dont celui-ci fait partie, s'il y en a un."),
    )
    host_lab = models.ForeignKey(
        "labs.LabPage",
        verbose_name=_("laboratoire hôte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_events",
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("région"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Laisser vide pour un événement national ou uniquement en ligne."),
    )
    audience = models.CharField(
        _("public"), max_length=200, blank=True, help_text=_("Par exemple « Agents publics ».")
    )
    event_language = models.CharField(
        _("langue de l'événement"),
        max_length=5,
        choices=EventLanguage.choices,
        default=EventLanguage.FRENCH,
    )
    mode = models.CharField(
        _("modalité"), max_length=10, choices=EventMode.choices, default=EventMode.ON_SITE
    )
    venue_name = models.CharField(_("lieu"), max_length=200, blank=True)
    venue_address = models.TextField(_("adresse du lieu"), blank=True)
    online_url = models.URLField(
        _("lien de connexion"),
        blank=True,
        help_text=_(
            "Envoyé aux inscrits ; affiché sur la page seulement si l'inscription est externe."
        ),
    )
    contact_email = models.EmailField(
        _("courriel de contact de l'organisateur"),
        blank=True,
        help_text=_("Utilisée comme adresse de réponse des courriels."),
    )
    external_registration_url = models.URLField(
        _("lien d'inscription externe"),
        blank=True,
        help_text=_(
            "Si ce lien est renseigné, les participants s'inscrivent sur ce site et non ici."
        ),
    )
    # Derived from the sessions on save so that the programme can sort and filter by date
    # with one indexed query; copied to translations (see events.signals).
    first_start = models.DateTimeField(null=True, editable=False, db_index=True)
    last_end = models.DateTimeField(null=True, editable=False, db_index=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("event_themes", heading=_("Thématiques"), label=_("thématique")),
                FieldPanel("event_format"),
                FieldPanel("organiser"),
                FieldPanel("host_lab"),
                FieldPanel("series"),
                FieldPanel("region"),
                FieldPanel("audience"),
                FieldPanel("event_language"),
            ],
            heading=_("Classement"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mode"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("online_url"),
                FieldPanel("contact_email"),
            ],
            heading=_("Lieu"),
        ),
        *PagePicture.picture_panels,
        # The label names one item: "Ajouter un(e) session", "session 1".
        SessionsPanel("sessions", heading=_("Sessions"), label=_("session"), min_num=0),
        InlinePanel("coaches", heading=_("Intervenants"), label=_("intervenant")),
        FieldPanel("external_registration_url"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_address"),
        index.FilterField("first_start"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    exclude_fields_in_copy = ["sessions"]
    base_form_class = EventPageForm
    # What cards and search results call this kind of page.
    kind_label = _("Événement")

    class Meta:
        verbose_name = _("page d'événement")

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if writes_sessions(self, kwargs.get("update_fields")):
                # The seats the rules decided, under their locks, whatever the page carries.
                keep_rule_owned(self, self, lock=True)
            sessions = [s for s in self.sessions.all() if s.start]
            if sessions:
                self.first_start = min(s.start for s in sessions)
                self.last_end = max(s.end or s.start for s in sessions)
            return super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A revision's page, with the seats of sessions with registrations as they are now."""
        page = super().with_content_json(content)
        keep_rule_owned(self, page)
        return page

    def copy_all_child_relations(self, target, exclude=None):
        """Aliases, like copies (``exclude_fields_in_copy``), never take the sessions."""
        return super().copy_all_child_relations(target, exclude=[*(exclude or []), "sessions"])

    def sessions_for_display(self):
        """The source page's listed sessions, by start, each with its ``availability``."""
        return sessions_for_display(listed_sessions(source_sessions(self)).select_related("event"))

    def page_cache_tokens(self):
        return [event_seats_key(self.translation_key)]

    def page_cache_expires(self, context, now):
        return first_change(
            [moment for session in context["sessions"] for moment in session_moments(session)],
            now,
        )

    def load_classification(self):
        """The format, organiser, region and host lab the page shows: one query, not four.

        Read through the stored row, so only where this instance still points to the same
        items (a preview or a revision may not): the others load as usual when shown.
        """
        related = [name for name in CLASSIFICATION if getattr(self, f"{name}_id") is not None]
        if not related or self.pk is None:
            return
        stored = EventPage.objects.select_related(*related).only(*related).filter(pk=self.pk)
        for row in stored:
            for name in related:
                if getattr(row, f"{name}_id") == getattr(self, f"{name}_id"):
                    setattr(self, name, getattr(row, name))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.load_classification()
        context["sessions"] = sessions = self.sessions_for_display()
        # Beyond a few sessions, a form under each would make a page no one can scroll
        # through: each session then links to its own registration page.
        context["register_on_session_pages"] = len(sessions) > INLINE_REGISTRATION_MAX_SESSIONS
        context["event_over"] = bool(sessions) and all(s.end <= timezone.now() for s in sessions)
        context["themes"] = [et.theme for et in self.event_themes.select_related("theme")]
        coaches = list(self.coaches.select_related("image").prefetch_related("image__renditions"))
        context["session_coaches"], context["coaches"] = coaches_by_session(
            coaches, {session.pk for session in sessions}
        )
        for session in sessions:
            session.coach_list = context["session_coaches"].get(session.pk, [])
        context["series"], context["previous_event"], context["next_event"] = series_navigation(
            self
        )
        return context


INLINE_REGISTRATION_MAX_SESSIONS = 3
CLASSIFICATION = ("event_format", "organiser", "region", "host_lab")


class EventPageTheme(TranslatableMixin, Orderable):
    """Links an event to a theme.

    An orderable (not a many-to-many) so that wagtail-localize translates it: the English
    event links to the English theme.
    """

    page = ParentalKey(EventPage, related_name="event_themes", on_delete=models.CASCADE)
    theme = models.ForeignKey(
        "taxonomy.Theme", verbose_name=_("thématique"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("theme")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")
