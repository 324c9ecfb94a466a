"""The programme: event pages and their sessions.

Sessions belong to the event page in the source language (French). Translations of an event
do not get copies of them: every language shows, and registers for, the same session rows,
so a seat counted in French is counted in English too. ``EventPage.sessions_for_display``
and ``events.programme`` resolve them through the page's ``translation_key``.
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BaseStreamBlock

TIME_ZONE_CHOICES = [
    ("Europe/Paris", _("Paris (France métropolitaine)")),
    ("America/Guadeloupe", _("Guadeloupe, Martinique")),
    ("America/Cayenne", _("Guyane")),
    ("Indian/Reunion", _("La Réunion")),
    ("Indian/Mayotte", _("Mayotte")),
    ("Pacific/Noumea", _("Nouvelle-Calédonie")),
    ("Pacific/Tahiti", _("Polynésie française")),
    ("America/Miquelon", _("Saint-Pierre-et-Miquelon")),
    ("UTC", _("UTC")),
]


class EventMode(models.TextChoices):
    ON_SITE = "on_site", _("Sur place")
    ONLINE = "online", _("En ligne")
    HYBRID = "hybrid", _("Sur place et en ligne")


class EventLanguage(models.TextChoices):
    FRENCH = "fr", _("Français")
    ENGLISH = "en", _("Anglais")
    BOTH = "fr-en", _("Français et anglais")


class EventIndexPage(Page):
    """The programme: lists and filters the events below it."""

    introduction = models.TextField(_("introduction"), blank=True)
    edition = models.CharField(
        _("édition"), max_length=100, blank=True, help_text=_("Par exemple « Novembre 2021 ».")
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("edition")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("page programme")

    def get_context(self, request, *args, **kwargs):
        from .programme import programme_context

        context = super().get_context(request, *args, **kwargs)
        context.update(programme_context(self, request.GET))
        return context


class EventPage(Page):
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
        help_text=_("Envoyé aux inscrits ; affiché sur la page seulement si l'inscription est externe."),
    )
    contact_email = models.EmailField(
        _("courriel de contact de l'organisateur"), blank=True, help_text=_("Utilisée comme adresse de réponse des courriels.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_registration_url = models.URLField(
        _("lien d'inscription externe"),
        blank=True,
        help_text=_("Si ce lien est renseigné, les participants s'inscrivent sur ce site et non ici."),
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
        FieldPanel("image"),
        # The label names one item: "Ajouter un(e) session", "session 1".
        InlinePanel("sessions", heading=_("Sessions"), label=_("session"), min_num=0),
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

    class Meta:
        verbose_name = _("page d'événement")

    def save(self, *args, **kwargs):
        sessions = [s for s in self.sessions.all() if s.start]
        if sessions:
            self.first_start = min(s.start for s in sessions)
            self.last_end = max(s.end or s.start for s in sessions)
        return super().save(*args, **kwargs)

    @cached_property
    def source_page_id(self):
        """The id of the page that owns the sessions: this page or its French original."""
        default_locale = Locale.get_default()
        if self.locale_id == default_locale.id:
            return self.id
        source = (
            EventPage.objects.filter(translation_key=self.translation_key, locale=default_locale)
            .values_list("id", flat=True)
            .first()
        )
        return source or self.id

    def sessions_for_display(self):
        from .programme import sessions_with_availability

        sessions = EventSession.objects.filter(event_id=self.source_page_id).select_related("event")
        return list(sessions_with_availability(sessions))

    @property
    def is_past(self):
        return bool(self.last_end and self.last_end < timezone.now())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = sessions = self.sessions_for_display()
        # Beyond a few sessions, a form under each would make a page no one can scroll
        # through: each session then links to its own registration page.
        context["register_on_session_pages"] = len(sessions) > INLINE_REGISTRATION_MAX_SESSIONS
        context["themes"] = [et.theme for et in self.event_themes.select_related("theme")]
        return context


INLINE_REGISTRATION_MAX_SESSIONS = 3


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


class EventSession(Orderable):
    event = ParentalKey(EventPage, related_name="sessions", on_delete=models.CASCADE)
    start = models.DateTimeField(_("début"))
    end = models.DateTimeField(_("fin"))
    time_zone = models.CharField(
        _("fuseau horaire"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Paris",
        help_text=_("Le fuseau horaire affiché aux participants. Saisissez le début et la fin dans votre propre fuseau."),
    )
    capacity = models.PositiveIntegerField(_("capacité"), default=30)
    waitlist_enabled = models.BooleanField(_("liste d'attente"), default=True)
    registration_opens_at = models.DateTimeField(
        _("ouverture des inscriptions"), null=True, blank=True, help_text=_("Vide : ouvertes dès maintenant.")
    )
    registration_closes_at = models.DateTimeField(
        _("fin des inscriptions"), null=True, blank=True, help_text=_("Vide : au début de la session.")
    )
    venue_override = models.TextField(
        _("lieu de cette session"), blank=True, help_text=_("Laisser vide pour reprendre celui de l'événement.")
    )
    is_cancelled = models.BooleanField(_("annulée"), default=False)
    # Increases on every change that is sent again as a calendar invite (RFC 5545 SEQUENCE).
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
        FieldPanel("venue_override"),
        FieldPanel("is_cancelled"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="session_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.event.title} – {self.local_start:%d/%m/%Y %H:%M}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("La session doit se terminer après son début.")})
        if self.registration_opens_at and self.registration_closes_at:
            if self.registration_closes_at <= self.registration_opens_at:
                raise ValidationError(
                    {"registration_closes_at": _("Les inscriptions doivent fermer après leur ouverture.")}
                )

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.tzinfo)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.tzinfo)

    @property
    def closes_at(self):
        return self.registration_closes_at or self.start

    def registration_state(self, now=None):
        """One of: cancelled, not_open, closed, started, open."""
        now = now or timezone.now()
        if self.is_cancelled:
            return "cancelled"
        if now >= self.start:
            return "started"
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_open"
        if now >= self.closes_at:
            return "closed"
        return "open"
